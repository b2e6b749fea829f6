package io.socialdesk.oncall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.socialdesk.SteppingClock;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.RecordingChatGateway;
import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.OncallTestBeans;
import io.socialdesk.oncall.absence.Absences;
import io.socialdesk.watch.AlertAcknowledged;
import io.socialdesk.watch.AlertSeverity;
import io.socialdesk.watch.SpikeDetected;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Thirty days of the demo team's watch in Europe/Berlin across the end of summer time (25 October 2026), with
 * overlapping vacations, a sick day entered at short notice and alerts at random times. Every alert must reach an
 * available person within the chain's time; nobody away is paged; no warning pages anyone in the quiet hours; and
 * the watch changes hands at 09:00 local time on both sides of the clock change.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(OncallTestBeans.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:oncall-simulation;DB_CLOSE_DELAY=-1",
            "socialdesk.ticks.initial-delay-millis=3600000",
            "socialdesk.oncall.quiet-hours.from=22:00",
            "socialdesk.oncall.quiet-hours.to=07:00"
        })
class WatchSimulationTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 10);
    private static final int DAYS = 30;
    /** The default chain: four steps of 15 minutes. */
    private static final Duration CHAIN = Duration.ofMinutes(4 * 15);

    /** An absence as this test knows it, to judge the bot by its own record rather than the bot's. */
    private record Away(String person, LocalDate from, LocalDate to) {

        boolean on(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    @Autowired
    RecordingChatGateway chat;

    @Autowired
    SteppingClock clock;

    @Autowired
    OnWatch onWatch;

    @Autowired
    EscalationRunner runner;

    @Autowired
    Absences absences;

    @Autowired
    Escalations escalations;

    @Autowired
    JdbcClient jdbc;

    private final List<Away> away = new ArrayList<>();

    @Test
    void thirtyDaysOfAlertsAlwaysReachSomeoneAvailable() {
        enter("anna", FIRST.plusDays(3), FIRST.plusDays(12), null);
        enter("ben", FIRST.plusDays(11), FIRST.plusDays(14), "clara");
        enter("clara", FIRST.plusDays(13), FIRST.plusDays(13), null);
        LocalDate sickDay = FIRST.plusDays(20);

        Random random = new Random(20261025);
        List<Instant> alerts = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            alerts.add(FIRST.atStartOfDay(BERLIN).toInstant().plusSeconds(random.nextInt(DAYS * 24 * 3600) / 60 * 60L));
        }
        alerts.sort(null);

        int reached = 0;
        for (int i = 0; i < alerts.size(); i++) {
            Instant raised = alerts.get(i);
            Instant callsInSick = sickDay.atTime(7, 30).atZone(BERLIN).toInstant();
            if (!raised.isBefore(callsInSick) && away.stream().noneMatch(entry -> entry.on(sickDay))) {
                // ben calls in sick that morning, without naming a cover
                clock.set(callsInSick);
                enter("ben", sickDay, sickDay, null);
            }
            boolean critical = random.nextInt(3) == 0;
            long alert = 1000 + i;
            clock.set(raised);
            int before = chat.said().size();
            runner.on(spike(alert, critical ? AlertSeverity.CRITICAL : AlertSeverity.WARNING));
            // the listener runs asynchronously, as it does for the published event
            await().until(() -> started(alert));

            Instant earliest = critical ? raised : afterQuietHours(raised);
            Instant deadline = earliest.plus(CHAIN);
            List<RecordingChatGateway.Said> pages = pagesSince(before, alert);
            while (pages.isEmpty() && clock.instant().isBefore(deadline)) {
                clock.step(Duration.ofMinutes(1));
                runner.tick();
                pages = pagesSince(before, alert);
            }
            Instant pagedAt = clock.instant();
            assertThat(pages)
                    .as(
                            "alert at %s reached someone within the chain's time; its thread: %s",
                            at(raised), threadSince(before, alert))
                    .isNotEmpty();
            assertThat(pagedAt)
                    .as("a warning at %s waits for 07:00", at(raised))
                    .isAfterOrEqualTo(earliest);
            String person = pages.get(0).where();
            assertThat(isAway(person, LocalDate.ofInstant(pagedAt, BERLIN)))
                    .as("%s paged at %s while away", person, at(pagedAt))
                    .isFalse();
            runner.on(new AlertAcknowledged(alert, person, pagedAt));
            await().until(() -> escalations.stopped(alert).isPresent());
            clock.step(Duration.ofMinutes(30));
            runner.tick();
            assertThat(pagesSince(before, alert)).as("taken on: no more pages").hasSize(pages.size());
            reached++;
        }
        assertThat(reached).isEqualTo(alerts.size());

        assertHandoffAtNine(LocalDate.of(2026, 10, 19));
        assertHandoffAtNine(LocalDate.of(2026, 10, 26));
    }

    private void assertHandoffAtNine(LocalDate monday) {
        Instant before = monday.atTime(8, 59).atZone(BERLIN).toInstant();
        Instant at = monday.atTime(9, 0).atZone(BERLIN).toInstant();
        assertThat(onWatch.scheduled(at)).as("handoff on %s at 09:00", monday).isNotEqualTo(onWatch.scheduled(before));
        assertThat(onWatch.scheduled(at.minusSeconds(3600)))
                .as("not an hour early on %s", monday)
                .isEqualTo(onWatch.scheduled(before));
    }

    private void enter(String person, LocalDate from, LocalDate to, String cover) {
        absences.add(person, from, to, cover, "simulation", person);
        away.add(new Away(person, from, to));
    }

    private boolean isAway(String person, LocalDate day) {
        return away.stream().anyMatch(entry -> entry.person().equals(person) && entry.on(day));
    }

    private static Instant afterQuietHours(Instant at) {
        ZonedDateTime local = at.atZone(BERLIN);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(LocalTime.of(22, 0))) {
            return local.toLocalDate().plusDays(1).atTime(7, 0).atZone(BERLIN).toInstant();
        }
        if (time.isBefore(LocalTime.of(7, 0))) {
            return local.toLocalDate().atTime(7, 0).atZone(BERLIN).toInstant();
        }
        return at;
    }

    private List<RecordingChatGateway.Said> pagesSince(int index, long alert) {
        List<RecordingChatGateway.Said> said = chat.said();
        return said.subList(index, said.size()).stream()
                .filter(entry -> entry.kind().equals("dm") && entry.text().contains("#" + alert + ":"))
                .toList();
    }

    private boolean started(long alert) {
        return jdbc.sql("SELECT COUNT(*) FROM oncall_escalation WHERE alert_id = ?")
                        .param(alert)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<String> threadSince(int index, long alert) {
        List<RecordingChatGateway.Said> said = chat.said();
        return said.subList(index, said.size()).stream()
                .filter(entry -> entry.where().equals("alert-" + alert))
                .map(RecordingChatGateway.Said::text)
                .toList();
    }

    private static String at(Instant instant) {
        return instant.atZone(BERLIN).toString();
    }

    private SpikeDetected spike(long alert, AlertSeverity severity) {
        return new SpikeDetected(
                alert,
                "acme",
                "ACME",
                severity,
                clock.instant(),
                new MessageRef(new ChannelRef(Platform.LOCAL, "alerts"), "alert-" + alert),
                "simulated spike",
                false);
    }
}
