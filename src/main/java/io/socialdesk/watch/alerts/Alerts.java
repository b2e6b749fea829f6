package io.socialdesk.watch.alerts;

import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.Platform;
import io.socialdesk.watch.AlertSeverity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The alerts, open and past. */
@Repository
class Alerts {

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Alert open(String watchlistId, AlertSeverity severity, Instant at, long mentions, double expected, String summary) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO watch_alert (watchlist_id, severity, status, opened_at, detected_at, peak_mentions,"
                        + " expected, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        watchlistId,
                        severity.name(),
                        Alert.Status.OPEN.name(),
                        at.atOffset(ZoneOffset.UTC),
                        at.atOffset(ZoneOffset.UTC),
                        mentions,
                        expected,
                        summary)
                .update(key, "id");
        long id = key.getKeyAs(Number.class) == null
                ? 0
                : key.getKeyAs(Number.class).longValue();
        return find(id).orElseThrow();
    }

    void update(Alert alert) {
        jdbc.sql("UPDATE watch_alert SET severity = ?, status = ?, detected_at = ?, peak_mentions = ?, expected = ?,"
                        + " summary = ?, message_channel = ?, message_id = ?, acknowledged_by = ?, acknowledged_at = ?,"
                        + " resolved_by = ?, resolved_at = ? WHERE id = ?")
                .params(
                        alert.severity().name(),
                        alert.status().name(),
                        alert.detectedAt().atOffset(ZoneOffset.UTC),
                        alert.peakMentions(),
                        alert.expected(),
                        alert.summary(),
                        alert.message() == null ? null : channelOf(alert.message()),
                        alert.message() == null ? null : alert.message().id(),
                        alert.acknowledgedBy(),
                        utc(alert.acknowledgedAt()),
                        alert.resolvedBy(),
                        utc(alert.resolvedAt()),
                        alert.id())
                .update();
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("SELECT * FROM watch_alert WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The alert, locked for a change. */
    Optional<Alert> lock(long id) {
        return jdbc.sql("SELECT * FROM watch_alert WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The watchlist's alert that is not resolved yet, if any. */
    Optional<Alert> unresolved(String watchlistId) {
        return jdbc
                .sql("SELECT * FROM watch_alert WHERE watchlist_id = ? AND status <> ? ORDER BY id DESC")
                .params(watchlistId, Alert.Status.RESOLVED.name())
                .query(this::row)
                .list()
                .stream()
                .findFirst();
    }

    List<Alert> unresolved() {
        return jdbc.sql("SELECT * FROM watch_alert WHERE status <> ? ORDER BY id")
                .param(Alert.Status.RESOLVED.name())
                .query(this::row)
                .list();
    }

    Optional<Long> idAt(MessageRef message) {
        return jdbc.sql("SELECT id FROM watch_alert WHERE message_channel = ? AND message_id = ?")
                .params(channelOf(message), message.id())
                .query(Long.class)
                .optional();
    }

    private Alert row(ResultSet rs, int row) throws SQLException {
        String channel = rs.getString("message_channel");
        String message = rs.getString("message_id");
        return new Alert(
                rs.getLong("id"),
                rs.getString("watchlist_id"),
                AlertSeverity.valueOf(rs.getString("severity")),
                Alert.Status.valueOf(rs.getString("status")),
                instant(rs, "opened_at"),
                instant(rs, "detected_at"),
                rs.getLong("peak_mentions"),
                rs.getDouble("expected"),
                rs.getString("summary"),
                channel == null || message == null ? null : messageOf(channel, message),
                rs.getString("acknowledged_by"),
                instant(rs, "acknowledged_at"),
                rs.getString("resolved_by"),
                instant(rs, "resolved_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** Messages are stored as {@code platform:channel}, as the approval cards are. */
    private static String channelOf(MessageRef message) {
        return message.channel().platform().key() + ":" + message.channel().id();
    }

    private static MessageRef messageOf(String stored, String message) {
        int colon = stored.indexOf(':');
        Platform platform = Platform.valueOf(stored.substring(0, colon).toUpperCase(Locale.ROOT));
        return new MessageRef(new ChannelRef(platform, stored.substring(colon + 1)), message);
    }
}
