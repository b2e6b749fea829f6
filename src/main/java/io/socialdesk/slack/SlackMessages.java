package io.socialdesk.slack;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the bot's own messages are on Slack: the id of ours each got when it was queued ({@code sd-…}), and the
 * channel and ts Slack gave it when it was delivered. Later calls on a message find it here, and so do inbound
 * events about it (a reaction days later, after a restart).
 */
@Repository
class SlackMessages implements SlackMessageIds {

    /** A message of the bot as Slack knows it. */
    record Posted(String channel, String ts) {}

    private final JdbcClient jdbc;

    SlackMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(String id, String channel, String ts) {
        jdbc.sql("INSERT INTO slack_message (id, channel, ts) VALUES (?, ?, ?)")
                .params(id, channel, ts)
                .update();
    }

    /** Where the bot's message with our {@code id} is on Slack, once delivered. */
    Optional<Posted> posted(String id) {
        return jdbc.sql("SELECT channel, ts FROM slack_message WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Posted(rs.getString("channel"), rs.getString("ts")))
                .optional();
    }

    @Override
    public String idOf(String channel, String ts) {
        return jdbc.sql("SELECT id FROM slack_message WHERE channel = ? AND ts = ?")
                .params(channel, ts)
                .query(String.class)
                .optional()
                .orElse(ts);
    }
}
