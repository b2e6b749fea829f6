/**
 * The online spike detector of the watch module: one {@link io.socialdesk.watch.detection.SpikeDetector} per watchlist
 * turns each closed bucket's mention count into a {@link io.socialdesk.watch.detection.Verdict}. Pure code, no Spring:
 * the caller persists {@link io.socialdesk.watch.detection.DetectorState#encode()} and resumes from it after a restart.
 */
@NullMarked
package io.socialdesk.watch.detection;

import org.jspecify.annotations.NullMarked;
