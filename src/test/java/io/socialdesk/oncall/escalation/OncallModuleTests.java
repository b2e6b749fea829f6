package io.socialdesk.oncall.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.chat.UserRef;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.OncallTestBeans;
import io.socialdesk.oncall.coverage.CoverageCheck;
import io.socialdesk.watch.AlertAcknowledged;
import io.socialdesk.watch.AlertResolved;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The on-call module with its direct dependencies on the demo team (anna and ben on call, handing over on Mondays
 * at 09:00): an alert pages whoever is on watch, climbs to the stand-in when nobody answers, and stops when it is
 * taken on; someone away is never paged.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(OncallTestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:oncall-module;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.oncall.quiet-hours.from=22:00",
            "socialdesk.oncall.quiet-hours.to=07:00"
        })
class OncallModuleTests {

    /** A Tuesday at noon in Berlin. */
    private static final Instant START = Instant.parse("2026-11-24T11:00:00Z");

    @Autowired
    RecordingChatGateway chat;

    @Autowired
    SteppingClock clock;

    @Autowired
    OnWatch onWatch;

    @Autowired
    EscalationRunner ticks;

    @Autowired
    Escalations escalations;

    @Autowired
    CoverageCheck coverage;

    private long alerts = 100;

    @Test
    void anAlertClimbsFromTheWatchToTheStandInAndStopsWhenTakenOn(Scenario scenario) {
        clock.set(START);
        String first = onWatch.now(clock.instant()).orElseThrow();
        String second = first.equals("anna") ? "ben" : "anna";
        long alert = ++alerts;

        scenario.publish(spike(alert, AlertSeverity.CRITICAL))
                .andWaitForStateChange(() -> dms(first, alert))
                .andVerify(pages -> assertThat(pages.get(0)).contains("Alarm #" + alert, "4.7× normal"));
        assertThat(dms(second, alert)).as("not yet").isEmpty();

        clock.step(Duration.ofMinutes(16));
        ticks.tick();
        assertThat(dms(second, alert)).as("nobody answered: the stand-in").hasSize(1);
        assertThat(thread(alert)).anySatisfy(text -> assertThat(text).contains("Stufe 2"));

        scenario.publish(new AlertAcknowledged(alert, second, clock.instant()))
                .andWaitForStateChange(() -> stopped(alert))
                .andVerify(stopped -> {});
        clock.step(Duration.ofMinutes(16));
        ticks.tick();
        clock.step(Duration.ofMinutes(16));
        ticks.tick();
        assertThat(thread(alert)).noneSatisfy(text -> assertThat(text).contains("@channel"));
        assertThat(dms(first, alert)).as("paged once, not again").hasSize(1);

        clock.step(Duration.ofMinutes(100));
        ticks.tick();
        assertThat(reminders(second, alert))
                .as("taken on two hours ago, not resolved")
                .hasSize(1);
        clock.step(Duration.ofMinutes(30));
        ticks.tick();
        assertThat(reminders(second, alert)).as("the next one two hours later").hasSize(1);

        scenario.publish(new AlertResolved(alert, second, clock.instant()))
                .andWaitForStateChange(() -> escalations.stopped(alert).filter("RESOLVED"::equals))
                .andVerify(resolved -> {});
        clock.step(Duration.ofHours(3));
        ticks.tick();
        assertThat(reminders(second, alert)).as("resolved: no more reminders").hasSize(1);
        assertThat(reminders(first, alert)).as("only the owner is reminded").isEmpty();
    }

    private List<String> reminders(String person, long alert) {
        return dms(person, alert).stream()
                .filter(text -> text.contains("noch nicht erledigt"))
                .toList();
    }

    @Test
    void someoneAwayIsNeverPagedAndTheirCoverIs(Scenario scenario) {
        clock.set(START.plus(Duration.ofDays(14)));
        String first = onWatch.now(clock.instant()).orElseThrow();
        String other = first.equals("anna") ? "ben" : "anna";
        scenario.publish(command(first, "away 2026-12-07 2026-12-09 cover clara Urlaub"))
                .andWaitForStateChange(() -> onWatch.now(clock.instant()).filter("clara"::equals))
                .andVerify(cover -> {});
        long alert = ++alerts;

        assertThat(chat.said()).as("the named cover is told").anySatisfy(said -> assertThat(
                        said.where() + ": " + said.text())
                .startsWith("clara: ")
                .contains("du springst ein"));
        scenario.publish(spike(alert, AlertSeverity.CRITICAL))
                .andWaitForStateChange(() -> dms("clara", alert))
                .andVerify(pages -> assertThat(dms(first, alert)).isEmpty());
        clock.step(Duration.ofMinutes(16));
        ticks.tick();
        assertThat(dms(first, alert)).as("away, so never paged").isEmpty();
        assertThat(dms(other, alert)).isNotEmpty();
    }

