package io.socialdesk.feeds.polling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.socialdesk.MigratedDatabase;
import io.socialdesk.SteppingClock;
import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.FeedItemsArrived;
import io.socialdesk.feeds.parsing.FeedParser;
import io.socialdesk.feeds.store.FeedHealth;
import io.socialdesk.feeds.store.FeedSource;
import io.socialdesk.feeds.store.FeedSources;
import io.socialdesk.feeds.store.SeenItems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The poller against a real HTTP server on loopback. */
class FeedPollerTests {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().gzipDisabled(true));
    private final MigratedDatabase database = new MigratedDatabase();
    private final FeedSources sources = new FeedSources(database.jdbc());
    private final SeenItems seen = new SeenItems(database.jdbc());
    private final SteppingClock clock = new SteppingClock(START);
    private final List<FeedItemsArrived> published = new CopyOnWriteArrayList<>();
    private FeedPoller poller;

    @BeforeEach
    void start() {
        server.start();
        FeedPollingProperties limits = new FeedPollingProperties(
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                DataSize.ofKilobytes(512),
                DataSize.ofMegabytes(2),
                3,
                4,
                2,
                Duration.ZERO,
                0,
                Duration.ofMinutes(5),
                Duration.ofHours(6),
                Duration.ofDays(3),
                Duration.ofDays(1),
                Duration.ofMinutes(10),
                100,
                Duration.ofDays(90),
                "SocialDesk test");
        poller = FeedPollingConfiguration.create(
                sources,
                seen,
                new FeedParser(),
                new AddressGuard(List.of("localhost")),
                limits,
                event -> published.add((FeedItemsArrived) event),
                database.transactions(),
                false,
                clock);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theFirstPollIsHistoryAndLaterOnlyNewItemsArrive() {
        serve("/feed", rss(item("1", "Erste"), item("2", "Zweite")), "\"v1\"");
        addFromConfig("news", "/feed");

        assertThat(poller.pollDue().withNewItems()).isEqualTo(1);
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.firstPoll()).isTrue();
            assertThat(event.feedId()).isEqualTo("news");
            assertThat(event.topics()).containsExactly("industry");
            assertThat(event.items()).extracting(FeedItem::title).containsExactly("Erste", "Zweite");
        });
        assertThat(poller.pollDue().polled())
                .as("not due again before its interval")
                .isZero();

        server.stubFor(get("/feed")
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        clock.step(INTERVAL);
        assertThat(poller.pollDue().notModified()).isEqualTo(1);

        server.resetAll();
        serve("/feed", rss(item("1", "Erste"), item("2", "Zweite"), item("3", "Dritte")), "\"v2\"");
        clock.step(INTERVAL);
        poller.pollDue();

        assertThat(published).hasSize(2);
        assertThat(published.get(1).firstPoll()).isFalse();
        assertThat(published.get(1).items()).extracting(FeedItem::title).containsExactly("Dritte");
        assertThat(feed("news").etag()).isEqualTo("\"v2\"");
        assertThat(feed("news").health()).isEqualTo(FeedHealth.OK);
    }

    @Test
    void aFeedThatChangesItsGuidSchemeBringsNoOldStoriesBack() {
        serve("/feed", rss(item("1", "Erste"), item("2", "Zweite")), null);
        addFromConfig("news", "/feed");
        poller.pollDue();

        server.resetAll();
        serve("/feed", rss(item("urn:news:1", "Erste", "1"), item("urn:news:2", "Zweite", "2")), null);
        clock.step(INTERVAL);
        assertThat(poller.pollDue().withNewItems()).isZero();
        assertThat(published).hasSize(1);
    }

    @Test
    void aMissingFeedBacksOffExponentiallyAndRecovers() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(404)));
        addFromConfig("news", "/feed");

        poller.pollDue();
        FeedSource failing = feed("news");
        assertThat(failing.health()).isEqualTo(FeedHealth.FAILING);
        assertThat(failing.healthReason()).isEqualTo("HTTP 404");
        assertThat(failing.nextPollAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));

        clock.step(Duration.ofMinutes(5));
        poller.pollDue();
        assertThat(feed("news").nextPollAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(feed("news").consecutiveFailures()).isEqualTo(2);
        assertThat(feed("news").healthSince())
                .as("failing since the first failure")
                .isEqualTo(START);

        server.resetAll();
        serve("/feed", rss(item("1", "Erste")), null);
        clock.step(Duration.ofMinutes(10));
        poller.pollDue();
        assertThat(feed("news").health()).isEqualTo(FeedHealth.OK);
        assertThat(feed("news").consecutiveFailures()).isZero();
    }

    @Test
    void aFeedFailingForDaysIsDisabledButStillTriedDaily() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(500)));
        addFromConfig("news", "/feed");
        poller.pollDue();
        assertThat(feed("news").healthReason()).isEqualTo("HTTP 500");

        for (int i = 0; i < 40 && feed("news").health() != FeedHealth.DISABLED; i++) {
            clock.set(feed("news").nextPollAt());
            poller.pollDue();
        }

        FeedSource disabled = feed("news");
        assertThat(disabled.health()).isEqualTo(FeedHealth.DISABLED);
        assertThat(Duration.between(START, clock.instant())).isGreaterThanOrEqualTo(Duration.ofDays(3));
        assertThat(disabled.nextPollAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
        assertThat(sources.all()).as("never dropped").hasSize(1);
    }

    @Test
    void aFeedThatIsGoneIsDisabledAtOnce() {
        server.stubFor(get("/feed").willReturn(aResponse().withStatus(410)));
        addFromConfig("news", "/feed");
        poller.pollDue();

        assertThat(feed("news").health()).isEqualTo(FeedHealth.DISABLED);
        assertThat(feed("news").healthReason()).contains("410");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAFailure() {
        server.stubFor(get("/feed").willReturn(aResponse().withFixedDelay(4000).withBody(rss(item("1", "x")))));
        addFromConfig("news", "/feed");
        long started = System.nanoTime();
        poller.pollDue();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3900));
        assertThat(feed("news").health()).isEqualTo(FeedHealth.FAILING);
        assertThat(feed("news").healthReason()).contains("within 2 s");
    }

    @Test
    void aBodyThatNeverEndsIsCutOff() {
        server.stubFor(get("/feed")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/rss+xml")
                        .withBody(rss(item("1", "x")) + " ".repeat(20_000))
                        .withChunkedDribbleDelay(200, 20_000)));
        addFromConfig("news", "/feed");
        long started = System.nanoTime();
        poller.pollDue();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(feed("news").health()).isEqualTo(FeedHealth.FAILING);
        assertThat(feed("news").healthReason()).contains("within 2 s");
    }

    @Test
    void aHugeBodyIsRefused() {
        server.stubFor(get("/feed")
                .willReturn(
                        aResponse().withBody(rss(item("1", "x")).replace("</rss>", " ".repeat(1_000_000) + "</rss>"))));
        addFromConfig("news", "/feed");
        poller.pollDue();

        assertThat(feed("news").health()).isEqualTo(FeedHealth.FAILING);
        assertThat(feed("news").healthReason()).contains("larger than 512 KB");
    }

    @Test
    void aGzipFeedIsReadAndAGzipBombIsNot() throws IOException {
        server.stubFor(get("/small")
                .willReturn(aResponse()
                        .withHeader("Content-Encoding", "gzip")
                        .withBody(gzip(rss(item("1", "Gepackt")).getBytes(StandardCharsets.UTF_8)))));
        server.stubFor(get("/bomb")
                .willReturn(
                        aResponse().withHeader("Content-Encoding", "gzip").withBody(gzip(new byte[64 * 1024 * 1024]))));
        addFromConfig("small", "/small");
        addFromConfig("bomb", "/bomb");
        poller.pollDue();

        assertThat(published).singleElement().satisfies(event -> assertThat(event.items())
                .extracting(FeedItem::title)
                .containsExactly("Gepackt"));
        server.verify(getRequestedFor(urlEqualTo("/small")).withHeader("Accept-Encoding", equalTo("gzip")));
        assertThat(feed("bomb").health()).isEqualTo(FeedHealth.FAILING);
        assertThat(feed("bomb").healthReason()).contains("unpacks to more than 2 MB");
    }

    @Test
    void aWebPageIsNotAFeed() {
        server.stubFor(get("/feed")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withBody("<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>")));
        addFromConfig("news", "/feed");
        poller.pollDue();

        assertThat(feed("news").health()).isEqualTo(FeedHealth.FAILING);
        assertThat(feed("news").healthReason()).contains("web page");
        assertThat(published).isEmpty();
    }

    @Test
    void aChatFeedIsNotRedirectedOntoTheBotsOwnMachine() {
        serve("/feed", rss(item("1", "Intern")), null);
        server.stubFor(get("/moved")
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://127.0.0.1:" + server.port() + "/feed")));
        sources.add(definition("chat", URI.create("http://localhost:" + server.port() + "/moved")), "U1", START);
        sources.seed(definition("config", URI.create("http://localhost:" + server.port() + "/moved")), START, START);
        sources.add(definition("direct", URI.create("http://127.0.0.1:" + server.port() + "/feed")), "U1", START);
        poller.pollDue();

        assertThat(feed("chat").health()).isEqualTo(FeedHealth.DISABLED);
        assertThat(feed("chat").healthReason()).contains("redirect to 127.0.0.1 is refused");
        assertThat(feed("direct").health()).isEqualTo(FeedHealth.DISABLED);
        assertThat(feed("direct").healthReason()).contains("private network");
        assertThat(published)
                .as("the feed from bot-config.yml is trusted")
                .singleElement()
                .extracting(FeedItemsArrived::feedId)
                .isEqualTo("config");
        server.verify(1, getRequestedFor(urlEqualTo("/feed")));
    }

    @Test
    void onlyOneOfTwoReplicasPollsADueFeed() throws InterruptedException {
        serve("/feed", rss(item("1", "Erste")), null);
        addFromConfig("news", "/feed");
        FeedPoller other = FeedPollingConfiguration.create(
                sources,
                seen,
                new FeedParser(),
                new AddressGuard(List.of()),
                FeedPollingProperties.defaults(),
                event -> published.add((FeedItemsArrived) event),
                database.transactions(),
                false,
                clock);
        Thread second = new Thread(other::pollDue);
        second.start();
        poller.pollDue();
        second.join();

        server.verify(1, getRequestedFor(urlEqualTo("/feed")));
        assertThat(published).hasSize(1);
    }

    private void addFromConfig(String id, String path) {
        sources.seed(definition(id, URI.create(server.baseUrl() + path)), START, START);
    }

    private static FeedSources.Definition definition(String id, URI url) {
        return new FeedSources.Definition(id, url, List.of("industry"), INTERVAL);
    }

    private FeedSource feed(String id) {
        return sources.find(id).orElseThrow();
    }

    private void serve(String path, String body, String etag) {
        var response = aResponse()
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(body);
        if (etag != null) {
            response = response.withHeader("ETag", etag);
        }
        server.stubFor(get(path).willReturn(response));
    }

    private static String item(String guid, String title) {
        return item(guid, title, guid);
    }

    private static String item(String guid, String title, String article) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title
                + "</title><link>https://news.example/" + article + "</link><pubDate>Sun, 06 Dec 2026 0"
                + Math.min(9, title.length()) + ":00:00 GMT</pubDate></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>News</title>"
                + "<link>https://news.example/</link>" + String.join("", items) + "</channel></rss>";
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }
}
