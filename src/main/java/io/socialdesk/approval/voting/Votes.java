package io.socialdesk.approval.voting;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The votes cast on drafts, each bound to the content it was cast on. */
@Repository
public class Votes {

    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a vote; {@code false} if the same vote is already there (a repeated reaction, or a button pressed
     * on top of a reaction, which makes the vote a button's, so taking the reaction back leaves it).
     */
    boolean add(long draftId, Vote vote, CastBy by) {
        boolean added = jdbc.sql(
                                "INSERT INTO approval_vote (draft_id, person_id, step, decision, content_hash, cast_at,"
                                        + " cast_by) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM approval_vote"
                                        + " WHERE draft_id = ? AND person_id = ? AND step = ? AND decision = ? AND content_hash = ?)")
                        .params(
                                draftId,
                                vote.personId(),
                                vote.step(),
                                vote.decision().name(),
                                vote.contentHash(),
                                vote.at().atOffset(ZoneOffset.UTC),
                                by.name(),
                                draftId,
                                vote.personId(),
                                vote.step(),
                                vote.decision().name(),
                                vote.contentHash())
                        .update()
                == 1;
        if (!added && by == CastBy.BUTTON) {
            jdbc.sql("UPDATE approval_vote SET cast_by = ? WHERE draft_id = ? AND person_id = ? AND step = ?"
                            + " AND decision = ? AND content_hash = ?")
                    .params(
                            by.name(),
                            draftId,
                            vote.personId(),
                            vote.step(),
                            vote.decision().name(),
                            vote.contentHash())
                    .update();
        }
        return added;
    }

    /**
     * Takes back the vote a person's reaction of one kind cast on the current content (a button's vote stays);
     * {@code false} if that reaction had cast none.
     */
    boolean withdrawReaction(long draftId, String personId, Decision decision, String contentHash) {
        return jdbc.sql("DELETE FROM approval_vote WHERE draft_id = ? AND person_id = ? AND decision = ?"
                                + " AND content_hash = ? AND cast_by = ?")
                        .params(draftId, personId, decision.name(), contentHash, CastBy.REACTION.name())
                        .update()
                > 0;
    }

    public List<Vote> of(long draftId) {
        return jdbc.sql("SELECT * FROM approval_vote WHERE draft_id = ? ORDER BY cast_at")
                .param(draftId)
                .query((rs, row) -> new Vote(
                        rs.getString("person_id"),
                        Decision.valueOf(rs.getString("decision")),
                        rs.getInt("step"),
                        rs.getString("content_hash"),
                        rs.getObject("cast_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
