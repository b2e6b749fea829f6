package io.socialdesk.approval.deadlines;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.card.DraftCards;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.approval.voting.ApprovalRules;
import io.socialdesk.approval.voting.Policies;
import io.socialdesk.approval.voting.Votes;
import io.socialdesk.team.Group;
import io.socialdesk.team.Person;
import io.socialdesk.team.Role;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time limits on waiting drafts: one whose slot (less the margin) comes before its approval expires; pending
 * approvers are reminded twice after {@code remind-after} without progress, then the step's group lead (or the
 * admins) is asked to step in.
 */
@Service
public class Deadlines {

    private final Drafts drafts;
    private final Votes votes;
    private final AuditTrail audit;
    private final Policies policies;
    private final DraftCards cards;
    private final DraftNotices notices;
    private final ApprovalProperties properties;
    private final Team team;
    private final Clock clock;

    Deadlines(
            Drafts drafts,
            Votes votes,
            AuditTrail audit,
            Policies policies,
            DraftCards cards,
            DraftNotices notices,
            ApprovalProperties properties,
            Team team,
            Clock clock) {
        this.drafts = drafts;
        this.votes = votes;
        this.audit = audit;
        this.policies = policies;
        this.cards = cards;
        this.notices = notices;
        this.properties = properties;
        this.team = team;
        this.clock = clock;
    }

    /** Drafts still waiting for approval whose slot, less the margin, has come. */
    public List<Draft> overdue(Instant now) {
        return drafts.withStatus(DraftStatus.PENDING, DraftStatus.ON_HOLD, DraftStatus.CHANGES_REQUESTED).stream()
                .filter(draft -> Draft.isOverdue(draft.plannedAt(), properties.expiryMargin(), now))
                .toList();
    }

    @Transactional
    public void expire(long id) {
        Draft draft = drafts.lock(id).orElseThrow();
        Instant now = Instant.now(clock);
        if (!draft.status().canMoveTo(DraftStatus.EXPIRED)
                || !Draft.isOverdue(draft.plannedAt(), properties.expiryMargin(), now)) {
            return;
        }
        Draft expired = draft.withStatus(DraftStatus.EXPIRED, now);
        drafts.update(expired);
        audit.record(expired, AuditTrail.BOT, AuditAction.became(DraftStatus.EXPIRED), null, now);
        notices.inThread(expired, "thread.expired", id);
        notices.toAuthor(expired, "author.expired", id);
        cards.update(expired);
    }

    /** The drafts that wait for approval, for the scheduler to remind one by one. */
    public List<Long> pendingIds() {
        return drafts.withStatus(DraftStatus.PENDING).stream().map(Draft::id).toList();
    }

    @Transactional
    public void remind(long id) {
        Instant now = Instant.now(clock);
        Draft draft = drafts.lock(id).orElseThrow();
        if (draft.status() != DraftStatus.PENDING) {
            return;
        }
        List<AuditTrail.Entry> history = audit.history(draft.id());
        Instant lastActivity = history.stream()
                .filter(entry -> entry.action() != AuditAction.COMMENTED)
                .map(AuditTrail.Entry::at)
                .max(Instant::compareTo)
                .orElse(draft.createdAt());
        if (lastActivity.plus(properties.remindAfter()).isAfter(now)) {
            return;
        }
        ApprovalRules.Evaluation evaluation = policies.evaluate(draft, votes.of(draft.id()));
        if (countSinceLastProgress(history, AuditAction.REMINDED) < 2) {
            for (String approver : evaluation.stillPossible()) {
                notices.toPerson(
                        approver, "reminder", draft.id(), notices.name(draft.authorId()), evaluation.step() + 1);
            }
            audit.record(
                    draft, AuditTrail.BOT, AuditAction.REMINDED, String.join(",", evaluation.stillPossible()), now);
        } else if (countSinceLastProgress(history, AuditAction.ESCALATED) == 0) {
            escalate(draft, evaluation, now);
        }
    }

    private void escalate(Draft draft, ApprovalRules.Evaluation evaluation, Instant now) {
        List<String> leads = leadsFor(draft, evaluation.step());
        String waitingFor = String.join(
                ", ", evaluation.stillPossible().stream().map(notices::name).toList());
        for (String lead : leads) {
            notices.toPerson(
                    lead, "escalation", draft.id(), notices.name(draft.authorId()), evaluation.step() + 1, waitingFor);
        }
        audit.record(draft, AuditTrail.BOT, AuditAction.ESCALATED, String.join(",", leads), now);
        notices.inThread(
                draft,
                "thread.escalated",
                draft.id(),
                String.join(", ", leads.stream().map(notices::name).toList()));
    }

    private static long countSinceLastProgress(List<AuditTrail.Entry> history, AuditAction action) {
        long count = 0;
        for (AuditTrail.Entry entry : history) {
            if (entry.action().isProgress()) {
                count = 0;
            } else if (entry.action() == action) {
                count++;
            }
        }
        return count;
    }

    private List<String> leadsFor(Draft draft, int step) {
        ApprovalProperties.Step rule = policies.of(draft).steps().get(step);
        if (rule.group() != null) {
            Optional<String> lead = team.group(rule.group()).map(Group::lead);
            if (lead.isPresent()) {
                return List.of(lead.get());
            }
        }
        return team.people().stream()
                .filter(person -> person.has(Role.ADMIN))
                .map(Person::id)
                .toList();
    }
}
