package io.socialdesk.slack;

import io.socialdesk.config.EnvironmentVariables;
import io.socialdesk.config.InvalidConfigException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The Slack app's secrets, read from environment variables only and never shown: {@link #toString()} masks them.
 *
 * @param botToken {@code SLACK_BOT_TOKEN} (xoxb-...), for the Web API
 * @param appToken {@code SLACK_APP_TOKEN} (xapp-...), for Socket Mode
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, to verify requests in HTTP mode
 */
record SlackCredentials(String botToken, @Nullable String appToken, @Nullable String signingSecret) {

    /** How the bot receives Slack's events. */
    enum Mode {
        /** A websocket the bot opens to Slack: works behind a firewall. */
        SOCKET,
        /** Slack posts to {@code /slack/events}: needs a public HTTPS address. */
        HTTP
    }

    SlackCredentials {
        if (botToken == null || botToken.isBlank()) {
            throw new InvalidConfigException(
                    "SLACK_BOT_TOKEN", "(unset)", "the bot token (xoxb-...) from the app's OAuth & Permissions page");
        }
        if (isBlank(appToken) && isBlank(signingSecret)) {
            throw new InvalidConfigException(
                    "SLACK_APP_TOKEN, SLACK_SIGNING_SECRET",
                    "(both unset)",
                    "one of them: SLACK_APP_TOKEN (xapp-...) for Socket Mode, or SLACK_SIGNING_SECRET for the HTTP"
                            + " Events API at /slack/events");
        }
    }

    static SlackCredentials fromEnvironment(ConfigurableEnvironment environment) {
        EnvironmentVariables variables = EnvironmentVariables.of(environment);
        return new SlackCredentials(
                variables.get("SLACK_BOT_TOKEN"),
                variables.get("SLACK_APP_TOKEN"),
                variables.get("SLACK_SIGNING_SECRET"));
    }

    /** Socket Mode when an app token is set, else the HTTP Events API. */
    Mode mode() {
        return isBlank(appToken) ? Mode.HTTP : Mode.SOCKET;
    }

    @Override
    public String toString() {
        return "SlackCredentials[botToken=***, appToken=" + (isBlank(appToken) ? "unset" : "***") + ", signingSecret="
                + (isBlank(signingSecret) ? "unset" : "***") + "]";
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
