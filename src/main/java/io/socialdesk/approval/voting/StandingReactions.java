package io.socialdesk.approval.voting;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Reactions given before their giver's step opened (legal reacting while marketing still decides): each casts its
 * vote, once, when the draft reaches a step its giver may vote on.
 */
@Component
class StandingReactions {

    private final Reactions reactions;
    private final Votes votes;
    private final AuditTrail audit;
    private final DraftNotices notices;
    private final Clock clock;

    StandingReactions(Reactions reactions, Votes votes, AuditTrail audit, DraftNotices notices, Clock clock) {
        this.reactions = reactions;
        this.votes = votes;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** Casts the votes of the standing reactions that may count on {@code step}; {@code true} if any did. */
    boolean countOn(Draft draft, ApprovalRules rules, int step) {
        if (draft.card() == null) {
            return false;
        }
        boolean counted = false;
        Instant now = Instant.now(clock);
        for (Reactions.Standing reaction :
                reactions.standing(draft.id(), draft.card().id(), draft.contentHash())) {
            if (rules.ineligibility(reaction.personId(), draft.authorId(), step).isPresent()) {
                continue;
            }
            Vote vote = new Vote(reaction.personId(), reaction.decision(), step, draft.contentHash(), now);
            if (votes.add(draft.id(), vote, CastBy.REACTION)) {
                audit.record(
                        draft,
                        reaction.personId(),
                        AuditAction.VOTED,
                        reaction.decision().name(),
                        now);
                if (reaction.decision() == Decision.APPROVE) {
                    notices.inThread(draft, "thread.approved", notices.name(reaction.personId()), step + 1);
                }
                counted = true;
            }
        }
        return counted;
    }
}
