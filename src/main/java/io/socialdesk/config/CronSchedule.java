package io.socialdesk.config;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * A validated six-field Spring cron expression ({@code second minute hour day month weekday}), evaluated in the
 * team's time zone so that schedules stay right across daylight-saving changes.
 */
public record CronSchedule(String expression) {

    public CronSchedule {
        if (!CronExpression.isValidExpression(expression)) {
            throw new IllegalArgumentException("'" + expression
                    + "' is not a cron expression; use six fields 'second minute hour day month weekday',"
                    + " e.g. '0 0 8 * * MON-FRI'");
        }
    }

    /** The first run strictly after {@code after}, in {@code zone}; {@code null} if the expression never fires. */
    public @Nullable ZonedDateTime next(ZonedDateTime after, ZoneId zone) {
        return CronExpression.parse(expression).next(after.withZoneSameInstant(zone));
    }

    @Override
    public String toString() {
        return expression;
    }
}
