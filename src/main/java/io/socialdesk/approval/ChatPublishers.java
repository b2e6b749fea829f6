package io.socialdesk.approval;

import io.socialdesk.chat.Block;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Texts;
import java.util.function.Supplier;

/** The publishers that stay in the chat: the hand-over to the author, and a post in a team channel. */
final class ChatPublishers {

    private ChatPublishers() {}

    /** The final text per network, ready to copy, in the card's thread; the author posts it by hand. */
    static final class Handover implements PostPublisher {

        private final ChatGateway chat;
        private final Supplier<Texts> texts;

        Handover(ChatGateway chat, Supplier<Texts> texts) {
            this.chat = chat;
            this.texts = texts;
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
            OutgoingMessage message = OutgoingMessage.text(
                            texts.get().get("handover", network.displayName(), draft.id()))
                    .with(new Block.Section(texts.get().get("handover", network.displayName(), draft.id())))
                    .with(new Block.Section("```" + draft.textFor(network) + "```"))
                    .with(new Block.Context(texts.get().get("handover.confirm")));
            MessageRef posted = chat.replyInThread(draft.card(), message);
            return Publication.done(posted.id());
        }
    }

    /** A post in one of the team's channels. */
    static final class ChannelPost implements PostPublisher {

        private final ChatGateway chat;
        private final Channels channels;
        private final String purpose;

        ChannelPost(ChatGateway chat, Channels channels, String purpose) {
            this.chat = chat;
            this.channels = channels;
            this.purpose = purpose;
        }

        @Override
        public ApprovalProperties.Publisher kind() {
            return ApprovalProperties.Publisher.CHAT;
        }

        @Override
        public Publication publish(Draft draft, Network network) {
            String text = draft.textFor(network);
            OutgoingMessage message = OutgoingMessage.text(text).with(new Block.Section(text));
            if (draft.imageUrl() != null) {
                message = message.with(new Block.Image(draft.imageUrl(), network.displayName()));
            }
            return Publication.done(
                    chat.post(channels.channel(purpose), message).id());
        }
    }
}
