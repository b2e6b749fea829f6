package io.socialdesk.approval.voting;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.card.AuthorNotices;
import io.socialdesk.approval.card.DraftCards;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.approval.publishing.Publications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a draft as its votes say, once they have changed: applies the policy to the votes stored now (and to the
 * reactions that were waiting for the step just reached), records and
 * announces the new state (in the thread and to the author), schedules an approved draft with a time, and shows
 * the result on the card.
 */
@Component
public class ApprovalProgress {

    private static final Logger log = LoggerFactory.getLogger(ApprovalProgress.class);

    private final Drafts drafts;
    private final Votes votes;
    private final StandingReactions standing;
    private final AuditTrail audit;
    private final Publications publications;
    private final Policies policies;
    private final DraftCards cards;
    private final DraftNotices notices;
    private final AuthorNotices authorNotices;
    private final Clock clock;

    ApprovalProgress(
            Drafts drafts,
            Votes votes,
            StandingReactions standing,
            AuditTrail audit,
            Publications publications,
            Policies policies,
            DraftCards cards,
            DraftNotices notices,
            AuthorNotices authorNotices,
            Clock clock) {
        this.drafts = drafts;
        this.votes = votes;
        this.standing = standing;
        this.audit = audit;
        this.publications = publications;
        this.policies = policies;
        this.cards = cards;
        this.notices = notices;
        this.authorNotices = authorNotices;
        this.clock = clock;
    }

    public void reevaluate(Draft draft, String actorId) {
        ApprovalRules rules = policies.rulesFor(draft);
        List<Vote> cast = votes.of(draft.id());
        ApprovalRules.Evaluation evaluation = rules.evaluate(draft.authorId(), draft.contentHash(), cast);
        // each pass casts at least one reaction's only vote, so this ends
        while (evaluation.outcome() == ApprovalRules.Evaluation.Outcome.PENDING
                && standing.countOn(draft, rules, evaluation.step())) {
            cast = votes.of(draft.id());
            evaluation = rules.evaluate(draft.authorId(), draft.contentHash(), cast);
        }
        DraftStatus target = statusFor(evaluation.outcome());
        Draft current = draft;
        boolean alreadyScheduled = target == DraftStatus.APPROVED && draft.status() == DraftStatus.SCHEDULED;
        if (target != draft.status() && !alreadyScheduled) {
            Instant now = Instant.now(clock);
            // whatever was waiting to go out no longer has the approval it was queued with
            publications.discardUnsent(draft.id());
            current = moveTowards(draft, target, now);
            if (current.status() == DraftStatus.APPROVED && current.plannedAt() != null) {
                audit.record(current, actorId, AuditAction.became(DraftStatus.APPROVED), null, now);
                announce(current, evaluation);
                current = current.withStatus(DraftStatus.SCHEDULED, now);
                audit.record(current, actorId, AuditAction.became(DraftStatus.SCHEDULED), null, now);
            } else {
                audit.record(current, actorId, AuditAction.became(current.status()), null, now);
                announce(current, evaluation);
            }
            drafts.update(current);
            // told once things are quiet, so a burst of votes ends in one message about where the draft stands
            authorNotices.changed(current, actorId);
        }
        cards.update(current, cast, evaluation);
    }

    private static DraftStatus statusFor(ApprovalRules.Evaluation.Outcome outcome) {
        return switch (outcome) {
            case PENDING -> DraftStatus.PENDING;
            case APPROVED -> DraftStatus.APPROVED;
            case REJECTED -> DraftStatus.REJECTED;
            case CHANGES_REQUESTED -> DraftStatus.CHANGES_REQUESTED;
            case ON_HOLD -> DraftStatus.ON_HOLD;
        };
    }

    /** Some targets are reached through PENDING, e.g. a lifted hold on a fully approved draft. */
    private static Draft moveTowards(Draft draft, DraftStatus target, Instant now) {
        if (draft.status().canMoveTo(target)) {
            return draft.withStatus(target, now);
        }
        return draft.withStatus(DraftStatus.PENDING, now).withStatus(target, now);
    }

    private void announce(Draft draft, ApprovalRules.Evaluation evaluation) {
        String stoppedBy = evaluation.stoppedBy() == null
                ? ""
                : notices.name(evaluation.stoppedBy().personId());
        String root = notices.commandRoot();
        switch (draft.status()) {
            case APPROVED -> notices.inThread(draft, "thread.decision.approved", draft.id());
            case REJECTED -> notices.inThread(draft, "thread.decision.rejected", draft.id(), stoppedBy);
            case CHANGES_REQUESTED -> notices.inThread(draft, "thread.decision.changes", draft.id(), stoppedBy, root);
            case ON_HOLD -> notices.inThread(draft, "thread.decision.hold", draft.id(), stoppedBy);
            case PENDING -> notices.inThread(draft, "thread.decision.pending", draft.id(), evaluation.step() + 1);
            default -> log.debug("Draft #{} is now {}", draft.id(), draft.status());
        }
    }
}