    @Test
    void aWarningAtNightWaitsForTheEndOfTheQuietHours(Scenario scenario) {
        // 23:30 in Berlin
        clock.set(Instant.parse("2026-11-26T22:30:00Z"));
        String first = onWatch.now(clock.instant()).orElseThrow();
        long alert = ++alerts;
        scenario.publish(spike(alert, AlertSeverity.WARNING))
                .andWaitForStateChange(() -> thread(alert).stream()
                        .filter(text -> text.contains("Ruhezeit"))
                        .findFirst())
                .andVerify(told -> assertThat(told.orElseThrow()).contains("07:00"));
        assertThat(dms(first, alert)).isEmpty();

        clock.set(Instant.parse("2026-11-27T06:00:00Z"));
        ticks.tick();
        assertThat(dms(first, alert)).hasSize(1);
    }

    @Test
    void aGapLeftByAbsencesIsToldToTheAdminsOnceAndInTheReply(Scenario scenario) {
        clock.set(START);
        scenario.publish(command("anna", "away 2026-12-01 2026-12-03 Urlaub"))
                .andWaitForStateChange(
                        () -> onWatch.isAway("anna", Instant.parse("2026-12-01T12:00:00Z")) ? true : null)
                .andVerify(away -> {});
        assertThat(gapNotices()).as("ben still keeps the watch").isEmpty();
        assertThat(chat.said())
                .as("no cover named: the stand-in is chosen, named and told")
                .anySatisfy(said -> assertThat(said.text()).contains("einspringen wird Ben Wagner"))
                .anySatisfy(said -> {
                    assertThat(said.kind()).isEqualTo("dm");
                    assertThat(said.where()).isEqualTo("ben");
                    assertThat(said.text()).contains("Anna Schmidt", "du springst ein");
                });

        scenario.publish(command("ben", "away 2026-12-02 2026-12-04 krank"))
                .andWaitForStateChange(() -> gapNotices().isEmpty() ? null : gapNotices())
                .andVerify(notices -> assertThat(notices).singleElement().satisfies(text -> assertThat(text)
                        .contains("2026-12-02, 2026-12-03")
                        .doesNotContain("12-04")));
        assertThat(chat.said()).as("the reply to ben says so too").anySatisfy(said -> assertThat(said.text())
                .contains("niemand Wache", "2026-12-02"));

        assertThat(coverage.check()).as("a gap is reported once").isEmpty();
        assertThat(gapNotices()).hasSize(1);
    }

    private List<String> gapNotices() {
        return chat.said().stream()
                .filter(said -> said.kind().equals("dm") && said.where().equals("anna"))
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains("Lücke"))
                .toList();
    }

    private SpikeDetected spike(long alert, AlertSeverity severity) {
        return new SpikeDetected(
                alert,
                "acme",
                "ACME",
                severity,
                clock.instant(),
                new MessageRef(new ChannelRef(Platform.LOCAL, "alerts"), "alert-" + alert),
                "4.7× normal: 412 in der letzten Stunde",
                false);
    }

    private CommandInvoked command(String person, String text) {
        return new CommandInvoked(
                UUID.randomUUID().toString(),
                new ChannelRef(Platform.LOCAL, "social"),
                new UserRef(Platform.LOCAL, person),
                text,
                null,
                clock.instant());
    }

    private List<String> dms(String person, long alert) {
        return chat.said().stream()
                .filter(said -> said.kind().equals("dm") && said.where().equals(person))
                .map(RecordingChatGateway.Said::text)
                .filter(text -> text.contains("#" + alert + ":"))
                .toList();
    }

    private List<String> thread(long alert) {
        return chat.said().stream()
                .filter(said -> said.kind().equals("thread") && said.where().equals("alert-" + alert))
                .map(RecordingChatGateway.Said::text)
                .toList();
    }

    private java.util.Optional<Boolean> stopped(long alert) {
        return escalations.stopped(alert).map(why -> true);
    }
}
