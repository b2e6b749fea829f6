package io.socialdesk.chat;

import java.util.Objects;

/** A channel (or direct-message conversation) on one platform, by that platform's id. */
public record ChannelRef(Platform platform, String id) {

    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("channel id must not be blank");
        }
    }
}
