package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.approval.card.DraftNotices;
import io.socialdesk.chat.Block;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import org.springframework.stereotype.Component;

/** The final text per network, ready to copy, in the card's thread; the author posts it by hand. */
@Component
class HandoverPublisher implements PostPublisher {

    private final ChatGateway chat;
    private final DraftNotices notices;

    HandoverPublisher(ChatGateway chat, DraftNotices notices) {
        this.chat = chat;
        this.notices = notices;
    }

    @Override
    public ApprovalProperties.Publisher kind() {
        return ApprovalProperties.Publisher.HANDOVER;
    }

    @Override
    public Publication publish(Draft draft, Network network) {
        if (draft.card() == null) {
            return Publication.failed("the draft has no approval card to hand over in");
        }
        Texts texts = notices.teamTexts();
        String title = texts.get("handover", network.displayName(), draft.id());
        OutgoingMessage message = OutgoingMessage.text(title)
                .with(new Block.Section(title))
                .with(new Block.Section("```" + draft.textFor(network) + "```"))
                .with(new Block.Context(texts.get("handover.confirm")));
        MessageRef posted = chat.replyInThread(draft.card(), message);
        return Publication.done(posted.id());
    }
}
