package io.socialdesk.chat;

import java.util.Objects;

/** A person's account on one platform, by that platform's user id. The {@code team} module maps it to a person. */
public record UserRef(Platform platform, String id) {

    public UserRef {
        Objects.requireNonNull(platform, "platform");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("user id must not be blank");
        }
    }
}
