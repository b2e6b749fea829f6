package io.socialdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The manifest a team pastes into Slack asks for everything the adapter listens to and calls. */
class SlackAppManifestTests {

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    @Test
    void subscribesToEveryEventAndGrantsEveryScopeTheAdapterUses() throws IOException {
        Map<String, Object> manifest;
        try (Reader reader = Files.newBufferedReader(Path.of("slack-app-manifest.yml"))) {
            manifest = new Yaml().load(reader);
        }

        List<String> events = at(manifest, "settings", "event_subscriptions", "bot_events");
        assertThat(events)
                .contains(
                        "app_home_opened",
                        "app_mention",
                        "message.channels",
                        "message.im",
                        "reaction_added",
                        "reaction_removed");
        List<String> scopes = at(manifest, "oauth_config", "scopes", "bot");
        assertThat(scopes)
                .contains(
                        "chat:write",
                        "commands",
                        "reactions:read",
                        "reactions:write",
                        "im:write",
                        "files:write",
                        "app_mentions:read",
                        "channels:history",
                        "im:history");
        List<Map<String, Object>> commands = at(manifest, "features", "slash_commands");
        assertThat(commands).extracting(command -> command.get("command")).containsExactly("/sd");
        assertThat((Boolean) at(manifest, "settings", "interactivity", "is_enabled"))
                .isTrue();
        assertThat((Boolean) at(manifest, "features", "app_home", "home_tab_enabled"))
                .isTrue();
        assertThat((Boolean) at(manifest, "settings", "socket_mode_enabled")).isTrue();
    }
}
