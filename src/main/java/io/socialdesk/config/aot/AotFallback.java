package io.socialdesk.config.aot;

import java.util.List;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Started with {@code -Dspring.aot.enabled=true}, compares this start with the facts the AOT-processed bean
 * definitions were built for, and where anything differs (a Slack token, another profile, another Java) turns
 * AOT off for this start, so the beans are chosen as usual: slower, never wrong. Runs after the bot's own
 * environment post-processor, which derives the chat platform, and before Spring Boot creates the context, the
 * first point that reads the AOT switch after the environment is known.
 */
public final class AotFallback implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public AotFallback(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(AotFallback.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        AotBuild built = AotBuild.read(application.getClassLoader());
        List<String> differences = built == null
                ? List.of("the jar carries no " + AotBuild.RESOURCE)
                : built.differencesTo(AotBuild.of(environment));
        if (!differences.isEmpty()) {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
            log.info("Starting without the ahead-of-time processed beans, which do not fit this start: "
                    + String.join("; ", differences));
        }
    }
}
