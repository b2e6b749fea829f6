package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.FeedsProperties;
import io.socialdesk.feeds.parsing.FeedParser;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.feeds.store.SeenItems;
import java.time.Clock;
import org.springframework.boot.thread.Threading;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the poller: the address check, the fetcher, the parser and the polling threads. */
@Configuration(proxyBeanMethods = false)
public class FeedPollingConfiguration {

    @Bean
    AddressGuard feedAddressGuard(FeedsProperties feeds) {
        return new AddressGuard(feeds.allowedHosts());
    }

    @Bean
    FeedParser feedParser() {
        return new FeedParser();
    }

    @Bean
    FeedPoller feedPoller(
            FeedSources sources,
            SeenItems seen,
            FeedParser parser,
            AddressGuard guard,
            FeedPollingProperties limits,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Environment environment,
            Clock clock) {
        return create(
                sources,
                seen,
                parser,
                guard,
                limits,
                events,
                transactions,
                Threading.VIRTUAL.isActive(environment),
                clock);
    }

    /** The poller and its parts, also for running it without Spring (the benchmark). */
    public static FeedPoller create(
            FeedSources sources,
            SeenItems seen,
            FeedParser parser,
            AddressGuard guard,
            FeedPollingProperties limits,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            boolean virtualThreads,
            Clock clock) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("feed-poll-");
        threads.setVirtualThreads(virtualThreads);
        threads.setConcurrencyLimit(Math.max(1, limits.concurrency()));
        FeedFetcher fetcher = new FeedFetcher(limits, guard, clock);
        PollRecorder recorder = new PollRecorder(sources, seen, events, transactions, limits);
        return new FeedPoller(sources, seen, new FeedPoll(fetcher, parser, recorder, clock), limits, threads, clock);
    }
}
