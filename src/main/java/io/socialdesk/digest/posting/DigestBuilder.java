package io.socialdesk.digest.posting;

import io.socialdesk.digest.clustering.ClusteringSettings;
import io.socialdesk.digest.clustering.Language;
import io.socialdesk.digest.clustering.StoryAnalyzer;
import io.socialdesk.digest.clustering.StoryCluster;
import io.socialdesk.digest.clustering.StoryClusterer;
import io.socialdesk.digest.intake.DigestItems;
import io.socialdesk.digest.terms.RisingTerms;
import io.socialdesk.digest.terms.TermCounts;
import io.socialdesk.feeds.FeedItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds a topic's digest from the kept items: the period's items are clustered with the production clustering one
 * day at a time (as {@code eval-stories} measures it), and its terms are compared with the four weeks before.
 */
@Component
class DigestBuilder implements AutoCloseable {

    /** How far before the period the rising terms' baseline reaches; items older than this are forgotten. */
    static final Duration BASELINE = Duration.ofDays(28);

    private static final int MOST_RISING = 8;

    private final DigestItems items;
    private final StoryAnalyzer analyzer = new StoryAnalyzer();

    DigestBuilder(DigestItems items) {
        this.items = items;
    }

    Digest build(@Nullable String topic, String topicName, Duration period, int maxStories, Instant now, ZoneId zone) {
        Instant from = now.minus(period);
        List<FeedItem> recent = items.between(topic, from, now);
        StoryClusterer clusterer = new StoryClusterer(ClusteringSettings.DEFAULTS, analyzer);
        Map<LocalDate, List<FeedItem>> days = new TreeMap<>();
        for (FeedItem item : recent) {
            days.computeIfAbsent(LocalDate.ofInstant(item.published(), zone), d -> new ArrayList<>())
                    .add(item);
        }
        days.values().forEach(clusterer::addAll);
        List<StoryCluster> stories = clusterer.clusters().stream()
                .sorted(Comparator.comparingInt(StoryCluster::sourceCount)
                        .thenComparingInt(cluster -> cluster.items().size())
                        .reversed()
                        .thenComparing(StoryCluster::lastSeen, Comparator.reverseOrder()))
                .limit(maxStories)
                .toList();
        TermCounts periodTerms = count(recent);
        TermCounts baseline = count(items.between(topic, from.minus(BASELINE), from));
        return new Digest(
                topicName, period, recent.size(), stories, RisingTerms.find(periodTerms, baseline, MOST_RISING));
    }

    private TermCounts count(List<FeedItem> list) {
        TermCounts counts = new TermCounts();
        for (FeedItem item : list) {
            String text = item.summary().isBlank() ? item.title() : item.title() + ". " + item.summary();
            counts.add(analyzer, text, Language.of(item.language(), text));
        }
        return counts;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
