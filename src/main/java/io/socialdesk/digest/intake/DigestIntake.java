package io.socialdesk.digest.intake;

import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.FeedItemsArrived;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every arriving feed item for digests, under each topic of its feed. A new feed's first poll counts too: its
 * items were already there, but they belong to digests by their dates. Redelivery is harmless (each article once).
 */
@Component
class DigestIntake {

    private static final Logger log = LoggerFactory.getLogger(DigestIntake.class);

    private final DigestItems items;

    DigestIntake(DigestItems items) {
        this.items = items;
    }

    @ApplicationModuleListener
    void on(FeedItemsArrived arrived) {
        List<String> topics = arrived.topics().isEmpty() ? List.of(DigestItems.NO_TOPIC) : arrived.topics();
        int kept = 0;
        for (FeedItem item : arrived.items()) {
            // the article, wherever it was found; an item without a link is itself
            String identity =
                    item.link() != null ? "link:" + item.link() : "item:" + arrived.feedId() + ":" + item.key();
            for (String topic : topics) {
                if (items.add(topic, identity, item)) {
                    kept++;
                }
            }
        }
        log.debug(
                "kept {} of {} items of feed {} for digests",
                kept,
                arrived.items().size(),
                arrived.feedId());
    }
}
