package io.socialdesk.approval.draft;

import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.card.DraftCards;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.publishing.Publications;
import io.socialdesk.approval.voting.ApprovalProgress;
import io.socialdesk.approval.voting.Decision;
import io.socialdesk.approval.voting.Reactions;
import io.socialdesk.approval.voting.Vote;
import io.socialdesk.approval.voting.Votes;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * Changes to a submitted draft by its author (or an admin): a new text, a network's own version, or cancelling it.
 * A change to what approvers approve voids their votes and starts the flow over.
 */
@Service
class DraftChanges {

    private final Drafts drafts;
    private final Votes votes;
    private final Reactions reactions;
    private final AuditTrail audit;
    private final Publications publications;
    private final DraftCards cards;
    private final ApprovalProgress progress;
    private final DraftNotices notices;
    private final Clock clock;

    DraftChanges(
            Drafts drafts,
            Votes votes,
            Reactions reactions,
            AuditTrail audit,
            Publications publications,
            DraftCards cards,
            ApprovalProgress progress,
            DraftNotices notices,
            Clock clock) {
        this.drafts = drafts;
        this.votes = votes;
        this.reactions = reactions;
        this.audit = audit;
        this.publications = publications;
        this.cards = cards;
        this.progress = progress;
        this.notices = notices;
        this.clock = clock;
    }

    @RefusableTransaction
    public Draft edit(long id, Person editor, String text) {
        if (text.isBlank()) {
            throw new DraftRefusedException("draft.error.text", notices.commandRoot());
        }
        return change(id, editor, draft -> draft.withText(text.strip(), Instant.now(clock)));
    }

    /** Gives {@code network} its own version of the text; a blank text goes back to the common one. */
    @RefusableTransaction
    public Draft editVariant(long id, Person editor, Network network, String text) {
        return change(id, editor, draft -> {
            if (!draft.networks().contains(network)) {
                throw new DraftRefusedException("draft.error.variant-network", id, network.displayName());
            }
            return draft.withVariant(network, text, Instant.now(clock));
        });
    }

    @RefusableTransaction
    public Draft cancel(long id, Person actor) {
        Draft draft = lockChangeable(id, actor, DraftStatus.CANCELLED);
        Instant now = Instant.now(clock);
        Draft cancelled = draft.withStatus(DraftStatus.CANCELLED, now);
        publications.discardUnsent(id);
        drafts.update(cancelled);
        audit.record(cancelled, actor.id(), AuditAction.CANCELLED, null, now);
        notices.inThread(cancelled, "thread.cancelled", notices.name(actor.id()));
        cards.update(cancelled);
        return cancelled;
    }

    /** Tries the networks that failed for good once more, at the next tick. */
    @RefusableTransaction
    public Draft retry(long id, Person actor) {
        Draft draft = lockChangeable(id, actor, DraftStatus.SCHEDULED);
        if (draft.status() != DraftStatus.FAILED) {
            throw new DraftRefusedException("draft.error.state", id, draft.status());
        }
        Instant now = Instant.now(clock);
        publications.retryFailed(id, now);
        Draft retried = draft.withStatus(DraftStatus.SCHEDULED, now);
        drafts.update(retried);
        audit.record(retried, actor.id(), AuditAction.RETRIED, null, now);
        notices.inThread(retried, "thread.retried", id, notices.name(actor.id()));
        cards.update(retried);
        return retried;
    }

    /** A change to what approvers approve: votes are void, the flow starts over, and the thread is told. */
    private Draft change(long id, Person editor, UnaryOperator<Draft> change) {
        Draft draft = lockChangeable(id, editor, DraftStatus.PENDING);
        Instant now = Instant.now(clock);
        List<Vote> valid = votes.of(id).stream()
                .filter(vote -> vote.contentHash().equals(draft.contentHash()))
                .toList();
        boolean hadApprovals = valid.stream().anyMatch(vote -> vote.decision() == Decision.APPROVE);
        Draft edited = change.apply(draft).withStatus(DraftStatus.PENDING, now);
        publications.discardUnsent(id);
        audit.record(edited, editor.id(), AuditAction.EDITED, null, now);
        notices.inThread(edited, hadApprovals ? "thread.edited.voided" : "thread.edited", notices.name(editor.id()));
        MessageRef old = edited.card();
        boolean reacted = old != null && reactions.anyOn(id, old.id(), draft.contentHash());
        if (!valid.isEmpty() || reacted) {
            // the old card still carries everybody's reactions; a fresh card lets them react to the new text
            edited = edited.withCard(cards.replace(edited));
            if (old != null) {
                drafts.supersede(old, id);
            }
        }
        drafts.update(edited);
        drafts.updateVariants(edited);
        progress.reevaluate(edited, editor.id());
        return drafts.find(id).orElseThrow();
    }

    /** The draft, locked, if {@code actor} may move it to {@code target}; refused with the reason otherwise. */
    private Draft lockChangeable(long id, Person actor, DraftStatus target) {
        Draft draft = drafts.lock(id).orElseThrow(() -> new DraftRefusedException("draft.error.not-found", id));
        if (!actor.id().equals(draft.authorId()) && !actor.has(Role.ADMIN)) {
            throw new DraftRefusedException("draft.error.not-yours", draft.id());
        }
        boolean stays = target == DraftStatus.PENDING && draft.status() == DraftStatus.PENDING;
        if (!draft.status().canMoveTo(target) && !stays) {
            throw new DraftRefusedException("draft.error.state", id, draft.status());
        }
        return draft;
    }
}
