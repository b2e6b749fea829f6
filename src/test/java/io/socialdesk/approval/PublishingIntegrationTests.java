package io.socialdesk.approval;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.socialdesk.ChatMessages.byBot;
import static io.socialdesk.ChatMessages.id;
import static io.socialdesk.ChatMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.socialdesk.BotUnderTest;
import io.socialdesk.SteppingClock;
import io.socialdesk.TestDatabase;
import io.socialdesk.approval.publishing.DraftScheduler;
import io.socialdesk.http.HmacSha256;
import io.socialdesk.local.LocalChatClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * Approved drafts go out when their time comes, on a stepping clock: through a WireMock webhook and a WireMock
 * Mastodon, or handed over in chat; stalled drafts are reminded, escalated or expire.
 */
class PublishingIntegrationTests {

    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final SteppingClock CLOCK = new SteppingClock(START);
    private static final Duration WITHIN = Duration.ofSeconds(20);

    // no @Configuration: the bot's component scan would find it and use it in every other test's context too
    static class SteppedTime {
        @Bean
        @Primary
        Clock steppingClock() {
            return CLOCK;
        }
    }

    @TempDir
    Path folder;

    private final WireMockServer remote =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final TestDatabase database = newDatabase();
    private ConfigurableApplicationContext context;
    private LocalChatClient chat;

    /** The database the bot runs on: H2 here; the PostgreSQL twin says otherwise. */
    TestDatabase newDatabase() {
        return TestDatabase.H2;
    }

    @BeforeEach
    void startRemote() {
        CLOCK.set(START);
        remote.start();
        remote.stubFor(post(urlPathEqualTo("/hook"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(202)));
        remote.stubFor(post(urlPathEqualTo("/api/v1/statuses"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"42\",\"url\":\"https://social.example/@team/42\"}")));
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        remote.stop();
        database.drop();
    }

    @Test
    void anApprovedDraftIsPublishedAtItsTimeThroughWebhookAndMastodonOnce() throws Exception {
        start(publishing());
        JsonNode card = submitAndApprove("Wir feiern 10 Jahre! #jubiläum", "linkedin,mastodon", "2026-11-24T10:00");
        await().atMost(WITHIN).until(() -> text(card(card)).contains("Eingeplant"));

        tick(Duration.ofHours(12));
        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook"))))
                .as("not before its time")
                .isEmpty();

        tick(Duration.ofHours(16));

        List<LoggedRequest> hooks = remote.findAll(postRequestedFor(urlPathEqualTo("/hook")));
        assertThat(hooks).singleElement().satisfies(hook -> {
            String timestamp = hook.getHeader("X-SocialDesk-Timestamp");
            assertThat(hook.getHeader("X-SocialDesk-Signature"))
                    .isEqualTo(
                            "sha256=" + new HmacSha256("hook-secret").sign(timestamp + "." + hook.getBodyAsString()));
            assertThat(hook.getBodyAsString()).contains("\"network\":\"linkedin\"", "Wir feiern 10 Jahre!");
            assertThat(hook.getHeader("Idempotency-Key")).startsWith("socialdesk-1-linkedin-");
        });
        remote.verify(
                1,
                postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                        .withHeader("Authorization", equalTo("Bearer mastodon-token"))
                        .withHeader("Idempotency-Key", containing("socialdesk-1-mastodon-"))
                        .withRequestBody(containing("status=Wir+feiern+10+Jahre")));
        awaitThread(card, "ist draußen");
        String told = text(eventually(() -> find("dm-anna", "anna", byBot("Dein Entwurf #1 ist draußen"))));
        assertThat(told)
                .as("each network's outcome in words, with the post's link where there is one")
                .contains(
                        "LinkedIn: an das angebundene Tool übergeben",
                        "Mastodon: veröffentlicht – https://social.example/@team/42");
        assertThat(chat.messages("approvals", "anna").stream().map(message -> text(message)))
                .as("no internal message id in what people read")
                .noneMatch(text -> text.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*"));

        tick(Duration.ofHours(1));
        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook"))))
                .as("nothing twice")
                .hasSize(1);
        remote.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
    }

    @Test
    void aWebhookThatRefusesForGoodShowsTheDraftAsFailedUntilTheAuthorRetries() throws Exception {
        remote.stubFor(post(urlPathEqualTo("/hook"))
                .inScenario("refusal")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400))
                .willSetStateTo("fixed"));
        start(publishing());
        JsonNode card = submitAndApprove("Abgewiesen", "linkedin", "2026-11-23T12:00");

        tick(Duration.ofHours(5));

        awaitThread(card, "ließ sich nicht auf LinkedIn veröffentlichen: HTTP 400");
        assertThat(text(card(card))).contains("Veröffentlichung fehlgeschlagen").doesNotContain("Eingeplant");
        chat.post("social", "anna", "/sd queue");
        assertThat(text(eventually(() -> find("social", "anna", byBot("Redaktionsplan KW 48/2026")))))
                .contains("Veröffentlichung fehlgeschlagen");

        chat.post("social", "anna", "/sd draft retry 1");
        awaitThread(card, "versucht Entwurf #1 noch einmal");
        tick(Duration.ofSeconds(1));

        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(2);
        awaitThread(card, "ist draußen");
    }

