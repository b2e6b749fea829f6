package io.socialdesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.socialdesk.SocialDeskApplication;
import io.socialdesk.chat.Block;
import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.InboundEvents;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.UserRef;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The local chat driven over its API through a really started bot, as a person in the web page would. Runs once
 * per database: the subclasses say which.
 */
abstract class LocalChatScenarios {

    private static final Duration REPLY_WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext context;

    /** Command-line arguments that point the bot at this suite's database. */
    abstract List<String> databaseArguments(Path dataDir);

    LocalChatClient start() {
        List<String> args = new ArrayList<>(databaseArguments(dataDir));
        args.add("--server.port=0");
        args.add("--socialdesk.config-file=none");
        context = new SpringApplicationBuilder(SocialDeskApplication.class, CapturedChatEvents.class)
                .run(args.toArray(String[]::new));
        return new LocalChatClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    LocalChatClient restart() {
        context.close();
        return start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void answersCommandsStoresReactionsAndKeepsHistoryAcrossARestart() {
        LocalChatClient chat = start();

        assertThat(chat.post("social", "anna", "/sd help").status()).isEqualTo(201);
        JsonNode help = awaitMessage(chat, "social", "anna", byBot("Befehle"));
        assertThat(help.path("visibleTo").asString()).isEqualTo("anna");
        assertThat(help.path("text").asString()).contains("/sd help", "/sd ping", "/sd whoami", "zeigt diese Liste");
        assertThat(chat.messages("social", "ben")).noneMatch(byBot("Befehle"));
        chat.post("social", "anna", "/sd help draft");
        assertThat(awaitMessage(chat, "social", "anna", byBot("*`/sd draft`*"))
                        .path("text")
                        .asString())
                .contains("reicht einen Beitrag zur Freigabe ein", "\n• `/sd draft history ID`")
                .doesNotContain("/sd ping");
        chat.post("social", "anna", "/sd help drafts");
        assertThat(awaitMessage(chat, "social", "anna", byBot("`drafts`"))
                        .path("visibleTo")
                        .asString())
                .isEqualTo("anna");

        chat.post("social", "anna", "/sd ping");
        JsonNode pong = awaitMessage(chat, "social", "ben", byBot("Pong"));
        assertThat(chat.react(pong.path("id").asString(), "ben", "✅").status()).isEqualTo(201);
        assertThat(chat.react(pong.path("id").asString(), "ben", ":white_check_mark:")
                        .body()
                        .path("changed")
                        .asBoolean())
                .as("the same reaction twice counts once")
                .isFalse();
        chat.react(pong.path("id").asString(), "anna", "+1::skin-tone-3");
        chat.react(pong.path("id").asString(), "clara", "👍🏿");
        chat.react(pong.path("id").asString(), "clara", "👀");
        assertThat(chat.unreact(pong.path("id").asString(), "clara", "eyes").status())
                .isEqualTo(200);
        List<JsonNode> before = chat.messages("social", "anna");

        chat = restart();

        List<JsonNode> after = chat.messages("social", "anna");
        assertThat(after).isEqualTo(before);
        JsonNode storedPong = after.stream().filter(byBot("Pong")).findFirst().orElseThrow();
        assertThat(reactions(storedPong)).containsExactly("white_check_mark=[ben]", "+1=[anna, clara]");
        chat.post("social", "ben", "/sd whoami");
        assertThat(awaitMessage(chat, "social", "ben", byBot("Ben Wagner"))
                        .path("text")
                        .asString())
                .contains("Marketing (Leitung)", "Freigeber:in");
    }

    @Test
    void refusesBadInputWithClearErrorsAndLosesNothing() {
        LocalChatClient chat = start();
        chat.post("social", "anna", "Guten Morgen!");

        assertProblem(
                chat.send("POST", "/api/local/channels/social/messages", "{\"person\": \"anna\", "),
                400,
                "not the JSON");
        assertProblem(chat.post("nowhere", "anna", "hi"), 404, "unknown channel 'nowhere'");
        assertProblem(chat.post("social", "mallory", "hi"), 404, "unknown person 'mallory'");
        assertProblem(chat.post("social", "anna", "x".repeat(4001)), 413, "the limit is 4000");
        assertProblem(chat.post("social", "anna", "   "), 400, "needs text");
        assertProblem(chat.post("dm-ben", "anna", "psst"), 404, "unknown channel");
        assertProblem(chat.react("no-such-id", "anna", "✅"), 404, "no message");
        String greeting = chat.messages("social", "anna").get(0).path("id").asString();
        assertProblem(chat.react(greeting, "anna", "not an emoji"), 400, "not an emoji");
        assertProblem(chat.click(greeting, "anna", "approve"), 400, "no button 'approve'");
        assertProblem(
                chat.send("GET", "/api/local/channels/social/messages?person=anna&limit=many", null), 400, "'limit'");
        assertProblem(chat.send("GET", "/api/local/channels/social/messages", null), 400, "'person' is required");
        assertProblem(
                chat.sendAs("text/plain", "/api/local/channels/social/messages", "hello"), 415, "application/json");
        String huge = "{\"person\":\"anna\",\"text\":\"" + "x".repeat(60_000) + "\"}";
        assertProblem(chat.send("POST", "/api/local/channels/social/messages", huge), 413, "the limit is");

        String injection = "'; DROP TABLE local_message; -- <script>alert(1)</script> $(reboot)";
        assertThat(chat.post("social", "anna", injection).status()).isEqualTo(201);
        chat.post("social", "anna", "/sd frobnicate");
        JsonNode unknown = awaitMessage(chat, "social", "anna", byBot("frobnicate"));

        assertThat(unknown.path("text").asString()).contains("kenne ich nicht", "/sd help");
        assertThat(chat.messages("social", "anna"))
                .extracting(message -> message.path("text").asString())
                .startsWith("Guten Morgen!", injection, "/sd frobnicate");
    }

    @Test
    void aRepeatedPlatformEventIsHandledOnce() {
        LocalChatClient chat = start();
        InboundEvents events = context.getBean(InboundEvents.class);
        CommandInvoked ping = new CommandInvoked(
                "retry-1",
                new ChannelRef(Platform.LOCAL, "social"),
                new UserRef(Platform.LOCAL, "anna"),
                "ping",
                null,
                Instant.now());

        assertThat(events.publish(ping)).isTrue();
        assertThat(events.publish(ping)).isFalse();

        awaitMessage(chat, "social", "anna", byBot("Pong"));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        await().atMost(REPLY_WITHIN)
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(chat.messages("social", "anna")).filteredOn(byBot("Pong")).hasSize(1);
    }

    @Test
    void theSameReactionAtOnceCountsOnceAndNobodyGetsAnError() throws Exception {
        LocalChatClient chat = start();
        String greeting =
                chat.post("social", "anna", "Guten Morgen!").body().path("id").asString();
        int people = 8;
        ExecutorService threads = Executors.newFixedThreadPool(people);
        List<Future<LocalChatClient.Response>> answers = new ArrayList<>();
        try {
            for (int round = 0; round < 3; round++) {
                String emoji = List.of("✅", "👀", ":tada:").get(round);
                CountDownLatch go = new CountDownLatch(1);
                for (int i = 0; i < people; i++) {
                    answers.add(threads.submit(() -> {
                        go.await();
                        return chat.react(greeting, "ben", emoji);
                    }));
                }
                go.countDown();
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<LocalChatClient.Response> answer : answers) {
                LocalChatClient.Response response = answer.get(30, TimeUnit.SECONDS);
                statuses.add(response.status());
                assertThat(response.body().path("changed").asBoolean())
                        .as("%s", response)
                        .isEqualTo(response.status() == 201);
            }
            assertThat(statuses)
                    .containsOnly(200, 201)
                    .filteredOn(status -> status == 201)
                    .hasSize(3);
        } finally {
            threads.shutdownNow();
        }
        JsonNode shown = chat.messages("social", "anna").get(0);
        assertThat(reactions(shown)).containsExactly("white_check_mark=[ben]", "eyes=[ben]", "tada=[ben]");
        assertThat(context.getBean(CapturedChatEvents.class).of(ReactionAdded.class))
                .hasSize(3);
    }

    @Test
    void buttonsOnTheBotsMessagesTakeClicks() {
        LocalChatClient chat = start();
        MessageRef posted = context.getBean(ChatGateway.class)
                .post(
                        new ChannelRef(Platform.LOCAL, "approvals"),
                        OutgoingMessage.text("Draft #1")
                                .with(new Block.Section("*Draft #1*"))
                                .with(new Block.Actions(List.of(
                                        new Block.Button("approve", "Freigeben", "1", Block.Button.Style.PRIMARY)))));

        assertThat(chat.click(posted.id(), "clara", "approve").status()).isEqualTo(202);
        assertProblem(chat.click(posted.id(), "clara", "delete-everything"), 400, "no button");
        assertThat(context.getBean(CapturedChatEvents.class).of(ButtonClicked.class))
                .singleElement()
                .satisfies(click -> {
                    assertThat(click.actionId()).isEqualTo("approve");
                    assertThat(click.value())
                            .as("the value the bot posted, not one the client sends")
                            .isEqualTo("1");
                    assertThat(click.user().id()).isEqualTo("clara");
                    assertThat(click.message()).isEqualTo(posted);
                });
        JsonNode shown = chat.messages("approvals", "clara").get(0);
        assertThat(shown.path("blocks")
                        .get(1)
                        .path("buttons")
                        .get(0)
                        .path("label")
                        .asString())
                .isEqualTo("Freigeben");
    }

    @Test
    void pagesBackwardsAndShowsOnlyMessagesThatStillHaveButtonsWhenAsked() {
        LocalChatClient chat = start();
        ChatGateway bot = context.getBean(ChatGateway.class);
        ChannelRef approvals = new ChannelRef(Platform.LOCAL, "approvals");
        for (int i = 1; i <= 7; i++) {
            chat.post("approvals", "anna", "Nachricht " + i);
        }
        bot.post(approvals, card("Entwurf #1"));
        MessageRef decided = bot.post(approvals, card("Entwurf #2"));
        bot.update(decided, OutgoingMessage.text("Entwurf #2 – freigegeben"));
        bot.post(
                approvals,
                OutgoingMessage.text("Kein Knopf").with(new Block.Section("\"buttons\":[{\"actionId\":\"x\"}]")));
        bot.ephemeral(approvals, new UserRef(Platform.LOCAL, "anna"), card("Nur für Anna"));

        List<JsonNode> newest = chat.messages("approvals", "ben", "limit=3");
        assertThat(texts(newest)).containsExactly("Entwurf #1", "Entwurf #2 – freigegeben", "Kein Knopf");
        List<JsonNode> older = chat.messages("approvals", "ben", "limit=3&before=" + seq(newest.get(0)));
        assertThat(texts(older)).containsExactly("Nachricht 5", "Nachricht 6", "Nachricht 7");
        List<JsonNode> oldest = chat.messages("approvals", "ben", "limit=5&before=" + seq(older.get(0)));
        assertThat(texts(oldest)).containsExactly("Nachricht 1", "Nachricht 2", "Nachricht 3", "Nachricht 4");
        assertThat(chat.messages("approvals", "ben", "before=" + seq(oldest.get(0))))
                .isEmpty();
        assertThat(texts(chat.messages(
                        "approvals", "ben", "after=" + seq(oldest.get(0)) + "&before=" + seq(older.get(2)))))
                .containsExactly("Nachricht 2", "Nachricht 3", "Nachricht 4", "Nachricht 5", "Nachricht 6");

        assertThat(texts(chat.messages("approvals", "ben", "withActions=true")))
                .as("an updated card without buttons, or a text that only mentions buttons, has no actions")
                .containsExactly("Entwurf #1");
        assertThat(texts(chat.messages("approvals", "anna", "withActions=true")))
                .containsExactly("Entwurf #1", "Nur für Anna");
        assertThat(chat.messages("approvals", "anna", "withActions=true&before=" + seq(newest.get(0))))
                .isEmpty();
        assertProblem(
                chat.send("GET", "/api/local/channels/approvals/messages?person=anna&before=last", null),
                400,
                "'before'");
    }

    @Test
    void servesThePageHealthAndMetrics() {
        LocalChatClient chat = start();

        assertThat(chat.send("GET", "/api/local/texts?person=anna", null)
                        .body()
                        .path("placeholder")
                        .asString())
                .isEqualTo("Nachricht, oder /sd help");
        assertThat(chat.send("GET", "/api/local/channels?person=anna", null)
                        .body()
                        .get(0)
                        .path("description")
                        .asString())
                .as("default channels are described in the team language")
                .isEqualTo("Erwähnungs-Spitzen und Bereitschafts-Alarme");

        JsonNode me = chat.send("GET", "/api/local/me?person=anna", null).body();
        assertThat(me.path("name").asString()).isEqualTo("Anna Schmidt");
        assertThat(me.path("language").asString()).isEqualTo("de");
        assertThat(me.path("zone").asString())
                .as("the page shows times in the team's zone, as the cards do")
                .isEqualTo("Europe/Berlin");
        assertThat(chat.send("GET", "/api/local/texts?person=anna", null)
                        .body()
                        .path("with-actions")
                        .asString())
                .isNotBlank();

        assertThat(chat.send("GET", "/", null).body().asString()).contains("<title>SocialDesk");
        JsonNode health = chat.send("GET", "/actuator/health", null).body();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components")
                        .path("chat")
                        .path("details")
                        .path("platform")
                        .asString())
                .isEqualTo("local");
        assertThat(chat.send("GET", "/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(chat.send("GET", "/actuator/prometheus", null).body().asString())
                .contains("jvm_memory_used_bytes");
    }

    private static void assertProblem(LocalChatClient.Response response, int status, String detail) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.body().path("detail").asString()).contains(detail);
    }

    private static Predicate<JsonNode> byBot(String textPart) {
        return message -> "bot".equals(message.path("author").asString())
                && message.path("text").asString().contains(textPart);
    }

    private static JsonNode awaitMessage(
            LocalChatClient chat, String channel, String viewer, Predicate<JsonNode> wanted) {
        return await().atMost(REPLY_WITHIN)
                .until(
                        () -> chat.messages(channel, viewer).stream()
                                .filter(wanted)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static OutgoingMessage card(String title) {
        return OutgoingMessage.text(title)
                .with(new Block.Section("*" + title + "*"))
                .with(new Block.Actions(
                        List.of(new Block.Button("approve", "Freigeben", "1", Block.Button.Style.PRIMARY))));
    }

    private static long seq(JsonNode message) {
        return message.path("seq").asLong();
    }

    private static List<String> texts(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("text").asString()).toList();
    }

    private static List<String> reactions(JsonNode message) {
        List<String> reactions = new ArrayList<>();
        for (JsonNode reaction : message.path("reactions")) {
            List<String> people = new ArrayList<>();
            reaction.path("people").forEach(person -> people.add(person.asString()));
            reactions.add(reaction.path("emoji").asString() + "=" + people);
        }
        return reactions;
    }
}
