package io.socialdesk.chat;

import java.time.Instant;

/** A person took a reaction back. */
public record ReactionRemoved(String eventId, MessageRef message, UserRef user, Emoji emoji, Instant occurredAt)
        implements ChatEvent {}
