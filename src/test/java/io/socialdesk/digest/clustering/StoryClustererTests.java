package io.socialdesk.digest.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.feeds.FeedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoryClustererTests {

    private static final Instant MORNING = Instant.parse("2026-03-02T07:00:00Z");

    private final StoryAnalyzer analyzer = new StoryAnalyzer();
    private final StoryClusterer clusterer = new StoryClusterer(ClusteringSettings.DEFAULTS, analyzer);
    private int keys;

    @AfterEach
    void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void groupsOneGermanStoryFromSeveralOutletsAndKeepsAnotherApart() {
        clusterer.addAll(List.of(
                german("spiegel.de", "Bundesregierung beschließt Heizungsgesetz nach langem Streit"),
                german("sport1.de", "FC Bayern München schlägt Borussia Dortmund im Topspiel"),
                german("zeit.de", "Regierung beschließt das Heizungsgesetz"),
                german("kicker.de", "Topspiel: Bayern gewinnt gegen Dortmund"),
                german("faz.net", "Kabinett: Die Bundesregierung einigt sich auf das Heizungsgesetz"),
                german("zeit.de", "Heizungsgesetz: Was die Regierung beschlossen hat")));

        List<StoryCluster> clusters = bySize();
        assertThat(clusters).hasSize(2);
        assertThat(clusters.get(0).items())
                .extracting(FeedItem::source)
                .containsOnly("spiegel.de", "zeit.de", "faz.net");
        assertThat(clusters.get(0).sourceCount()).isEqualTo(3);
        assertThat(clusters.get(1).sources()).containsExactlyInAnyOrder("sport1.de", "kicker.de");
    }

    @Test
    void matchesUmlautsWhetherWrittenOrSpelledOut() {
        clusterer.addAll(List.of(
                german("br.de", "Münchner Flughafen: Lufthansa streicht Flüge wegen Streik"),
                german("tz.de", "Muenchner Flughafen: Lufthansa streicht Fluege wegen Streik"),
                german("handelsblatt.com", "Zinsen: Europäische Zentralbank senkt den Leitzins")));

        assertThat(bySize().get(0).sources()).containsExactlyInAnyOrder("br.de", "tz.de");
        assertThat(clusterer.clusters()).hasSize(2);
    }

    @Test
    void countsAnOutletWithSeveralArticlesOnce() {
        clusterer.addAll(List.of(
                english("reuters.com", "Apple unveils the iPhone 17 with a thinner design"),
                english("reuters.com", "Apple's thinner iPhone 17 unveiled at Cupertino event"),
                english("theverge.com", "Apple unveils iPhone 17: thinner design, new camera")));

        assertThat(clusterer.clusters()).hasSize(1);
        assertThat(clusterer.clusters().get(0).sourceCount()).isEqualTo(2);
        assertThat(clusterer.clusters().get(0).items()).hasSize(3);
    }

    @Test
    void keepsDifferentEnglishStoriesApart() {
        clusterer.addAll(List.of(
                english("bbc.co.uk", "Heavy floods close roads across northern England"),
                english("ft.com", "Tesla shares fall after quarterly deliveries disappoint"),
                english("guardian.com", "Northern England floods: roads closed as rivers burst banks"),
                english("cnbc.com", "Tesla deliveries miss estimates and shares drop"),
                english("nature.com", "Astronomers find water vapour on a distant exoplanet")));

        assertThat(bySize()).extracting(StoryCluster::sourceCount).containsExactly(2, 2, 1);
        assertThat(bySize().get(2).title()).contains("exoplanet");
    }

    @Test
    void anOldStoryNoLongerAttractsItems() {
        clusterer.addAll(List.of(english("bbc.co.uk", "Heavy floods close roads across northern England")));
        FeedItem later = item(
                "guardian.com",
                "Northern England floods close roads again",
                "en",
                MORNING.plus(ClusteringSettings.DEFAULTS.window()).plus(Duration.ofHours(1)));
        clusterer.addAll(List.of(later));

        assertThat(clusterer.clusters()).hasSize(2);
    }

    @Test
    void guessesTheLanguageWhenTheFeedDeclaresNone() {
        clusterer.addAll(List.of(
                item("a.de", "Die Bundesregierung und der Streit um das Heizungsgesetz", null, MORNING),
                item("b.de", "Regierung beschließt Heizungsgesetz", null, MORNING)));

        assertThat(clusterer.clusters()).hasSize(1);
    }

    private List<StoryCluster> bySize() {
        List<StoryCluster> sorted = new ArrayList<>(clusterer.clusters());
        sorted.sort(
                Comparator.comparingInt((StoryCluster c) -> c.items().size()).reversed());
        return sorted;
    }

    private FeedItem german(String source, String title) {
        return item(source, title, "de", MORNING);
    }

    private FeedItem english(String source, String title) {
        return item(source, title, "en", MORNING);
    }

    private FeedItem item(String source, String title, String language, Instant published) {
        keys++;
        return new FeedItem("k" + keys, title, "https://" + source + "/a/" + keys, "", published, source, language);
    }
}
