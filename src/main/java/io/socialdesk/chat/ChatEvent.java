package io.socialdesk.chat;

import java.time.Instant;

/**
 * Something a person did in chat, translated from the platform's payload. Published through
 * {@link InboundEvents}, which drops repeats of the same {@link #eventId()}.
 */
public sealed interface ChatEvent
        permits MessagePosted, ReactionAdded, ReactionRemoved, CommandInvoked, ButtonClicked, FormSubmitted {

    /** The platform's id for this event (Slack {@code event_id}, Discord interaction id), used to drop retries. */
    String eventId();

    /** Who did it. */
    UserRef user();

    /** When the platform says it happened. */
    Instant occurredAt();
}
