package io.socialdesk.approval.voting;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes on drafts, by reaction or button, and their withdrawal: checked against the policy's current step (who
 * may not vote is told why, privately), stored with an audit line, and then the draft moves as the votes say.
 */
@Service
public class Voting {

    private static final Logger log = LoggerFactory.getLogger(Voting.class);

    private final Drafts drafts;
    private final Votes votes;
    private final AuditTrail audit;
    private final Policies policies;
    private final ApprovalProgress progress;
    private final DraftNotices notices;
    private final DecisionEmojis emojis;
    private final Team team;
    private final Clock clock;

    Voting(
            Drafts drafts,
            Votes votes,
            AuditTrail audit,
            Policies policies,
            ApprovalProgress progress,
            DraftNotices notices,
            DecisionEmojis emojis,
            Team team,
            Clock clock) {
        this.drafts = drafts;
        this.votes = votes;
        this.audit = audit;
        this.policies = policies;
        this.progress = progress;
        this.notices = notices;
        this.emojis = emojis;
        this.team = team;
        this.clock = clock;
    }

    @Transactional
    public void cast(long draftId, UserRef user, Decision decision, ChannelRef channel) {
        Draft draft = drafts.lock(draftId).orElseThrow();
        Optional<Person> found = team.find(user);
        if (found.isEmpty()) {
            notices.privately(channel, user, "vote.unknown", user.platform().key(), user.id());
            return;
        }
        Person voter = found.get();
        if (draft.status().isFinal() || draft.status() == DraftStatus.DRAFT) {
            notices.privately(channel, user, "vote.closed", draft.id(), draft.status());
            return;
        }
        ApprovalRules rules = policies.rulesFor(draft);
        ApprovalRules.Evaluation before = rules.evaluate(draft.authorId(), draft.contentHash(), votes.of(draftId));
        Optional<ApprovalRules.Ineligibility> ineligible =
                rules.ineligibility(voter.id(), draft.authorId(), before.step());
        if (ineligible.isPresent()) {
            log.info("Ignored {} on draft #{} by {}: {}", decision, draft.id(), voter.id(), ineligible.get());
            ApprovalProperties.Step step = policies.of(draft).steps().get(before.step());
            notices.privately(
                    channel,
                    user,
                    "vote.ineligible." + ineligible.get().name().toLowerCase(Locale.ROOT),
                    draft.id(),
                    before.step() + 1,
                    step.group() == null ? "" : notices.groupName(step.group()),
                    String.join(", ", step.people().stream().map(notices::name).toList()));
            return;
        }
        Instant now = Instant.now(clock);
        if (!votes.add(draftId, new Vote(voter.id(), decision, before.step(), draft.contentHash(), now))) {
            return;
        }
        audit.record(draft, voter.id(), AuditAction.VOTED, decision.name(), now);
        if (decision == Decision.APPROVE) {
            notices.inThread(draft, "thread.approved", notices.name(voter.id()), before.step() + 1);
        }
        progress.reevaluate(draft, voter.id());
    }

    /** A vote on a card an edit replaced does not count; the person is told, privately, to vote on the new one. */
    @Transactional
    public void pointToCurrentCard(long draftId, UserRef user, ChannelRef channel) {
        notices.privately(channel, user, "vote.old-card", draftId);
    }

    /** Taking a reaction back withdraws that vote. */
    @Transactional
    public void withdraw(long draftId, UserRef user, Decision decision) {
        Optional<Person> voter = team.find(user);
        Draft draft = drafts.lock(draftId).orElseThrow();
        if (voter.isEmpty() || draft.status().isFinal()) {
            return;
        }
        if (votes.withdraw(draft.id(), voter.get().id(), decision, draft.contentHash())) {
            audit.record(draft, voter.get().id(), AuditAction.WITHDRAWN, decision.name(), Instant.now(clock));
            notices.inThread(
                    draft,
                    "thread.withdrawn",
                    notices.name(voter.get().id()),
                    emojis.emojiOf(decision).display());
            progress.reevaluate(draft, voter.get().id());
        }
    }
}
