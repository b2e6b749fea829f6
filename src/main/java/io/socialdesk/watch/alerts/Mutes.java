package io.socialdesk.watch.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Watchlists muted for a while, with who muted them, why and until when. */
@Repository
class Mutes {

    record Mute(String watchlistId, String mutedBy, String reason, Instant mutedAt, Instant until) {}

    private final JdbcClient jdbc;

    Mutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Mutes {@code watchlistId}, replacing an earlier mute of it. */
    void mute(Mute mute) {
        unmute(mute.watchlistId());
        jdbc.sql(
                        "INSERT INTO watch_mute (watchlist_id, muted_by, reason, muted_at, muted_until) VALUES (?, ?, ?, ?, ?)")
                .params(
                        mute.watchlistId(),
                        mute.mutedBy(),
                        mute.reason(),
                        mute.mutedAt().atOffset(ZoneOffset.UTC),
                        mute.until().atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean unmute(String watchlistId) {
        return jdbc.sql("DELETE FROM watch_mute WHERE watchlist_id = ?")
                        .param(watchlistId)
                        .update()
                > 0;
    }

    Optional<Mute> of(String watchlistId) {
        return jdbc.sql("SELECT * FROM watch_mute WHERE watchlist_id = ?")
                .param(watchlistId)
                .query((rs, row) -> new Mute(
                        rs.getString("watchlist_id"),
                        rs.getString("muted_by"),
                        rs.getString("reason"),
                        rs.getObject("muted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("muted_until", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Whether {@code watchlistId} is muted at {@code at}. */
    boolean mutedAt(String watchlistId, Instant at) {
        return of(watchlistId).filter(mute -> mute.until().isAfter(at)).isPresent();
    }

    /** The mutes that have run out by {@code now}, to end and announce. */
    List<String> expired(Instant now) {
        return jdbc.sql("SELECT watchlist_id FROM watch_mute WHERE muted_until <= ?")
                .param(now.atOffset(ZoneOffset.UTC))
                .query(String.class)
                .list();
    }
}
