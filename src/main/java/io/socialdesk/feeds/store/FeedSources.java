package io.socialdesk.feeds.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feeds the bot reads and their polling state. A due feed is claimed by moving its {@code next_poll_at} past
 * now with a conditional update: of several replicas that saw it due, exactly one changes the row.
 */
@Repository
public class FeedSources {

    private final JdbcClient jdbc;

    public FeedSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new feed is: its address, topics and interval. */
    public record Definition(String id, URI url, List<String> topics, Duration pollInterval) {
        public Definition {
            topics = List.copyOf(topics);
        }
    }

    /**
     * Writes a feed of {@code bot-config.yml}: a new one is due at {@code firstPoll}; a known one takes the file's
     * address, topics and interval (a new address starts over: its first poll is history again). Feeds added in
     * chat with the same id keep theirs.
     */
    public void seed(Definition feed, Instant now, Instant firstPoll) {
        Optional<FeedSource> known = find(feed.id());
        if (known.isEmpty()) {
            insert(feed, FeedOrigin.CONFIG, null, now, firstPoll);
            return;
        }
        if (known.get().origin() != FeedOrigin.CONFIG) {
            return;
        }
        boolean moved = !known.get().url().equals(feed.url());
        jdbc.sql("UPDATE feeds_source SET url = ?, topics = ?, poll_seconds = ?, etag = CASE WHEN ? THEN NULL ELSE"
                        + " etag END, last_modified = CASE WHEN ? THEN NULL ELSE last_modified END, polled_once ="
                        + " CASE WHEN ? THEN FALSE ELSE polled_once END WHERE id = ?")
                .params(
                        feed.url().toString(),
                        String.join(",", feed.topics()),
                        (int) feed.pollInterval().toSeconds(),
                        moved,
                        moved,
                        moved,
                        feed.id())
                .update();
        if (moved) {
            jdbc.sql("DELETE FROM feeds_seen_item WHERE feed_id = ?")
                    .param(feed.id())
                    .update();
        }
    }

    /** Forgets the feeds of {@code bot-config.yml} that the file no longer lists; how many there were. */
    public int retainConfigured(List<String> ids) {
        List<String> gone = jdbc
                .sql("SELECT id FROM feeds_source WHERE origin = ?")
                .param(FeedOrigin.CONFIG.name())
                .query(String.class)
                .list()
                .stream()
                .filter(id -> !ids.contains(id))
                .toList();
        gone.forEach(this::remove);
        return gone.size();
    }

