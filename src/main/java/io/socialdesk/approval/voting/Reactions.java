package io.socialdesk.approval.voting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's decision reactions on draft cards, as the platform last reported them. Slack and the local chat
 * may deliver an add and its removal late, twice or in either order; keeping the newest report by event time makes
 * the outcome the same whatever order they are handled in. Callers hold the draft's lock.
 */
@Repository
public class Reactions {

    /** A reaction on the card that has not cast its vote yet, because its giver's step had not opened. */
    record Standing(String personId, Decision decision) {}

    private record Known(boolean present, Instant at) {}

    private final JdbcClient jdbc;

    Reactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a reported reaction unless a newer report is known; {@code true} if this changes whether the
     * reaction is there. At the same instant a removal wins, so two reports of one moment end the same either way.
     */
    boolean report(
            long draftId,
            String card,
            String personId,
            Decision decision,
            boolean present,
            String contentHash,
            Instant at) {
        Optional<Known> known = jdbc.sql("SELECT present, reacted_at FROM approval_reaction WHERE draft_id = ?"
                        + " AND card_message = ? AND person_id = ? AND decision = ?")
                .params(draftId, card, personId, decision.name())
                .query((rs, row) -> new Known(
                        rs.getBoolean("present"),
                        rs.getObject("reacted_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (known.isEmpty()) {
            jdbc.sql("INSERT INTO approval_reaction (draft_id, card_message, person_id, decision, present,"
                            + " content_hash, reacted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(draftId, card, personId, decision.name(), present, contentHash, at.atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        }
        Known before = known.get();
        boolean newer = at.isAfter(before.at()) || (at.equals(before.at()) && before.present() && !present);
        if (!newer) {
            return false;
        }
        jdbc.sql("UPDATE approval_reaction SET present = ?, content_hash = ?, reacted_at = ? WHERE draft_id = ?"
                        + " AND card_message = ? AND person_id = ? AND decision = ?")
                .params(present, contentHash, at.atOffset(ZoneOffset.UTC), draftId, card, personId, decision.name())
                .update();
        return before.present() != present;
    }

    /** Reactions on {@code card}, given on its current content, that have not cast a vote on that content. */
    List<Standing> standing(long draftId, String card, String contentHash) {
        return jdbc.sql("SELECT r.person_id, r.decision FROM approval_reaction r WHERE r.draft_id = ?"
                        + " AND r.card_message = ? AND r.content_hash = ? AND r.present AND NOT EXISTS (SELECT 1"
                        + " FROM approval_vote v WHERE v.draft_id = r.draft_id AND v.person_id = r.person_id"
                        + " AND v.decision = r.decision AND v.content_hash = r.content_hash AND v.cast_by = ?)"
                        + " ORDER BY r.reacted_at")
                .params(draftId, card, contentHash, CastBy.REACTION.name())
                .query((rs, row) -> new Standing(rs.getString("person_id"), Decision.valueOf(rs.getString("decision"))))
                .list();
    }

    /**
     * Who shows the approve emoji on {@code card} for its current content without an approval of theirs counting
     * there: the author, people not (yet) in the step, so the card can tell them apart from the approvals.
     */
    public List<String> uncountedApprovals(long draftId, String card, String contentHash) {
        return jdbc.sql("SELECT r.person_id FROM approval_reaction r WHERE r.draft_id = ? AND r.card_message = ?"
                        + " AND r.content_hash = ? AND r.present AND r.decision = ? AND NOT EXISTS (SELECT 1"
                        + " FROM approval_vote v WHERE v.draft_id = r.draft_id AND v.person_id = r.person_id"
                        + " AND v.decision = r.decision AND v.content_hash = r.content_hash) ORDER BY r.reacted_at")
                .params(draftId, card, contentHash, Decision.APPROVE.name())
                .query(String.class)
                .list();
    }

    /** Whether anybody's decision reaction on {@code card} stands for its current content. */
    public boolean anyOn(long draftId, String card, String contentHash) {
        return jdbc.sql("SELECT COUNT(*) FROM approval_reaction WHERE draft_id = ? AND card_message = ?"
                                + " AND content_hash = ? AND present")
                        .params(draftId, card, contentHash)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
