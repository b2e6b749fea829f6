package io.socialdesk.digest.eval;

import io.socialdesk.digest.clustering.ClusteringSettings;
import io.socialdesk.digest.clustering.StoryAnalyzer;
import io.socialdesk.digest.clustering.StoryCluster;
import io.socialdesk.digest.clustering.StoryClusterer;
import io.socialdesk.feeds.FeedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds labelled items through one production clusterer one day at a time, oldest day first and in file order within a
 * day, as the digest would receive them, and scores the clusters it ends with.
 */
final class StoryEvaluation {

    private StoryEvaluation() {}

    static ClusteringScore run(List<LabelledItem> items, ClusteringSettings settings) {
        Map<Instant, List<FeedItem>> days = new TreeMap<>();
        Map<FeedItem, String> stories = new IdentityHashMap<>();
        for (LabelledItem labelled : items) {
            days.computeIfAbsent(labelled.item().published(), d -> new ArrayList<>())
                    .add(labelled.item());
            stories.put(labelled.item(), labelled.story());
        }
        List<ClusteringScore.Assignment> assignments = new ArrayList<>();
        try (StoryAnalyzer analyzer = new StoryAnalyzer()) {
            StoryClusterer clusterer = new StoryClusterer(settings, analyzer);
            days.values().forEach(clusterer::addAll);
            for (StoryCluster cluster : clusterer.clusters()) {
                for (FeedItem item : cluster.items()) {
                    assignments.add(new ClusteringScore.Assignment(stories.get(item), cluster.id(), item.source()));
                }
            }
        }
        return ClusteringScore.of(assignments);
    }

    /**
     * The items of fold {@code k} of {@code n} (1-based): whole stories, dealt out round-robin in the order of their
     * ids, so a fold is a sample of other stories, as a held-out set would be.
     */
    static List<LabelledItem> fold(List<LabelledItem> items, int k, int n) {
        List<String> ids =
                items.stream().map(LabelledItem::story).distinct().sorted().toList();
        Map<String, Integer> foldOf = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            foldOf.put(ids.get(i), i % n + 1);
        }
        return items.stream().filter(item -> foldOf.get(item.story()) == k).toList();
    }
}
