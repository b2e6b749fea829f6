package io.socialdesk.chat;

/** What a command answers, and who sees it. */
public record CommandReply(OutgoingMessage message, Visibility visibility) {

    public enum Visibility {
        /** Everybody in the channel (or thread) sees the reply. */
        CHANNEL,
        /** Only the person who ran the command sees it. */
        PRIVATE
    }

    public static CommandReply inChannel(OutgoingMessage message) {
        return new CommandReply(message, Visibility.CHANNEL);
    }

    public static CommandReply inChannel(String text) {
        return inChannel(OutgoingMessage.text(text));
    }

    public static CommandReply privately(OutgoingMessage message) {
        return new CommandReply(message, Visibility.PRIVATE);
    }

    public static CommandReply privately(String text) {
        return privately(OutgoingMessage.text(text));
    }
}
