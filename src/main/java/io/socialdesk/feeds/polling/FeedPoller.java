package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.feeds.store.SeenItems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls every due feed. Each due feed is claimed row by row (one replica wins it), then fetched on a thread of its
 * own (virtual where the JDK has them), with at most {@code concurrency} polls at a time; a cycle ends when every
 * claimed poll has. A poll that fails is recorded as a failure of its feed, never as a failure of the cycle.
 */
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    /** What one cycle did. */
    public record Cycle(int polled, int withNewItems, int notModified, int failed, Duration took) {}

    private final FeedSources sources;
    private final SeenItems seen;
    private final FeedPoll poll;
    private final FeedPollingProperties limits;
    private final SimpleAsyncTaskExecutor threads;
    private final Clock clock;
    private final AtomicReference<Instant> lastForget = new AtomicReference<>(Instant.EPOCH);

    FeedPoller(
            FeedSources sources,
            SeenItems seen,
            FeedPoll poll,
            FeedPollingProperties limits,
            SimpleAsyncTaskExecutor threads,
            Clock clock) {
        this.sources = sources;
        this.seen = seen;
        this.poll = poll;
        this.limits = limits;
        this.threads = threads;
        this.clock = clock;
    }

    @SchedulerLock(name = "feeds-poll", lockAtMostFor = "PT15M")
    @Scheduled(
            fixedDelayString = "${socialdesk.ticks.feeds-millis:15000}",
            initialDelayString = "${socialdesk.ticks.initial-delay-millis:5000}")
    void scheduled() {
        try {
            Cycle cycle = pollDue();
            if (cycle.polled() > 0) {
                log.debug(
                        "Polled {} feeds in {} ms", cycle.polled(), cycle.took().toMillis());
            }
        } catch (RuntimeException ex) {
            log.error("Polling the feeds failed; trying again at the next tick", ex);
        }
    }

    /** Polls every feed due now and waits for the polls to end. */
    public Cycle pollDue() {
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        Map<FeedPoll.Outcome, Integer> outcomes = new EnumMap<>(FeedPoll.Outcome.class);
        List<CompletableFuture<FeedPoll.Outcome>> running = new ArrayList<>();
        List<String> due;
        do {
            due = sources.due(now, limits.batch());
            for (String id : due) {
                Optional<FeedSource> claimed = sources.claim(id, now, now.plus(limits.lease()));
                if (claimed.isEmpty()) {
                    continue; // another replica was first
                }
                // blocks while `concurrency` polls are running: the limit holds the claims back too
                running.add(threads.submitCompletable(() -> pollSafely(claimed.get())));
            }
        } while (due.size() == limits.batch()); // claimed feeds are no longer due, so this ends
        for (CompletableFuture<FeedPoll.Outcome> one : running) {
            outcomes.merge(one.join(), 1, Integer::sum);
        }
        forgetOldItems(now);
        return new Cycle(
                running.size(),
                outcomes.getOrDefault(FeedPoll.Outcome.NEW_ITEMS, 0),
                outcomes.getOrDefault(FeedPoll.Outcome.NOT_MODIFIED, 0),
                outcomes.getOrDefault(FeedPoll.Outcome.FAILED, 0),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private FeedPoll.Outcome pollSafely(FeedSource feed) {
        try {
            return poll.run(feed);
        } catch (RuntimeException ex) {
            // the claim's lease brings it back; the store may be briefly unavailable
            log.error("Polling feed {} failed unexpectedly; it is retried after its lease", feed.id(), ex);
            return FeedPoll.Outcome.FAILED;
        }
    }

    private void forgetOldItems(Instant now) {
        Instant last = lastForget.get();
        if (Duration.between(last, now).compareTo(FORGET_EVERY) >= 0 && lastForget.compareAndSet(last, now)) {
            int forgotten = seen.forgetUnseenSince(now.minus(limits.forgetAfter()));
            if (forgotten > 0) {
                log.info("Forgot {} item keys no feed carried for {}", forgotten, limits.forgetAfter());
            }
        }
    }
}
