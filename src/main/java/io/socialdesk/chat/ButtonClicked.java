package io.socialdesk.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person pressed a button the bot posted (see {@link Block.Button}). */
public record ButtonClicked(
        String eventId, MessageRef message, UserRef user, String actionId, @Nullable String value, Instant occurredAt)
        implements ChatEvent {}
