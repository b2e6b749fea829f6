package io.socialdesk.watch.eval;

/**
 * NAB's three cost matrices ({@code config/profiles.json}): what a window's earliest detection earns, what a missed
 * window costs, and what a false positive costs at most. NAB never uses its true-negative weight.
 */
enum NabProfile {
    STANDARD("standard", 1.0, 1.0, 0.11),
    REWARD_LOW_FP_RATE("reward_low_FP_rate", 1.0, 1.0, 0.22),
    REWARD_LOW_FN_RATE("reward_low_FN_rate", 1.0, 2.0, 0.11);

    private final String key;
    private final double truePositive;
    private final double falseNegative;
    private final double falsePositive;

    NabProfile(String key, double truePositive, double falseNegative, double falsePositive) {
        this.key = key;
        this.truePositive = truePositive;
        this.falseNegative = falseNegative;
        this.falsePositive = falsePositive;
    }

    /** The profile's name in NAB's files, e.g. {@code reward_low_FP_rate}. */
    String key() {
        return key;
    }

    double truePositive() {
        return truePositive;
    }

    double falseNegative() {
        return falseNegative;
    }

    double falsePositive() {
        return falsePositive;
    }

    /**
     * NAB's normalised score of a corpus with {@code windows} windows and raw score {@code raw}: the null detector
     * (no detections, so every window missed) scores 0, the perfect one (every window on its first row) 100.
     */
    double normalised(double raw, int windows) {
        double none = -falseNegative * windows;
        double perfect = truePositive * windows;
        return 100 * (raw - none) / (perfect - none);
    }
}
