package io.socialdesk.digest.clustering;

import io.socialdesk.feeds.FeedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One story as told by one or more outlets. Grows while the clusterer runs; read it once clustering is done. */
public final class StoryCluster {

    private final int id;
    private final List<FeedItem> items = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final TermVector centroid = new TermVector();
    private Instant firstSeen;
    private Instant lastSeen;
    private FeedItem lead;
    private double leadSimilarity = -1;

    StoryCluster(int id, FeedItem first) {
        this.id = id;
        this.firstSeen = first.published();
        this.lastSeen = first.published();
        this.lead = first;
    }

    /** Numbered in the order the clusters were opened, from 0. */
    public int id() {
        return id;
    }

    /** The items, in the order they joined. */
    public List<FeedItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** How many distinct outlets told the story (one outlet's several articles count once). */
    public int sourceCount() {
        return sources.size();
    }

    /** The distinct outlets, in the order they joined. */
    public Set<String> sources() {
        return Collections.unmodifiableSet(sources);
    }

    /** The item that stands for the story: the one closest to the centroid when it joined. */
    public FeedItem lead() {
        return lead;
    }

    public String title() {
        return lead.title();
    }

    public @Nullable String link() {
        return lead.link();
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    TermVector centroid() {
        return centroid;
    }

    /** Takes in all of {@code other}'s items: the two turned out to be one story. */
    void absorb(StoryCluster other) {
        for (int i = 0; i < other.items.size(); i++) {
            FeedItem item = other.items.get(i);
            items.add(item);
            sources.add(item.source().toLowerCase(Locale.ROOT));
        }
        centroid.add(other.centroid);
        if (other.firstSeen.isBefore(firstSeen)) {
            firstSeen = other.firstSeen;
        }
        if (other.lastSeen.isAfter(lastSeen)) {
            lastSeen = other.lastSeen;
        }
        if (other.items.size() > items.size() - other.items.size()) {
            lead = other.lead;
            leadSimilarity = other.leadSimilarity;
        }
    }

    void add(FeedItem item, TermVector vector, double similarity) {
        items.add(item);
        sources.add(item.source().toLowerCase(Locale.ROOT));
        centroid.add(vector);
        if (item.published().isBefore(firstSeen)) {
            firstSeen = item.published();
        }
        if (item.published().isAfter(lastSeen)) {
            lastSeen = item.published();
        }
        if (similarity > leadSimilarity) {
            lead = item;
            leadSimilarity = similarity;
        }
    }
}
