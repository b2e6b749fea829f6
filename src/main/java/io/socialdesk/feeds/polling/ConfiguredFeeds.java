package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.FeedsProperties;
import io.socialdesk.feeds.store.FeedSources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the feeds of {@code bot-config.yml} into the store at startup, so the file seeds what chat can change.
 * New ones are first due within a minute, spread out, so a restart does not fetch every feed at once.
 */
@Component
class ConfiguredFeeds {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredFeeds.class);
    private static final Duration SPREAD = Duration.ofMinutes(1);

    private final FeedsProperties properties;
    private final FeedSources sources;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConfiguredFeeds(FeedsProperties properties, FeedSources sources, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.sources = sources;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        Instant now = Instant.now(clock);
        try {
            transactions.executeWithoutResult(status -> {
                for (FeedsProperties.Source source : properties.sources()) {
                    Instant first = now.plusMillis(ThreadLocalRandom.current().nextLong(SPREAD.toMillis()));
                    sources.seed(
                            new FeedSources.Definition(
                                    source.id(),
                                    java.net.URI.create(source.url().strip()),
                                    source.topics(),
                                    properties.intervalOf(source)),
                            now,
                            first);
                }
                int dropped = sources.retainConfigured(properties.sources().stream()
                        .map(FeedsProperties.Source::id)
                        .toList());
                if (dropped > 0) {
                    log.info("Removed {} feeds that bot-config.yml no longer lists", dropped);
                }
            });
        } catch (DataIntegrityViolationException raced) {
            // another replica seeded the same feeds at the same moment; its rows are the same
            log.debug("Another replica seeded the configured feeds first");
        }
    }
}
