package io.socialdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.socialdesk.slack.SlackApiRequests.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.socialdesk.BotUnderTest;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.local.CapturedChatEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole bot in HTTP mode: signed requests to {@code /slack/events}, and the Slack Web API served by WireMock on
 * loopback, so every call the bot makes can be checked.
 */
class SlackIntegrationTests {

    private static final String SECRET = "test-signing-secret";
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private final WireMockServer slackApi =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackRequestVerifier signer =
            new SlackRequestVerifier(SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    private ConfigurableApplicationContext context;
    private int port;
    private String appToken;

    @BeforeEach
    void startSlackApi() {
        slackApi.start();
        answer(
                "auth.test",
                """
                {"ok":true,"url":"https://t.slack.com/","team":"T","user":"socialdesk","team_id":"T1",
                 "user_id":"UBOT0001","bot_id":"BBOT0001"}""");
        answer("chat.postEphemeral", "{\"ok\":true,\"message_ts\":\"1700000000.000900\"}");
        answer("reactions.add", "{\"ok\":true}");
        answer("chat.update", "{\"ok\":true,\"channel\":\"CSOCIAL\",\"ts\":\"1700000000.000100\"}");
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .atPriority(10)
                .willReturn(json("{\"ok\":true,\"channel\":\"CSOCIAL\",\"ts\":\"1700000000.000100\"}")));
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        slackApi.stop();
    }

    @Test
    void answersASlashCommandThroughTheWebApi() throws Exception {
        start();

        HttpResponse<String> ack = send(slashCommand("ping", "111.222.aaa"));

        assertThat(ack.statusCode()).isEqualTo(200);
        LoggedRequest posted = awaitCall("chat.postMessage");
        assertThat(form(posted)).containsEntry("channel", "CSOCIAL");
        assertThat(form(posted).get("text")).contains("Pong", "Slack");
    }

    @Test
    void aBareDraftCommandOpensAModalWithTheCommandsTriggerId() throws Exception {
        answer("views.open", "{\"ok\":true}");
        start();

        send(slashCommand("draft", "333.444.trigger"));

        Map<String, String> open = form(awaitCall("views.open"));
        assertThat(open).containsEntry("trigger_id", "333.444.trigger");
        assertThat(open.get("view"))
                .contains(
                        "\"type\":\"modal\"",
                        "\"callback_id\":\"draft\"",
                        "Neuer Entwurf",
                        "multi_static_select",
                        "datetimepicker");
    }

    @Test
    void answersHelpPrivately() throws Exception {
        start();

        send(slashCommand("help", "111.222.bbb"));

        Map<String, String> ephemeral = form(awaitCall("chat.postEphemeral"));
        assertThat(ephemeral).containsEntry("user", "UANNA").containsEntry("channel", "CSOCIAL");
        assertThat(ephemeral.get("text")).contains("Befehle", "/sd ping");
    }

    @Test
    void aRetriedEventIsHandledOnceAndReactionsToTheBotsMessagesResolveToItsId() throws Exception {
        start();
        MessageRef posted = context.getBean(ChatGateway.class)
                .post(new ChannelRef(Platform.SLACK, "CSOCIAL"), OutgoingMessage.text("Entwurf #1"));
        awaitCall("chat.postMessage");
        String reaction =
                """
                {"type":"event_callback","event_id":"Ev42","event_time":%d,"team_id":"T1","api_app_id":"A1",
                 "event":{"type":"reaction_added","user":"UBEN","reaction":"white_check_mark::skin-tone-3",
                   "item":{"type":"message","channel":"CSOCIAL","ts":"1700000000.000100"},"event_ts":"1.2"}}"""
                        .formatted(Instant.now().getEpochSecond());

        assertThat(send(signed(reaction, "application/json", Map.of())).statusCode())
                .isEqualTo(200);
        assertThat(send(signed(reaction, "application/json", Map.of("X-Slack-Retry-Num", "1")))
                        .statusCode())
                .isEqualTo(200);

        CapturedChatEvents events = context.getBean(CapturedChatEvents.class);
        assertThat(events.of(ReactionAdded.class)).singleElement().satisfies(added -> {
            assertThat(added.message()).isEqualTo(posted);
            assertThat(added.emoji().name()).isEqualTo("white_check_mark");
            assertThat(added.user().id()).isEqualTo("UBEN");
        });
    }

