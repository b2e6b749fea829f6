package io.socialdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class SlackRequestTriageTests {

    private static final String REACTION =
            """
            {"type":"event_callback","event_id":"Ev1","event":{"type":"reaction_added","user":"U1",
             "reaction":"thumbsup","item":{"type":"message","channel":"C1","ts":"1.2"}}}""";
    private static final String BUTTON =
            """
            {"type":"block_actions","user":{"id":"U1"},"container":{"type":"message","channel_id":"C1",
             "message_ts":"1.2"},"actions":[{"action_id":"approve","value":"7"}],"trigger_id":"t1"}""";

    private final JsonMapper json = JsonMapper.builder().build();
    private final SlackRequestTriage triage = new SlackRequestTriage(json, "sd");

    @Test
    void passesTheEventsTheBotHandlesToBolt() {
        assertThat(triage.http(REACTION)).isEqualTo(new SlackRequestTriage.Handle("reaction_added"));
        assertThat(triage.http(payload(BUTTON))).isEqualTo(new SlackRequestTriage.Handle("block_actions"));
        assertThat(triage.http("command=%2Fsd&text=ping&user_id=U1&channel_id=C1&trigger_id=t"))
                .isEqualTo(new SlackRequestTriage.Handle("slash_command"));
    }

    @Test
    void answersUrlVerificationWithTheChallenge() {
        SlackRequestTriage.Verdict verdict =
                triage.http("{\"token\":\"x\",\"challenge\":\"3eZbrw1a\\\"b\",\"type\":\"url_verification\"}");

        assertThat(verdict).isInstanceOfSatisfying(SlackRequestTriage.Answer.class, answer -> assertThat(
                        json.readTree(answer.json()).get("challenge").asString())
                .isEqualTo("3eZbrw1a\"b"));
    }

    @Test
    void answersSslCheckQuietly() {
        assertThat(triage.http("ssl_check=1&token=x"))
                .isInstanceOfSatisfying(SlackRequestTriage.Answer.class, answer -> assertThat(answer.level())
                        .isEqualTo(SlackRequestTriage.Level.DEBUG));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a block action without a user makes Bolt throw a NullPointerException
                "{\"type\":\"block_actions\",\"container\":{\"channel_id\":\"C1\",\"message_ts\":\"1.2\"},"
                        + "\"actions\":[{\"action_id\":\"approve\"}]}",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"container\":{\"channel_id\":\"C1\","
                        + "\"message_ts\":\"1.2\"},\"actions\":[]}",
                // a button in a modal or the App Home, not on a message
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"container\":{\"type\":\"view\","
                        + "\"view_id\":\"V1\"},\"actions\":[{\"action_id\":\"x\"}]}",
                "{\"type\":\"view_submission\",\"view\":{\"type\":\"modal\",\"callback_id\":\"draft\"}}",
                "{\"type\":\"view_submission\",\"user\":{\"id\":\"U1\"},\"view\":{\"type\":\"workflow_step\","
                        + "\"callback_id\":\"x\"}}",
                "{\"type\":\"view_closed\",\"user\":{\"id\":\"U1\"}}",
                "{\"type\":\"message_action\",\"callback_id\":\"x\",\"user\":{\"id\":\"U1\"}}",
                "{\"type\":\"shortcut\",\"callback_id\":\"x\"}",
                "{\"type\":\"workflow_step_edit\",\"callback_id\":\"x\"}",
                "{\"type\":\"dialog_submission\",\"callback_id\":\"x\"}",
                "{\"type\":\"interactive_message\",\"callback_id\":\"x\",\"actions\":[]}",
                "{\"type\":\"block_suggestion\",\"action_id\":\"x\",\"value\":\"a\"}",
                "{\"user\":{\"id\":\"U1\"}}",
                "[1,2,3]",
                "not json"
            })
    void answersInteractionsItDoesNotHandle(String interaction) {
        assertThat(triage.http(payload(interaction))).isInstanceOf(SlackRequestTriage.Answer.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}",
                "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"channel_created\"}}",
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"reaction_added\",\"user\":\"U1\","
                        + "\"reaction\":\"x\",\"item\":{\"type\":\"message\",\"channel\":\"C1\",\"ts\":\"1\"}}}",
                // a user that is an object, not an id: Bolt's Gson would throw
                "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"reaction_added\","
                        + "\"user\":{\"id\":\"U1\"},\"reaction\":\"x\",\"item\":{\"type\":\"message\","
                        + "\"channel\":\"C1\",\"ts\":\"1\"}}}",
                "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\","
                        + "\"subtype\":\"message_changed\",\"channel\":\"C1\",\"ts\":\"1\"}}",
                "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\"}}",
                "{\"type\":\"something_new\"}",
                "{\"no\":\"type\"}",
                "{broken"
            })
    void answersEventsItDoesNotHandleOrCannotRead(String event) {
        assertThat(triage.http(event)).isInstanceOf(SlackRequestTriage.Answer.class);
    }

    @Test
    void answersOtherAppsCommandsAndCommandsWithoutUser() {
        assertThat(triage.http("command=%2Fweather&text=x&user_id=U1&channel_id=C1"))
                .isInstanceOf(SlackRequestTriage.Answer.class);
        assertThat(triage.http("command=%2Fsd&text=ping&channel_id=C1")).isInstanceOf(SlackRequestTriage.Answer.class);
        assertThat(triage.http("command=%2Fsd&text=%ZZ&user_id=U1&channel_id=C1"))
                .as("a broken escape spoils only its own field")
                .isEqualTo(new SlackRequestTriage.Handle("slash_command"));
    }

    @Test
    void flagsAnUninstallAndARateLimit() {
        String revoked = "{\"type\":\"event_callback\",\"event_id\":\"Ev9\",\"event\":{\"type\":\"tokens_revoked\"}}";
        assertThat(((SlackRequestTriage.Answer) triage.http(revoked)).level())
                .isEqualTo(SlackRequestTriage.Level.UNINSTALLED);
        assertThat(((SlackRequestTriage.Answer) triage.http("{\"type\":\"app_rate_limited\"}")).level())
                .isEqualTo(SlackRequestTriage.Level.WARN);
    }

    @Test
    void readsSocketModeEnvelopesLikeTheirHttpTwins() {
        assertThat(triage.socket("events_api", json.readTree(REACTION)))
                .isEqualTo(new SlackRequestTriage.Handle("reaction_added"));
        assertThat(triage.socket("interactive", json.readTree(BUTTON)))
                .isEqualTo(new SlackRequestTriage.Handle("block_actions"));
        assertThat(triage.socket(
                        "slash_commands",
                        json.readTree("{\"command\":\"/sd\",\"user_id\":\"U1\",\"channel_id\":\"C1\"}")))
                .isEqualTo(new SlackRequestTriage.Handle("slash_command"));
        assertThat(triage.socket("interactive", json.readTree("{\"type\":\"block_actions\",\"actions\":[]}")))
                .isInstanceOf(SlackRequestTriage.Answer.class);
        assertThat(triage.socket("hello", null)).isNull();
        assertThat(triage.socket("events_api", null)).isInstanceOf(SlackRequestTriage.Answer.class);
    }

    private static String payload(String json) {
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }
}
