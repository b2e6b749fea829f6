package io.socialdesk.oncall.escalation;

import io.socialdesk.oncall.OncallProperties;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** The team's quiet hours: when, in the team's zone, a non-critical page waits for the morning. Pure. */
final class QuietTime {

    private QuietTime() {}

    /** When a non-critical page due at {@code at} may go out: {@code at} itself, or the end of the quiet hours. */
    static Instant pageAt(OncallProperties.@Nullable QuietHours quiet, Instant at, ZoneId zone) {
        if (quiet == null) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean wraps = quiet.from().isAfter(quiet.to());
        boolean inside = wraps
                ? !time.isBefore(quiet.from()) || time.isBefore(quiet.to())
                : !time.isBefore(quiet.from()) && time.isBefore(quiet.to());
        if (!inside) {
            return at;
        }
        ZonedDateTime end = local.toLocalDate().atTime(quiet.to()).atZone(zone);
        if (!end.isAfter(local)) {
            end = local.toLocalDate().plusDays(1).atTime(quiet.to()).atZone(zone);
        }
        return end.toInstant();
    }
}
