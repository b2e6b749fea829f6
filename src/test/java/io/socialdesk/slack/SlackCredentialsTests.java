package io.socialdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.config.InvalidConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SlackCredentialsTests {

    private static SlackCredentials from(Map<String, Object> variables, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addFirst(new MapPropertySource("command line", properties));
        return SlackCredentials.fromEnvironment(environment);
    }

    @Test
    void anAppTokenMeansSocketModeElseHttp() {
        assertThat(from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"), Map.of())
                        .mode())
                .isEqualTo(SlackCredentials.Mode.SOCKET);
        assertThat(from(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"), Map.of())
                        .mode())
                .isEqualTo(SlackCredentials.Mode.HTTP);
    }

    @Test
    void neverShowsASecret() {
        SlackCredentials credentials = from(
                Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-secret-1",
                        "SLACK_APP_TOKEN",
                        "xapp-secret-2",
                        "SLACK_SIGNING_SECRET",
                        "secret-3"),
                Map.of());

        assertThat(credentials.toString())
                .doesNotContain("xoxb-secret-1", "xapp-secret-2", "secret-3")
                .contains("***");
    }

    @Test
    void takesTokensFromEnvironmentVariablesOnly() {
        assertThatThrownBy(() -> from(Map.of(), Map.of("SLACK_BOT_TOKEN", "xoxb-from-the-command-line")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageNotContaining("xoxb-from-the-command-line");
    }
}
