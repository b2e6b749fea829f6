package io.socialdesk.watch.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each watchlist's detector state and the first bucket it has not judged, so a restart resumes exactly. */
@Repository
class Detectors {

    record Stored(String state, Instant nextBucket) {}

    private final JdbcClient jdbc;

    Detectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> lock(String watchlistId) {
        return jdbc.sql("SELECT state, next_bucket FROM watch_detector WHERE watchlist_id = ? FOR UPDATE")
                .param(watchlistId)
                .query((rs, row) -> new Stored(
                        rs.getString("state"),
                        rs.getObject("next_bucket", OffsetDateTime.class).toInstant()))
                .optional();
    }

    void save(String watchlistId, String state, Instant nextBucket) {
        int updated = jdbc.sql("UPDATE watch_detector SET state = ?, next_bucket = ? WHERE watchlist_id = ?")
                .params(state, nextBucket.atOffset(ZoneOffset.UTC), watchlistId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO watch_detector (watchlist_id, state, next_bucket) VALUES (?, ?, ?)")
                    .params(watchlistId, state, nextBucket.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }
}
