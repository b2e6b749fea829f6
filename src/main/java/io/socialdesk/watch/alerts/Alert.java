package io.socialdesk.watch.alerts;

import io.socialdesk.chat.MessageRef;
import io.socialdesk.watch.AlertSeverity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One alert: a watchlist's episode of unusual volume, from the bucket that raised it until someone resolves it or
 * the volume has been back to normal for the preset's quiet period.
 *
 * @param peakMentions the most mentions in one bucket during the episode
 * @param expected what the detector expected in the bucket that raised (or last raised) it
 */
record Alert(
        long id,
        String watchlistId,
        AlertSeverity severity,
        Status status,
        Instant openedAt,
        Instant detectedAt,
        long peakMentions,
        double expected,
        String summary,
        @Nullable MessageRef message,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt) {

    enum Status {
        OPEN,
        ACKNOWLEDGED,
        RESOLVED
    }

    Alert withMessage(MessageRef posted) {
        return new Alert(
                id,
                watchlistId,
                severity,
                status,
                openedAt,
                detectedAt,
                peakMentions,
                expected,
                summary,
                posted,
                acknowledgedBy,
                acknowledgedAt,
                resolvedBy,
                resolvedAt);
    }

    Alert raisedTo(AlertSeverity louder, Instant at, long mentions, double expectedNow, String summaryNow) {
        return new Alert(
                id,
                watchlistId,
                louder,
                status,
                openedAt,
                at,
                Math.max(peakMentions, mentions),
                expectedNow,
                summaryNow,
                message,
                acknowledgedBy,
                acknowledgedAt,
                resolvedBy,
                resolvedAt);
    }

    Alert withPeak(long mentions) {
        return new Alert(
                id,
                watchlistId,
                severity,
                status,
                openedAt,
                detectedAt,
                Math.max(peakMentions, mentions),
                expected,
                summary,
                message,
                acknowledgedBy,
                acknowledgedAt,
                resolvedBy,
                resolvedAt);
    }

    Alert acknowledged(String personId, Instant at) {
        return new Alert(
                id,
                watchlistId,
                severity,
                Status.ACKNOWLEDGED,
                openedAt,
                detectedAt,
                peakMentions,
                expected,
                summary,
                message,
                personId,
                at,
                resolvedBy,
                resolvedAt);
    }

    /** Resolved by {@code personId}, or by the calm when that is null. */
    Alert resolved(@Nullable String personId, Instant at) {
        return new Alert(
                id,
                watchlistId,
                severity,
                Status.RESOLVED,
                openedAt,
                detectedAt,
                peakMentions,
                expected,
                summary,
                message,
                acknowledgedBy,
                acknowledgedAt,
                personId,
                at);
    }
}
