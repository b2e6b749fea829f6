package io.socialdesk.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person posted a message in a channel the bot can read; {@code threadParent} is set for thread replies. */
public record MessagePosted(
        String eventId,
        MessageRef message,
        UserRef user,
        String text,
        @Nullable MessageRef threadParent,
        Instant occurredAt)
        implements ChatEvent {}
