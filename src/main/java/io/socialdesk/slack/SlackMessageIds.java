package io.socialdesk.slack;

/**
 * Maps Slack's message timestamps to the ids the bot handed to the features. The bot's own messages get an id of
 * ours when they are queued (before Slack gives them a {@code ts}); everybody else's messages keep their {@code ts}.
 */
interface SlackMessageIds {

    /** Our id of the message at {@code ts} in {@code channel}: the bot's id if it posted it, else the ts itself. */
    String idOf(String channel, String ts);
}
