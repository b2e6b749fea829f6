package io.socialdesk.oncall;

import io.socialdesk.chat.UsesChannels;
import io.socialdesk.config.ConfigIds;
import io.socialdesk.config.CronSchedule;
import io.socialdesk.config.InvalidConfigException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The {@code oncall} section of {@code bot-config.yml}: who keeps the 24/7 watch.
 *
 * @param rotations who is on call in turn
 * @param acknowledgeWithin how long a page may stay unacknowledged before it escalates
 * @param quietHours when only urgent alerts page people
 * @param escalation the chain every alert climbs; without it: on watch, stand-in, admins, the channel
 * @param channel the channel purpose (under {@code chat.channels}) where handoffs are announced
 * @param remindAfter how long after someone took an alert on, and again after that, they are reminded while it is
 *     not resolved
 */
@ConfigurationProperties(prefix = "socialdesk.oncall", ignoreUnknownFields = false)
public record OncallProperties(
        @Nullable List<Rotation> rotations,
        @DefaultValue("15m") Duration acknowledgeWithin,
        @Nullable QuietHours quietHours,
        @Nullable Escalation escalation,
        @DefaultValue("social") String channel,
        @DefaultValue("2h") Duration remindAfter)
        implements UsesChannels {

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
        if (remindAfter.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new InvalidConfigException("oncall.remind-after", remindAfter, "at least 5m, e.g. 2h");
        }
        if (escalation == null) {
            escalation = new Escalation(
                    List.of(
                            new EscalationStep("on-watch", null),
                            new EscalationStep("stand-in", null),
                            new EscalationStep("admins", null),
                            new EscalationStep("channel", null)),
                    0);
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

    @Override
    public Map<String, String> channelPurposes() {
        return Map.of("oncall.channel", channel);
    }

    /**
     * The chain an alert climbs until someone takes it on. It is copied into each alert when it opens, so editing
     * it later does not change alerts already climbing.
     *
     * @param steps who each step pages, in order
     * @param repeat how many more times the whole chain is climbed when nobody took the alert on (0 to 5)
     */
    public record Escalation(@Nullable List<EscalationStep> steps, @DefaultValue("0") int repeat) {

        public Escalation {
            steps = steps == null ? List.of() : List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new InvalidConfigException("oncall.escalation.steps", "[]", "at least one step");
            }
            if (repeat < 0 || repeat > 5) {
                throw new InvalidConfigException("oncall.escalation.repeat", repeat, "0 to 5");
            }
        }
    }

    /**
     * One step of the chain.
     *
     * @param page whom it pages: {@code on-watch}, {@code stand-in}, {@code admins}, {@code channel},
     *     {@code person:ID}, {@code group:ID} (its members) or {@code lead:GROUP} (the group's lead)
     * @param waitFor ({@code wait} in the config) how long the step waits for someone to take the alert on before the next; default
     *     {@code acknowledge-within}
     */
    public record EscalationStep(String page, @Name("wait") @Nullable Duration waitFor) {

        private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile(
                "on-watch|stand-in|admins|channel|(person|group|lead):[a-z0-9][a-z0-9_-]*");

        public EscalationStep {
            if (page == null || !PAGE.matcher(page).matches()) {
                throw new InvalidConfigException(
                        "oncall.escalation.steps[].page",
                        page,
                        "on-watch, stand-in, admins, channel, person:ID, group:ID or lead:GROUP");
            }
            if (waitFor != null && waitFor.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new InvalidConfigException("oncall.escalation.steps[].wait", waitFor, "at least 1m");
            }
        }

        /** {@code person} for {@code person:anna}, else the whole word. */
        public String kind() {
            int colon = page.indexOf(':');
            return colon < 0 ? page : page.substring(0, colon);
        }

        /** {@code anna} for {@code person:anna}; empty for a step without a reference. */
        public String ref() {
            int colon = page.indexOf(':');
            return colon < 0 ? "" : page.substring(colon + 1);
        }
    }
}
