package io.socialdesk.digest.posting;

import io.socialdesk.digest.clustering.StoryCluster;
import io.socialdesk.digest.terms.RisingTerm;
import java.time.Duration;
import java.util.List;

/**
 * What one digest says about one topic.
 *
 * @param topicName the topic as people know it, or null for all items
 * @param period how far back it looks
 * @param items how many items the period held
 * @param stories the top stories, most sources first
 * @param rising the rising terms, surest first
 */
record Digest(String topicName, Duration period, int items, List<StoryCluster> stories, List<RisingTerm> rising) {

    Digest {
        stories = List.copyOf(stories);
        rising = List.copyOf(rising);
    }

    boolean isEmpty() {
        return stories.isEmpty() && rising.isEmpty();
    }
}
