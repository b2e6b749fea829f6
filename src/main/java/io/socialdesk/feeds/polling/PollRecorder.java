package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.FeedItemsArrived;
import io.socialdesk.feeds.parsing.FeedParseResult;
import io.socialdesk.feeds.polling.FetchResult.Failed;
import io.socialdesk.feeds.store.FeedHealth;
import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.feeds.store.SeenItems;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what a poll found. The new items, the feed's state and the {@link FeedItemsArrived} event go in one
 * transaction: the event is stored with the items, so a listener runs only for items that are stored, and a crash
 * between the two loses neither.
 */
final class PollRecorder {

    private static final Logger log = LoggerFactory.getLogger(PollRecorder.class);

    private final FeedSources sources;
    private final SeenItems seen;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final FailurePolicy policy;
    private final double jitter;

    PollRecorder(
            FeedSources sources,
            SeenItems seen,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            FeedPollingProperties limits) {
        this.sources = sources;
        this.seen = seen;
        this.events = events;
        this.transactions = transactions;
        this.policy = FailurePolicy.of(limits);
        this.jitter = Math.max(0, Math.min(0.5, limits.jitter()));
    }

    /** Stores the poll's items; the number of new ones. */
    int parsed(FeedSource feed, FetchResult.Fetched fetched, FeedParseResult.Parsed parsed, Instant now) {
        Integer fresh = transactions.execute(status -> {
            List<FeedItem> items = seen.record(feed.id(), parsed.items(), now);
            sources.succeeded(
                    feed.id(),
                    fetched.etag(),
                    fetched.lastModified(),
                    parsed.items().size(),
                    now,
                    next(feed, now));
            if (!items.isEmpty()) {
                List<FeedItem> oldestFirst = items.stream()
                        .sorted(Comparator.comparing(FeedItem::published))
                        .toList();
                events.publishEvent(new FeedItemsArrived(feed.id(), feed.topics(), oldestFirst, !feed.polledOnce()));
            }
            return items.size();
        });
        if (feed.health() != FeedHealth.OK) {
            log.info("Feed {} works again after {} failures", feed.id(), feed.consecutiveFailures());
        }
        return fresh == null ? 0 : fresh;
    }

    void notModified(FeedSource feed, Instant now) {
        sources.notModified(feed.id(), now, next(feed, now));
    }

    void failed(FeedSource feed, Failed failure, Instant now) {
        FailurePolicy.Decision decision = policy.after(feed, failure, now);
        sources.failed(feed.id(), decision.failures(), decision.health(), failure.reason(), now, decision.next());
        if (decision.health() == FeedHealth.DISABLED && feed.health() != FeedHealth.DISABLED) {
            log.warn(
                    "Feed {} ({}) is DISABLED after {} failures: {}; tried again at {}",
                    feed.id(),
                    feed.url().getHost(),
                    decision.failures(),
                    failure.reason(),
                    decision.next());
        } else {
            log.info(
                    "Feed {} ({}) failed ({} in a row): {}; next try at {}",
                    feed.id(),
                    feed.url().getHost(),
                    decision.failures(),
                    failure.reason(),
                    decision.next());
        }
    }

    // the interval, varied a little either way so feeds added together do not stay in lockstep
    private Instant next(FeedSource feed, Instant now) {
        double factor = 1 + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter));
        return now.plus(Duration.ofMillis((long) (feed.pollInterval().toMillis() * factor)));
    }
}
