package io.socialdesk.watch;

import io.socialdesk.chat.MessageRef;
import java.time.Instant;

/**
 * A watchlist's mentions rose far above their baseline: an alert opened. Published when the alert opens and again,
 * with the same {@code alertId}, when its severity rises during the same episode.
 *
 * @param alertId the alert, stable for the whole episode
 * @param watchlistId the watchlist whose mentions rose
 * @param watchlistName its name as people know it
 * @param severity how loud the alert is now
 * @param detectedAt the end of the bucket that raised it (or raised its severity)
 * @param alertMessage the alert's message in chat, whose thread carries updates and pages
 * @param summary one line for pages and timelines, in the team's language, e.g. "4.7× normal: 412 in the last hour"
 * @param test true for an alert raised by {@code /sd alert test}: it runs the real chain, marked as a test
 */
public record SpikeDetected(
        long alertId,
        String watchlistId,
        String watchlistName,
        AlertSeverity severity,
        Instant detectedAt,
        MessageRef alertMessage,
        String summary,
        boolean test) {}
