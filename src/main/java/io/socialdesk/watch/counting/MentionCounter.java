package io.socialdesk.watch.counting;

import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.FeedItemsArrived;
import io.socialdesk.watch.WatchProperties;
import io.socialdesk.watch.matching.WatchMatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the mentions in every feed item that arrives: each watchlist that watches the feed's topics and that the
 * item's title and summary mention gets the item once, in the bucket of the moment it arrived (when the bot could
 * first have known). A new feed's first poll is history, not news, so it counts nothing.
 */
@Component
class MentionCounter {

    private static final Logger log = LoggerFactory.getLogger(MentionCounter.class);

    private final WatchProperties properties;
    private final Map<String, WatchProperties.Watchlist> watchlists;
    private final WatchMatcher matcher;
    private final Mentions mentions;
    private final Clock clock;

    MentionCounter(WatchProperties properties, Mentions mentions, Clock clock) {
        this.properties = properties;
        this.watchlists = properties.watchlists().stream()
                .collect(Collectors.toMap(WatchProperties.Watchlist::id, Function.identity()));
        this.matcher = WatchMatcher.of(properties.watchlists().stream()
                .map(watchlist -> new WatchMatcher.Definition(
                        watchlist.id(), watchlist.terms(), watchlist.context(), watchlist.exclude()))
                .toList());
        this.mentions = mentions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FeedItemsArrived arrived) {
        if (arrived.firstPoll() || watchlists.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        int counted = 0;
        for (FeedItem item : arrived.items()) {
            counted += count(arrived, item, now);
        }
        if (counted > 0) {
            log.debug(
                    "{} new mentions in {} items of feed {}",
                    counted,
                    arrived.items().size(),
                    arrived.feedId());
        }
    }

    private int count(FeedItemsArrived arrived, FeedItem item, Instant now) {
        int counted = 0;
        for (WatchMatcher.Hit hit : matcher.match(item.title() + "\n" + item.summary())) {
            WatchProperties.Watchlist watchlist = watchlists.get(hit.watchlist());
            if (!watchlist.watches(arrived.topics())) {
                continue;
            }
            // the article, wherever it was found; an item without a link is itself
            String identity =
                    item.link() != null ? "link:" + item.link() : "item:" + arrived.feedId() + ":" + item.key();
            Mentions.Mention mention =
                    new Mentions.Mention(item.source(), item.link(), item.title(), hit.excerpt(), now);
            if (mentions.add(watchlist.id(), identity, mention, String.join(", ", hit.terms()), properties.bucket())) {
                counted++;
            }
        }
        return counted;
    }
}
