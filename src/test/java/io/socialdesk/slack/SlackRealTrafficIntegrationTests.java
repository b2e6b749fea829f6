package io.socialdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.socialdesk.BotUnderTest;
import io.socialdesk.chat.ChatEvent;
import io.socialdesk.local.CapturedChatEvents;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The bot in HTTP mode under the traffic a real workspace sends: every sample Slack's SDKs test with, and
 * malformed but signed payloads, with Slack's Web API unreachable and reachable. Every request is answered 2xx,
 * nothing is logged at ERROR, and no body reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackRealTrafficIntegrationTests {

    private static final String SECRET = "traffic-signing-secret";
    /** Put into every malformed payload: it must never appear in the log. */
    private static final String MARKER = "BODY-MARKER-7f3a";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackRequestVerifier signer =
            new SlackRequestVerifier(SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    private final WireMockServer slackApi =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private BotUnderTest bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        slackApi.stop();
    }

    @Test
    void everyAuthenticRequestIsAcknowledgedWhileSlacksWebApiIsUnreachable(CapturedOutput output) throws Exception {
        // nothing listens on port 9: every Web API call fails at once
        start("http://127.0.0.1:9/api/");

        replayEverything();

        assertThat(bot.bean(CapturedChatEvents.class).of(ChatEvent.class))
                .as("what the bot handles was stored although Slack cannot be reached")
                .hasSizeGreaterThan(10);
        assertClean(output);
    }

    @Test
    void everyAuthenticRequestIsAcknowledgedWithSlacksWebApiUp(CapturedOutput output) throws Exception {
        slackApi.start();
        slackApi.stubFor(post(urlMatching("/api/.*"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\","
                                + "\"user_id\":\"UBOT\",\"user\":\"socialdesk\"}")));
        start(slackApi.baseUrl() + "/api/");

        replayEverything();

        assertClean(output);
    }

    @Test
    void anUninstallIsAcknowledgedAndShownInHealth() throws Exception {
        start("http://127.0.0.1:9/api/");

        HttpResponse<String> ack = send(
                json(
                        """
                {"type":"event_callback","event_id":"EvGone","event_time":1700000000,"team_id":"T1",
                 "event":{"type":"app_uninstalled"}}"""));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://localhost:" + bot.port() + "/actuator/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("\"state\":\"UNINSTALLED\"", "app_uninstalled"));
    }

    @Test
    void slacksLoggersThatPrintBodiesAreKeptQuiet() {
        // as an operator might, to see more of what Slack's SDK does
        start("http://127.0.0.1:9/api/", "--logging.level.com.slack=DEBUG");

        assertThat(org.slf4j.LoggerFactory.getLogger("com.slack.api.bolt.util.SlackRequestParser")
                        .isWarnEnabled())
                .as("'No request pattern detected for <body>' is a WARN")
                .isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("com.slack.api.bolt.middleware.builtin.SSLCheck")
                        .isInfoEnabled())
                .isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("com.slack.api.app_backend.SlackSignature")
                        .isDebugEnabled())
                .as("request bodies and signatures at DEBUG")
                .isFalse();
    }

    private void replayEverything() throws Exception {
        List<String> failures = new ArrayList<>();
        if (SlackSamples.present()) {
            for (SlackSamples.Sample sample : SlackSamples.all()) {
                HttpResponse<String> response = send(signed(sample.body(), sample.contentType()));
                if (response.statusCode() != 200) {
                    failures.add(sample + " answered " + response.statusCode());
                }
            }
        }
        for (String body : malformed()) {
            String type = body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
            HttpResponse<String> response = send(signed(body, type));
            if (response.statusCode() != 200) {
                failures.add(body.substring(0, Math.min(80, body.length())) + " answered " + response.statusCode());
            }
        }
        HttpResponse<String> challenge =
                send(json("{\"token\":\"t\",\"challenge\":\"chal-123\",\"type\":\"url_verification\"}"));
        assertThat(challenge.body()).contains("chal-123");
        assertThat(send(signed("ssl_check=1&token=t", "application/x-www-form-urlencoded"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(failures).isEmpty();
    }

    private static List<String> malformed() {
        List<String> bodies = new ArrayList<>();
        for (String interaction : List.of(
                "{\"type\":\"block_actions\",\"trigger_id\":\"" + MARKER + "\",\"container\":{\"channel_id\":\"C1\","
                        + "\"message_ts\":\"1.2\"},\"actions\":[{\"action_id\":\"approve\",\"value\":\"" + MARKER
                        + "\"}]}",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[],\"x\":\"" + MARKER + "\"}",
                "{\"type\":\"view_submission\",\"user\":{\"id\":\"U1\"},\"view\":{\"type\":\"modal\"},\"x\":\"" + MARKER
                        + "\"}",
                "{\"type\":\"view_closed\",\"user\":{\"id\":\"U1\"},\"view\":{\"callback_id\":\"" + MARKER + "\"}}",
                "{\"type\":\"block_suggestion\",\"user\":{\"id\":\"U1\"},\"value\":\"" + MARKER + "\"}",
                "{\"type\":\"message_action\",\"callback_id\":\"" + MARKER + "\",\"user\":{\"id\":\"U1\"}}",
                "{\"type\":\"shortcut\",\"callback_id\":\"" + MARKER + "\",\"user\":{\"id\":\"U1\"}}",
                "{\"type\":\"workflow_step_edit\",\"callback_id\":\"" + MARKER + "\"}",
                "{\"type\":\"dialog_submission\",\"callback_id\":\"" + MARKER + "\",\"submission\":{}}",
                "{\"type\":\"interactive_message\",\"callback_id\":\"" + MARKER + "\",\"actions\":[]}",
                // fields of the wrong JSON type, which Bolt's Gson cannot read
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"container\":{\"channel_id\":\"C1\","
                        + "\"message_ts\":\"1.2\"},\"actions\":[{\"action_id\":\"a\",\"value\":\"" + MARKER
                        + "\",\"block_id\":{\"x\":1}}],\"team\":\"" + MARKER + "\"}",
                "{\"type\":\"" + MARKER + "\"}",
                "not json " + MARKER)) {
            bodies.add("payload=" + URLEncoder.encode(interaction, StandardCharsets.UTF_8));
        }
        bodies.add(
                "{\"type\":\"app_rate_limited\",\"team_id\":\"T1\",\"minute_rate_limited\":1518467820,\"api_app_id\":"
                        + "\"" + MARKER + "\"}");
        bodies.add("{\"type\":\"event_callback\",\"event_id\":\"EvX1\",\"event\":{\"type\":\"" + MARKER + "\"}}");
        bodies.add("{\"type\":\"event_callback\",\"event_id\":\"EvX2\",\"event\":{\"type\":\"reaction_added\","
                + "\"user\":{\"id\":\"" + MARKER + "\"},\"reaction\":\"x\",\"item\":{\"type\":\"message\","
                + "\"channel\":\"C1\",\"ts\":\"1.2\"}}}");
        bodies.add("{\"type\":\"event_callback\",\"event_id\":\"EvX3\",\"event\":{\"type\":\"message\","
                + "\"channel\":\"C1\",\"ts\":\"1.3\",\"user\":\"U1\",\"text\":\"" + MARKER + "\","
                + "\"blocks\":\"not a list\"}}");
        bodies.add("{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":\"" + MARKER + "\"}}");
        bodies.add("{\"type\":\"event_callback\",\"event_id\":\"EvX4\",\"event\":{\"type\":\"message\",\"channel\":"
                + "\"C1\",\"ts\":\"1.4\",\"user\":\"U1\",\"text\":\"\\u202e\\ud83d\\ude00\\u0000 " + MARKER + " "
                + "x".repeat(64 * 1024) + "\"}}");
        bodies.add("{\"type\":\"event_callback\",\"event_id\":\"EvX5\",\"event\":{\"type\":\"tokens_revoked\","
                + "\"tokens\":{\"bot\":[\"" + MARKER + "\"]}}}");
        bodies.add("{\"type\":\"event_callback\",\"event_id\":\"EvX6\",\"event\":{\"type\":\"app_home_opened\","
                + "\"user\":\"U1\",\"tab\":\"messages\",\"x\":\"" + MARKER + "\"}}");
        bodies.add("command=%2Fother&text=" + MARKER + "&user_id=U1&channel_id=C1");
        bodies.add("command=%2Fsd&text=" + MARKER + "&channel_id=C1");
        bodies.add("token=" + MARKER);
        return bodies;
    }

    private void assertClean(CapturedOutput output) {
        assertThat(output.getAll()).as("no body reaches the log").doesNotContain(MARKER);
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
                .as("nothing is logged at ERROR")
                .isEmpty();
    }

    private void start(String apiUrl, String... arguments) {
        bot = new BotUnderTest(folder)
                .config(SlackTestTeam.CONFIG)
                .variable("SLACK_BOT_TOKEN", "xoxb-traffic-token")
                .variable("SLACK_SIGNING_SECRET", SECRET)
                .with(CapturedChatEvents.class)
                .argument("--socialdesk.slack.api-url=" + apiUrl);
        for (String argument : arguments) {
            bot.argument(argument);
        }
        bot.start();
    }

    private HttpRequest json(String body) {
        return signed(body, "application/json");
    }

    private HttpRequest signed(String body, String contentType) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(URI.create("http://localhost:" + bot.port() + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
