package io.socialdesk.digest.terms;

import io.socialdesk.digest.clustering.AnalyzedTerm;
import io.socialdesk.digest.clustering.Language;
import io.socialdesk.digest.clustering.StoryAnalyzer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * In how many items each word and two-word phrase occurs, and how it was most often written. An item counts a term
 * once, so a headline that repeats a word does not make it rise.
 */
public final class TermCounts {

    private final Map<String, Integer> items = new HashMap<>();
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    private int total;

    /** Counts one item's text (headline and summary). */
    public void add(StoryAnalyzer analyzer, String text, Language language) {
        total++;
        Set<String> seen = new LinkedHashSet<>();
        AnalyzedTerm previous = null;
        for (AnalyzedTerm term : analyzer.terms(text, language)) {
            if (term.compoundPart()) {
                continue;
            }
            if (seen.add(term.term())) {
                spell(term.term(), term.surface());
            }
            if (previous != null) {
                String phrase = previous.term() + " " + term.term();
                if (seen.add(phrase)) {
                    spell(phrase, previous.surface() + " " + term.surface());
                }
            }
            previous = term;
        }
        seen.forEach(term -> items.merge(term, 1, Integer::sum));
    }

    /** How many items were counted. */
    public int total() {
        return total;
    }

    /** In how many items {@code term} (analysed form) occurred. */
    public int count(String term) {
        return items.getOrDefault(term, 0);
    }

    Map<String, Integer> all() {
        return items;
    }

    /** The spelling people wrote most often, in lower case unless it is mostly capitalised (a name). */
    String display(String term) {
        Map<String, Integer> written = spellings.get(term);
        if (written == null) {
            return term;
        }
        return written.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(term);
    }

    private void spell(String term, String surface) {
        String shown = isName(surface) ? surface : surface.toLowerCase(Locale.ROOT);
        spellings.computeIfAbsent(term, t -> new HashMap<>()).merge(shown, 1, Integer::sum);
    }

    private static boolean isName(String surface) {
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }
}