    @Test
    void waitsOutA429AndKeepsTheChannelsOrder() throws Exception {
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .inScenario("rate limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("waited"));
        start();
        ChatGateway gateway = context.getBean(ChatGateway.class);
        ChannelRef social = new ChannelRef(Platform.SLACK, "CSOCIAL");
        Instant before = Instant.now();

        gateway.post(social, OutgoingMessage.text("first"));
        gateway.post(social, OutgoingMessage.text("second"));

        await().atMost(WITHIN).until(() -> calls("chat.postMessage").size() >= 3);
        List<String> texts = calls("chat.postMessage").stream()
                .map(call -> form(call).get("text"))
                .toList();
        assertThat(texts).containsExactly("first", "first", "second");
        assertThat(Duration.between(
                        before, calls("chat.postMessage").get(1).getLoggedDate().toInstant()))
                .as("Retry-After was honoured")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void messagesQueuedDuringAnOutageAreDeliveredAfterARestart() throws Exception {
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        start();
        context.getBean(ChatGateway.class)
                .post(new ChannelRef(Platform.SLACK, "CSOCIAL"), OutgoingMessage.text("während des Ausfalls"));
        awaitCall("chat.postMessage");
        context.close();
        slackApi.resetAll();
        startSlackApi();
        slackApi.resetRequests();

        start();

        await().atMost(WITHIN).until(() -> calls("chat.postMessage").stream()
                .anyMatch(call -> "während des Ausfalls".equals(form(call).get("text"))));
        assertThat(calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void refusesForgedStaleOversizedAndUnsignedRequests() throws Exception {
        start();
        String body = slashCommandBody("ping", "111.222.ccc");
        String now = String.valueOf(Instant.now().getEpochSecond());
        String old = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
        String future = String.valueOf(Instant.now().plusSeconds(600).getEpochSecond());

        assertThat(send(request(
                                body,
                                Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature", "v0=" + "0".repeat(64))))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(request(body, Map.of("X-Slack-Request-Timestamp", old, "X-Slack-Signature", sign(old, body))))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(request(
                                body,
                                Map.of("X-Slack-Request-Timestamp", future, "X-Slack-Signature", sign(future, body))))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(request(body, Map.of())).statusCode()).isEqualTo(401);
        String huge = "x".repeat(1_100_000);
        assertThat(send(request(huge, Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature", sign(now, huge))))
                        .statusCode())
                .isEqualTo(413);

        assertThat(send(slashCommand("ping", "111.222.ddd")).statusCode()).isEqualTo(200);
        // replies go out in order, so once the answer to the signed ping is out, any earlier one would be too
        awaitCall("chat.postMessage");
        assertThat(calls("chat.postMessage"))
                .as("only the signed request was answered")
                .singleElement()
                .satisfies(call -> assertThat(form(call).get("text")).contains("Pong"));
    }

    @Test
    void theAppHomeShowsWhoThePersonIs() throws Exception {
        answer("views.publish", "{\"ok\":true}");
        start();
        String opened =
                """
                {"type":"event_callback","event_id":"Ev77","event_time":%d,"team_id":"T1","api_app_id":"A1",
                 "event":{"type":"app_home_opened","user":"UANNA","channel":"D1","tab":"home","event_ts":"1.3"}}"""
                        .formatted(Instant.now().getEpochSecond());

        assertThat(send(signed(opened, "application/json", Map.of())).statusCode())
                .isEqualTo(200);

        String view = form(awaitCall("views.publish")).get("view");
        assertThat(view).contains("\"type\":\"home\"", "Anna", "dein Überblick", "Admin");
    }

    @Test
    void anUnreachableSocketModeNeitherStopsTheBotNorItsHealthEndpoint() throws Exception {
        answer("apps.connections.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");
        appToken = "xapp-test-token";
        start();

        await().atMost(WITHIN).untilAsserted(() -> {
            HttpResponse<String> health =
                    send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .build());
            assertThat(health.body()).contains("\"platform\":\"slack\"", "\"state\":\"RECONNECTING\"");
        });
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthShowsTheSlackConnection() throws Exception {
        start();

        await().atMost(WITHIN).untilAsserted(() -> {
            String health = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(health).contains("\"platform\":\"slack\"", "\"state\":\"CONNECTED\"");
        });
    }

    /** The database the bot runs on: H2 here; the PostgreSQL subclass says otherwise. */
    BotUnderTest onDatabase(BotUnderTest bot) {
        return bot;
    }

    private void start() {
        BotUnderTest bot = onDatabase(new BotUnderTest(folder))
                .config(SlackTestTeam.CONFIG)
                .variable("SLACK_BOT_TOKEN", "xoxb-test-token")
                .variable("SLACK_SIGNING_SECRET", SECRET)
                .with(CapturedChatEvents.class)
                .argument("--socialdesk.slack.api-url=" + slackApi.baseUrl() + "/api/");
        if (appToken != null) {
            bot.variable("SLACK_APP_TOKEN", appToken);
        }
        context = bot.start().context();
        port = bot.port();
    }

    private void answer(String method, String body) {
        slackApi.stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(json(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private List<LoggedRequest> calls(String method) {
        return slackApi.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
    }

    private LoggedRequest awaitCall(String method) {
        await().atMost(WITHIN).until(() -> !calls(method).isEmpty());
        return calls(method).get(0);
    }

    private static String slashCommandBody(String text, String triggerId) {
        return "token=x&team_id=T1&channel_id=CSOCIAL&channel_name=social&user_id=UANNA&user_name=anna"
                + "&command=%2Fsd&text=" + text + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fx&trigger_id="
                + triggerId + "&api_app_id=A1";
    }

    private HttpRequest slashCommand(String text, String triggerId) {
        return signed(slashCommandBody(text, triggerId), "application/x-www-form-urlencoded", Map.of());
    }

    private HttpRequest signed(String body, String contentType, Map<String, String> headers) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        Map<String, String> all = new HashMap<>(headers);
        all.put("X-Slack-Request-Timestamp", timestamp);
        all.put("X-Slack-Signature", sign(timestamp, body));
        all.put("Content-Type", contentType);
        return request(body, all);
    }

    private String sign(String timestamp, String body) {
        return signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        headers.forEach(request::header);
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
