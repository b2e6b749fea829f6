package io.socialdesk.watch.detection;

/**
 * What the detector says about one closed bucket.
 *
 * @param score how anomalous the count is, from 0 (ordinary) to 1 (as extreme as it gets); monotone in the count's
 *     tail probability under the baseline model
 * @param level how far above the band this bucket is (with the minimum count and warm-up applied)
 * @param raise true when a new alert should open now: the bucket is at least a warning, the detector is warmed up,
 *     no episode is open and the cooldown since the last raise has passed
 * @param expected the baseline for this bucket, in mentions
 * @param upper the top of the normal band for this bucket, in mentions: a count above it is at least a warning
 */
public record Verdict(double score, Level level, boolean raise, double expected, double upper) {}
