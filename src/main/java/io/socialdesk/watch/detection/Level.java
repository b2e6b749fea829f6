package io.socialdesk.watch.detection;

/** How far one bucket's count is above its baseline. */
public enum Level {
    /** Within the normal band, or too few mentions to matter. */
    NONE,
    /** Clearly above the band: worth a look. */
    WARNING,
    /** Far above the band: worth waking someone. */
    CRITICAL
}
