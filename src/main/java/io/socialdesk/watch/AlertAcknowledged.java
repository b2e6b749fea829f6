package io.socialdesk.watch;

import java.time.Instant;

/**
 * Someone took an alert on (👀 on the alert, or its button on the alert or on a page): escalation stops.
 *
 * @param alertId the alert
 * @param personId the team member who acknowledged it
 * @param acknowledgedAt when
 */
public record AlertAcknowledged(long alertId, String personId, Instant acknowledgedAt) {}
