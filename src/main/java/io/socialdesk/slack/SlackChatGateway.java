package io.socialdesk.slack;

import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.ChatImage;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.ConnectionState;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.Form;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bot's voice on Slack. Every call is queued in the outbox (in the caller's transaction, if any) and answered
 * at once with our own id for the message; {@link SlackConnection} delivers the queue in order. So a feature that
 * stores a draft and posts it either does both or neither, and a Slack outage delays messages but loses none.
 */
class SlackChatGateway implements ChatGateway {

    private final SlackOutbox outbox;
    private final SlackConnection connection;
    private final String closeLabel;

    SlackChatGateway(SlackOutbox outbox, SlackConnection connection, String closeLabel) {
        this.outbox = outbox;
        this.connection = connection;
        this.closeLabel = closeLabel;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    @Transactional
    public MessageRef post(ChannelRef channel, OutgoingMessage message) {
        String id = newId();
        enqueue(new SlackCall.Post(id, channel.id(), text(message), blocks(message)));
        return new MessageRef(channel, id);
    }

    @Override
    @Transactional
    public void update(MessageRef message, OutgoingMessage replacement) {
        enqueue(new SlackCall.Update(
                message.id(), message.channel().id(), text(replacement), replacementBlocks(replacement)));
    }

    @Override
    @Transactional
    public MessageRef replyInThread(MessageRef parent, OutgoingMessage message) {
        String id = newId();
        enqueue(new SlackCall.ThreadReply(id, parent.id(), parent.channel().id(), text(message), blocks(message)));
        return new MessageRef(parent.channel(), id);
    }

    @Override
    @Transactional
    public void react(MessageRef message, Emoji emoji) {
        enqueue(new SlackCall.React(message.id(), message.channel().id(), emoji.name()));
    }

    @Override
    @Transactional
    public MessageRef directMessage(UserRef user, OutgoingMessage message) {
        String id = newId();
        enqueue(new SlackCall.DirectMessage(id, user.id(), text(message), blocks(message)));
        // our ref to a direct message names its queue: Slack's channel for it is known only once it is delivered
        return new MessageRef(new ChannelRef(Platform.SLACK, SlackCall.directQueue(user.id())), id);
    }

    @Override
    @Transactional
    public MessageRef uploadImage(ChannelRef channel, ChatImage image, OutgoingMessage caption) {
        String id = newId();
        enqueue(new SlackCall.Upload(id, channel.id(), image.fileName(), image.bytes(), text(caption)));
        return new MessageRef(channel, id);
    }

    @Override
    @Transactional
    public void ephemeral(ChannelRef channel, UserRef user, OutgoingMessage message) {
        enqueue(new SlackCall.Ephemeral(channel.id(), user.id(), text(message), blocks(message)));
    }

    @Override
    @Transactional
    public void openForm(CommandInvoked invocation, Form form) {
        // Slack's trigger id, which views.open needs within 3 s, is the slash command's event id
        enqueue(new SlackCall.OpenForm(
                invocation.eventId(), invocation.user().id(), SlackModals.renderJson(form, closeLabel)));
    }

    @Override
    public ConnectionState connection() {
        return connection.state();
    }

    /** Delivery starts once the caller's transaction has committed. */
    private void enqueue(SlackCall call) {
        outbox.enqueue(call);
        connection.wakeAfterCommit();
    }

    private static String newId() {
        return "sd-" + UUID.randomUUID();
    }

    private static String text(OutgoingMessage message) {
        return SlackBlocks.cut(SlackBlocks.escape(message.text()), 40_000);
    }

    /** An update without blocks must still replace the old ones, which Slack would otherwise keep. */
    private static String replacementBlocks(OutgoingMessage message) {
        return SlackBlocks.renderJson(
                message.blocks().isEmpty()
                        ? java.util.List.of(new io.socialdesk.chat.Block.Section(message.text()))
                        : message.blocks());
    }

    private static @Nullable String blocks(OutgoingMessage message) {
        return message.blocks().isEmpty() ? null : SlackBlocks.renderJson(message.blocks());
    }
}
