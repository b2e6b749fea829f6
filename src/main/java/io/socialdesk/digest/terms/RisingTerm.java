package io.socialdesk.digest.terms;

/**
 * A word or phrase that is being used much more than usual.
 *
 * @param term the analysed form, e.g. {@code heizungsgesetz}
 * @param display how people wrote it, e.g. {@code Heizungsgesetz}
 * @param periodItems in how many of the period's items it occurred
 * @param factor how many times its smoothed share of items in the period exceeds its share in the baseline
 * @param score the log-likelihood ratio (G²) of period against baseline: how sure the rise is
 */
public record RisingTerm(String term, String display, int periodItems, double factor, double score) {}
