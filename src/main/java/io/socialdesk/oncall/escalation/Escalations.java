package io.socialdesk.oncall.escalation;

import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.oncall.OncallProperties;
import io.socialdesk.watch.AlertSeverity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts climbing their chains. */
@Repository
class Escalations {

    record Escalation(
            long alertId,
            String summary,
            AlertSeverity severity,
            boolean test,
            MessageRef alert,
            Chain chain,
            int nextStep,
            Instant nextAt,
            List<Paged> paged) {

        /** Who was paged in that climb of the chain, in order. */
        List<String> pagedIn(int round) {
            return paged.stream()
                    .filter(page -> page.round() == round)
                    .map(Paged::person)
                    .toList();
        }
    }

    /** Someone paged in one climb of the chain. */
    record Paged(int round, String person) {

        String encode() {
            return round + ":" + person;
        }

        /** Pages stored before chains had rounds are in round 0. */
        static Paged decode(String text) {
            int colon = text.indexOf(':');
            return colon < 0
                    ? new Paged(0, text)
                    : new Paged(Integer.parseInt(text.substring(0, colon)), text.substring(colon + 1));
        }
    }

    private final JdbcClient jdbc;
    private final Duration defaultWait;

    Escalations(JdbcClient jdbc, OncallProperties properties) {
        this.jdbc = jdbc;
        this.defaultWait = properties.acknowledgeWithin();
    }

    /** Starts an alert's climb; {@code false} if it is already climbing (the event came again). */
    boolean start(
            long alertId,
            String summary,
            AlertSeverity severity,
            boolean test,
            MessageRef alert,
            Chain chain,
            Instant at) {
        return jdbc.sql(
                                "INSERT INTO oncall_escalation (alert_id, summary, severity, test, alert_channel, alert_message,"
                                        + " chain, next_step, next_at, paged) SELECT ?, ?, ?, ?, ?, ?, ?, 0, ?, '' WHERE NOT"
                                        + " EXISTS (SELECT 1 FROM oncall_escalation WHERE alert_id = ?)")
                        .params(
                                alertId,
                                summary,
                                severity.name(),
                                test,
                                alert.channel().platform().key() + ":"
                                        + alert.channel().id(),
                                alert.id(),
                                chain.encode(),
                                at.atOffset(ZoneOffset.UTC),
                                alertId)
                        .update()
                == 1;
    }

    /** A louder alert pages at once, even if its first page was waiting for quiet hours to end. */
    void louder(long alertId, AlertSeverity severity, String summary, Instant at) {
        jdbc.sql("UPDATE oncall_escalation SET severity = ?, summary = ?, next_at = CASE WHEN next_at > ? THEN ? ELSE"
                        + " next_at END WHERE alert_id = ? AND stopped IS NULL")
                .params(severity.name(), summary, at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC), alertId)
                .update();
    }

    /** Someone took the alert on: the climb stops (or had already run out), and reminders start. */
    void acknowledged(long alertId, String owner, Instant remindAt) {
        jdbc.sql("UPDATE oncall_escalation SET stopped = 'ACKNOWLEDGED', owner_id = ?, remind_at = ? WHERE alert_id"
                        + " = ? AND (stopped IS NULL OR stopped = 'EXHAUSTED')")
                .params(owner, remindAt.atOffset(ZoneOffset.UTC), alertId)
                .update();
    }

    /** The alert is resolved: no more pages, no more reminders. */
    void resolved(long alertId) {
        jdbc.sql("UPDATE oncall_escalation SET stopped = 'RESOLVED', remind_at = NULL WHERE alert_id = ? AND"
                        + " (stopped IS NULL OR stopped <> 'RESOLVED')")
                .param(alertId)
                .update();
    }

    /** Alerts taken on but not resolved whose owner is due a reminder. */
    List<Long> dueReminders(Instant now) {
        return jdbc.sql("SELECT alert_id FROM oncall_escalation WHERE stopped = 'ACKNOWLEDGED' AND remind_at <= ?"
                        + " ORDER BY remind_at")
                .param(now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .list();
    }

    /** The owner of an alert due a reminder, with the row locked so one replica sends it. */
    java.util.Optional<Owned> lockReminder(long alertId, Instant now) {
        return jdbc.sql("SELECT * FROM oncall_escalation WHERE alert_id = ? AND stopped = 'ACKNOWLEDGED' AND"
                        + " remind_at <= ? FOR UPDATE")
                .params(alertId, now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Owned(row(rs, row), rs.getString("owner_id")))
                .optional();
    }

    void remindAgainAt(long alertId, Instant next) {
        jdbc.sql("UPDATE oncall_escalation SET remind_at = ? WHERE alert_id = ?")
                .params(next.atOffset(ZoneOffset.UTC), alertId)
                .update();
    }

    /** An alert someone took on. */
    record Owned(Escalation escalation, String owner) {}

    List<Long> due(Instant now) {
        return jdbc.sql(
                        "SELECT alert_id FROM oncall_escalation WHERE stopped IS NULL AND next_at <= ? ORDER BY next_at")
                .param(now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .list();
    }

    /** The escalation, locked, if it is still climbing and due. */
    java.util.Optional<Escalation> lockDue(long alertId, Instant now) {
        return jdbc.sql("SELECT * FROM oncall_escalation WHERE alert_id = ? AND stopped IS NULL AND next_at <= ?"
                        + " FOR UPDATE")
                .params(alertId, now.atOffset(ZoneOffset.UTC))
                .query(this::row)
                .optional();
    }

    /** Records that the step was taken (and who was paged), and when the next is due; past the last, it stops. */
    void stepped(Escalation escalation, List<Paged> paged, Instant next) {
        int step = escalation.nextStep() + 1;
        jdbc.sql("UPDATE oncall_escalation SET next_step = ?, next_at = ?, paged = ?, stopped = ? WHERE alert_id = ?")
                .params(
                        step,
                        next.atOffset(ZoneOffset.UTC),
                        String.join(",", paged.stream().map(Paged::encode).toList()),
                        step >= escalation.chain().size() ? "EXHAUSTED" : null,
                        escalation.alertId())
                .update();
    }

    java.util.Optional<String> stopped(long alertId) {
        return jdbc
                .sql("SELECT stopped FROM oncall_escalation WHERE alert_id = ?")
                .param(alertId)
                .query((rs, row) -> rs.getString("stopped"))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private Escalation row(ResultSet rs, int row) throws SQLException {
        String channel = rs.getString("alert_channel");
        int colon = channel.indexOf(':');
        Platform platform = Platform.valueOf(channel.substring(0, colon).toUpperCase(Locale.ROOT));
        String paged = rs.getString("paged");
        return new Escalation(
                rs.getLong("alert_id"),
                rs.getString("summary"),
                AlertSeverity.valueOf(rs.getString("severity")),
                rs.getBoolean("test"),
                new MessageRef(new ChannelRef(platform, channel.substring(colon + 1)), rs.getString("alert_message")),
                Chain.decode(rs.getString("chain"), defaultWait),
                rs.getInt("next_step"),
                rs.getObject("next_at", OffsetDateTime.class).toInstant(),
                paged.isEmpty()
                        ? List.of()
                        : Arrays.stream(paged.split(",")).map(Paged::decode).toList());
    }
}
