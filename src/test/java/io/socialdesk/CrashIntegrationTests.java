package io.socialdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.socialdesk.local.LocalChatClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The bot killed as a crash kills it ({@code kill -9}, in a JVM of its own): what it acknowledged is still there
 * after the restart, draft numbers go on without a gap, and a tick cut short resumes at once instead of waiting
 * for its lock to time out.
 */
class CrashIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String TEAM =
            """
            team:
              people:
                - {id: anna, name: Anna, roles: [admin]}
                - {id: ben, name: Ben, roles: [approver]}
              groups:
                - {id: marketing, name: Marketing, lead: anna, members: [anna, ben]}
            approval:
              default-policy: marketing
              policies:
                - id: marketing
                  steps: [{group: marketing, rule: any}]
            """;

    @TempDir
    Path folder;

    private final WireMockServer receiver =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final TestDatabase database = newDatabase();
    private BotProcess bot;

    /** The database the bot runs on: H2 here; the PostgreSQL twin says otherwise. */
    TestDatabase newDatabase() {
        return TestDatabase.H2;
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        receiver.stop();
        database.drop();
    }

    private BotProcess onDatabase(BotProcess bot) {
        database.arguments().forEach(bot::argument);
        return bot;
    }

    @Test
    void whatWasAcknowledgedSurvivesAKillAndDraftNumbersGoOn() {
        bot = onDatabase(new BotProcess(folder, TEAM)).start();
        LocalChatClient chat = bot.chat();
        chat.post("social", "anna", "/sd draft \"Erster\" --networks linkedin --at " + tomorrow());
        eventually(chat, "approvals", "Entwurf #1");

        for (String text : List.of("eins", "zwei", "drei")) {
            assertThat(chat.post("social", "anna", text).status()).isEqualTo(201);
        }
        String drei = id(eventually(chat, "social", "drei"));
        assertThat(chat.react(drei, "ben", "✅").body().path("changed").asBoolean())
                .isTrue();
        bot.kill();

        bot.start();

        List<JsonNode> social = chat.messages("social", "anna");
        assertThat(social)
                .extracting(message -> message.path("text").asString())
                .contains("eins", "zwei", "drei");
        assertThat(social.stream().filter(message -> id(message).equals(drei)))
                .singleElement()
                .satisfies(message ->
                        assertThat(message.path("reactions").toString()).contains("ben"));
        chat.post("social", "anna", "/sd draft \"Zweiter\" --networks linkedin --at " + tomorrow());
        eventually(chat, "approvals", "Entwurf #2");
        assertThat(chat.messages("approvals", "anna"))
                .noneMatch(message -> message.path("text").asString().matches("(?s).*Entwurf #[3-9]\\d.*"));
    }

    @Test
    void aTickCutShortByACrashResumesAtOnceAfterTheRestart() {
        receiver.start();
        // the receiver takes its time, so the bot can be killed while it waits for the answer
        receiver.stubFor(post(urlPathEqualTo("/hook"))
                .willReturn(aResponse().withStatus(202).withFixedDelay(4000)));
        bot = onDatabase(new BotProcess(
                        folder,
                        TEAM
                                + """
                                  publishing:
                                    via: webhook
                                    webhook-url: %s/hook
                                    max-lateness: 30d
                                """
                                        .formatted(receiver.baseUrl())))
                .variable("SOCIALDESK_WEBHOOK_SECRET", "hook-secret")
                .argument("--socialdesk.ticks.initial-delay-millis=300")
                .argument("--socialdesk.ticks.approval-millis=300")
                .start();
        LocalChatClient chat = bot.chat();
        chat.post("social", "anna", "/sd draft \"Geht raus\" --networks linkedin --at " + tomorrow());
        JsonNode card = eventually(chat, "approvals", "Entwurf #1");
        chat.react(id(card), "ben", "✅");
        eventually(chat, "approvals", "ist freigegeben");

        bot.clockAhead(Duration.ofDays(2));
        await().atMost(WITHIN).until(() -> !hooks().isEmpty());
        bot.kill();

        bot.start();
        // the crashed run's claim on the publication lasts a minute of the bot's time
        bot.clockAhead(Duration.ofDays(2).plusMinutes(2));

        await().atMost(Duration.ofSeconds(15))
                .alias("the tick runs again at once, not after its lock times out")
                .until(() -> hooks().size() >= 2);
        assertThat(hooks())
                .as("delivered again after the crash, under the same Idempotency-Key")
                .extracting(hook -> hook.getHeader("Idempotency-Key"))
                .containsOnly(hooks().get(0).getHeader("Idempotency-Key"));
        eventually(chat, "approvals", "ist draußen");
    }

    @Test
    void anEscalationCutShortByACrashGoesOnWithoutARepeatedOrSkippedPage() {
        bot = onDatabase(
                        new BotProcess(
                                folder,
                                """
                        team:
                          people:
                            - {id: anna, name: Anna, roles: [admin, on-call]}
                            - {id: ben, name: Ben, roles: [on-call]}
                        oncall:
                          rotations:
                            - {id: watch, members: [anna, ben]}
                          acknowledge-within: 15m
                        """))
                .argument("--socialdesk.ticks.initial-delay-millis=300")
                .argument("--socialdesk.ticks.oncall-millis=300")
                .start();
        LocalChatClient chat = bot.chat();
        chat.post("social", "anna", "/sd alert test critical");
        String first = await().atMost(WITHIN)
                .until(
                        () -> pages(chat, "anna") > 0 ? "anna" : pages(chat, "ben") > 0 ? "ben" : null,
                        java.util.Objects::nonNull);
        String second = first.equals("anna") ? "ben" : "anna";
        bot.kill();

        bot.start();
        bot.clockAhead(Duration.ofMinutes(16));

        await().atMost(WITHIN).alias("the stand-in is paged after the restart").until(() -> pages(chat, second) == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .alias("nobody is paged twice")
                .until(() -> pages(chat, first) == 1 && pages(chat, second) == 1);
    }

    /** The test alert's pages in someone's direct messages. */
    private static long pages(LocalChatClient chat, String person) {
        return chat.messages("dm-" + person, person).stream()
                .filter(message -> message.path("text").asString().contains("TEST-Alarm #"))
                .count();
    }

    private List<LoggedRequest> hooks() {
        return receiver.findAll(postRequestedFor(urlPathEqualTo("/hook")));
    }

    private static String tomorrow() {
        return LocalDateTime.now(ZoneId.of("Europe/Berlin"))
                .plusDays(1)
                .truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16);
    }

    private static JsonNode eventually(LocalChatClient chat, String channel, String text) {
        return await().atMost(WITHIN)
                .until(
                        () -> chat.messages(channel, "anna").stream()
                                .filter(message ->
                                        message.path("text").asString().contains(text))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static String id(JsonNode message) {
        return message.path("id").asString();
    }
}
