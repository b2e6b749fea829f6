package io.socialdesk.chat;

import java.time.Instant;

/** A person added a reaction to a message. */
public record ReactionAdded(String eventId, MessageRef message, UserRef user, Emoji emoji, Instant occurredAt)
        implements ChatEvent {}
