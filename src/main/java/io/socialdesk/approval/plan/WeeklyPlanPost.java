package io.socialdesk.approval.plan;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import io.socialdesk.chat.UserLanguages;
import io.socialdesk.team.Team;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts the week's editorial plan when {@code approval.weekly-plan.schedule} fires, in the team's zone. A firing
 * missed while the bot was down is made up once, if it is less than a day old; each firing is posted once.
 */
@Component
public class WeeklyPlanPost {

    private static final Duration MAKE_UP_WITHIN = Duration.ofDays(1);

    private final ApprovalProperties properties;
    private final EditorialPlan plan;
    private final Team team;
    private final ChatGateway chat;
    private final Channels channels;
    private final MessageSource messages;
    private final UserLanguages languages;
    private final JdbcClient jdbc;

    WeeklyPlanPost(
            ApprovalProperties properties,
            EditorialPlan plan,
            Team team,
            ChatGateway chat,
            Channels channels,
            MessageSource messages,
            UserLanguages languages,
            JdbcClient jdbc) {
        this.properties = properties;
        this.plan = plan;
        this.team = team;
        this.chat = chat;
        this.channels = channels;
        this.messages = messages;
        this.languages = languages;
        this.jdbc = jdbc;
    }

    /** Posts the plan if its schedule fired since the last post; {@code true} if it did. */
    @Transactional
    public boolean postIfDue(Instant now) {
        ApprovalProperties.WeeklyPlan weekly = properties.weeklyPlan();
        if (weekly == null) {
            return false;
        }
        Instant fired = lastFiring(weekly, now);
        if (fired == null || fired.plus(MAKE_UP_WITHIN).isBefore(now)) {
            return false;
        }
        int inserted = jdbc.sql("INSERT INTO approval_plan_post (fired_at) SELECT ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM approval_plan_post WHERE fired_at = ?)")
                .params(fired.atOffset(java.time.ZoneOffset.UTC), fired.atOffset(java.time.ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return false;
        }
        Texts texts = new Texts(messages, languages.teamLocale());
        EditorialPlan.Week week = EditorialPlan.Week.containing(LocalDate.ofInstant(fired, team.zone()), team.zone());
        chat.post(channels.channel(weekly.channel()), OutgoingMessage.text(plan.describe(week, true, texts)));
        return true;
    }

    /** The latest moment at or before {@code now} the schedule fired, looking back a little over a week. */
    private @Nullable Instant lastFiring(ApprovalProperties.WeeklyPlan weekly, Instant now) {
        ZonedDateTime cursor = now.minus(Duration.ofDays(8)).atZone(team.zone());
        Instant last = null;
        while (true) {
            ZonedDateTime next = weekly.schedule().next(cursor, team.zone());
            if (next == null || next.toInstant().isAfter(now)) {
                return last;
            }
            last = next.toInstant();
            cursor = next;
        }
    }
}
