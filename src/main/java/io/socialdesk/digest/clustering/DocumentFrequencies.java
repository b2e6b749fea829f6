package io.socialdesk.digest.clustering;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** In how many items each term occurred, learned as items arrive: the IDF half of TF-IDF. */
final class DocumentFrequencies {

    private final Map<String, Integer> counts = new HashMap<>();
    private int documents;

    /** Counts one item's distinct terms. */
    void count(Collection<String> distinctTerms) {
        documents++;
        for (String term : distinctTerms) {
            counts.merge(term, 1, Integer::sum);
        }
    }

    /** Smoothed inverse document frequency: rare terms weigh more, a term in every item still a little. */
    double idf(String term) {
        int df = counts.getOrDefault(term, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }
}
