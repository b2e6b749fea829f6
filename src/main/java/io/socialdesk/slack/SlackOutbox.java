package io.socialdesk.slack;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue of what the bot is about to say on Slack. Entries of one queue (a channel, or a person's direct
 * messages) are delivered strictly in order, by one replica at a time.
 */
@Repository
class SlackOutbox {

    /** One queued call, due at {@code notBefore}. */
    record Entry(long seq, String queue, SlackCall call, int attempts, Instant notBefore) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SlackOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues {@code call} at the end of its queue, in the caller's transaction if there is one. */
    void enqueue(SlackCall call) {
        OffsetDateTime now = utc(Instant.now(clock));
        jdbc.sql("INSERT INTO slack_outbox (queue, kind, message_id, target_id, channel, user_id, text, blocks, emoji,"
                        + " file_name, file_bytes, state, attempts, not_before, created_at) VALUES (:queue, :kind,"
                        + " :message_id, :target_id, :channel, :user_id, :text, :blocks, :emoji, :file_name,"
                        + " :file_bytes, 'PENDING', 0, :now, :now)")
                .paramSource(SlackOutboxColumns.of(call)
                        .addValue("queue", call.queue())
                        .addValue("now", now))
                .update();
    }

    /** The oldest pending entry of every queue: only these may be delivered now, to keep each queue in order. */
    List<Entry> headsOfQueues() {
        return jdbc.sql("SELECT * FROM slack_outbox o WHERE state = 'PENDING' AND seq = (SELECT MIN(seq) FROM"
                        + " slack_outbox p WHERE p.state = 'PENDING' AND p.queue = o.queue) ORDER BY seq")
                .query(SlackOutbox::entry)
                .list();
    }

    /** The oldest pending entry of one queue, read again once the queue is ours. */
    Optional<Entry> headOf(String queue) {
        return jdbc.sql("SELECT * FROM slack_outbox WHERE state = 'PENDING' AND queue = ? ORDER BY seq"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param(queue)
                .query(SlackOutbox::entry)
                .optional();
    }

    /**
     * Takes, or extends, the lease on delivering {@code queue}: {@code false} while another replica holds it. Runs
     * outside any transaction, so a lease is visible to the other replicas at once.
     */
    boolean claim(String queue, String owner, Instant leaseUntil) {
        OffsetDateTime now = utc(Instant.now(clock));
        int taken = jdbc.sql("UPDATE slack_queue SET owner = ?, lease_until = ? WHERE queue = ?"
                        + " AND (owner = ? OR lease_until < ?)")
                .params(owner, utc(leaseUntil), queue, owner, now)
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO slack_queue (queue, owner, lease_until) VALUES (?, ?, ?)")
                    .params(queue, owner, utc(leaseUntil))
                    .update();
            return true;
        } catch (DuplicateKeyException ex) {
            // another replica holds it (or took it in the same instant)
            return false;
        }
    }

    /** Gives up every lease of {@code owner}, so another replica may deliver those queues at once. */
    void release(String owner) {
        jdbc.sql("DELETE FROM slack_queue WHERE owner = ?").param(owner).update();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("seq"),
                rs.getString("queue"),
                SlackOutboxColumns.call(rs),
                rs.getInt("attempts"),
                rs.getObject("not_before", OffsetDateTime.class).toInstant());
    }

    void delivered(Entry entry) {
        jdbc.sql("UPDATE slack_outbox SET state = 'SENT', file_bytes = NULL, attempts = attempts + 1 WHERE seq = ?")
                .param(entry.seq())
                .update();
    }

    /** Try again at {@code notBefore}; a rate limit does not count as a failed attempt. */
    void postpone(Entry entry, Instant notBefore, String reason, boolean countAttempt) {
        jdbc.sql("UPDATE slack_outbox SET not_before = ?, last_error = ?, attempts = attempts + ? WHERE seq = ?")
                .params(utc(notBefore), cut(reason), countAttempt ? 1 : 0, entry.seq())
                .update();
    }

    /** Slack refused it for good (e.g. an unknown channel); kept, with the reason, for people to look at. */
    void failed(Entry entry, String reason) {
        jdbc.sql("UPDATE slack_outbox SET state = 'FAILED', last_error = ?, attempts = attempts + 1 WHERE seq = ?")
                .params(cut(reason), entry.seq())
                .update();
    }

    /** Whether the call that was to post our message {@code id} failed for good. */
    boolean failedMessage(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM slack_outbox WHERE message_id = ? AND state = 'FAILED'")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
