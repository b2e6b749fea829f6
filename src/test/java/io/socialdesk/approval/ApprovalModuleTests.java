package io.socialdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.approval.publishing.DraftScheduler;
import io.socialdesk.approval.voting.Decision;
import io.socialdesk.approval.voting.Voting;
import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.chat.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The approval module with the modules it depends on (chat, team, config) and nothing else: no chat adapter (a
 * recording gateway instead), the demo team with its four-eyes policy, and a stepping clock. Drafts come in as chat
 * commands and votes as reactions, as the adapters would deliver them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ApprovalModuleTests.TestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:approval-module;DB_CLOSE_DELAY=-1",
            // the tests tick by hand
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.ticks.approval-cron=-",
            "socialdesk.approval.policies[0].id=four-eyes",
            "socialdesk.approval.policies[0].steps[0].rule=any",
            "socialdesk.approval.policies[1].id=marketing-then-legal",
            "socialdesk.approval.policies[1].steps[0].group=marketing",
            "socialdesk.approval.policies[1].steps[1].group=legal"
        })
class ApprovalModuleTests {

    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final ChannelRef SOCIAL = new ChannelRef(Platform.LOCAL, "social");

    /** No {@code @Configuration}: imported here only, never picked up by another test's component scan. */
    static class TestBeans {

        @Bean
        RecordingChatGateway recordingChatGateway() {
            return new RecordingChatGateway();
        }

        @Bean
        @Primary
        SteppingClock steppingClock() {
            return new SteppingClock(START);
        }
    }

    @Autowired
    RecordingChatGateway chat;

    @Autowired
    SteppingClock clock;

    @Autowired
    Drafts drafts;

    @Autowired
    DraftScheduler scheduler;

    @Autowired
    Voting voting;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfTheDay() {
        clock.set(START);
    }

    @Test
    void aDraftSubmittedByCommandIsApprovedByAReactionAndScheduled(Scenario scenario) {
        long id = submit(scenario, "Hallo Welt", "2026-11-25T10:00");
        MessageRef card = drafts.find(id).orElseThrow().card();

        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> assertThat(chat.said())
                        .anySatisfy(said -> assertThat(said.text()).contains("Ben Wagner hat freigegeben")));
        assertThat(toldAnna(id)).as("not before things are quiet").isEmpty();

        clock.step(Duration.ofSeconds(31));
        scheduler.tick();

