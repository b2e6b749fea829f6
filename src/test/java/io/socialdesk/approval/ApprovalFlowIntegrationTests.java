package io.socialdesk.approval;

import static io.socialdesk.ChatMessages.byBot;
import static io.socialdesk.ChatMessages.id;
import static io.socialdesk.ChatMessages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.socialdesk.BotUnderTest;
import io.socialdesk.TestDatabase;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.InboundEvents;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.UserRef;
import io.socialdesk.local.LocalChatClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The approval queue driven through the local chat of a really started bot, as the team would use it. */
class ApprovalFlowIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String CONFIG =
            """
            team:
              language: de
              people:
                - {id: anna, name: Anna, roles: [admin]}
                - {id: ben, name: Ben, roles: [approver]}
                - {id: clara, name: Clara, roles: [approver]}
                - {id: dora, name: Dora, roles: [approver]}
                - {id: eve, name: Eve, roles: [approver]}
              groups:
                - {id: marketing, name: Marketing, members: [anna, ben]}
                - {id: legal, name: Legal, members: [clara, dora]}
            approval:
              default-policy: marketing-then-legal
              policies:
                - id: marketing-then-legal
                  steps:
                    - {group: marketing, rule: any}
                    - {group: legal, rule: all}
                - id: strict
                  steps: [{group: marketing, rule: any}]
                  block-on-check-failures: true
              guidelines:
                forbidden: [kostenlos]
                campaigns:
                  advent: {required-hashtags: ["#advent2026"], disclaimer: Anzeige}
            """;

    @TempDir
    Path folder;

    private final TestDatabase database = newDatabase();
    private ConfigurableApplicationContext context;
    private LocalChatClient chat;

    /** The database the bot runs on: H2 here; the PostgreSQL twin says otherwise. */
    TestDatabase newDatabase() {
        return TestDatabase.H2;
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        database.drop();
    }

    @Test
    void aDraftPassesMarketingThenAllOfLegalAndTheAuthorIsTold() throws IOException {
        start();

        JsonNode card = submit("Unser Sommerfest: Fotos im Blog! #team", "linkedin,x");
        assertThat(text(card))
                .contains("Entwurf #1", "Anna", "LinkedIn", "X", "eine Person aus Marketing", "alle aus Legal");

        chat.react(id(card), "ben", "✅");
        awaitThread(card, "Ben hat freigegeben (Schritt 1)");
        assertThat(text(currentCard())).contains("1. eine Person aus Marketing: ✅ erledigt", "möglich: Clara, Dora");
        chat.react(id(card), "clara", ":white_check_mark:");
        chat.react(id(card), "dora", "✅");

        awaitThread(card, "Entwurf #1 ist freigegeben");
        // fails by timing out if Anna is never told
        eventually(() -> find("dm-anna", "anna", byBot("Dein Entwurf #1 ist freigegeben")));
        assertThat(text(currentCard()))
                .as("who approved each step stays on the card")
                .contains(
                        "1. eine Person aus Marketing: ✅ erledigt, freigegeben von Ben",
                        "2. alle aus Legal: ✅ erledigt, freigegeben von Clara, Dora")
                .contains("Eingeplant", "geplant für 01.06.2031, 09:00 (Europe/Berlin)")
                .doesNotContain("Reagiere mit");
        chat.post("social", "anna", "/sd draft history 1");
        assertThat(text(eventually(() -> find("social", "anna", byBot("Historie von Entwurf #1")))))
                .contains("eingereicht", "Ben", "Clara", "Dora", "freigegeben");
    }

    @Test
    void ineligibleReactionsAreIgnoredAndThePersonIsToldWhyPrivately() throws IOException {
        start();
        JsonNode card = submit("Neuer Beitrag", "linkedin");

        chat.react(id(card), "anna", "✅");
        chat.react(id(card), "eve", "✅");

        assertThat(text(eventually(() -> find("approvals", "anna", byBot("Vier-Augen")))))
                .contains("#1");
        assertThat(text(eventually(() -> find("approvals", "eve", byBot("braucht jemanden aus Marketing")))))
                .contains("#1");
        assertThat(chat.messages("approvals", "ben")).noneMatch(byBot("Vier-Augen"));
        assertThat(text(currentCard())).contains("freigegeben von –");
    }

    @Test
    void aRejectionAsksForTheReasonAndPassesItToTheAuthor() throws IOException {
        start();
        JsonNode card = submit("Wir sind die Besten!", "x");
        chat.react(id(card), "ben", "✅");
        awaitThread(card, "Ben hat freigegeben");

        chat.react(id(card), "clara", "❌");
        awaitThread(card, "Clara, bitte schreib den Grund");
        chat.send(
                "POST",
                "/api/local/channels/approvals/messages",
                "{\"person\":\"clara\",\"text\":\"Superlativ ist rechtlich heikel\",\"threadId\":\"" + id(card)
                        + "\"}");

        eventually(() -> find("dm-anna", "anna", byBot("Superlativ ist rechtlich heikel")));
        assertThat(text(currentCard())).contains("Abgelehnt");
        chat.react(id(card), "dora", "✅");
        eventually(() -> find("approvals", "dora", byBot("Stimmen zählen nicht mehr")));
        assertThat(chat.messages("approvals", "anna"))
                .as("Dora's late vote is told to her alone")
                .noneMatch(byBot("Stimmen zählen nicht mehr"));
    }

    @Test
    void requestedChangesAreMadeByEditingWhichVoidsApprovalsAndRestarts() throws IOException {
        start();
        JsonNode card = submit("Erster Entwurf", "linkedin");
        chat.react(id(card), "ben", "✅");
        chat.react(id(card), "clara", "✏️");
        awaitThread(card, "bittet um Änderungen");

        chat.post("social", "anna", "/sd draft edit 1 \"Zweiter Entwurf\"");

        awaitThread(card, "bisherige Freigaben gelten nicht mehr");
        await().atMost(WITHIN).until(() -> text(currentCard()).contains("Zweiter Entwurf"));
        assertThat(text(currentCard())).contains("Wartet auf Freigabe", "1. eine Person aus Marketing: ⏳");
        JsonNode fresh = currentCard();
        assertThat(id(fresh)).as("a fresh card for the new text").isNotEqualTo(id(card));
        assertThat(text(chat.messages("approvals", "anna").stream()
                        .filter(message -> id(message).equals(id(card)))
                        .findFirst()
                        .orElseThrow()))
                .contains("neue Fassung");
        chat.react(id(fresh), "ben", "✅");
        await().atMost(WITHIN)
                .until(() -> text(currentCard()).contains("1. eine Person aus Marketing: ✅ erledigt")
                        && text(currentCard()).contains("2. alle aus Legal: ⏳"));
    }

    @Test
    void takingAReactionBackWithdrawsTheVote() throws IOException {
        start();
        JsonNode card = submit("Beitrag", "linkedin");
        chat.react(id(card), "ben", "✅");
        awaitThread(card, "Ben hat freigegeben");

        chat.unreact(id(card), "ben", "✅");

        awaitThread(card, "Ben hat ✅ zurückgenommen");
        await().atMost(WITHIN).until(() -> text(currentCard()).contains("1. eine Person aus Marketing: ⏳"));
    }

    @Test
    void buttonsVoteLikeReactions() throws IOException {
        start();
        JsonNode card = submit("Beitrag mit Knopf", "linkedin");

        chat.click(id(card), "ben", "approval.approve");

        awaitThread(card, "Ben hat freigegeben");
    }

    @Test
    void aRepeatedReactionEventCountsOnce() throws IOException {
        start();
        JsonNode card = submit("Beitrag", "linkedin");
        InboundEvents events = context.getBean(InboundEvents.class);
        ReactionAdded reaction = new ReactionAdded(
                "same-event",
                new MessageRef(new ChannelRef(Platform.LOCAL, "approvals"), id(card)),
                new UserRef(Platform.LOCAL, "ben"),
                Emoji.of("✅"),
                Instant.now());

        events.publish(reaction);
        events.publish(reaction);

        awaitThread(card, "Ben hat freigegeben");
        AuditTrail audit = context.getBean(AuditTrail.class);
        await().atMost(WITHIN)
                .until(() -> audit.history(1).stream().anyMatch(entry -> entry.action() == AuditAction.VOTED));
        assertThat(audit.history(1))
                .filteredOn(entry -> entry.action() == AuditAction.VOTED)
                .hasSize(1);
    }

    @Test
    void aVoteSurvivesARestartAndTheNextOneResolvesAgainstTheSameDraft() throws IOException {
        start();
        JsonNode card = submit("Beitrag über den Neustart", "linkedin");
        chat.react(id(card), "ben", "✅");
        awaitThread(card, "Ben hat freigegeben");

        context.close();
        start();

        chat.react(id(card), "clara", "✅");
        chat.react(id(card), "dora", "✅");
        awaitThread(card, "Entwurf #1 ist freigegeben");
    }

    @Test
    void theCardWarnsAboutLengthAndGuidelinesAndAStrictPolicyRefuses() throws IOException {
        start();

        JsonNode card = submit("Jetzt kostenlos: " + "x".repeat(290), "x,linkedin --campaign advent");
        assertThat(text(card))
                .contains(
                        "⚠️ X",
                        "zu viel",
                        "✓ LinkedIn",
                        "„kostenlos“ soll nicht vorkommen",
                        "#advent2026 fehlt",
                        "Hinweis „Anzeige“ fehlt");

        chat.post(
                "social",
                "anna",
                "/sd draft \"Jetzt kostenlos! " + "y".repeat(281) + "\" --networks x --policy strict");
        assertThat(text(eventually(
                        () -> find("social", "anna", byBot("Die Regel „strict“ nimmt diesen Entwurf nicht an")))))
                .as("the refusal names each check that failed")
                .contains("X 298/280", "18 zu viel", "„kostenlos“ soll nicht vorkommen");
    }

    @Test
    void aBareDraftCommandOpensAFormWhoseSubmissionIsADraft() throws IOException {
        start();

        chat.post("social", "anna", "/sd draft");

        JsonNode form = eventually(() -> find(
                "social",
                "anna",
                message ->
                        message.path("blocks").path(0).path("type").asString().equals("form")));
        assertThat(form.path("visibleTo").asString()).isEqualTo("anna");
        assertThat(form.path("blocks").path(0).path("fields"))
                .extracting(field -> field.path("id").asString())
                .containsExactly("text", "networks", "at", "campaign", "image", "policy");
        assertProblem(
                chat.send(
                        "POST",
                        "/api/local/messages/" + id(form) + "/form",
                        "{\"person\":\"anna\",\"values\":{\"text\":\"Nur Text\"}}"),
                "required fields are empty: [networks]");
        assertThat(chat.send(
                                "POST",
                                "/api/local/messages/" + id(form) + "/form",
                                "{\"person\":\"anna\",\"values\":{\"text\":\"Aus dem Formular\",\"networks\":\"linkedin,bluesky\","
                                        + "\"at\":\"2031-06-01T09:00\"}}")
                        .status())
                .isEqualTo(202);

        eventually(() -> find("dm-anna", "anna", byBot("Entwurf #1 ist eingereicht")));
        assertThat(text(currentCard())).contains("Aus dem Formular", "LinkedIn, Bluesky", "01.06.2031, 09:00");
    }

    private static void assertProblem(LocalChatClient.Response response, String detail) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("detail").asString()).contains(detail);
    }

    @Test
    void aNetworkGetsItsOwnVersionWhichIsCheckedAndApprovedToo() throws IOException {
        start();
        JsonNode card = submit("Lange Fassung " + "x".repeat(300), "linkedin,x");
        assertThat(text(card)).contains("⚠️ X");
        chat.react(id(card), "ben", "✅");
        awaitThread(card, "Ben hat freigegeben");

        chat.post("social", "anna", "/sd draft variant 1 x \"Kurz für X\"");

        awaitThread(card, "bisherige Freigaben gelten nicht mehr");
        await().atMost(WITHIN).until(() -> text(currentCard()).contains("*Fassung für X:*"));
        assertThat(text(currentCard()))
                .contains("> Kurz für X", "✓ X 10/280", "✓ LinkedIn")
                .doesNotContain("⚠️");
        chat.post("social", "anna", "/sd draft variant 1 instagram \"Bild\"");
        eventually(() -> find("social", "anna", byBot("nicht für Instagram gedacht")));

        chat.post("social", "anna", "/sd draft variant 1 x \"\"");
        eventually(() -> find("social", "anna", byBot("nutzt für X wieder den gemeinsamen Text")));
        chat.post("social", "anna", "/sd draft history 1");
        assertThat(text(eventually(() -> find("social", "anna", byBot("Historie von Entwurf #1")))))
                .as("people and networks by name, the bot as SocialDesk")
                .contains("Anna")
                .doesNotContain("socialdesk");
    }

    @Test
    void badDraftCommandsGetHelpfulAnswers() throws IOException {
        start();

        chat.post("social", "anna", "/sd draft \"Text ohne Netzwerk\"");
        chat.post("social", "anna", "/sd draft \"Text\" --networks myspace");
        chat.post("social", "anna", "/sd draft \"Text\" --networks x --at gestern");
        chat.post("social", "anna", "/sd draft \"Text\" --networks x --at 2020-01-01T09:00");
        chat.post("social", "anna", "/sd draft history 99");
        submit("Annas Beitrag", "linkedin");
        chat.post("social", "ben", "/sd draft cancel 1");

        eventually(() -> find("social", "anna", byBot("Entwurf #99 gibt es nicht")));
        assertThat(text(eventually(() -> find("social", "ben", byBot("Nur wer Entwurf #1 geschrieben hat")))))
                .as("Ben did not write it and is no admin")
                .contains("Admin");
        assertThat(text(currentCard())).doesNotContain("Zurückgezogen");
        List<String> answers = chat.messages("social", "anna").stream()
                .filter(byBot(""))
                .map(io.socialdesk.ChatMessages::text)
                .toList();
        assertThat(answers).anyMatch(answer -> answer.contains("Nenne die Netzwerke mit --networks"));
        assertThat(answers).anyMatch(answer -> answer.contains("„myspace“ kenne ich nicht"));
        assertThat(answers).anyMatch(answer -> answer.contains("„gestern“ kann ich nicht lesen"));
        assertThat(answers).anyMatch(answer -> answer.contains("in der Zukunft liegen"));
    }

    private void start() {
        BotUnderTest bot = new BotUnderTest(folder)
                .config(CONFIG)
                // the author hears of a change at the next tick, not after the usual quiet period
                .argument("--socialdesk.ticks.approval-millis=200")
                .argument("--socialdesk.ticks.initial-delay-millis=200")
                .argument("--socialdesk.ticks.author-notice-delay-millis=0");
        database.arguments().forEach(bot::argument);
        context = bot.start().context();
        chat = new LocalChatClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private JsonNode submit(String text, String networks) {
        chat.post("social", "anna", "/sd draft \"" + text + "\" --networks " + networks + " --at 2031-06-01T09:00");
        eventually(() -> find("social", "anna", byBot("eingereicht")));
        return currentCard();
    }

    /** The newest approval card: an edit that voids votes posts a fresh one. */
    private JsonNode currentCard() {
        return eventually(() -> chat.messages("approvals", "anna").stream()
                .filter(byBot("Entwurf #"))
                .filter(message -> message.path("threadId").isMissingNode())
                .filter(message -> message.path("visibleTo").isMissingNode())
                .reduce((first, second) -> second));
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
        return org.awaitility.Awaitility.await()
                .atMost(WITHIN)
                .until(search, Optional::isPresent)
                .orElseThrow();
    }
}
