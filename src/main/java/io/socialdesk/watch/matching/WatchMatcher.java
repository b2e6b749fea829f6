package io.socialdesk.watch.matching;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds which watchlists a text mentions, with one Aho–Corasick automaton over the folded terms of all watchlists,
 * so a text is read once however many terms there are. A watchlist is mentioned when one of its terms stands in
 * the text as a whole word, one of its context terms does too (if it names any: the brand together with "Rückruf"),
 * and none of its exclusions does.
 */
public final class WatchMatcher {

    /** How many characters of the text a mention keeps around the first term found. */
    static final int EXCERPT = 200;

    /** What a watchlist is made of, for the matcher. */
    public record Definition(String watchlist, List<String> terms, List<String> context, List<String> excluded) {

        public Definition {
            terms = List.copyOf(terms);
            context = List.copyOf(context);
            excluded = List.copyOf(excluded);
        }
    }

    /** A watchlist the text mentions: the terms found, as configured, and an excerpt around the first. */
    public record Hit(String watchlist, List<String> terms, String excerpt) {}

    private enum Role {
        TERM,
        CONTEXT,
        EXCLUDED
    }

    private record Entry(String watchlist, Role role, WatchTerm term) {}

    private final AhoCorasickDoubleArrayTrie<List<Entry>> trie;
    private final List<String> order;
    private final Set<String> withContext;

    private WatchMatcher(AhoCorasickDoubleArrayTrie<List<Entry>> trie, List<String> order, Set<String> withContext) {
        this.trie = trie;
        this.order = order;
        this.withContext = withContext;
    }

    /** Builds the automaton; a term with nothing to match (only blanks or a lone {@code *}) is refused. */
    public static WatchMatcher of(List<Definition> watchlists) {
        TreeMap<String, List<Entry>> byKeyword = new TreeMap<>();
        List<String> order = new ArrayList<>();
        Set<String> withContext = new HashSet<>();
        for (Definition watchlist : watchlists) {
            order.add(watchlist.watchlist());
            if (!watchlist.context().isEmpty()) {
                withContext.add(watchlist.watchlist());
            }
            add(byKeyword, watchlist.watchlist(), Role.TERM, watchlist.terms());
            add(byKeyword, watchlist.watchlist(), Role.CONTEXT, watchlist.context());
            add(byKeyword, watchlist.watchlist(), Role.EXCLUDED, watchlist.excluded());
        }
        AhoCorasickDoubleArrayTrie<List<Entry>> trie = new AhoCorasickDoubleArrayTrie<>();
        if (!byKeyword.isEmpty()) {
            trie.build(byKeyword);
        }
        return new WatchMatcher(trie, List.copyOf(order), Set.copyOf(withContext));
    }

    private static void add(TreeMap<String, List<Entry>> byKeyword, String watchlist, Role role, List<String> terms) {
        for (String configured : terms) {
            WatchTerm term = WatchTerm.of(configured);
            byKeyword.computeIfAbsent(term.folded(), key -> new ArrayList<>()).add(new Entry(watchlist, role, term));
        }
    }

    /** The watchlists {@code text} mentions, in the order they were defined. */
    public List<Hit> match(String text) {
        if (text.isEmpty() || order.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        Map<String, Found> found = new HashMap<>();
        trie.parseText(folded.folded(), (begin, end, entries) -> {
            for (Entry entry : entries) {
                if (entry.term().standsAlone(folded, begin, end - 1)) {
                    found.computeIfAbsent(entry.watchlist(), id -> new Found()).add(entry, begin, end - 1);
                }
            }
        });
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (String watchlist : order) {
            Found candidate = found.get(watchlist);
            if (candidate != null && candidate.mentions(withContext.contains(watchlist))) {
                hits.put(
                        watchlist,
                        new Hit(
                                watchlist,
                                List.copyOf(candidate.terms),
                                folded.excerpt(candidate.firstStart, candidate.firstEnd, EXCERPT)));
            }
        }
        return List.copyOf(hits.values());
    }

    /** What one text showed of one watchlist. */
    private static final class Found {
        private final Set<String> terms = new LinkedHashSet<>();
        private boolean context;
        private boolean excluded;
        private int firstStart = Integer.MAX_VALUE;
        private int firstEnd;

        void add(Entry entry, int start, int end) {
            switch (entry.role()) {
                case TERM -> {
                    terms.add(entry.term().written());
                    if (start < firstStart) {
                        firstStart = start;
                        firstEnd = end;
                    }
                }
                case CONTEXT -> context = true;
                case EXCLUDED -> excluded = true;
            }
        }

        boolean mentions(boolean needsContext) {
            return !terms.isEmpty() && !excluded && (context || !needsContext);
        }
    }
}
