package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which draft goes out to which network, and how far that has got. */
@Repository
public class Publications {

    /** One draft on one network. */
    public record Publication(
            long draftId,
            Network network,
            ApprovalProperties.Publisher publisher,
            @Nullable String contentHash,
            PublicationState state,
            int attempts,
            @Nullable String externalId,
            @Nullable String lastError) {

        boolean done() {
            return state == PublicationState.DONE;
        }

        boolean failed() {
            return state == PublicationState.FAILED;
        }
    }

    private final JdbcClient jdbc;

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the draft, as approved now, for every network without a row; a second call (a tick after a
     * restart) adds nothing. Returns how many were queued.
     */
    int queue(Draft draft, ApprovalProperties.Publishing publishing, Instant now) {
        int queued = 0;
        for (Network network : draft.networks()) {
            queued += jdbc.sql("INSERT INTO approval_publication (draft_id, network, publisher, content_hash, state,"
                            + " attempts, not_before) SELECT ?, ?, ?, ?, 'PENDING', 0, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM approval_publication WHERE draft_id = ? AND network = ?)")
                    .params(
                            draft.id(),
                            network.name(),
                            publishing.publisherOf(network).name(),
                            draft.contentHash(),
                            utc(now),
                            draft.id(),
                            network.name())
                    .update();
        }
        return queued;
    }

    /** Forgets what has not gone out yet, because the draft was changed, withdrawn or cancelled. */
    public void discardUnsent(long draftId) {
        jdbc.sql("DELETE FROM approval_publication WHERE draft_id = ? AND state <> 'DONE'")
                .param(draftId)
                .update();
    }

    /** Forgets one row that may no longer go out. */
    void discard(Publication publication) {
        jdbc.sql("DELETE FROM approval_publication WHERE draft_id = ? AND network = ? AND state <> 'DONE'")
                .params(publication.draftId(), publication.network().name())
                .update();
    }

    /** The due ones, oldest first; a row being sent by a crashed run becomes due again when its lease runs out. */
    List<Publication> due(Instant now) {
        return jdbc.sql("SELECT * FROM approval_publication WHERE state IN ('PENDING', 'SENDING') AND not_before <= ?"
                        + " ORDER BY draft_id, network")
                .param(utc(now))
                .query((rs, row) -> publication(rs))
                .list();
    }

    /** Takes a due row for sending; {@code false} if another run took it first. */
    boolean claim(Publication publication, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE approval_publication SET state = 'SENDING', not_before = ?, attempts = attempts + 1"
                                + " WHERE draft_id = ? AND network = ? AND state IN ('PENDING', 'SENDING')"
                                + " AND not_before <= ?")
                        .params(
                                utc(leaseUntil),
                                publication.draftId(),
                                publication.network().name(),
                                utc(now))
                        .update()
                == 1;
    }

    void done(Publication publication, @Nullable String externalId) {
        set(publication, PublicationState.DONE, null, externalId, null);
    }

    void retry(Publication publication, Instant notBefore, String error) {
        set(publication, PublicationState.PENDING, notBefore, null, error);
    }

    void failed(Publication publication, String error) {
        set(publication, PublicationState.FAILED, null, null, error);
    }

    /** Puts what failed for good back in line, due now; returns how many. */
    public int retryFailed(long draftId, Instant now) {
        return jdbc.sql("UPDATE approval_publication SET state = 'PENDING', not_before = ?, attempts = 0,"
                        + " last_error = NULL WHERE draft_id = ? AND state = 'FAILED'")
                .params(utc(now), draftId)
                .update();
    }

    /** The hand-over that was posted as message {@code messageId}, if any. */
    public java.util.Optional<Publication> handoverAt(String messageId) {
        return jdbc.sql("SELECT * FROM approval_publication WHERE publisher = 'HANDOVER' AND external_id = ?")
                .param(messageId)
                .query((rs, row) -> publication(rs))
                .optional();
    }

    List<Publication> of(long draftId) {
        return jdbc.sql("SELECT * FROM approval_publication WHERE draft_id = ? ORDER BY network")
                .param(draftId)
                .query((rs, row) -> publication(rs))
                .list();
    }

    private void set(
            Publication publication,
            PublicationState state,
            @Nullable Instant notBefore,
            @Nullable String externalId,
            @Nullable String error) {
        jdbc.sql("UPDATE approval_publication SET state = ?, not_before = COALESCE(?, not_before),"
                        + " external_id = COALESCE(?, external_id), last_error = ? WHERE draft_id = ? AND network = ?")
                .params(
                        state.name(),
                        utc(notBefore),
                        externalId,
                        error == null ? null : cut(error),
                        publication.draftId(),
                        publication.network().name())
                .update();
    }

    private static Publication publication(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Publication(
                rs.getLong("draft_id"),
                Network.valueOf(rs.getString("network")),
                ApprovalProperties.Publisher.valueOf(rs.getString("publisher")),
                rs.getString("content_hash"),
                PublicationState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getString("external_id"),
                rs.getString("last_error"));
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
