package io.socialdesk.watch;

/** How loud an alert is. Critical alerts page people even in their quiet hours. */
public enum AlertSeverity {
    WARNING,
    CRITICAL
}
