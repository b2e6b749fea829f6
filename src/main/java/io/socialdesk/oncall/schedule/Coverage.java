package io.socialdesk.oncall.schedule;

import io.socialdesk.oncall.absence.Absence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The days on which nobody could keep the watch: whoever the rota names at some time of the day is away, and so are
 * their cover and every other member. Looked for ahead of time, so a gap is found in the planning and not during a
 * crisis. Pure.
 */
public final class Coverage {

    private Coverage() {}

    public static List<LocalDate> gaps(Rota rota, ZoneId zone, LocalDate from, int days, List<Absence> absences) {
        List<LocalDate> gaps = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            for (String scheduled : scheduledOn(rota, zone, day)) {
                if (Cover.forDay(rota, scheduled, day, absences).isEmpty()) {
                    gaps.add(day);
                    break;
                }
            }
        }
        return gaps;
    }

    /** Everyone the rota names during the day: at its start and after each handoff within it. */
    private static Set<String> scheduledOn(Rota rota, ZoneId zone, LocalDate day) {
        Set<String> members = new LinkedHashSet<>();
        Instant at = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        while (at.isBefore(end) && members.size() < rota.members().size()) {
            members.add(rota.memberAt(at));
            at = rota.nextHandoff(at);
        }
        return members;
    }
}
