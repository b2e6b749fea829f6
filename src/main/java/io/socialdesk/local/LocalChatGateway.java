package io.socialdesk.local;

import io.socialdesk.chat.ChannelRef;
import io.socialdesk.chat.ChatGateway;
import io.socialdesk.chat.ChatImage;
import io.socialdesk.chat.ChatProperties;
import io.socialdesk.chat.CommandInvoked;
import io.socialdesk.chat.ConnectionState;
import io.socialdesk.chat.Emoji;
import io.socialdesk.chat.Form;
import io.socialdesk.chat.MessageRef;
import io.socialdesk.chat.OutgoingMessage;
import io.socialdesk.chat.Platform;
import io.socialdesk.chat.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bot's side of the local chat: what it says is stored, and the page shows it. */
@Component
@ConditionalOnProperty(name = "socialdesk.chat.platform", havingValue = "local")
class LocalChatGateway implements ChatGateway {

    private static final Logger log = LoggerFactory.getLogger(LocalChatGateway.class);

    private final LocalMessages messages;
    private final Clock clock;
    private final int maxLength;
    private final ConnectionState connected;

    LocalChatGateway(LocalMessages messages, Clock clock, ChatProperties properties) {
        this.messages = messages;
        this.clock = clock;
        this.maxLength = properties.maxMessageLength();
        this.connected = new ConnectionState(
                Platform.LOCAL, ConnectionState.Status.CONNECTED, "embedded web chat", Instant.now(clock));
    }

    @Override
    public Platform platform() {
        return Platform.LOCAL;
    }

    @Override
    @Transactional
    public MessageRef post(ChannelRef channel, OutgoingMessage message) {
        return insert(channel, null, message, null, null);
    }

    @Override
    @Transactional
    public void update(MessageRef message, OutgoingMessage replacement) {
        if (!messages.update(
                message.id(),
                capped(replacement.text()),
                messages.blocks().write(replacement.blocks()),
                Instant.now(clock))) {
            throw new IllegalArgumentException("no local message " + message.id() + " to update");
        }
    }

    @Override
    @Transactional
    public MessageRef replyInThread(MessageRef parent, OutgoingMessage message) {
        return insert(parent.channel(), parent.id(), message, null, null);
    }

    @Override
    @Transactional
    public void react(MessageRef message, Emoji emoji) {
        messages.addReaction(message.id(), emoji.name(), emoji.display(), LocalMessage.BOT, Instant.now(clock));
    }

    @Override
    @Transactional
    public MessageRef directMessage(UserRef user, OutgoingMessage message) {
        return insert(
                new ChannelRef(Platform.LOCAL, LocalChannels.directChannelOf(user.id())), null, message, null, null);
    }

    @Override
    @Transactional
    public MessageRef uploadImage(ChannelRef channel, ChatImage image, OutgoingMessage caption) {
        String imageId = UUID.randomUUID().toString();
        messages.insertImage(imageId, image.contentType(), image.title(), image.bytes());
        return insert(channel, null, caption, null, imageId);
    }

    @Override
    @Transactional
    public void ephemeral(ChannelRef channel, UserRef user, OutgoingMessage message) {
        insert(channel, null, message, user.id(), null);
    }

    @Override
    @Transactional
    public void openForm(CommandInvoked invocation, Form form) {
        messages.insert(new LocalMessages.NewMessage(
                UUID.randomUUID().toString(),
                invocation.channel().id(),
                null,
                LocalMessage.BOT,
                form.title(),
                messages.blocks().writeForm(form),
                invocation.user().id(),
                null,
                Instant.now(clock)));
    }

    @Override
    public ConnectionState connection() {
        return connected;
    }

    private MessageRef insert(
            ChannelRef channel,
            @Nullable String threadId,
            OutgoingMessage message,
            @Nullable String visibleTo,
            @Nullable String imageId) {
        String id = UUID.randomUUID().toString();
        messages.insert(new LocalMessages.NewMessage(
                id,
                channel.id(),
                threadId,
                LocalMessage.BOT,
                capped(message.text()),
                messages.blocks().write(message.blocks()),
                visibleTo,
                imageId,
                Instant.now(clock)));
        return new MessageRef(channel, id);
    }

    /** Real platforms cut long messages too; say so rather than fail. */
    private String capped(String text) {
        if (text.length() <= maxLength) {
            return text;
        }
        log.warn("Bot message of {} characters cut to the limit of {}", text.length(), maxLength);
        return text.substring(0, maxLength - 1) + "…";
    }
}
