package io.socialdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.socialdesk.slack.SlackApiRequests.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.slack.api.bolt.App;
import io.socialdesk.MigratedDatabase;
import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatImage;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.Form;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every call the gateway queues, delivered by one pass against Slack's Web API served by WireMock: which method is
 * called with which fields, in which order, and what is kept in the outbox when Slack says no or not yet.
 */
class SlackDeliveryTests {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(1);
    private static final ChannelRef SOCIAL = new ChannelRef(Platform.SLACK, "C1");
    private static final UserRef ANNA = new UserRef(Platform.SLACK, "UANNA");

    private final WireMockServer slackApi =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final SteppingClock clock = new SteppingClock(NOW);
    private final MigratedDatabase database = new MigratedDatabase();
    private App app;
    private SlackDelivery delivery;
    private SlackChatGateway gateway;

    @BeforeEach
    void wireTheAdapter() {
        slackApi.start();
        // the bot's own messages get a ts each; a reply and a direct message get theirs
        answer("chat.postMessage", "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}", 10);
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("thread_ts="))
                .atPriority(5)
                .willReturn(json("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000200\"}")));
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("channel=D1"))
                .atPriority(4)
                .willReturn(json("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000300\"}")));
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("channel=D1"))
                .withRequestBody(containing("thread_ts="))
                .atPriority(3)
                .willReturn(json("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000400\"}")));
        answer("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"D1\"}}", 5);
        answer(
                "files.getUploadURLExternal",
                "{\"ok\":true,\"upload_url\":\"" + slackApi.baseUrl() + "/upload/F1\",\"file_id\":\"F1\"}",
                5);
        slackApi.stubFor(
                post(urlPathEqualTo("/upload/F1")).willReturn(aResponse().withStatus(200)));
        answer("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F1\"}]}", 5);
        answer(".*", "{\"ok\":true}", 20);
        app = SlackConfiguration.boltApp(
                slackApi.baseUrl() + "/api/", new SlackCredentials("xoxb-test", null, "unused"));
        SlackOutbox outbox = new SlackOutbox(database.jdbc(), clock);
        delivery = new SlackDelivery(
                outbox, new SlackWebApi(app.client(), new SlackMessages(database.jdbc())), clock, MAX_RETRY_AFTER);
        SlackConnection connection = new SlackConnection(
                app,
                new SlackCredentials("xoxb-test", null, "unused"),
                delivery,
                () -> {
                    throw new IllegalStateException("no Socket Mode here");
                },
                clock);
        gateway = new SlackChatGateway(outbox, connection, "Schließen");
    }

    @AfterEach
    void stopSlackApi() throws Exception {
        app.slack().close();
        slackApi.stop();
    }

    @Test
    void callsOnTheBotsMessageGoToTheChannelAndTsSlackGaveIt() {
        MessageRef posted = gateway.post(SOCIAL, OutgoingMessage.text("Entwurf #1 <neu>"));
        gateway.update(posted, OutgoingMessage.text("Entwurf #1, freigegeben"));
        gateway.react(posted, Emoji.of("white_check_mark"));
        MessageRef reply = gateway.replyInThread(posted, OutgoingMessage.text("Danke"));

        assertThat(delivery.deliverDue().delivered()).isEqualTo(4);

        assertThat(posted.id()).startsWith("sd-");
        assertThat(reply.channel()).isEqualTo(SOCIAL);
        assertThat(reply.id()).startsWith("sd-").isNotEqualTo(posted.id());
        List<LoggedRequest> calls = calls();
        assertThat(calls)
                .extracting(LoggedRequest::getUrl)
                .containsExactly(
                        "/api/chat.postMessage", "/api/chat.update", "/api/reactions.add", "/api/chat.postMessage");
        assertThat(form(calls.get(0)))
                .containsEntry("channel", "C1")
                .containsEntry("text", "Entwurf #1 &lt;neu&gt;")
                .containsEntry("unfurl_links", "0")
                .doesNotContainKeys("thread_ts", "blocks");
        assertThat(form(calls.get(1)))
                .containsEntry("channel", "C1")
                .containsEntry("ts", "1700000000.000100")
                .containsEntry("text", "Entwurf #1, freigegeben");
        assertThat(form(calls.get(1)).get("blocks"))
                .as("an update without blocks replaces the old ones")
                .contains("\"type\":\"section\"", "Entwurf #1, freigegeben");
        assertThat(form(calls.get(2)))
                .containsEntry("channel", "C1")
                .containsEntry("timestamp", "1700000000.000100")
                .containsEntry("name", "white_check_mark");
        assertThat(form(calls.get(3)))
                .containsEntry("channel", "C1")
                .containsEntry("thread_ts", "1700000000.000100")
                .containsEntry("text", "Danke");
        assertThat(states()).containsExactly("SENT", "SENT", "SENT", "SENT");
    }

    @Test
    void aDirectMessageOpensTheConversationAndARepliesFollowItThere() {
        MessageRef direct = gateway.directMessage(ANNA, OutgoingMessage.text("Du bist dran"));
        gateway.replyInThread(direct, OutgoingMessage.text("Nachtrag"));
        gateway.react(direct, Emoji.of("eyes"));

        assertThat(delivery.deliverDue().delivered()).isEqualTo(3);

        assertThat(direct.channel()).isEqualTo(new ChannelRef(Platform.SLACK, "user:UANNA"));
        List<LoggedRequest> calls = calls();
        assertThat(calls)
                .extracting(LoggedRequest::getUrl)
                .containsExactly(
                        "/api/conversations.open",
                        "/api/chat.postMessage",
                        "/api/chat.postMessage",
                        "/api/reactions.add");
        assertThat(form(calls.get(0))).containsEntry("users", "UANNA");
        assertThat(form(calls.get(1))).containsEntry("channel", "D1").containsEntry("text", "Du bist dran");
        assertThat(form(calls.get(2)))
                .containsEntry("channel", "D1")
                .containsEntry("thread_ts", "1700000000.000300")
                .containsEntry("text", "Nachtrag");
        assertThat(form(calls.get(3)))
                .containsEntry("channel", "D1")
                .containsEntry("timestamp", "1700000000.000300")
                .containsEntry("name", "eyes");
    }

    @Test
    void aReactionToSomeoneElsesMessageUsesItsTs() {
        gateway.react(new MessageRef(SOCIAL, "1699999999.000001"), Emoji.of("thumbsup"));

        assertThat(delivery.deliverDue().delivered()).isEqualTo(1);

        assertThat(calls()).singleElement().satisfies(call -> {
            assertThat(call.getUrl()).isEqualTo("/api/reactions.add");
            assertThat(form(call))
                    .containsEntry("channel", "C1")
                    .containsEntry("timestamp", "1699999999.000001")
                    .containsEntry("name", "+1");
        });
    }

    @Test
    void anEphemeralAnswerAndAFormReachTheirPerson() {
        gateway.ephemeral(SOCIAL, ANNA, OutgoingMessage.text("Nur für dich"));
        gateway.openForm(
                new CommandInvoked("333.444.trigger", SOCIAL, ANNA, "draft", null, NOW),
                new Form(
                        "draft",
                        "Neuer Entwurf",
                        "Anlegen",
                        List.of(new Form.Field("text", "Text", Form.Field.Kind.LONG_TEXT, true, List.of(), null))));

        assertThat(delivery.deliverDue().delivered()).isEqualTo(2);

        List<LoggedRequest> calls = calls();
        assertThat(calls)
                .extracting(LoggedRequest::getUrl)
                .containsExactly("/api/chat.postEphemeral", "/api/views.open");
        assertThat(form(calls.get(0)))
                .containsEntry("channel", "C1")
                .containsEntry("user", "UANNA")
                .containsEntry("text", "Nur für dich");
        assertThat(form(calls.get(1))).containsEntry("trigger_id", "333.444.trigger");
        assertThat(form(calls.get(1)).get("view"))
                .contains("\"type\":\"modal\"", "\"callback_id\":\"draft\"", "Neuer Entwurf", "Schließen");
    }

    @Test
    void anImageIsUploadedWithItsCaption() {
        gateway.uploadImage(
                SOCIAL,
                ChatImage.png("chart.png", "Erwähnungen", new byte[] {1, 2, 3}),
                OutgoingMessage.text("Erwähnungen heute"));

        assertThat(delivery.deliverDue().delivered()).isEqualTo(1);

        assertThat(form(call("files.getUploadURLExternal")))
                .containsEntry("filename", "chart.png")
                .containsEntry("length", "3");
        assertThat(slackApi.findAll(postRequestedFor(urlPathEqualTo("/upload/F1"))))
                .singleElement()
                .satisfies(upload -> assertThat(upload.getBody()).containsExactly(1, 2, 3));
        Map<String, String> complete = form(call("files.completeUploadExternal"));
        assertThat(complete).containsEntry("channel_id", "C1").containsEntry("initial_comment", "Erwähnungen heute");
        assertThat(complete.get("files")).contains("\"id\":\"F1\"", "\"title\":\"chart.png\"");
        assertThat(database.jdbc()
                        .sql("SELECT COUNT(*) FROM slack_outbox WHERE file_bytes IS NOT NULL")
                        .query(Long.class)
                        .single())
                .as("the bytes are dropped once sent")
                .isZero();
    }

    @Test
    void callsQueuedBeforeAnUpgradeAreDeliveredFromTheSameColumns() {
        // rows as the outbox wrote them before calls were typed: a kind and the columns that kind used
        queueRow(Map.of(
                "queue", "C1", "kind", "POST", "message_id", "sd-old-1", "channel", "C1", "text", "Vor dem Update"));
        queueRow(Map.of("queue", "C1", "kind", "REACT", "target_id", "sd-old-1", "channel", "C1", "emoji", "eyes"));
        queueRow(Map.of(
                "queue", "form:UANNA",
                "kind", "FORM",
                "target_id", "555.666.trigger",
                "user_id", "UANNA",
                "blocks", "{\"type\":\"modal\",\"callback_id\":\"draft\"}"));

        assertThat(delivery.deliverDue().delivered()).isEqualTo(3);

        assertThat(calls())
                .extracting(LoggedRequest::getUrl)
                .containsExactlyInAnyOrder("/api/chat.postMessage", "/api/reactions.add", "/api/views.open");
        assertThat(form(call("chat.postMessage")))
                .containsEntry("channel", "C1")
                .containsEntry("text", "Vor dem Update");
        assertThat(form(call("reactions.add")))
                .containsEntry("channel", "C1")
                .containsEntry("timestamp", "1700000000.000100")
                .containsEntry("name", "eyes");
        assertThat(form(call("views.open"))).containsEntry("trigger_id", "555.666.trigger");
    }

    @Test
    void whatRefersToAMessageSlackRefusedFailsToo() {
        answer("chat.postMessage", "{\"ok\":false,\"error\":\"channel_not_found\"}", 1);
        MessageRef posted = gateway.post(new ChannelRef(Platform.SLACK, "CGONE"), OutgoingMessage.text("Hallo"));
        gateway.update(posted, OutgoingMessage.text("Hallo!"));
        gateway.react(posted, Emoji.of("eyes"));

        assertThat(delivery.deliverDue().delivered()).isZero();

        assertThat(calls()).extracting(LoggedRequest::getUrl).containsExactly("/api/chat.postMessage");
        assertThat(states()).containsExactly("FAILED", "FAILED", "FAILED");
    }

    @Test
    void aCallOnAMessageNotYetOnSlackWaits() {
        gateway.update(new MessageRef(SOCIAL, "sd-not-posted-yet"), OutgoingMessage.text("neu"));

        SlackDelivery.Pass pass = delivery.deliverDue();

        assertThat(pass.delivered()).isZero();
        assertThat(pass.nextDue()).isEqualTo(NOW.plusSeconds(1));
        assertThat(calls()).isEmpty();
        assertThat(states()).containsExactly("PENDING");
    }

    @Test
    void aTransientErrorIsTriedAgainAfterGrowingPauses() {
        answer("chat.postMessage", "{\"ok\":false,\"error\":\"service_unavailable\"}", 1);
        gateway.post(SOCIAL, OutgoingMessage.text("Hallo"));

        for (Duration pause : List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4))) {
            SlackDelivery.Pass pass = delivery.deliverDue();

            assertThat(pass.nextDue()).isEqualTo(clock.instant().plus(pause));
            assertThat(notBefore()).isEqualTo(clock.instant().plus(pause));
            clock.step(pause);
        }
        assertThat(calls()).hasSize(3);
        assertThat(attempts()).isEqualTo(3);
        assertThat(states()).containsExactly("PENDING");
    }

    @ParameterizedTest(name = "Retry-After {0}")
    @CsvSource({"30, 30", "'Sun, 22 Nov 2026 12:00:30 GMT', 30", "0, 1", "'', 1", "soon, 1", "86400, 60"})
    void aRateLimitWaitsAsRetryAfterSaysWithoutCountingAnAttempt(String header, long seconds) {
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .willReturn(
                        header.isEmpty()
                                ? aResponse().withStatus(429)
                                : aResponse().withStatus(429).withHeader("Retry-After", header)));
        gateway.post(SOCIAL, OutgoingMessage.text("Hallo"));

        SlackDelivery.Pass pass = delivery.deliverDue();

        assertThat(pass.nextDue()).isEqualTo(NOW.plusSeconds(seconds));
        assertThat(pass.slackReachable()).isTrue();
        assertThat(notBefore()).isEqualTo(NOW.plusSeconds(seconds));
        assertThat(attempts()).isZero();
    }

    @Test
    void aServerErrorShowsSlackUnreachable() {
        slackApi.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        gateway.post(SOCIAL, OutgoingMessage.text("Hallo"));

        SlackDelivery.Pass pass = delivery.deliverDue();

        assertThat(pass.slackReachable()).isFalse();
        assertThat(pass.nextDue()).isEqualTo(NOW.plusSeconds(1));
        assertThat(attempts()).isEqualTo(1);
    }

    private void answer(String method, String body, int priority) {
        slackApi.stubFor(
                post(urlMatching("/api/" + method)).atPriority(priority).willReturn(json(body)));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The Web API calls in the order Slack got them. */
    private List<LoggedRequest> calls() {
        return slackApi.findAll(postRequestedFor(urlMatching("/api/.*")));
    }

    private LoggedRequest call(String method) {
        List<LoggedRequest> calls = slackApi.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
        assertThat(calls).as(method).hasSize(1);
        return calls.get(0);
    }

    /** A pending row of the given columns, due now. */
    private void queueRow(Map<String, String> columns) {
        Map<String, Object> row = new HashMap<>(columns);
        row.put("state", "PENDING");
        row.put("attempts", 0);
        row.put("not_before", NOW.atOffset(ZoneOffset.UTC));
        row.put("created_at", NOW.atOffset(ZoneOffset.UTC));
        database.jdbc()
                .sql("INSERT INTO slack_outbox (" + String.join(", ", row.keySet()) + ") VALUES (:"
                        + String.join(", :", row.keySet()) + ")")
                .params(row)
                .update();
    }

    private List<String> states() {
        return database.jdbc()
                .sql("SELECT state FROM slack_outbox ORDER BY seq")
                .query(String.class)
                .list();
    }

    private Instant notBefore() {
        return database.jdbc()
                .sql("SELECT not_before FROM slack_outbox")
                .query((rs, row) ->
                        rs.getObject("not_before", OffsetDateTime.class).toInstant())
                .single();
    }

    private int attempts() {
        return database.jdbc()
                .sql("SELECT attempts FROM slack_outbox")
                .query(Integer.class)
                .single();
    }
}
