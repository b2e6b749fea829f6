package io.socialdesk.approval.publishing;

import io.socialdesk.approval.ApprovalProperties;
import io.socialdesk.approval.Draft;
import io.socialdesk.approval.Network;
import io.socialdesk.chat.Block;
import io.socialdesk.chat.Channels;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.OutgoingMessage;
import org.springframework.stereotype.Component;

/** A post in one of the team's channels ({@code approval.publishing.chat-channel}). */
@Component
class ChannelPublisher implements PostPublisher {

    private final ChatGateway chat;
    private final Channels channels;
    private final ApprovalProperties properties;

    ChannelPublisher(ChatGateway chat, Channels channels, ApprovalProperties properties) {
        this.chat = chat;
        this.channels = channels;
        this.properties = properties;
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
                chat.post(channels.channel(properties.publishing().chatChannel()), message)
                        .id());
    }
}
