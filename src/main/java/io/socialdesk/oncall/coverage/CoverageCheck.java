package io.socialdesk.oncall.coverage;

import io.socialdesk.oncall.OnWatch;
import io.socialdesk.oncall.absence.AbsencesChanged;
import io.socialdesk.oncall.notices.OncallNotices;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks {@value #DAYS_AHEAD} days ahead, every hour and whenever an absence changes, for days on which nobody could
 * keep the watch, and tells the admins of each new gap by direct message, once. A gap found during a crisis is found
 * too late.
 */
@Component
public class CoverageCheck {

    static final int DAYS_AHEAD = 14;

    private static final Logger log = LoggerFactory.getLogger(CoverageCheck.class);

    private final OnWatch onWatch;
    private final Team team;
    private final JdbcClient jdbc;
    private final OncallNotices notices;
    private final Clock clock;

    CoverageCheck(OnWatch onWatch, Team team, JdbcClient jdbc, OncallNotices notices, Clock clock) {
        this.onWatch = onWatch;
        this.team = team;
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    @SchedulerLock(name = "oncall-coverage")
    @Scheduled(cron = "${socialdesk.ticks.oncall-coverage-cron:0 11 * * * *}")
    void scheduled() {
        try {
            check();
        } catch (RuntimeException ex) {
            log.error("Checking the watch for the next {} days failed; trying again in an hour", DAYS_AHEAD, ex);
        }
    }

    @ApplicationModuleListener
    void on(AbsencesChanged changed) {
        check();
    }

    /** The gaps in the next days that had not been reported yet, now reported. */
    @Transactional
    public List<LocalDate> check() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), team.zone());
        // one check at a time, also across replicas (a scheduled one and one after an absence)
        jdbc.sql("UPDATE oncall_gap_lock SET checked_at = ? WHERE id = 1")
                .param(clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("DELETE FROM oncall_gap WHERE gap_day < ?").param(today).update();
        List<LocalDate> gaps = onWatch.gaps(today, DAYS_AHEAD);
        Set<LocalDate> known = new HashSet<>(jdbc.sql("SELECT gap_day FROM oncall_gap")
                .query((rs, row) -> rs.getObject("gap_day", LocalDate.class))
                .list());
        for (LocalDate covered : known) {
            if (!gaps.contains(covered)) {
                jdbc.sql("DELETE FROM oncall_gap WHERE gap_day = ?")
                        .param(covered)
                        .update();
            }
        }
        List<LocalDate> fresh =
                gaps.stream().filter(day -> !known.contains(day)).toList();
        for (LocalDate day : fresh) {
            jdbc.sql("INSERT INTO oncall_gap (gap_day, reported_at) VALUES (?, ?)")
                    .params(day, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
        if (!fresh.isEmpty()) {
            tellAdmins(fresh);
        }
        return fresh;
    }

    private void tellAdmins(List<LocalDate> days) {
        String list = days.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        log.warn("Nobody can keep the watch on {}; telling the admins", list);
        for (Person admin : team.people()) {
            if (admin.has(Role.ADMIN)) {
                notices.toPerson(admin.id(), "oncall.gap", list);
            }
        }
    }
}
