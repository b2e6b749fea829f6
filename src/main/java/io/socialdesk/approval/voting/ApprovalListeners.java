package io.socialdesk.approval.voting;

import io.socialdesk.approval.Network;
import io.socialdesk.approval.card.ApprovalCard;
import io.socialdesk.approval.draft.Drafts;
import io.socialdesk.approval.publishing.HandoverConfirmations;
import io.socialdesk.approval.publishing.Publications;
import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.MessagePosted;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import io.socialdesk.chat.UserRef;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What people do on approval cards and hand-over messages. Every reaction in every channel passes here, so a
 * cheap check first picks those that mean something to the approval queue, inside the transaction that stores the
 * chat event, and queues what they mean (a vote cast on draft 7, a hand-over confirmed); the queue handles each in
 * a transaction of its own after the commit, retried if it fails. Other reactions cost a map look-up, or one
 * indexed query when the emoji is a decision.
 */
@Component
class ApprovalListeners {

    /** A decision by button on a draft's card. */
    record VoteCast(long draftId, UserRef user, Decision decision, ChannelRef channel) {}

    /** A decision's reaction added to ({@code present}) or taken off a draft's card, at the platform's time. */
    record ReactionChanged(
            long draftId, MessageRef card, UserRef user, Decision decision, boolean present, Instant at) {}

    /** The approve reaction on a hand-over message. */
    record HandoverConfirmed(long draftId, Network network, UserRef user) {}

    /** A decision's reaction on a card an edit replaced: it does not count, and the person is told where to vote. */
    record ReactionOnOldCard(long draftId, UserRef user, ChannelRef channel) {}

    /** A message in a draft's card thread. */
    record ThreadCommentPosted(long draftId, UserRef user, String text) {}

    private final Drafts drafts;
    private final Publications publications;
    private final DecisionEmojis emojis;
    private final ApplicationEventPublisher events;
    private final Voting voting;
    private final HandoverConfirmations handovers;
    private final ThreadComments comments;

    ApprovalListeners(
            Drafts drafts,
            Publications publications,
            DecisionEmojis emojis,
            ApplicationEventPublisher events,
            Voting voting,
            HandoverConfirmations handovers,
            ThreadComments comments) {
        this.drafts = drafts;
        this.publications = publications;
        this.emojis = emojis;
        this.events = events;
        this.voting = voting;
        this.handovers = handovers;
        this.comments = comments;
    }

    @EventListener
    void pick(ReactionAdded reaction) {
        Optional<Decision> decision = emojis.decisionOf(reaction.emoji());
        if (decision.isEmpty()) {
            return;
        }
        Optional<Long> draftId = drafts.idOfCard(reaction.message());
        if (draftId.isPresent()) {
            events.publishEvent(new ReactionChanged(
                    draftId.get(), reaction.message(), reaction.user(), decision.get(), true, reaction.occurredAt()));
            return;
        }
        Optional<Long> replaced = drafts.idOfSupersededCard(reaction.message());
        if (replaced.isPresent()) {
            events.publishEvent(new ReactionOnOldCard(
                    replaced.get(), reaction.user(), reaction.message().channel()));
        } else if (decision.get() == Decision.APPROVE) {
            publications
                    .handoverAt(reaction.message().id())
                    .ifPresent(handover -> events.publishEvent(
                            new HandoverConfirmed(handover.draftId(), handover.network(), reaction.user())));
        }
    }

    @EventListener
    void pick(ReactionRemoved reaction) {
        Optional<Decision> decision = emojis.decisionOf(reaction.emoji());
        if (decision.isPresent()) {
            drafts.idOfCard(reaction.message())
                    .ifPresent(draftId -> events.publishEvent(new ReactionChanged(
                            draftId,
                            reaction.message(),
                            reaction.user(),
                            decision.get(),
                            false,
                            reaction.occurredAt())));
        }
    }

    @EventListener
    void pick(ButtonClicked click) {
        Optional<Decision> decision = ApprovalCard.decisionOf(click.actionId());
        if (decision.isPresent()) {
            drafts.idOfCard(click.message())
                    .ifPresent(draftId -> events.publishEvent(new VoteCast(
                            draftId,
                            click.user(),
                            decision.get(),
                            click.message().channel())));
        }
    }

    @EventListener
    void pick(MessagePosted message) {
        if (message.threadParent() != null) {
            drafts.idOfCard(message.threadParent())
                    .ifPresent(draftId ->
                            events.publishEvent(new ThreadCommentPosted(draftId, message.user(), message.text())));
        }
    }

    @ApplicationModuleListener
    void on(VoteCast vote) {
        voting.cast(vote.draftId(), vote.user(), vote.decision(), vote.channel());
    }

    @ApplicationModuleListener
    void on(ReactionChanged reaction) {
        voting.react(
                reaction.draftId(),
                reaction.card(),
                reaction.user(),
                reaction.decision(),
                reaction.present(),
                reaction.at());
    }

    @ApplicationModuleListener
    void on(HandoverConfirmed confirmation) {
        handovers.confirm(confirmation.draftId(), confirmation.network(), confirmation.user());
    }

    @ApplicationModuleListener
    void on(ReactionOnOldCard reaction) {
        voting.pointToCurrentCard(reaction.draftId(), reaction.user(), reaction.channel());
    }

    @ApplicationModuleListener
    void on(ThreadCommentPosted comment) {
        comments.comment(comment.draftId(), comment.user(), comment.text());
    }
}
