package io.socialdesk.feeds.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.MigratedDatabase;
import io.socialdesk.feeds.FeedItem;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class FeedStoreTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final JdbcClient jdbc = newDatabase();
    private final FeedSources sources = new FeedSources(jdbc);
    private final SeenItems seen = new SeenItems(jdbc);

    /** The database the store runs on: H2 here, PostgreSQL in {@link FeedStoreOnPostgresTests}. */
    JdbcClient newDatabase() {
        return new MigratedDatabase().jdbc();
    }

    @Test
    void aDueFeedIsClaimedOnce() {
        sources.add(feed("heise", "https://www.heise.de/rss"), "U1", NOW);

        assertThat(sources.due(NOW, 10)).containsExactly("heise");
        assertThat(sources.claim("heise", NOW, NOW.plusSeconds(600))).isPresent();
        assertThat(sources.claim("heise", NOW, NOW.plusSeconds(600)))
                .as("a second replica finds it taken")
                .isEmpty();
        assertThat(sources.due(NOW, 10)).isEmpty();
        assertThat(sources.due(NOW.plusSeconds(600), 10)).containsExactly("heise");
    }

    @Test
    void keepsHealthSinceTheFirstFailureAndValidatorsOfTheLastSuccess() {
        sources.add(feed("heise", "https://www.heise.de/rss"), "U1", NOW);
        sources.succeeded("heise", "\"v1\"", "Sun, 06 Dec 2026 09:00:00 GMT", 12, NOW, NOW.plusSeconds(900));
        sources.failed("heise", 1, FeedHealth.FAILING, "HTTP 500", NOW.plusSeconds(900), NOW.plusSeconds(1200));
        sources.failed("heise", 2, FeedHealth.FAILING, "HTTP 503", NOW.plusSeconds(1200), NOW.plusSeconds(1800));

        FeedSource failing = sources.find("heise").orElseThrow();
        assertThat(failing.health()).isEqualTo(FeedHealth.FAILING);
        assertThat(failing.healthReason()).isEqualTo("HTTP 503");
        assertThat(failing.healthSince()).isEqualTo(NOW.plusSeconds(900));
        assertThat(failing.consecutiveFailures()).isEqualTo(2);
        assertThat(failing.etag()).isEqualTo("\"v1\"");
        assertThat(failing.polledOnce()).isTrue();

        sources.notModified("heise", NOW.plusSeconds(1800), NOW.plusSeconds(2700));
        FeedSource back = sources.find("heise").orElseThrow();
        assertThat(back.health()).isEqualTo(FeedHealth.OK);
        assertThat(back.healthReason()).isNull();
        assertThat(back.healthSince()).isEqualTo(NOW.plusSeconds(1800));
        assertThat(back.consecutiveFailures()).isZero();
    }

    @Test
    void seedsConfiguredFeedsWithoutTouchingChatOnesAndForgetsThoseTheFileDropped() {
        sources.add(feed("mine", "https://example.org/a.xml"), "U1", NOW);
        sources.seed(feed("mine", "https://example.org/other.xml"), NOW, NOW);
        sources.seed(feed("heise", "https://www.heise.de/rss"), NOW, NOW);
        sources.seed(feed("old", "https://old.example/rss"), NOW, NOW);

        assertThat(sources.find("mine").orElseThrow().url()).hasToString("https://example.org/a.xml");
        assertThat(sources.retainConfigured(List.of("heise"))).isEqualTo(1);
        assertThat(sources.all()).extracting(FeedSource::id).containsExactly("heise", "mine");
        assertThat(sources.find("heise").orElseThrow().origin()).isEqualTo(FeedOrigin.CONFIG);
    }

    @Test
    void anItemSeenAgainIsNotNewEvenUnderAnotherGuid() {
        FeedItem first = item("guid:1", "Erste Meldung", "https://example.org/1");
        FeedItem second = item("guid:2", "Zweite Meldung", "https://example.org/2");

        assertThat(seen.record("news", List.of(first, second), NOW)).containsExactly(first, second);
        assertThat(seen.record("news", List.of(first, second), NOW.plusSeconds(60)))
                .isEmpty();

        FeedItem renamed = item("guid:urn:1", "Erste Meldung", "https://example.org/1");
        FeedItem third = item("guid:3", "Dritte Meldung", "https://example.org/3");
        assertThat(seen.record("news", List.of(renamed, third), NOW.plusSeconds(120)))
                .containsExactly(third);
        assertThat(seen.record("other-feed", List.of(first), NOW))
                .as("per feed")
                .containsExactly(first);
    }

    @Test
    void forgetsOnlyWhatNoPollCarriesAnyMore() {
        FeedItem kept = item("guid:1", "Bleibt", "https://example.org/1");
        FeedItem gone = item("guid:2", "Geht", "https://example.org/2");
        seen.record("news", List.of(kept, gone), NOW);
        seen.record("news", List.of(kept), NOW.plus(Duration.ofDays(40)));

        assertThat(seen.forgetUnseenSince(NOW.plus(Duration.ofDays(30)))).isEqualTo(3);
        assertThat(seen.record("news", List.of(kept, gone), NOW.plus(Duration.ofDays(41))))
                .containsExactly(gone);
    }

    private static FeedSources.Definition feed(String id, String url) {
        return new FeedSources.Definition(id, URI.create(url), List.of("industry"), Duration.ofMinutes(15));
    }

    private static FeedItem item(String key, String title, String link) {
        return new FeedItem(key, title, link, "", NOW.minusSeconds(3600), "example.org", "de");
    }
}
