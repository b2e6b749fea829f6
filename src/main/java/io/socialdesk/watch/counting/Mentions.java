package io.socialdesk.watch.counting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mentions of each watchlist and their counts per bucket. */
@Repository
public class Mentions {

    /** One stored mention, for an alert's list of top mentions. */
    public record Mention(String source, @Nullable String link, String title, String excerpt, Instant seenAt) {}

    /** A bucket's count. */
    public record Count(Instant bucketStart, long mentions) {}

    private final JdbcClient jdbc;

    Mentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a mention and counts it in its bucket, unless the same item was counted for this watchlist before;
     * {@code true} if it was new.
     */
    boolean add(String watchlist, String identity, Mention mention, String terms, Duration bucket) {
        String key = sha256(identity);
        int stored = jdbc.sql("INSERT INTO watch_mention (watchlist_id, mention_key, source, link, title, excerpt,"
                        + " terms, seen_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                        + " watch_mention WHERE watchlist_id = ? AND mention_key = ?)")
                .params(
                        watchlist,
                        key,
                        cut(mention.source(), 200),
                        mention.link() == null || mention.link().length() > 2000 ? null : mention.link(),
                        cut(mention.title(), 1000),
                        cut(mention.excerpt(), 1000),
                        cut(terms, 1000),
                        mention.seenAt().atOffset(ZoneOffset.UTC),
                        watchlist,
                        key)
                .update();
        if (stored == 0) {
            return false;
        }
        count(watchlist, (int) bucket.toSeconds(), startOf(mention.seenAt(), bucket), 1);
        return true;
    }

    /** Adds {@code mentions} to a bucket, creating it if needed (a concurrent creation is retried as an update). */
    void count(String watchlist, int widthSeconds, Instant start, long mentions) {
        if (increment(watchlist, widthSeconds, start, mentions)) {
            return;
        }
        try {
            jdbc.sql(
                            "INSERT INTO watch_count (watchlist_id, width_seconds, bucket_start, mentions) VALUES (?, ?, ?, ?)")
                    .params(watchlist, widthSeconds, start.atOffset(ZoneOffset.UTC), mentions)
                    .update();
        } catch (DuplicateKeyException raced) {
            increment(watchlist, widthSeconds, start, mentions);
        }
    }

    private boolean increment(String watchlist, int widthSeconds, Instant start, long mentions) {
        return jdbc.sql("UPDATE watch_count SET mentions = mentions + ? WHERE watchlist_id = ? AND width_seconds = ?"
                                + " AND bucket_start = ?")
                        .params(mentions, watchlist, widthSeconds, start.atOffset(ZoneOffset.UTC))
                        .update()
                > 0;
    }

    /** The counts of {@code watchlist}'s buckets of {@code width} starting in {@code [from, to)}; absent ones are 0. */
    public List<Count> counts(String watchlist, Duration width, Instant from, Instant to) {
        return jdbc.sql("SELECT bucket_start, mentions FROM watch_count WHERE watchlist_id = ? AND width_seconds = ?"
                        + " AND bucket_start >= ? AND bucket_start < ? ORDER BY bucket_start")
                .params(watchlist, (int) width.toSeconds(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Count(
                        rs.getObject("bucket_start", OffsetDateTime.class).toInstant(), rs.getLong("mentions")))
                .list();
    }

    /** The latest mentions of {@code watchlist} since {@code from}, newest first. */
    public List<Mention> latest(String watchlist, Instant from, int limit) {
        return jdbc
                .sql("SELECT source, link, title, excerpt, seen_at FROM watch_mention WHERE watchlist_id = ?"
                        + " AND seen_at >= ? ORDER BY seen_at DESC, id DESC")
                .params(watchlist, from.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Mention(
                        rs.getString("source"),
                        rs.getString("link"),
                        rs.getString("title"),
                        rs.getString("excerpt"),
                        rs.getObject("seen_at", OffsetDateTime.class).toInstant()))
                .stream()
                .limit(limit)
                .toList();
    }

    /** The start of the bucket of {@code width} that {@code at} falls in; buckets divide the hour, in UTC. */
    public static Instant startOf(Instant at, Duration width) {
        long seconds = width.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String sha256(String identity) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
