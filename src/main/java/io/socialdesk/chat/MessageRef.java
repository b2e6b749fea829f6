package io.socialdesk.chat;

import java.util.Objects;

/**
 * A message the bot or a person posted, by the platform's id (Slack {@code ts}, Discord snowflake). Features store
 * it next to what the message stands for, so that a reaction days later still finds its draft or alert.
 */
public record MessageRef(ChannelRef channel, String id) {

    public MessageRef {
        Objects.requireNonNull(channel, "channel");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("message id must not be blank");
        }
    }
}
