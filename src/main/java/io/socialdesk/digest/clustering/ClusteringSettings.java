package io.socialdesk.digest.clustering;

import java.time.Duration;

/**
 * How stories are told apart.
 *
 * @param threshold the least cosine similarity between an item and a cluster's centroid for the item to join it
 * @param window how long a cluster keeps attracting items after its last one; older stories are over
 * @param entityWeight how much more a name or figure counts than an ordinary word
 * @param compoundPartWeight how much a German compound's tail counts, relative to a word written on its own
 * @param summaryWeight how much a summary's words count, relative to the headline's
 */
public record ClusteringSettings(
        double threshold, Duration window, double entityWeight, double compoundPartWeight, double summaryWeight) {

    /**
     * The production defaults, also what {@code eval-stories} measures. The threshold is low because a headline shares
     * only a few words with the centroid of many differently worded headlines; the batch merge's joining rule keeps
     * broad clusters apart. It is the middle of the plateau (0.05 to 0.07) that holds on each third of the labelled
     * stories ({@code eval-stories --fold k/3}), not the best value on the whole file.
     */
    public static final ClusteringSettings DEFAULTS = new ClusteringSettings(0.06, Duration.ofHours(36), 2.0, 0.5, 0.5);

    public ClusteringSettings {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
    }

    public ClusteringSettings withThreshold(double value) {
        return new ClusteringSettings(value, window, entityWeight, compoundPartWeight, summaryWeight);
    }

    public ClusteringSettings withEntityWeight(double value) {
        return new ClusteringSettings(threshold, window, value, compoundPartWeight, summaryWeight);
    }
}
