package io.socialdesk.watch.detection;

import java.time.Duration;

/**
 * The three presets a watchlist can choose ({@code sensitive}, {@code balanced}, {@code strict} in the config). Each
 * fixes how surprising a bucket must be to count as a warning or critical, the fewest mentions that can raise an
 * alert, how long the detector learns before it may raise one, how long it waits between two alerts, and how long
 * the volume must stay back in its band before an episode ends.
 */
public enum Sensitivity {
    /** Alerts on smaller rises, sooner after the start, more often. */
    SENSITIVE(4.0, 7.0, 3, Duration.ofHours(12), Duration.ofMinutes(30), Duration.ofMinutes(30)),
    /** The default: an alert should mean something happened. */
    BALANCED(5.0, 9.0, 5, Duration.ofHours(24), Duration.ofHours(1), Duration.ofHours(1)),
    /** Only large, unmistakable rises. */
    STRICT(7.0, 12.0, 10, Duration.ofHours(48), Duration.ofHours(2), Duration.ofHours(2));

    private final double warningSurprise;
    private final double criticalSurprise;
    private final long minCount;
    private final Duration warmUp;
    private final Duration cooldown;
    private final Duration quietPeriod;

    Sensitivity(
            double warningSurprise,
            double criticalSurprise,
            long minCount,
            Duration warmUp,
            Duration cooldown,
            Duration quietPeriod) {
        this.warningSurprise = warningSurprise;
        this.criticalSurprise = criticalSurprise;
        this.minCount = minCount;
        this.warmUp = warmUp;
        this.cooldown = cooldown;
        this.quietPeriod = quietPeriod;
    }

    /** The fewest mentions in one bucket that can make it a warning or raise an alert. */
    public long minCount() {
        return minCount;
    }

    /** How much history the detector needs before it may raise an alert. */
    public Duration warmUp() {
        return warmUp;
    }

    /** The least time between two raised alerts. */
    public Duration cooldown() {
        return cooldown;
    }

    /** How long the volume must stay within its band before an open episode ends ({@link SpikeDetector#calm()}). */
    public Duration quietPeriod() {
        return quietPeriod;
    }

    /** A bucket is a warning once its count's upper tail probability is below 10^-this. */
    double warningSurprise() {
        return warningSurprise;
    }

    /** A bucket is critical once its count's upper tail probability is below 10^-this. */
    double criticalSurprise() {
        return criticalSurprise;
    }
}
