package io.socialdesk.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.ReactionAddedEvent;
import java.io.File;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The benchmark's baseline: a Bolt app on the same servlet container as the bot, whose one handler only acks.
 * Bolt verifies the signature itself here, as the bot's filter does.
 */
public final class BareBoltApp {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String slackApi = args[1];
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slackApi);
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(config))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .build());
        app.event(ReactionAddedEvent.class, (payload, context) -> context.ack());

        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bare-bolt").toString());
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", new File(".").getAbsolutePath());
        Tomcat.addServlet(context, "slack", new SlackAppServlet(app));
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.start();
        System.out.println("bare Bolt app on 127.0.0.1:" + port);
        tomcat.getServer().await();
    }

    private BareBoltApp() {}
}
