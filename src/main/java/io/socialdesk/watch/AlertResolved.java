package io.socialdesk.watch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An alert's episode is over: someone resolved it (✅ or its button), or the volume stayed back at its baseline.
 *
 * @param alertId the alert
 * @param personId the team member who resolved it, or null when it ended by itself
 * @param resolvedAt when
 */
public record AlertResolved(long alertId, @Nullable String personId, Instant resolvedAt) {}