        assertThat(toldAnna(id)).singleElement().satisfies(text -> assertThat(text)
                .contains("ist freigegeben"));
    }

    @Test
    void aBurstOfReactionsEndsInOneMessageAndAWithdrawnApprovalIsTold(Scenario scenario) {
        long id = submit(scenario, "Hin und her", "2026-11-25T10:00");
        MessageRef card = drafts.find(id).orElseThrow().card();
        for (int i = 0; i < 3; i++) {
            // each report a moment after the last, as the platforms stamp them
            clock.step(Duration.ofMillis(100));
            scenario.publish(reaction(card, "ben", "✅"))
                    .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                    .andVerify(status -> {});
            clock.step(Duration.ofMillis(100));
            scenario.publish(removal(card, "ben", "✅"))
                    .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::pending)
                    .andVerify(status -> {});
        }
        clock.step(Duration.ofMillis(100));
        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});

        clock.step(Duration.ofSeconds(31));
        scheduler.tick();
        assertThat(toldAnna(id)).as("seven changes, one message").singleElement();

        scenario.publish(removal(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::pending)
                .andVerify(status -> {});
        clock.step(Duration.ofSeconds(31));
        scheduler.tick();

        assertThat(toldAnna(id)).hasSize(2).last().satisfies(text -> assertThat(text)
                .contains("ist nicht mehr freigegeben", "Ben Wagner"));
    }

    @Test
    void aReactionOnACardAnEditReplacedPointsToTheNewCard(Scenario scenario) {
        long id = submit(scenario, "Erste Fassung", "2026-11-25T10:00");
        MessageRef old = drafts.find(id).orElseThrow().card();
        scenario.publish(reaction(old, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});
        scenario.publish(command("draft edit " + id + " \"Zweite Fassung\""))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::card), card -> card.filter(c -> !c.equals(old))
                        .isPresent())
                .andVerify(card -> {});

        scenario.publish(reaction(old, "ben", "✅"))
                .andWaitForStateChange(() -> chat.said().stream()
                        .filter(said ->
                                said.kind().equals("ephemeral") && said.text().contains("gilt nicht mehr"))
                        .findFirst())
                .andVerify(told -> {
                    assertThat(told.orElseThrow().text()).contains("#" + id, "neuen Karte");
                    assertThat(drafts.find(id).orElseThrow().status())
                            .as("the old card's vote did not count")
                            .isEqualTo(DraftStatus.PENDING);
                });
    }

    private CommandInvoked command(String text) {
        return new CommandInvoked(
                UUID.randomUUID().toString(), SOCIAL, new UserRef(Platform.LOCAL, "anna"), text, null, clock.instant());
    }

    private boolean pending(Optional<DraftStatus> status) {
        return status.filter(DraftStatus.PENDING::equals).isPresent();
    }

    private List<String> toldAnna(long id) {
        return chat.said().stream()
                .filter(said -> said.kind().equals("dm") && said.where().equals("anna"))
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains("#" + id + " "))
                .toList();
    }

    @Test
    void theAuthorsOwnReactionDoesNotCount(Scenario scenario) {
        long id = submit(scenario, "Eigenlob", "2026-11-25T10:00");
        MessageRef card = drafts.find(id).orElseThrow().card();

        scenario.publish(reaction(card, "anna", "✅"))
                .andWaitForStateChange(() -> chat.said().stream()
                        .filter(said -> said.kind().equals("ephemeral"))
                        .findFirst())
                .andVerify(told ->
                        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.PENDING));
        assertThat(chat.latestText(card))
                .as("the card tells her ✅ apart from the approvals")
                .contains("✅ von Anna Schmidt zählt hier (noch) nicht");
    }

    @Test
    void aDraftNobodyApprovesExpiresAndItsAuthorIsTold(Scenario scenario) {
        // 10:00 in Berlin is 09:00 UTC; with the 5-minute margin the draft expires at 08:55 UTC
        long id = submit(scenario, "Eilig", "2026-11-23T10:00");

        clock.step(Duration.ofMinutes(54));
        scheduler.tick();
        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.PENDING);

        clock.step(Duration.ofMinutes(2));
        scheduler.tick();
        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.EXPIRED);
        assertThat(chat.said())
                .filteredOn(said -> said.kind().equals("dm") && said.where().equals("anna"))
                .anySatisfy(said -> assertThat(said.text()).contains("#" + id, "abgelaufen"));
    }

    @Test
    void anApprovedDraftIsHandedOverInTheThreadAtItsTime(Scenario scenario) {
        long id = submit(scenario, "Zum Kopieren", "2026-11-24T10:00");
        MessageRef card = drafts.find(id).orElseThrow().card();
        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});

        clock.step(Duration.ofHours(12));
        scheduler.tick();
        assertThat(drafts.find(id).orElseThrow().status())
                .as("not before its time")
                .isEqualTo(DraftStatus.SCHEDULED);

        // on the minute: 10:00 in Berlin
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        scheduler.tick();

        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.HANDED_OVER);
        assertThat(chat.said())
                .filteredOn(said -> said.kind().equals("thread") && said.where().equals(card.id()))
                .anySatisfy(said -> assertThat(said.text()).contains("LinkedIn"))
                .anySatisfy(said -> assertThat(said.text())
                        .as("the outcome in words, not the hand-over message's id")
                        .contains("übergeben", "LinkedIn: wartet auf dich")
                        .doesNotContainPattern("\\bm\\d+\\b"));
    }

    @Test
    void theVoteEndsAsTheCardShowsInWhateverOrderTheReactionsAreHandled(Scenario scenario) {
        Instant added = START.plusMillis(100);
        Instant removed = START.plusMillis(250);
        Instant addedAgain = START.plusMillis(400);
        // an add and its removal, and the add delivered a second time (a retry, or republished after a restart)
        List<Reported> takenBack =
                List.of(new Reported(true, added), new Reported(false, removed), new Reported(true, added));
        // an add, its removal and a new add
        List<Reported> givenAgain =
                List.of(new Reported(true, added), new Reported(false, removed), new Reported(true, addedAgain));
        int run = 0;
        for (List<Reported> order : orders(takenBack)) {
            long id = submit(scenario, "Hin und zurück " + ++run, "2026-11-25T10:00");
            order.forEach(report -> report(id, "ben", report));
            assertThat(drafts.find(id).orElseThrow().status()).as("%s", order).isEqualTo(DraftStatus.PENDING);
        }
        for (List<Reported> order : orders(givenAgain)) {
            long id = submit(scenario, "Und wieder hin " + ++run, "2026-11-25T10:00");
            order.forEach(report -> report(id, "ben", report));
            assertThat(drafts.find(id).orElseThrow().status()).as("%s", order).isEqualTo(DraftStatus.SCHEDULED);
        }
    }

    @Test
    void anEarlyReactionByALaterStepsApproverCountsWhenHerStepOpens(Scenario scenario) {
        long id = submit(scenario, "Erst Marketing, dann Legal", "2026-11-25T10:00", "--policy marketing-then-legal");
        MessageRef card = drafts.find(id).orElseThrow().card();

        scenario.publish(reaction(card, "clara", "✅"))
                .andWaitForStateChange(() -> chat.said().stream()
                        .filter(said ->
                                said.kind().equals("ephemeral") && said.where().endsWith("/clara"))
                        .findFirst())
                .andVerify(told -> {
                    assertThat(told.orElseThrow().text()).contains("#" + id, "Schritt 2");
                    assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.PENDING);
                });

        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> assertThat(chat.said())
                        .filteredOn(said -> said.kind().equals("thread"))
                        .anySatisfy(
                                said -> assertThat(said.text()).contains("Clara Becker hat freigegeben (Schritt 2)")));
    }

    @Test
    void takingAReactionBackLeavesTheVoteAButtonCast(Scenario scenario) {
        long id = submit(scenario, "Per Knopf", "2026-11-25T10:00", "--policy marketing-then-legal");
        MessageRef card = drafts.find(id).orElseThrow().card();
        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> votesOf(id), count -> count == 1)
                .andVerify(count -> {});
        scenario.publish(new ButtonClicked(
                        UUID.randomUUID().toString(),
                        card,
                        new UserRef(Platform.LOCAL, "clara"),
                        "approval.approve",
                        null,
                        clock.instant()))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});

        clock.step(Duration.ofSeconds(1));
        scenario.publish(reaction(card, "clara", "✅"))
                .andWaitForStateChange(() -> claraReacted(id), Optional::isPresent)
                .andVerify(present -> {});
        clock.step(Duration.ofSeconds(1));
        scenario.publish(removal(card, "clara", "✅"))
                .andWaitForStateChange(() -> claraReacted(id), present -> present.filter(p -> !p)
                        .isPresent())
                .andVerify(present -> assertThat(drafts.find(id).orElseThrow().status())
                        .as("her button's vote stays")
                        .isEqualTo(DraftStatus.SCHEDULED));

        scenario.publish(removal(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::pending)
                .andVerify(status -> assertThat(votesOf(id))
                        .as("only Clara's button vote is left")
                        .isEqualTo(1));
    }

    /** One report of Ben's ✅ on a card: added or taken off, at the platform's time. */
    private record Reported(boolean present, Instant at) {}

    private void report(long id, String person, Reported report) {
        voting.react(
                id,
                drafts.find(id).orElseThrow().card(),
                new UserRef(Platform.LOCAL, person),
                Decision.APPROVE,
                report.present(),
                report.at());
    }

    private static List<List<Reported>> orders(List<Reported> reports) {
        if (reports.size() <= 1) {
            return List.of(reports);
        }
        List<List<Reported>> orders = new ArrayList<>();
        for (int first = 0; first < reports.size(); first++) {
            List<Reported> rest = new ArrayList<>(reports);
            Reported head = rest.remove(first);
            for (List<Reported> tail : orders(rest)) {
                List<Reported> order = new ArrayList<>(List.of(head));
                order.addAll(tail);
                orders.add(order);
            }
        }
        return orders;
    }

    private int votesOf(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM approval_vote WHERE draft_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private Optional<Boolean> claraReacted(long id) {
        return jdbc.sql("SELECT present FROM approval_reaction WHERE draft_id = ? AND person_id = 'clara'")
                .param(id)
                .query(Boolean.class)
                .optional();
    }

    @Test
    void aPostMissedByMoreThanTheAllowedLatenessWaitsForItsAuthor(Scenario scenario) {
        long id = submit(scenario, "Guten Morgen!", "2026-11-24T10:00");
        MessageRef card = drafts.find(id).orElseThrow().card();
        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});

        // 10:00 in Berlin is 09:00 UTC; the bot was down from before then until 10:01 UTC
        clock.set(Instant.parse("2026-11-24T10:01:00Z"));
        scheduler.tick();

        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.FAILED);
        assertThat(toldAnna(id)).last().satisfies(text -> assertThat(text)
                .contains("2026-11-24 10:00 (Europe/Berlin)", "nicht veröffentlicht", "draft retry " + id));

        scenario.publish(command("draft retry " + id))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});
        clock.step(Duration.ofSeconds(1));
        scheduler.tick();
        assertThat(drafts.find(id).orElseThrow().status())
                .as("retried after the miss, it goes out at once")
                .isEqualTo(DraftStatus.HANDED_OVER);
    }

    @Test
    void aPostLateByLessThanTheAllowedLatenessStillGoesOut(Scenario scenario) {
        long id = submit(scenario, "Kurz verspätet", "2026-11-24T10:00");
        MessageRef card = drafts.find(id).orElseThrow().card();
        scenario.publish(reaction(card, "ben", "✅"))
                .andWaitForStateChange(() -> drafts.find(id).map(Draft::status), this::scheduled)
                .andVerify(status -> {});

        clock.set(Instant.parse("2026-11-24T09:59:00Z"));
        scheduler.tick();

        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.HANDED_OVER);
    }

    private boolean scheduled(Optional<DraftStatus> status) {
        return status.filter(DraftStatus.SCHEDULED::equals).isPresent();
    }

    /** Submits a draft as Anna would, by command, and returns its number once it is stored. */
    private long submit(Scenario scenario, String text, String at) {
        return submit(scenario, text, at, "");
    }

    private long submit(Scenario scenario, String text, String at, String options) {
        int before = drafts.withStatus(DraftStatus.values()).size();
        long[] id = new long[1];
        scenario.publish(new CommandInvoked(
                        UUID.randomUUID().toString(),
                        SOCIAL,
                        new UserRef(Platform.LOCAL, "anna"),
                        ("draft \"" + text + "\" --networks linkedin --at " + at + " " + options).strip(),
                        null,
                        clock.instant()))
                .andWaitForStateChange(
                        () -> drafts.withStatus(DraftStatus.values()),
                        all -> all.size() > before && all.stream().allMatch(draft -> draft.card() != null))
                .andVerify(
                        all -> id[0] = all.stream().mapToLong(Draft::id).max().orElseThrow());
        return id[0];
    }

    private ReactionRemoved removal(MessageRef card, String person, String emoji) {
        return new ReactionRemoved(
                UUID.randomUUID().toString(),
                card,
                new UserRef(Platform.LOCAL, person),
                Emoji.of(emoji),
                clock.instant());
    }

    private ReactionAdded reaction(MessageRef card, String person, String emoji) {
        return new ReactionAdded(
                UUID.randomUUID().toString(),
                card,
                new UserRef(Platform.LOCAL, person),
                Emoji.of(emoji),
                clock.instant());
    }
}
