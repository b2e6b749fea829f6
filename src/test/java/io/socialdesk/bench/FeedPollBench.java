package io.socialdesk.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.socialdesk.MigratedDatabase;
import io.socialdesk.feeds.parsing.FeedParser;
import io.socialdesk.feeds.polling.AddressGuard;
import io.socialdesk.feeds.polling.FeedPoller;
import io.socialdesk.feeds.polling.FeedPollingConfiguration;
import io.socialdesk.feeds.polling.FeedPollingProperties;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.feeds.store.SeenItems;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark: {@code feeds} RSS feeds of {@code items} items each, served by WireMock on loopback (each feed on a
 * host of its own among 127.0.x.y, as real feeds are spread over sites), polled in one cycle by the production
 * poller with the production limits (16 at a time, 2 per host) into an in-memory H2. Prints the wall time of the
 * first cycle (everything new, stored, one event per feed), of a second one (nothing new) and the peak heap.
 * Usage: bench/feed-poll.sh [feeds, default 1000] [items per feed, default 20]
 */
public final class FeedPollBench {

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("0.0.0.0")
                .containerThreads(64)
                .notifier(new Slf4jNotifier(false))
                .extensions(new FeedBody(items)));
        server.start();
        server.stubFor(get(urlPathMatching("/feed/\\d+"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                        .withTransformers("feed-body")));
        try {
            MigratedDatabase database = new MigratedDatabase();
            FeedSources sources = new FeedSources(database.jdbc());
            Instant start = Instant.now();
            for (int i = 0; i < feeds; i++) {
                String host = "127.0." + (i / 250) + "." + (1 + i % 250);
                sources.seed(
                        new FeedSources.Definition(
                                "feed-" + i,
                                URI.create("http://" + host + ":" + server.port() + "/feed/" + i),
                                List.of("news"),
                                Duration.ofMinutes(15)),
                        start,
                        start);
            }
            AtomicInteger events = new AtomicInteger();
            AtomicInteger arrived = new AtomicInteger();
            FeedPoller poller = FeedPollingConfiguration.create(
                    sources,
                    new SeenItems(database.jdbc()),
                    new FeedParser(),
                    new AddressGuard(List.of()),
                    FeedPollingProperties.defaults(),
                    event -> {
                        events.incrementAndGet();
                        arrived.addAndGet(((io.socialdesk.feeds.FeedItemsArrived) event)
                                .items()
                                .size());
                    },
                    database.transactions(),
                    Runtime.version().feature() >= 21,
                    Clock.systemUTC());
            System.gc();
            resetPeaks();
            long baseline = heapUsed();
            FeedPoller.Cycle first = poller.pollDue();
            long peak = heapPeak();
            System.out.printf(
                    "first cycle: %d feeds polled, %d events, %d new items, %d failed in %.1f s%n",
                    first.polled(),
                    events.get(),
                    arrived.get(),
                    first.failed(),
                    first.took().toMillis() / 1000.0);
            database.jdbc()
                    .sql("UPDATE feeds_source SET next_poll_at = ?")
                    .param(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                            .minusSeconds(1))
                    .update();
            FeedPoller.Cycle second = poller.pollDue();
            System.out.printf(
                    "second cycle (nothing new): %d feeds polled, %d failed in %.1f s%n",
                    second.polled(), second.failed(), second.took().toMillis() / 1000.0);
            System.out.printf(
                    "heap: %d MB before, peak %d MB during the first cycle (max heap %d MB, %s threads)%n",
                    baseline >> 20,
                    peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.version().feature() >= 21 ? "virtual" : "platform");
            System.out.printf(
                    "FEEDS_BENCH feeds=%d items=%d wall_s=%.1f peak_heap_mb=%d%n",
                    feeds, items, first.took().toMillis() / 1000.0, peak >> 20);
        } finally {
            server.stop();
        }
        System.exit(0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Writes each feed's RSS from its number, so 1,000 feeds need no 1,000 stubs. */
    static final class FeedBody implements ResponseTransformerV2 {
        private final int items;

        FeedBody(int items) {
            this.items = items;
        }

        @Override
        public Response transform(Response response, ServeEvent event) {
            String url = event.getRequest().getUrl();
            String feed = url.substring(url.lastIndexOf('/') + 1);
            StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>Feed " + feed + "</title><link>https://news" + feed + ".example/</link>");
            for (int i = 0; i < items; i++) {
                body.append("<item><guid isPermaLink=\"false\">")
                        .append(feed)
                        .append('-')
                        .append(i)
                        .append("</guid><title>Story ")
                        .append(i)
                        .append(" of feed ")
                        .append(feed)
                        .append(": Markt &amp; Wettbewerb</title><link>https://news")
                        .append(feed)
                        .append(".example/story/")
                        .append(i)
                        .append("?utm_source=rss</link><description>&lt;p&gt;")
                        .append("Summary of story ")
                        .append(i)
                        .append(" with some <b>HTML</b> text.&lt;/p&gt;")
                        .append("</description><pubDate>Sun, 06 Dec 2026 08:")
                        .append(10 + i % 50)
                        .append(":00 GMT</pubDate></item>");
            }
            body.append("</channel></rss>");
            return Response.Builder.like(response).but().body(body.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "feed-body";
        }
    }
}