    @Test
    void aWebhookThatIsDownIsRetriedWithBackoff() throws Exception {
        remote.stubFor(post(urlPathEqualTo("/hook"))
                .inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        start(publishing());
        JsonNode card = submitAndApprove("Neuer Beitrag", "linkedin", "2026-11-23T12:00");

        tick(Duration.ofHours(5));
        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(1);
        tick(Duration.ofSeconds(10));
        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook"))))
                .as("not before the backoff")
                .hasSize(1);

        tick(Duration.ofSeconds(30));

        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(2);
        awaitThread(card, "ist draußen");
    }

    @Test
    void aDraftCancelledWhileItsPublicationWaitsForARetryDoesNotGoOut() throws Exception {
        remote.stubFor(post(urlPathEqualTo("/hook"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        start(publishing());
        JsonNode card = submitAndApprove("Doch nicht", "linkedin", "2026-11-23T12:00");
        tick(Duration.ofHours(5));
        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(1);

        chat.post("social", "anna", "/sd draft cancel 1");
        awaitThread(card, "hat den Entwurf zurückgezogen");
        tick(Duration.ofHours(2));

        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook"))))
                .as("no retry after the cancel")
                .hasSize(1);
        assertThat(text(card(card))).contains("Zurückgezogen");
    }

    @Test
    void aSlotThatPassedWhileTheBotWasDownIsHandledOnceAfterTheRestart() throws Exception {
        start(publishing());
        submitAndApprove("Beitrag über Nacht", "linkedin", "2026-11-23T20:00");
        context.close();

        CLOCK.step(Duration.ofHours(24));
        start(publishing());
        DraftScheduler scheduler = context.getBean(DraftScheduler.class);
        scheduler.tick();
        scheduler.tick();

        assertThat(remote.findAll(postRequestedFor(urlPathEqualTo("/hook")))).hasSize(1);
    }

    @Test
    void withoutAPublisherTheFinalTextIsHandedOverInTheThread() throws Exception {
        start("");
        chat.post("social", "anna", "/sd draft \"Zum Kopieren\" --networks linkedin,x --at 2026-11-23T12:00");
        JsonNode card = eventually(() -> find("approvals", "anna", byBot("Entwurf #1")));
        chat.post("social", "anna", "/sd draft variant 1 x \"Kurz für X\"");
        eventually(() -> find("social", "anna", byBot("eigene Fassung für X")));
        JsonNode fresh = eventually(() -> chat.messages("approvals", "anna").stream()
                .filter(byBot("Fassung für X"))
                .filter(message -> message.path("threadId").isMissingNode())
                .reduce((first, second) -> second));
        chat.react(id(fresh), "ben", "✅");
        card = fresh;
        awaitThread(card, "ist freigegeben");

        // 12:00 in Berlin, on the minute
        tick(Duration.ofHours(3));

        awaitThread(card, "*LinkedIn* – Entwurf #1 ist dran");
        awaitThread(card, "*X* – Entwurf #1 ist dran");
        JsonNode forX = eventually(() -> find("approvals", "anna", byBot("*X* – Entwurf #1 ist dran")));
        assertThat(text(forX)).contains("Kurz für X").doesNotContain("Zum Kopieren");
        awaitThread(card, "ist übergeben");

        JsonNode linkedin = eventually(() -> find("approvals", "anna", byBot("*LinkedIn* – Entwurf #1 ist dran")));
        assertThat(text(linkedin)).contains("Zum Kopieren");
        chat.react(id(linkedin), "anna", "✅");
        awaitThread(card, "Anna bestätigt: LinkedIn ist draußen");
    }

    @Test
    void theWeeksPlanIsPostedWhenItsScheduleFiresOnce() throws Exception {
        start("  weekly-plan: {schedule: '0 0 9 * * MON', channel: social}\n");
        chat.post("social", "anna", "/sd draft \"Montagsbeitrag\" --networks linkedin --at 2026-11-25T10:00");
        eventually(() -> find("social", "anna", byBot("Entwurf #1 ist eingereicht")));

        tick(Duration.ofMinutes(1));
        tick(Duration.ofMinutes(1));

        List<JsonNode> plans = chat.messages("social", "ben").stream()
                .filter(byBot("Redaktionsplan KW 48/2026"))
                .toList();
        assertThat(plans).singleElement().satisfies(plan -> assertThat(text(plan))
                .contains("#1", "Montagsbeitrag"));
        tick(Duration.ofDays(7));
        eventually(() -> find("social", "ben", byBot("KW 49/2026")));
    }

    @Test
    void aDraftNobodyApprovesBeforeItsSlotExpires() throws Exception {
        start("");
        chat.post("social", "anna", "/sd draft \"Eilig\" --networks linkedin --at 2026-11-23T10:00");
        JsonNode card = eventually(() -> find("approvals", "anna", byBot("Entwurf #1")));

        // 10:00 in Berlin is 09:00 UTC; with the 5-minute margin the draft expires at 08:55 UTC
        tick(Duration.ofMinutes(54));
        assertThat(text(card(card))).doesNotContain("Abgelaufen");
        tick(Duration.ofMinutes(2));

        awaitThread(card, "ist abgelaufen");
        eventually(() -> find("dm-anna", "anna", byBot("Dein Entwurf #1 ist abgelaufen")));
        assertThat(text(card(card)))
                .contains("Abgelaufen", "1. eine Person aus Marketing: – nicht mehr nötig")
                .doesNotContain("es fehl");
    }

    @Test
    void stalledApprovalsAreRemindedTwiceThenEscalatedToTheGroupLead() throws Exception {
        start("");
        chat.post("social", "anna", "/sd draft \"Wartet\" --networks linkedin --at 2026-12-20T10:00");
        JsonNode card = eventually(() -> find("approvals", "anna", byBot("Entwurf #1")));

        tick(Duration.ofHours(23));
        assertThat(chat.messages("dm-ben", "ben")).noneMatch(byBot("wartet auf deine Freigabe"));
        tick(Duration.ofHours(2));
        eventually(() -> find("dm-ben", "ben", byBot("wartet auf deine Freigabe")));
        tick(Duration.ofHours(25));
        tick(Duration.ofHours(25));

        assertThat(chat.messages("dm-ben", "ben"))
                .filteredOn(byBot("wartet auf deine Freigabe"))
                .hasSize(2);
        eventually(() -> find("dm-eve", "eve", byBot("hängt in Schritt 1")));
        awaitThread(card, "ich habe Eve Bescheid gegeben");
    }

    @Test
    void theEditorialPlanListsAWeekAndFeedsCalendars() throws Exception {
        start("");
        submitAndApprove("Jubiläum", "linkedin", "2026-11-24T10:00");
        chat.post(
                "social", "anna", "/sd draft \"Advent\" --networks instagram --at 2026-12-02T18:00 --campaign advent");
        eventually(() -> find("social", "anna", byBot("Entwurf #2 ist eingereicht")));

        chat.post("social", "anna", "/sd queue");
        chat.post("social", "ben", "/sd queue 2026-W49");
        chat.post("social", "ben", "/sd queue Weihnachten");

        String thisWeek = text(eventually(() -> find("social", "anna", byBot("Redaktionsplan KW 48/2026"))));
        assertThat(thisWeek)
                .contains("#1", "LinkedIn", "Eingeplant", "Anna: Jubiläum")
                .doesNotContain("#2");
        String next = text(eventually(() -> find("social", "ben", byBot("Redaktionsplan KW 49/2026"))));
        assertThat(next).contains("#2", "Instagram", "Wartet auf Freigabe", "Advent");
        eventually(() -> find("social", "ben", byBot("keine Kalenderwoche")));

        var http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        var feed = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/calendar.ics?token=cal-token"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body())
                .contains(
                        "BEGIN:VCALENDAR",
                        "UID:draft-1@socialdesk",
                        "DTSTART:20261124T090000Z",
                        "UID:draft-2@socialdesk",
                        "CATEGORIES:advent");
        var wrong = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/calendar.ics?token=guess"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    private static String publishing() {
        return """
                  publishing:
                    via: webhook
                    webhook-url: %s/hook
                    networks: {mastodon: mastodon}
                    mastodon-instance: %s
                    # these tests step the clock by days; how late is too late is the module tests' concern
                    max-lateness: 30d
                """;
    }

    private void start(String publishing) {
        BotUnderTest bot = new BotUnderTest(folder);
        database.arguments().forEach(bot::argument);
        context = bot.config(
                        """
                        team:
                          people:
                            - {id: anna, name: Anna, roles: [admin]}
                            - {id: ben, name: Ben, roles: [approver]}
                            - {id: eve, name: Eve}
                          groups:
                            - {id: marketing, name: Marketing, lead: eve, members: [anna, ben]}
                        approval:
                          default-policy: marketing
                          policies:
                            - id: marketing
                              steps: [{group: marketing, rule: any}]
                        """
                                + publishing.formatted(remote.baseUrl(), remote.baseUrl()))
                .variable("SOCIALDESK_WEBHOOK_SECRET", "hook-secret")
                .variable("MASTODON_ACCESS_TOKEN", "mastodon-token")
                .variable("SOCIALDESK_CALENDAR_TOKEN", "cal-token")
                .with(SteppedTime.class)
                // the test ticks by hand
                .argument("--socialdesk.ticks.initial-delay-millis=3600000")
                .argument("--socialdesk.ticks.approval-cron=-")
                .start()
                .context();
        chat = new LocalChatClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private JsonNode submitAndApprove(String text, String networks, String at) {
        chat.post("social", "anna", "/sd draft \"" + text + "\" --networks " + networks + " --at " + at);
        JsonNode card = eventually(() -> find("approvals", "anna", byBot("Entwurf #")));
        chat.react(id(card), "ben", "✅");
        awaitThread(card, "ist freigegeben");
        return card;
    }

    private void tick(Duration step) {
        CLOCK.step(step);
        context.getBean(DraftScheduler.class).tick();
    }

    private JsonNode card(JsonNode card) {
        return chat.messages("approvals", "anna").stream()
                .filter(message -> id(message).equals(id(card)))
                .findFirst()
                .orElseThrow();
    }

    private void awaitThread(JsonNode card, String text) {
        eventually(() -> chat.messages("approvals", "anna").stream()
                .filter(message -> id(card).equals(message.path("threadId").asString()))
                .filter(byBot(text))
                .findFirst());
    }

    private Optional<JsonNode> find(String channel, String viewer, Predicate<JsonNode> wanted) {
        return chat.messages(channel, viewer).stream().filter(wanted).findFirst();
    }

    private static JsonNode eventually(java.util.concurrent.Callable<Optional<JsonNode>> search) {
        return await().atMost(WITHIN).until(search, Optional::isPresent).orElseThrow();
    }
}
