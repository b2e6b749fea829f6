package io.socialdesk.watch.counting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a year of history small: buckets older than two days become hours, hours older than sixty days become days,
 * and the texts of mentions older than ninety days are deleted (their counts stay). The detector and the alert chart
 * only read the recent, fine buckets.
 */
@Component
class CountRollup {

    private static final Logger log = LoggerFactory.getLogger(CountRollup.class);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final int BATCH = 5_000;

    private record Row(String watchlist, Instant start, int width, long mentions) {}

    private final JdbcClient jdbc;
    private final Mentions mentions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CountRollup(JdbcClient jdbc, Mentions mentions, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.mentions = mentions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @SchedulerLock(name = "watch-rollup")
    @Scheduled(cron = "${socialdesk.ticks.watch-rollup-cron:0 7 * * * *}")
    void scheduled() {
        try {
            rollUp();
        } catch (RuntimeException ex) {
            log.error("Rolling up the watch counts failed; trying again in an hour", ex);
        }
    }

    void rollUp() {
        Instant now = Instant.now(clock);
        while (Boolean.TRUE.equals(transactions.execute(status -> merge(now.minus(Duration.ofDays(2)), HOUR)))) {
            // batch by batch
        }
        while (Boolean.TRUE.equals(transactions.execute(status -> merge(now.minus(Duration.ofDays(60)), DAY)))) {
            // batch by batch
        }
        int deleted = jdbc.sql("DELETE FROM watch_mention WHERE seen_at < ?")
                .param(now.minus(Duration.ofDays(90)).atOffset(ZoneOffset.UTC))
                .update();
        if (deleted > 0) {
            log.info("Deleted the texts of {} mentions older than 90 days", deleted);
        }
    }

    /** Merges one batch of buckets narrower than {@code into} that start before {@code cutoff}; true if any. */
    private boolean merge(Instant cutoff, Duration into) {
        List<Row> rows = jdbc.sql("SELECT watchlist_id, bucket_start, mentions, width_seconds FROM watch_count"
                        + " WHERE width_seconds < ? AND bucket_start < ? ORDER BY bucket_start FETCH FIRST " + BATCH
                        + " ROWS ONLY FOR UPDATE")
                .params((int) into.toSeconds(), cutoff.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Row(
                        rs.getString("watchlist_id"),
                        rs.getObject("bucket_start", OffsetDateTime.class).toInstant(),
                        rs.getInt("width_seconds"),
                        rs.getLong("mentions")))
                .list();
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, Map<Instant, Long>> merged = new LinkedHashMap<>();
        for (Row row : rows) {
            merged.computeIfAbsent(row.watchlist(), id -> new LinkedHashMap<>())
                    .merge(Mentions.startOf(row.start(), into), row.mentions(), Long::sum);
            jdbc.sql("DELETE FROM watch_count WHERE watchlist_id = ? AND bucket_start = ? AND width_seconds = ?")
                    .params(row.watchlist(), row.start().atOffset(ZoneOffset.UTC), row.width())
                    .update();
        }
        merged.forEach((watchlist, buckets) ->
                buckets.forEach((start, count) -> mentions.count(watchlist, (int) into.toSeconds(), start, count)));
        return true;
    }
}
