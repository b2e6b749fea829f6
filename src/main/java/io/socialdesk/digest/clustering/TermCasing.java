package io.socialdesk.digest.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns which terms are names from the items where capitals carry meaning: a term written capitalised inside
 * sentences more often than in lower case is a name, also where it stands in a Title Case headline or starts a
 * sentence. Digits and acronyms are names wherever they stand.
 */
final class TermCasing {

    private final Map<String, int[]> counts = new HashMap<>();

    void count(List<AnalyzedTerm> terms) {
        for (AnalyzedTerm term : terms) {
            if (term.casing() == AnalyzedTerm.Casing.CAPITALISED) {
                counts.computeIfAbsent(term.term(), t -> new int[2])[0]++;
            } else if (term.casing() == AnalyzedTerm.Casing.LOWER) {
                counts.computeIfAbsent(term.term(), t -> new int[2])[1]++;
            }
        }
    }

    boolean isEntity(AnalyzedTerm term) {
        if (term.casing() == AnalyzedTerm.Casing.FIGURE) {
            return true;
        }
        int[] seen = counts.get(term.term());
        return seen != null && seen[0] > seen[1];
    }
}
