package io.socialdesk.chat;

/**
 * Everything the bot can say or do in chat. One adapter implements it per platform ({@code slack},
 * {@code discord}, {@code local}); features only ever call this port. Calls may block briefly (rate limits) but
 * never lose a message: adapters queue what cannot be delivered yet.
 */
public interface ChatGateway {

    /** The platform this gateway talks to. */
    Platform platform();

    /** Posts a message to a channel and returns its reference, so reactions to it can be resolved later. */
    MessageRef post(ChannelRef channel, OutgoingMessage message);

    /** Replaces the content of a message the bot posted earlier. */
    void update(MessageRef message, OutgoingMessage replacement);

    /** Replies in the thread under {@code parent}. */
    MessageRef replyInThread(MessageRef parent, OutgoingMessage message);

    /** Adds the bot's own reaction to a message. */
    void react(MessageRef message, Emoji emoji);

    /** Sends a direct message to one person. */
    MessageRef directMessage(UserRef user, OutgoingMessage message);

    /** Uploads an image into a channel with a caption, e.g. a volume chart under an alert. */
    MessageRef uploadImage(ChannelRef channel, ChatImage image, OutgoingMessage caption);

    /**
     * Opens {@code form} for the person who ran {@code invocation}, where they ran it. Slack needs this within
     * three seconds of the command, so features call it straight from the command's handler.
     */
    void openForm(CommandInvoked invocation, Form form);

    /** Shows a message in a channel that only {@code user} sees: errors and private hints. */
    void ephemeral(ChannelRef channel, UserRef user, OutgoingMessage message);

    /** How the connection stands right now. */
    ConnectionState connection();
}
