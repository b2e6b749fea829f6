package io.socialdesk.chat;

import java.time.Instant;
import java.util.Map;

/**
 * A person submitted a form the bot showed (a Slack or Discord modal, or the local chat's form).
 *
 * @param formId the id the bot gave the form when it opened it, e.g. {@code draft}
 * @param values the submitted fields by field id; multi-value fields are joined with commas
 */
public record FormSubmitted(String eventId, UserRef user, String formId, Map<String, String> values, Instant occurredAt)
        implements ChatEvent {

    public FormSubmitted {
        values = Map.copyOf(values);
    }
}
