package io.socialdesk.digest.clustering;

import io.socialdesk.feeds.FeedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online single-pass story clustering. Each batch of items first updates what is known about terms (document
 * frequencies, which are names), then every item is compared with the centroids of the clusters that share a term with
 * it and are still recent (an item within the window), and joins the most similar one at or above the threshold, or
 * opens a new cluster. Not thread-safe: one clusterer per digest run or evaluation.
 */
public final class StoryClusterer {

    private final ClusteringSettings settings;
    private final StoryAnalyzer analyzer;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final TermCasing casing = new TermCasing();
    private final List<StoryCluster> clusters = new ArrayList<>();
    /**
     * A term held by more clusters than this ("mehr", "artikel" in every teaser) does not tell stories apart, and
     * comparing an item with all of them would make each item cost as much as the whole window; it still counts in the
     * similarity, it only does not nominate candidates.
     */
    static final int MOST_CANDIDATES_PER_TERM = 100;

    /** Which clusters contain a term: the candidates for an item, so an item is never compared with all clusters. */
    private final Map<String, List<StoryCluster>> postings = new HashMap<>();

    public StoryClusterer(ClusteringSettings settings, StoryAnalyzer analyzer) {
        this.settings = settings;
        this.analyzer = analyzer;
    }

    /** Clusters one batch of items, e.g. one poll's or one day's, in their order. */
    public void addAll(List<FeedItem> batch) {
        List<Analysed> analysed = new ArrayList<>(batch.size());
        for (FeedItem item : batch) {
            Analysed one = analyse(item);
            casing.count(one.title());
            casing.count(one.summary());
            analysed.add(one);
        }
        List<Map<String, Double>> counted = new ArrayList<>(batch.size());
        for (Analysed one : analysed) {
            Map<String, Double> tf = termFrequencies(one);
            frequencies.count(tf.keySet());
            counted.add(tf);
        }
        Set<StoryCluster> touched = new LinkedHashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            touched.add(assign(batch.get(i), weigh(counted.get(i))));
        }
        mergeSimilar(touched);
    }

    /**
     * One pass decides on each item with what it has seen so far, so a story whose first items shared few words opens
     * several clusters. Once the batch is in, two clusters it touched are merged when the smaller one's items are on
     * average as similar to the larger one's centroid as a single item must be to join it, most similar pair first,
     * until no pair is. A lone item is thus judged as in the pass; a broad cluster (Prince Harry, Prince George)
     * shares a word or two with another and still stays apart.
     */
    private void mergeSimilar(Set<StoryCluster> touched) {
        boolean merged = true;
        while (merged) {
            merged = false;
            List<Pair> pairs = new ArrayList<>();
            for (StoryCluster a : touched) {
                Set<StoryCluster> seen = new HashSet<>();
                for (String term : a.centroid().weights().keySet()) {
                    for (StoryCluster b : candidates(term)) {
                        if (b != a && seen.add(b) && (!touched.contains(b) || a.id() < b.id()) && overlaps(a, b)) {
                            double similarity = joiningSimilarity(a, b);
                            if (similarity >= settings.threshold()) {
                                pairs.add(new Pair(a, b, similarity));
                            }
                        }
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
            Set<StoryCluster> gone = new HashSet<>();
            for (Pair pair : pairs) {
                if (!gone.contains(pair.a()) && !gone.contains(pair.b())) {
                    StoryCluster keep = pair.a().id() < pair.b().id() ? pair.a() : pair.b();
                    StoryCluster drop = keep == pair.a() ? pair.b() : pair.a();
                    merge(keep, drop);
                    gone.add(keep);
                    gone.add(drop);
                    touched.remove(drop);
                    touched.add(keep);
                    merged = true;
                }
            }
        }
    }

    /** The mean similarity of the smaller cluster's items to the larger cluster's centroid. */
    private static double joiningSimilarity(StoryCluster a, StoryCluster b) {
        StoryCluster small = a.items().size() <= b.items().size() ? a : b;
        StoryCluster large = small == a ? b : a;
        return small.centroid().dot(large.centroid())
                / (small.items().size() * large.centroid().norm());
    }

    private record Pair(StoryCluster a, StoryCluster b, double similarity) {}

    private boolean overlaps(StoryCluster a, StoryCluster b) {
        return isRecent(a, b.firstSeen()) || isRecent(a, b.lastSeen()) || isRecent(b, a.firstSeen());
    }

    private void merge(StoryCluster keep, StoryCluster drop) {
        for (String term : drop.centroid().weights().keySet()) {
            List<StoryCluster> list = postings.get(term);
            list.remove(drop);
            if (!keep.centroid().weights().containsKey(term)) {
                list.add(keep);
            }
        }
        keep.absorb(drop);
        clusters.remove(drop);
    }

    /** Every cluster so far, in the order they were opened. */
    public List<StoryCluster> clusters() {
        return Collections.unmodifiableList(clusters);
    }

    private StoryCluster assign(FeedItem item, TermVector vector) {
        StoryCluster best = null;
        double bestSimilarity = 0;
        Set<StoryCluster> seen = new HashSet<>();
        for (String term : vector.weights().keySet()) {
            for (StoryCluster candidate : candidates(term)) {
                if (seen.add(candidate) && isRecent(candidate, item.published())) {
                    double similarity = vector.dot(candidate.centroid())
                            / candidate.centroid().norm();
                    if (similarity > bestSimilarity) {
                        best = candidate;
                        bestSimilarity = similarity;
                    }
                }
            }
        }
        if (best == null || bestSimilarity < settings.threshold()) {
            best = new StoryCluster(clusters.size(), item);
            clusters.add(best);
            bestSimilarity = 1;
        }
        for (String term : vector.weights().keySet()) {
            if (!best.centroid().weights().containsKey(term)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(best);
            }
        }
        best.add(item, vector, bestSimilarity);
        return best;
    }

    private List<StoryCluster> candidates(String term) {
        List<StoryCluster> holders = postings.getOrDefault(term, List.of());
        return holders.size() > MOST_CANDIDATES_PER_TERM ? List.of() : holders;
    }

    /** A story stops attracting items once it has been quiet for longer than the window, either way in time. */
    private boolean isRecent(StoryCluster cluster, Instant published) {
        Duration window = settings.window();
        return !published.isAfter(cluster.lastSeen().plus(window))
                && !published.isBefore(cluster.firstSeen().minus(window));
    }

    private record Analysed(List<AnalyzedTerm> title, List<AnalyzedTerm> summary, List<AnalyzedTerm> slug) {}

    private Analysed analyse(FeedItem item) {
        Language language = Language.of(item.language(), item.title() + " " + item.summary());
        String slug = LinkSlug.words(item.link());
        return new Analysed(
                analyzer.terms(item.title(), language),
                item.summary().isBlank() ? List.of() : analyzer.terms(item.summary(), language),
                slug.isEmpty() ? List.of() : analyzer.terms(slug, language));
    }

    /** Sublinear term counts: a word repeated in headline and summary counts more, but not twice as much. */
    private Map<String, Double> termFrequencies(Analysed item) {
        Map<String, Double> raw = new LinkedHashMap<>();
        collect(raw, item.title(), 1.0);
        collect(raw, item.summary(), settings.summaryWeight());
        collect(raw, item.slug(), settings.summaryWeight());
        Map<String, Double> tf = new LinkedHashMap<>();
        raw.forEach((term, count) -> tf.put(term, count <= 1 ? count : 1 + Math.log(count)));
        return tf;
    }

    private void collect(Map<String, Double> raw, List<AnalyzedTerm> terms, double weight) {
        for (AnalyzedTerm term : terms) {
            double w = weight;
            if (casing.isEntity(term)) {
                w *= settings.entityWeight();
            }
            if (term.compoundPart()) {
                w *= settings.compoundPartWeight();
            }
            raw.merge(term.term(), w, Double::sum);
        }
    }

    private TermVector weigh(Map<String, Double> tf) {
        TermVector vector = new TermVector();
        tf.forEach((term, weight) -> vector.put(term, weight * frequencies.idf(term)));
        return vector.normalised();
    }
}
