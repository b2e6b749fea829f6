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
        outbox.enqueue(
                channel.id(),
                SlackOutbox.Kind.POST,
                id,
                null,
                channel.id(),
                null,
                text(message),
                blocks(message),
                null);
        connection.wakeAfterCommit();
        return new MessageRef(channel, id);
    }

    @Override
    @Transactional
    public void update(MessageRef message, OutgoingMessage replacement) {
        outbox.enqueue(
                queueOf(message),
                SlackOutbox.Kind.UPDATE,
                null,
                message.id(),
                message.channel().id(),
                null,
                text(replacement),
                replacementBlocks(replacement),
                null);
        connection.wakeAfterCommit();
    }

    @Override
    @Transactional
    public MessageRef replyInThread(MessageRef parent, OutgoingMessage message) {
        String id = newId();
        outbox.enqueue(
                queueOf(parent),
                SlackOutbox.Kind.REPLY,
                id,
                parent.id(),
                parent.channel().id(),
                null,
                text(message),
                blocks(message),
                null);
        connection.wakeAfterCommit();
        return new MessageRef(parent.channel(), id);
    }

    @Override
    @Transactional
    public void react(MessageRef message, Emoji emoji) {
        outbox.enqueue(
                queueOf(message),
                SlackOutbox.Kind.REACT,
                null,
                message.id(),
                message.channel().id(),
                null,
                null,
                null,
                emoji.name());
        connection.wakeAfterCommit();
    }

    @Override
    @Transactional
    public MessageRef directMessage(UserRef user, OutgoingMessage message) {
        String id = newId();
        String queue = "user:" + user.id();
        outbox.enqueue(queue, SlackOutbox.Kind.DIRECT, id, null, null, user.id(), text(message), blocks(message), null);
        connection.wakeAfterCommit();
        return new MessageRef(new ChannelRef(Platform.SLACK, queue), id);
    }

    @Override
    @Transactional
    public MessageRef uploadImage(ChannelRef channel, ChatImage image, OutgoingMessage caption) {
        String id = newId();
        outbox.enqueue(
                channel.id(),
                SlackOutbox.Kind.UPLOAD,
                id,
                null,
                channel.id(),
                null,
                text(caption),
                null,
                null,
                image.fileName(),
                image.bytes());
        connection.wakeAfterCommit();
        return new MessageRef(channel, id);
    }

    @Override
    @Transactional
    public void ephemeral(ChannelRef channel, UserRef user, OutgoingMessage message) {
        outbox.enqueue(
                channel.id(),
                SlackOutbox.Kind.EPHEMERAL,
                null,
                null,
                channel.id(),
                user.id(),
                text(message),
                blocks(message),
                null);
        connection.wakeAfterCommit();
    }

    @Override
    @Transactional
    public void openForm(CommandInvoked invocation, Form form) {
        // Slack's trigger id, which views.open needs within 3 s, is the slash command's event id
        outbox.enqueue(
                "form:" + invocation.user().id(),
                SlackOutbox.Kind.FORM,
                null,
                invocation.eventId(),
                null,
                invocation.user().id(),
                null,
                SlackModals.renderJson(form, closeLabel),
                null);
        connection.wakeAfterCommit();
    }

    @Override
    public ConnectionState connection() {
        return connection.state();
    }

    /** Calls on one message stay behind the call that posted it. */
    private static String queueOf(MessageRef message) {
        return message.channel().id();
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
