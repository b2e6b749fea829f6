package io.socialdesk.oncall;

import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.CronSchedule;
import io.socialdesk.config.InvalidConfigException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code oncall} section of {@code bot-config.yml}: who keeps the 24/7 watch.
 *
 * @param rotations who is on call in turn
 * @param acknowledgeWithin how long a page may stay unacknowledged before it escalates
 * @param quietHours when only urgent alerts page people
 */
@ConfigurationProperties(prefix = "socialdesk.oncall", ignoreUnknownFields = false)
public record OncallProperties(
        @Nullable List<Rotation> rotations,
        @DefaultValue("15m") Duration acknowledgeWithin,
        @Nullable QuietHours quietHours) {

    public OncallProperties {
        rotations = rotations == null ? List.of() : List.copyOf(rotations);
        ConfigIds.checkUnique("oncall.rotations", rotations, Rotation::id);
        for (int i = 0; i < rotations.size(); i++) {
            if (rotations.get(i).members().isEmpty()) {
                throw new InvalidConfigException(
                        "oncall.rotations[" + i + "].members", "[]", "at least one person id from team.people");
            }
        }
        if (acknowledgeWithin.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidConfigException("oncall.acknowledge-within", acknowledgeWithin, "at least 1m");
        }
    }

    /**
     * One rotation.
     *
     * @param id short id, e.g. social-watch
     * @param members person ids, in the order they take over
     * @param handoff when the next member takes over, as a cron expression in the team's time zone
     * @param start the day the first member's first turn began; handoffs are counted from it
     */
    public record Rotation(
            String id,
            @Nullable List<String> members,
            @DefaultValue("0 0 9 * * MON") CronSchedule handoff,
            @Nullable LocalDate start) {

        /** A Monday, so a weekly rotation without a start begins on one. */
        static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);

        public Rotation {
            members = members == null ? List.of() : List.copyOf(members);
            start = start == null ? DEFAULT_START : start;
        }
    }

    /**
     * A daily window, in the team's time zone, that may wrap past midnight (22:00 to 07:00).
     *
     * @param from when quiet hours start
     * @param to when they end
     */
    public record QuietHours(@Nullable LocalTime from, @Nullable LocalTime to) {

        public QuietHours {
            if (from == null || to == null || from.equals(to)) {
                throw new InvalidConfigException(
                        "oncall.quiet-hours",
                        from + " to " + to,
                        "both 'from' and 'to', different times such as 22:00 and 07:00");
            }
        }
    }
}
