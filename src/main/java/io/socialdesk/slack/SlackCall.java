package io.socialdesk.slack;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One call of Slack's Web API the bot has queued in the {@link SlackOutbox}: a record per call, holding exactly what
 * that call needs. Texts are escaped and blocks rendered (Block Kit JSON) before they are queued. Calls of one
 * {@link #queue()} are made in order, so a call on a message never overtakes the call that posts it.
 */
sealed interface SlackCall {

    /** The queue this call waits in: a channel, or one person's direct messages, forms or home tab. */
    String queue();

    /** Our id of the message this call puts on Slack, if it puts one there; it must not get there twice. */
    default Optional<String> creates() {
        return Optional.empty();
    }

    /** The message this call acts on, if any: our id of one of the bot's messages, or someone else's ts. */
    default Optional<String> actsOn() {
        return Optional.empty();
    }

    /** The queue of a person's direct messages, and the channel id of our refs to them. */
    static String directQueue(String userId) {
        return "user:" + userId;
    }

    /** A call in a channel, which waits in that channel's queue. */
    sealed interface InChannel extends SlackCall {

        String channel();

        @Override
        default String queue() {
            return channel();
        }
    }

    /** A call that puts a message of the bot's on Slack, known to the features by our id. */
    sealed interface Posting extends SlackCall {

        String messageId();

        @Override
        default Optional<String> creates() {
            return Optional.of(messageId());
        }
    }

    /**
     * A call on the message {@code target} in {@code channel}, as our ref to it names them: Slack's channel and ts
     * for one of the bot's messages are known once it is delivered.
     */
    sealed interface OnMessage extends InChannel {

        String target();

        @Override
        default Optional<String> actsOn() {
            return Optional.of(target());
        }
    }

    /** {@code chat.postMessage} into a channel. */
    record Post(String messageId, String channel, String text, @Nullable String blocks) implements InChannel, Posting {}

    /** {@code chat.postMessage} into the thread under {@code target}. */
    record ThreadReply(String messageId, String target, String channel, String text, @Nullable String blocks)
            implements OnMessage, Posting {}

    /** {@code chat.update} of the bot's message {@code target}: the blocks replace the old ones. */
    record Update(String target, String channel, String text, String blocks) implements OnMessage {}

    /** {@code reactions.add} with {@code emoji} (Slack's name) on {@code target}. */
    record React(String target, String channel, String emoji) implements OnMessage {}

    /** {@code chat.postEphemeral}: a message in {@code channel} that only {@code userId} sees. */
    record Ephemeral(String channel, String userId, String text, @Nullable String blocks) implements InChannel {}

    /** {@code files.uploadV2} of an image into {@code channel}, with {@code caption} as its comment. */
    record Upload(String messageId, String channel, String fileName, byte[] bytes, String caption)
            implements InChannel, Posting {}

    /** {@code conversations.open} with {@code userId}, then {@code chat.postMessage} in that conversation. */
    record DirectMessage(String messageId, String userId, String text, @Nullable String blocks) implements Posting {

        @Override
        public String queue() {
            return directQueue(userId);
        }
    }

    /** {@code views.open} of a modal ({@code view} as JSON), answering the command with {@code triggerId}. */
    record OpenForm(String triggerId, String userId, String view) implements SlackCall {

        @Override
        public String queue() {
            return "form:" + userId;
        }
    }

    /**
     * {@code views.publish} of a person's App Home tab ({@code view} as JSON). One queue per person: a newer view
     * never overtakes an older one.
     */
    record PublishHome(String userId, String view) implements SlackCall {

        @Override
        public String queue() {
            return "home:" + userId;
        }
    }
}