    /** Adds a feed from chat, due at once; {@code false} if the id is taken. */
    public boolean add(Definition feed, String addedBy, Instant now) {
        try {
            insert(feed, FeedOrigin.CHAT, addedBy, now, now);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Removes a feed and what it has seen; {@code false} if there was none. */
    public boolean remove(String id) {
        jdbc.sql("DELETE FROM feeds_seen_item WHERE feed_id = ?").param(id).update();
        return jdbc.sql("DELETE FROM feeds_source WHERE id = ?").param(id).update() > 0;
    }

    /** Makes a feed due at once, e.g. a DISABLED one someone added again; it stays DISABLED until a poll works. */
    public void pollSoon(String id, Instant now) {
        jdbc.sql("UPDATE feeds_source SET next_poll_at = ? WHERE id = ?")
                .params(utc(now), id)
                .update();
    }

    public Optional<FeedSource> find(String id) {
        return jdbc.sql("SELECT * FROM feeds_source WHERE id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    public Optional<FeedSource> findByUrl(URI url) {
        return jdbc.sql("SELECT * FROM feeds_source WHERE url = ?").param(url.toString()).query(this::row).stream()
                .findFirst();
    }

    /** Every feed, by id. */
    public List<FeedSource> all() {
        return jdbc.sql("SELECT * FROM feeds_source ORDER BY id")
                .query(this::row)
                .list();
    }

    /** The ids of up to {@code limit} feeds due at {@code now}, the longest waiting first. */
    public List<String> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM feeds_source WHERE next_poll_at <= ? ORDER BY next_poll_at, id FETCH FIRST "
                        + limit + " ROWS ONLY")
                .param(utc(now))
                .query(String.class)
                .list();
    }

    /**
     * Claims a due feed for one poll: its next poll moves to {@code leaseUntil}, so no other replica takes it and
     * a poll that dies with its replica is retried then. The feed as claimed, or empty if another replica was first.
     */
    public Optional<FeedSource> claim(String id, Instant now, Instant leaseUntil) {
        int claimed = jdbc.sql("UPDATE feeds_source SET next_poll_at = ? WHERE id = ? AND next_poll_at <= ?")
                .params(utc(leaseUntil), id, utc(now))
                .update();
        return claimed == 1 ? find(id) : Optional.empty();
    }

    /** A poll worked: the feed is OK, with the response's validators, due again at {@code next}. */
    public void succeeded(
            String id, @Nullable String etag, @Nullable String lastModified, int itemCount, Instant now, Instant next) {
        jdbc.sql("UPDATE feeds_source SET etag = ?, last_modified = ?, last_item_count = ?, polled_once = TRUE,"
                        + " consecutive_failures = 0, health_since = CASE WHEN health = ? THEN health_since ELSE ? END,"
                        + " health = ?, health_reason = NULL, last_success_at = ?, next_poll_at = ? WHERE id = ?")
                .params(
                        cut(etag, 500),
                        cut(lastModified, 100),
                        itemCount,
                        FeedHealth.OK.name(),
                        utc(now),
                        FeedHealth.OK.name(),
                        utc(now),
                        utc(next),
                        id)
                .update();
    }

    /** The server said the feed has not changed since the last poll (304). */
    public void notModified(String id, Instant now, Instant next) {
        jdbc.sql("UPDATE feeds_source SET consecutive_failures = 0, health_since = CASE WHEN health = ? THEN"
                        + " health_since ELSE ? END, health = ?, health_reason = NULL, last_success_at = ?,"
                        + " next_poll_at = ? WHERE id = ?")
                .params(FeedHealth.OK.name(), utc(now), FeedHealth.OK.name(), utc(now), utc(next), id)
                .update();
    }

    /** A poll failed: the feed's count of failures in a row, its health now and why, and when it is tried again. */
    public void failed(String id, int failures, FeedHealth health, String reason, Instant now, Instant next) {
        jdbc.sql("UPDATE feeds_source SET consecutive_failures = ?, health_since = CASE WHEN health = ? THEN"
                        + " health_since ELSE ? END, health = ?, health_reason = ?, next_poll_at = ? WHERE id = ?")
                .params(failures, health.name(), utc(now), health.name(), shorten(reason), utc(next), id)
                .update();
    }

    private void insert(Definition feed, FeedOrigin origin, @Nullable String addedBy, Instant now, Instant due) {
        jdbc.sql("INSERT INTO feeds_source (id, url, topics, poll_seconds, origin, added_by, added_at, next_poll_at,"
                        + " polled_once, consecutive_failures, health, health_since, last_item_count)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, ?, ?, 0)")
                .params(
                        feed.id(),
                        feed.url().toString(),
                        String.join(",", feed.topics()),
                        (int) feed.pollInterval().toSeconds(),
                        origin.name(),
                        addedBy,
                        utc(now),
                        utc(due),
                        FeedHealth.OK.name(),
                        utc(now))
                .update();
    }

    private FeedSource row(ResultSet rs, int row) throws SQLException {
        String topics = rs.getString("topics");
        return new FeedSource(
                rs.getString("id"),
                URI.create(rs.getString("url")),
                topics.isEmpty() ? List.of() : Arrays.asList(topics.split(",")),
                Duration.ofSeconds(rs.getInt("poll_seconds")),
                FeedOrigin.valueOf(rs.getString("origin")),
                rs.getString("added_by"),
                instant(rs, "added_at"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                instant(rs, "next_poll_at"),
                rs.getBoolean("polled_once"),
                rs.getInt("consecutive_failures"),
                FeedHealth.valueOf(rs.getString("health")),
                rs.getString("health_reason"),
                instant(rs, "health_since"),
                nullableInstant(rs, "last_success_at"),
                rs.getInt("last_item_count"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }

    // a validator cut short would never match; better none
    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : null;
    }
}
