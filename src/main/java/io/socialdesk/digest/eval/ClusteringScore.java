package io.socialdesk.digest.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well predicted clusters match gold stories.
 *
 * @param pairwisePrecision of all item pairs put in one cluster, the share that are one story
 * @param pairwiseRecall of all item pairs in one story, the share put in one cluster
 * @param bcubedPrecision per item, the share of its cluster that is its story, averaged over items
 * @param bcubedRecall per item, the share of its story that is in its cluster, averaged over items
 * @param sourcesExact the share of stories whose best-matching cluster (the one holding most of the story's items)
 *     counts exactly as many distinct sources as the story
 */
record ClusteringScore(
        double pairwisePrecision,
        double pairwiseRecall,
        double bcubedPrecision,
        double bcubedRecall,
        double sourcesExact) {

    double pairwiseF1() {
        return f1(pairwisePrecision, pairwiseRecall);
    }

    double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "STORIES pairwise_f1=%.4f bcubed_f1=%.4f sources_exact=%.4f",
                pairwiseF1(),
                bcubedF1(),
                sourcesExact);
    }

    /** One scored item: its gold story, the cluster it was put in, and its outlet. */
    record Assignment(String story, int cluster, String source) {}

    static ClusteringScore of(List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            throw new IllegalArgumentException("nothing to score");
        }
        Map<String, Integer> storySizes = new HashMap<>();
        Map<Integer, Integer> clusterSizes = new HashMap<>();
        Map<String, Map<Integer, Integer>> overlap = new HashMap<>();
        Map<String, Set<String>> storySources = new HashMap<>();
        Map<Integer, Set<String>> clusterSources = new HashMap<>();
        for (Assignment a : assignments) {
            String source = a.source().toLowerCase(Locale.ROOT);
            storySizes.merge(a.story(), 1, Integer::sum);
            clusterSizes.merge(a.cluster(), 1, Integer::sum);
            overlap.computeIfAbsent(a.story(), s -> new HashMap<>()).merge(a.cluster(), 1, Integer::sum);
            storySources.computeIfAbsent(a.story(), s -> new HashSet<>()).add(source);
            clusterSources.computeIfAbsent(a.cluster(), c -> new HashSet<>()).add(source);
        }
        double bothPairs = 0;
        double bcubedPrecision = 0;
        double bcubedRecall = 0;
        int exact = 0;
        for (Map.Entry<String, Map<Integer, Integer>> story : overlap.entrySet()) {
            int storySize = storySizes.get(story.getKey());
            int best = -1;
            int bestOverlap = 0;
            for (Map.Entry<Integer, Integer> cell : story.getValue().entrySet()) {
                int n = cell.getValue();
                int clusterSize = clusterSizes.get(cell.getKey());
                bothPairs += pairs(n);
                // each of the n items in this cell has n items of its story in its cluster
                bcubedPrecision += n * (double) n / clusterSize;
                bcubedRecall += n * (double) n / storySize;
                // most items of the story; on a tie the smaller, purer cluster
                if (n > bestOverlap || (n == bestOverlap && clusterSize < clusterSizes.get(best))) {
                    best = cell.getKey();
                    bestOverlap = n;
                }
            }
            if (clusterSources.get(best).size()
                    == storySources.get(story.getKey()).size()) {
                exact++;
            }
        }
        double clusterPairs = clusterSizes.values().stream()
                .mapToDouble(ClusteringScore::pairs)
                .sum();
        double storyPairs =
                storySizes.values().stream().mapToDouble(ClusteringScore::pairs).sum();
        int items = assignments.size();
        return new ClusteringScore(
                clusterPairs == 0 ? 1 : bothPairs / clusterPairs,
                storyPairs == 0 ? 1 : bothPairs / storyPairs,
                bcubedPrecision / items,
                bcubedRecall / items,
                exact / (double) overlap.size());
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
