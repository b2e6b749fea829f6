package io.socialdesk.approval;

import io.socialdesk.chat.ButtonClicked;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.MessagePosted;
import io.socialdesk.chat.ReactionAdded;
import io.socialdesk.chat.ReactionRemoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What people do on approval cards and hand-over messages. Every reaction in every channel passes here, so a
 * cheap look-up first picks those on the bot's approval messages, inside the transaction that stores the chat
 * event; only those are queued (and persisted) for the approval queue, which handles each in a transaction of its
 * own after the commit, retried if it fails. A busy channel's other reactions cost one indexed query.
 */
@Component
class ApprovalListeners {

    /** A reaction on an approval card or a hand-over message. */
    record CardReactionAdded(ReactionAdded reaction) {}

    /** A reaction taken back on an approval card. */
    record CardReactionRemoved(ReactionRemoved reaction) {}

    /** A button pressed on an approval card. */
    record CardButtonClicked(ButtonClicked click) {}

    /** A message in an approval card's thread. */
    record CardThreadMessage(MessagePosted message) {}

    private final DraftService drafts;
    private final Drafts cards;
    private final Publications publications;
    private final ApplicationEventPublisher events;
    private final Emoji approve;

    ApprovalListeners(
            DraftService drafts,
            Drafts cards,
            Publications publications,
            ApplicationEventPublisher events,
            ApprovalProperties properties) {
        this.drafts = drafts;
        this.cards = cards;
        this.publications = publications;
        this.events = events;
        this.approve = Emoji.of(properties.reactions().get(Decision.APPROVE));
    }

    @EventListener
    void pick(ReactionAdded reaction) {
        // only the approve emoji confirms a hand-over, so other reactions skip that second look-up
        if (cards.idOfCard(reaction.message()).isPresent()
                || (reaction.emoji().equals(approve)
                        && publications.handoverAt(reaction.message().id()).isPresent())) {
            events.publishEvent(new CardReactionAdded(reaction));
        }
    }

    @EventListener
    void pick(ReactionRemoved reaction) {
        if (cards.idOfCard(reaction.message()).isPresent()) {
            events.publishEvent(new CardReactionRemoved(reaction));
        }
    }

    @EventListener
    void pick(ButtonClicked click) {
        if (cards.idOfCard(click.message()).isPresent()) {
            events.publishEvent(new CardButtonClicked(click));
        }
    }

    @EventListener
    void pick(MessagePosted message) {
        if (message.threadParent() != null
                && cards.idOfCard(message.threadParent()).isPresent()) {
            events.publishEvent(new CardThreadMessage(message));
        }
    }

    @ApplicationModuleListener
    void on(CardReactionAdded added) {
        drafts.react(
                added.reaction().message(),
                added.reaction().user(),
                added.reaction().emoji());
    }

    @ApplicationModuleListener
    void on(CardReactionRemoved removed) {
        drafts.unreact(
                removed.reaction().message(),
                removed.reaction().user(),
                removed.reaction().emoji());
    }

    @ApplicationModuleListener
    void on(CardButtonClicked clicked) {
        drafts.click(clicked.click());
    }

    @ApplicationModuleListener
    void on(CardThreadMessage posted) {
        drafts.comment(
                posted.message().threadParent(),
                posted.message().user(),
                posted.message().text());
    }
}
