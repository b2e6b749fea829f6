package io.socialdesk.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.bolt.App;
import io.socialdesk.MigratedDatabase;
import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatEvent;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.FormSubmitted;
import io.socialdesk.chat.InboundEventsAccess;
import io.socialdesk.chat.MessagePosted;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import io.socialdesk.chat.UserRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slack's own payload samples ({@code ../shared/data/slack}) go through a Bolt app wired as the bot wires it; the
 * chat events that come out are checked field by field.
 */
class SlackContractTests {

    private static final Path SAMPLES = Path.of("../shared/data/slack/realistic");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final WireMockServer slackApi =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final List<ChatEvent> published = new ArrayList<>();
    private App app;
    private SlackRequests requests;

    @BeforeEach
    void wireTheBoltApp() {
        assumeTrue(Files.isDirectory(SAMPLES), "../shared/data/slack is absent; skipping the Slack contract tests");
        slackApi.start();
        // the Web API the handlers' replies go to; the bot is none of the samples' users
        slackApi.stubFor(
                post(urlPathEqualTo("/api/auth.test"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                """
                        {"ok":true,"url":"https://t.slack.com/","team":"T","user":"socialdesk","team_id":"T111",
                         "user_id":"UBOT0001","bot_id":"BBOT0001"}""")));
        // Bolt looks up other apps' bots to tell them from ours
        slackApi.stubFor(
                post(urlPathEqualTo("/api/bots.info"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                """
                        {"ok":true,"bot":{"id":"B999","user_id":"UOTHERBOT","name":"other-app"}}""")));
        // any other call gets a plain yes
        slackApi.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/api/.*"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true}")));
        app = SlackConfiguration.boltApp(
                slackApi.baseUrl() + "/api/", new SlackCredentials("xoxb-test", null, "unused"));
        MigratedDatabase database = new MigratedDatabase();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SlackOutbox outbox = new SlackOutbox(database.jdbc(), clock);
        SlackMessages messages = new SlackMessages(database.jdbc());
        SlackConnection connection = new SlackConnection(
                app,
                new SlackCredentials("xoxb-test", null, "unused"),
                new SlackDelivery(
                        outbox, new SlackWebApi(app.client(), messages), clock, java.time.Duration.ofMinutes(1)),
                () -> {
                    throw new IllegalStateException("no Socket Mode here");
                },
                clock);
        SlackHome home = new SlackHome(
                List.of(),
                outbox,
                connection,
                new org.springframework.context.support.StaticMessageSource(),
                null,
                "sd");
        new SlackInbound(
                        new SlackTranslator(messages, "sd"),
                        InboundEventsAccess.create(database, published::add, clock),
                        home,
                        clock)
                .register(app, "sd");
        requests = new SlackRequests(new SlackRequestTriage(JsonMapper.builder().build(), "sd"), app, connection);
    }

    @AfterEach
    void stopSlackApi() {
        slackApi.stop();
    }

    @Test
    void aReactionBecomesReactionAdded() throws Exception {
        SlackRequests.Reply response = event("bolt-python/envelope/reaction_added.json", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(published)
                .containsExactly(new ReactionAdded(
                        "Ev111",
                        new MessageRef(new ChannelRef(Platform.SLACK, "C111"), "1599529504.000400"),
                        new UserRef(Platform.SLACK, "W111"),
                        Emoji.of("😍"),
                        // the reaction's own event_ts, to the microsecond, rather than the envelope's second
                        Instant.ofEpochSecond(1599616881, 800_000)));
    }

    @Test
    void slacksRetriesOfAnEventCountOnce() throws Exception {
        event("bolt-python/envelope/reaction_added.json", Map.of());
        SlackRequests.Reply retry = event(
                "bolt-python/envelope/reaction_added.json",
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(published).hasSize(1);
    }

    @Test
    void aRemovedReactionBecomesReactionRemoved() throws Exception {
        String inner = Files.readString(SAMPLES.resolve("java-slack-sdk/event/reaction_removed.json"));
        String envelope = "{\"type\":\"event_callback\",\"event_id\":\"Ev222\",\"event_time\":1600000000,"
                + "\"team_id\":\"T111\",\"api_app_id\":\"A111\",\"event\":" + inner + "}";

        assertThat(run(envelope, "application/json", Map.of()).status()).isEqualTo(200);
        assertThat(published)
                .containsExactly(new ReactionRemoved(
                        "Ev222",
                        new MessageRef(new ChannelRef(Platform.SLACK, "C0G9QF9GZ"), "1360782400.498405"),
                        new UserRef(Platform.SLACK, "U024BE7LH"),
                        Emoji.of("thumbsup"),
                        Instant.ofEpochSecond(1360782804, 83_113_000)));
    }

    @Test
    void aPersonsMessageBecomesMessagePosted() throws Exception {
        event("bolt-python/envelope/message_user.json", Map.of());

        assertThat(published).singleElement().isInstanceOfSatisfying(MessagePosted.class, message -> {
            assertThat(message.text()).isEqualTo("Hi there! Thanks for sharing the info!");
            assertThat(message.user()).isEqualTo(new UserRef(Platform.SLACK, "W111"));
            assertThat(message.message().id()).isEqualTo("1610261659.001400");
            assertThat(message.threadParent()).isNull();
        });
    }

    @Test
    void messagesFromBotsAndEditsAreAcknowledgedButNotPublished() throws Exception {
        for (String sample : List.of(
                "bolt-python/envelope/message_from_bot_user.json",
                "bolt-python/envelope/message_bot_message.json",
                "bolt-python/envelope/message_changed.json",
                "bolt-python/envelope/message_deleted.json")) {
            assertThat(event(sample, Map.of()).status()).as(sample).isEqualTo(200);
        }

        assertThat(published).isEmpty();
    }

    @Test
    void aMentionIsACommand() throws Exception {
        event("bolt-python/envelope/app_mention.json", Map.of());

        assertThat(published).singleElement().isInstanceOfSatisfying(CommandInvoked.class, command -> {
            assertThat(command.text()).isEqualTo("Hi there!");
            assertThat(command.channel()).isEqualTo(new ChannelRef(Platform.SLACK, "C111"));
            assertThat(command.user()).isEqualTo(new UserRef(Platform.SLACK, "W222"));
        });
    }

    @Test
    void theSlashCommandIsACommand() throws Exception {
        // Slack's sample runs /weather; the bot listens to its own command root
        String form = Files.readString(SAMPLES.resolve("java-slack-sdk/slash_command/slash_command_docs_example.form"))
                .replace("command=/weather", "command=/sd");

        SlackRequests.Reply response = run(form, "application/x-www-form-urlencoded", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(published)
                .containsExactly(new CommandInvoked(
                        "13345224609.738474920.8088930838d88f008e0",
                        new ChannelRef(Platform.SLACK, "C2147483705"),
                        new UserRef(Platform.SLACK, "U2147483697"),
                        "94070",
                        null,
                        NOW));
    }

    @Test
    void aButtonBecomesButtonClicked() throws Exception {
        String json = Files.readString(SAMPLES.resolve("bolt-python/interactivity/block_actions.json"));

        SlackRequests.Reply response = run(
                "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(published)
                .containsExactly(new ButtonClicked(
                        "111.222.valid",
                        new MessageRef(new ChannelRef(Platform.SLACK, "C111"), "111.222"),
                        new UserRef(Platform.SLACK, "W111"),
                        "a",
                        "click_me_123",
                        NOW));
    }

    @Test
    void everyButtonSampleIsAcknowledged() throws Exception {
        try (var files = Files.list(SAMPLES.resolve("java-slack-sdk/interactivity"))) {
            for (Path sample : files.sorted().toList()) {
                String body = "payload=" + URLEncoder.encode(Files.readString(sample), StandardCharsets.UTF_8);
                assertThat(run(body, "application/x-www-form-urlencoded", Map.of())
                                .status())
                        .as(sample.getFileName().toString())
                        .isEqualTo(200);
            }
        }
        // buttons in a view (a modal, the App Home) are not on a message; two samples share one trigger id
        assertThat(published)
                .containsExactly(
                        new ButtonClicked(
                                "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
                                new MessageRef(new ChannelRef(Platform.SLACK, "CBR2V3XEX"), "1548261231.000200"),
                                new UserRef(Platform.SLACK, "UA8RXUSPL"),
                                "WaXA",
                                "click_me_123",
                                NOW),
                        new ButtonClicked(
                                "111.222.xxx",
                                new MessageRef(new ChannelRef(Platform.SLACK, "C111"), "1693635296.000500"),
                                new UserRef(Platform.SLACK, "U111"),
                                "save",
                                "1",
                                NOW));
    }

    @Test
    void aFormSubmissionBecomesFormSubmitted() throws Exception {
        String view =
                """
                {"type":"view_submission","team":{"id":"T111"},"user":{"id":"W111"},"trigger_id":"12.34.ab",
                 "view":{"id":"V1","type":"modal","callback_id":"draft","hash":"h1","state":{"values":{
                   "text_block":{"text":{"type":"plain_text_input","value":"Neuer Beitrag"}},
                   "networks_block":{"networks":{"type":"multi_static_select","selected_options":[
                     {"value":"linkedin"},{"value":"x"}]}}}}}}""";

        run(
                "payload=" + URLEncoder.encode(view, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded",
                Map.of());

        assertThat(published)
                .containsExactly(new FormSubmitted(
                        "12.34.ab",
                        new UserRef(Platform.SLACK, "W111"),
                        "draft",
                        Map.of("text", "Neuer Beitrag", "networks", "linkedin,x"),
                        NOW));
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
        SlackRequests.Reply response = event("bolt-python/envelope/url_verification.json", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        assertThat(published).isEmpty();
    }

    @Test
    void everySampleIsAcknowledgedOverHttpAndSocketMode() throws Exception {
        List<SlackSamples.Sample> samples = SlackSamples.all();
        assertThat(samples).hasSizeGreaterThan(50);

        for (SlackSamples.Sample sample : samples) {
            assertThat(run(sample.body(), sample.contentType(), Map.of()).status())
                    .as("HTTP " + sample)
                    .isEqualTo(200);
            String envelope = "{\"type\":\"" + sample.socketType() + "\",\"envelope_id\":\"e1\",\"payload\":"
                    + sample.socketPayload() + "}";
            SlackRequests.Reply reply = requests.socket(
                    SlackSocketEnvelope.parse(JsonMapper.builder().build(), envelope));
            assertThat(reply).as("Socket Mode " + sample).isNotNull();
            assertThat(reply.status()).as("Socket Mode " + sample).isEqualTo(200);
        }
        assertThat(published).as("the handled samples were stored").hasSizeGreaterThan(10);
    }

    private SlackRequests.Reply event(String sample, Map<String, String> headers) throws Exception {
        return run(Files.readString(SAMPLES.resolve(sample)), "application/json", headers);
    }

    private SlackRequests.Reply run(String body, String contentType, Map<String, String> extraHeaders)
            throws Exception {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        headers.put("content-type", List.of(contentType));
        extraHeaders.forEach((name, value) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), List.of(value)));
        return requests.http(body, headers);
    }
}
