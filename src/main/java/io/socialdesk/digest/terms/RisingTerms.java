package io.socialdesk.digest.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms that rise in a period against a baseline (e.g. the last 24 hours against the four weeks before).
 * A term rises when it occurred in enough of the period's items, its smoothed share of items is several times its
 * baseline share, and Dunning's log-likelihood test says the difference is no accident. Everyday words occur in the
 * baseline as often as in the period, so their factor stays near one and they never rise; a word new in the period
 * is smoothed with one pseudo-count rather than getting an infinite factor.
 */
public final class RisingTerms {

    /** Fewest items in the period that mention a term for it to count: one outlet's story is not a trend. */
    public static final int FEWEST_ITEMS = 3;
    /** Least factor of period share over baseline share. */
    public static final double LEAST_FACTOR = 2.0;
    /** G² for p < 0.001 at one degree of freedom. */
    public static final double LEAST_SCORE = 10.83;

    private RisingTerms() {}

    /** The rising terms, surest first; a word is left out when a rising phrase holding it explains its rise. */
    public static List<RisingTerm> find(TermCounts period, TermCounts baseline, int limit) {
        List<RisingTerm> rising = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : period.all().entrySet()) {
            int k = entry.getValue();
            if (k < FEWEST_ITEMS) {
                continue;
            }
            int b = baseline.count(entry.getKey());
            double factor = ((k + 1.0) / (period.total() + 1.0)) / ((b + 1.0) / (baseline.total() + 1.0));
            if (factor < LEAST_FACTOR) {
                continue;
            }
            double score = logLikelihood(k, period.total(), b, baseline.total());
            if (score >= LEAST_SCORE) {
                rising.add(new RisingTerm(entry.getKey(), period.display(entry.getKey()), k, factor, score));
            }
        }
        rising.sort(Comparator.comparingDouble(RisingTerm::score).reversed().thenComparing(RisingTerm::term));
        List<RisingTerm> kept = new ArrayList<>();
        for (RisingTerm term : rising) {
            if (!explainedByPhrase(term, rising) && kept.size() < limit) {
                kept.add(term);
            }
        }
        return kept;
    }

    /** "heizungsgesetz" is not shown beside "heizungsgesetz beschlossen" when nearly all its items are the phrase's. */
    private static boolean explainedByPhrase(RisingTerm word, List<RisingTerm> rising) {
        if (word.term().indexOf(' ') >= 0) {
            return false;
        }
        for (RisingTerm phrase : rising) {
            String[] parts = phrase.term().split(" ");
            if (parts.length == 2
                    && (parts[0].equals(word.term()) || parts[1].equals(word.term()))
                    && phrase.periodItems() * 10 >= word.periodItems() * 8) {
                return true;
            }
        }
        return false;
    }

    /** Dunning's G² for a term seen in k1 of n1 items and k2 of n2 items. */
    static double logLikelihood(int k1, int n1, int k2, int n2) {
        double p = (k1 + k2) / (double) (n1 + n2);
        double p1 = k1 / (double) n1;
        double p2 = n2 == 0 ? 0 : k2 / (double) n2;
        double g = 2 * (logL(k1, n1, p1) + logL(k2, n2, p2) - logL(k1, n1, p) - logL(k2, n2, p));
        return Math.max(0, g);
    }

    private static double logL(int k, int n, double p) {
        double hits = k == 0 ? 0 : k * Math.log(p);
        double misses = n - k == 0 ? 0 : (n - k) * Math.log(1 - p);
        return hits + misses;
    }
}
