package io.socialdesk;

import io.socialdesk.digest.eval.EvalStoriesCommand;
import io.socialdesk.watch.eval.EvalNabCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SocialDesk: a chat-ops bot for social media teams. Each top-level package below this one is an
 * application module (see {@code DESIGN.md}); the modules talk through events and the chat port.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class SocialDeskApplication {

    public static void main(String[] args) {
        if (EvalNabCommand.handles(args)) {
            System.exit(EvalNabCommand.run(args, System.out, System.err));
        }
        if (EvalStoriesCommand.handles(args)) {
            System.exit(EvalStoriesCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(SocialDeskApplication.class, args);
    }
}
