package io.socialdesk.approval.voting;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.DraftStatus;
import io.socialdesk.approval.card.DraftCards;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.approval.draft.AuditAction;
import io.socialdesk.approval.draft.AuditTrail;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.UserRef;
import io.socialdesk.team.Person;
import io.socialdesk.team.Team;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
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
    private final Reactions reactions;
    private final AuditTrail audit;
    private final Policies policies;
    private final ApprovalProgress progress;
    private final DraftNotices notices;
    private final DraftCards cards;
    private final DecisionEmojis emojis;
    private final Team team;
    private final Clock clock;

    Voting(
            Drafts drafts,
            Votes votes,
            Reactions reactions,
            AuditTrail audit,
            Policies policies,
            ApprovalProgress progress,
            DraftNotices notices,
            DraftCards cards,
            DecisionEmojis emojis,
            Team team,
            Clock clock) {
        this.drafts = drafts;
        this.votes = votes;
        this.reactions = reactions;
        this.audit = audit;
        this.policies = policies;
        this.progress = progress;
        this.notices = notices;
        this.cards = cards;
        this.emojis = emojis;
        this.team = team;
        this.clock = clock;
    }

    /** A button pressed on a draft's card: a vote that stays until the person votes otherwise. */
    @Transactional
    public void cast(long draftId, UserRef user, Decision decision, ChannelRef channel) {
        Draft draft = drafts.lock(draftId).orElseThrow();
        Optional<Person> voter = team.find(user);
        if (voter.isEmpty()) {
            notices.privately(channel, user, "vote.unknown", user.platform().key(), user.id());
            return;
        }
        castIfEligible(draft, voter.get(), user, decision, channel, CastBy.BUTTON);
    }

    /**
     * A decision reaction added to or taken off {@code card}, as the platform reported it at {@code at}. Only the
     * newest report per person and emoji counts, so the vote ends as the card shows it in whatever order the
     * reports come; a reaction given before its giver's step opened counts when that step is reached.
     */
    @Transactional
    public void react(long draftId, MessageRef card, UserRef user, Decision decision, boolean present, Instant at) {
        Draft draft = drafts.lock(draftId).orElseThrow();
        if (!card.equals(draft.card())) {
            if (present) {
                pointToCurrentCard(draftId, user, card.channel());
            }
            return;
        }
        Optional<Person> voter = team.find(user);
        if (voter.isEmpty()) {
            if (present) {
                notices.privately(
                        card.channel(), user, "vote.unknown", user.platform().key(), user.id());
            }
            return;
        }
        boolean changed =
                reactions.report(draftId, card.id(), voter.get().id(), decision, present, draft.contentHash(), at);
        if (!changed) {
            return;
        }
        if (present) {
            castIfEligible(draft, voter.get(), user, decision, card.channel(), CastBy.REACTION);
        } else {
            withdraw(draft, voter.get(), decision);
        }
    }

    private void castIfEligible(
            Draft draft, Person voter, UserRef user, Decision decision, ChannelRef channel, CastBy by) {
        if (draft.status().isFinal() || draft.status() == DraftStatus.DRAFT) {
            notices.privately(channel, user, "vote.closed", draft.id(), draft.status());
            return;
        }
        ApprovalRules rules = policies.rulesFor(draft);
        ApprovalRules.Evaluation before = rules.evaluate(draft.authorId(), draft.contentHash(), votes.of(draft.id()));
        Optional<ApprovalRules.Ineligibility> ineligible =
                rules.ineligibility(voter.id(), draft.authorId(), before.step());
        if (ineligible.isPresent()) {
            log.info("Ignored {} on draft #{} by {} for now: {}", decision, draft.id(), voter.id(), ineligible.get());
            OptionalInt later = by == CastBy.REACTION
                    ? rules.laterStepFor(voter.id(), draft.authorId(), before.step())
                    : OptionalInt.empty();
            if (by == CastBy.REACTION) {
                // the card names the reactions that do not count
                cards.update(draft);
            }
            if (later.isPresent()) {
                notices.privately(channel, user, "vote.early", draft.id(), later.getAsInt() + 1);
                return;
            }
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
        if (!votes.add(draft.id(), new Vote(voter.id(), decision, before.step(), draft.contentHash(), now), by)) {
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

    /** Taking a reaction back withdraws the vote that reaction cast, and nothing else. */
    private void withdraw(Draft draft, Person voter, Decision decision) {
        if (draft.status().isFinal()) {
            return;
        }
        if (votes.withdrawReaction(draft.id(), voter.id(), decision, draft.contentHash())) {
            audit.record(draft, voter.id(), AuditAction.WITHDRAWN, decision.name(), Instant.now(clock));
            notices.inThread(
                    draft,
                    "thread.withdrawn",
                    notices.name(voter.id()),
                    emojis.emojiOf(decision).display());
            progress.reevaluate(draft, voter.id());
        } else {
            cards.update(draft);
        }
    }
}
