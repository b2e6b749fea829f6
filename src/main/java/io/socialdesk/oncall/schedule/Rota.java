package io.socialdesk.oncall.schedule;

import io.socialdesk.config.CronSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Who a rotation puts on watch at an instant, before absences: the first member from the rotation's start, the next
 * one at every handoff (a cron expression in the team's zone, so 09:00 stays 09:00 across daylight-saving changes).
 * Pure, so "who is on watch at T" is tested as a table.
 */
public final class Rota {

    /** Enough handoffs to walk for decades of weekly or years of hourly handoffs; beyond it the walk stops. */
    private static final int MAX_HANDOFFS = 100_000;

    private final List<String> members;
    private final CronSchedule handoff;
    private final ZoneId zone;
    private final ZonedDateTime start;

    public Rota(List<String> members, CronSchedule handoff, ZoneId zone, LocalDate start) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs at least one member");
        }
        this.members = List.copyOf(members);
        this.handoff = handoff;
        this.zone = zone;
        this.start = start.atStartOfDay(zone);
    }

    /** The member on watch at {@code at}; the first one before the start. */
    public String memberAt(Instant at) {
        return members.get(Math.floorMod(handoffsUntil(at), members.size()));
    }

    /** The member after {@code member} in the rotation, who stands in first; the first one after a non-member. */
    public String after(String member) {
        int index = members.indexOf(member);
        return members.get((index + 1) % members.size());
    }

    /** The next handoff after {@code at}. */
    public Instant nextHandoff(Instant at) {
        ZonedDateTime next = handoff.next(at.atZone(zone), zone);
        return next == null ? Instant.MAX : next.toInstant();
    }

    public List<String> members() {
        return members;
    }

    private int handoffsUntil(Instant at) {
        int count = 0;
        ZonedDateTime cursor = start;
        while (count < MAX_HANDOFFS) {
            ZonedDateTime next = handoff.next(cursor, zone);
            if (next == null || next.toInstant().isAfter(at)) {
                return count;
            }
            cursor = next;
            count++;
        }
        return count;
    }
}
