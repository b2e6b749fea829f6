package io.socialdesk.feeds.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.feeds.FeedItem;
import io.socialdesk.feeds.parsing.FeedParseResult.ParseFailure;
import io.socialdesk.feeds.parsing.FeedParseResult.Parsed;
import io.socialdesk.feeds.parsing.FeedParseResult.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTests {

    private static final Instant FETCHED = Instant.parse("2026-12-01T12:00:00Z");
    private final FeedParser parser = new FeedParser();

    @Test
    void unwrapsGoogleAlertsLinksAndNamesTheArticlesHostAsSource() {
        FeedItem item = items("google-alerts.xml", "https://www.google.com/alerts/feeds/1/2")
                .get(0);

        assertThat(item.link()).isEqualTo("https://www.spiegel.de/wirtschaft/acme-rueckruf-a-123.html?id=7");
        assertThat(item.source()).isEqualTo("spiegel.de");
        assertThat(item.title()).isEqualTo("ACME ruft Produkte zurück & entschuldigt sich");
        assertThat(item.summary()).isEqualTo("Der Hersteller ACME ruft Geräte zurück ...");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
        assertThat(item.key()).isEqualTo("guid:tag:google.com,2013:googlealerts/feed:111");
    }

    @Test
    void resolvesRelativeLinksAgainstTheFeedAndDropsTrackingParameters() {
        List<FeedItem> items = items("relative.xml", "https://blog.example.com/feed/rss.xml");

        FeedItem undated = items.get(0);
        assertThat(undated.link()).isEqualTo("https://blog.example.com/posts/ohne-datum?page=2");
        assertThat(undated.key()).isEqualTo("link:https://blog.example.com/posts/ohne-datum?page=2");
        assertThat(undated.published()).isEqualTo(FETCHED);
        assertThat(undated.summary()).isEqualTo("Erster Absatz");
        assertThat(undated.language()).isEqualTo("de");
        assertThat(undated.source()).isEqualTo("blog.example.com");
    }

    @Test
    void keysByGuidElseLinkElseTitleAndDate() {
        List<FeedItem> items = items("relative.xml", "https://blog.example.com/feed/rss.xml");

        assertThat(items)
                .extracting(FeedItem::key)
                .containsExactly(
                        "link:https://blog.example.com/posts/ohne-datum?page=2",
                        "guid:heise-4711",
                        "text:nur text ohne link|2026-12-01T10:00:00Z");
        assertThat(items.get(1).source()).isEqualTo("heise.de");
        assertThat(items.get(2).title()).isEqualTo("Nur Text ohne Link");
        assertThat(items.get(2).link()).isNull();
    }

    @Test
    void sameDocumentGivesSameKeysOnEveryPoll() {
        List<FeedItem> first = items("relative.xml", "https://blog.example.com/feed/rss.xml");
        List<FeedItem> later = ((Parsed) parser.parse(
                        bytes("relative.xml"),
                        null,
                        URI.create("https://blog.example.com/feed/rss.xml"),
                        FETCHED.plusSeconds(900)))
                .items();

        assertThat(later)
                .extracting(FeedItem::key)
                .isEqualTo(first.stream().map(FeedItem::key).toList());
    }

    @Test
    void refusesDoctypesSoExternalEntitiesAreNeverResolved() {
        FeedParseResult result = parser.parse(bytes("xxe.xml"), null, URI.create("https://a.example/f"), FETCHED);

        assertThat(result).isInstanceOf(ParseFailure.class);
        assertThat(((ParseFailure) result).reason()).isEqualTo(Reason.MALFORMED_XML);
        assertThat(((ParseFailure) result).detail()).doesNotContain("root:");
    }

    @Test
    void saysAWebPageIsNotAFeed() {
        FeedParseResult result =
                parser.parse(bytes("page.html"), "text/html", URI.create("https://a.example/"), FETCHED);

        assertThat(result).isEqualTo(new ParseFailure(Reason.HTML_PAGE, "the address serves a web page, not a feed"));
    }

    @Test
    void reportsEmptyAndBrokenDocumentsWithAReason() {
        URI url = URI.create("https://a.example/f");
        assertThat(((ParseFailure) parser.parse(new byte[0], null, url, FETCHED)).reason())
                .isEqualTo(Reason.EMPTY);
        assertThat(((ParseFailure) parser.parse(utf8("<rss><channel><item>"), null, url, FETCHED)).reason())
                .isEqualTo(Reason.MALFORMED_XML);
        assertThat(((ParseFailure) parser.parse(utf8("<?xml version=\"1.0\"?><note>hi</note>"), null, url, FETCHED))
                        .reason())
                .isEqualTo(Reason.NOT_A_FEED);
    }

    @Test
    void cleansLinks() {
        URI base = URI.create("https://news.example.org/de/feed.xml");
        assertThat(ItemLinks.clean("../a?utm_source=x&UTM_Medium=y&b=1&mc_eid=3", base))
                .hasValue(URI.create("https://news.example.org/a?b=1"));
        assertThat(ItemLinks.clean("javascript:alert(1)", base)).isEmpty();
        assertThat(ItemLinks.clean("https://www.google.com/url?q=https%3A%2F%2Fwww.zeit.de%2Fx%3Fgclid%3D1", base))
                .hasValue(URI.create("https://www.zeit.de/x"));
        assertThat(ItemLinks.clean("not a [valid] link", base)).isEmpty();
    }

    private List<FeedItem> items(String fixture, String feedUrl) {
        FeedParseResult result = parser.parse(bytes(fixture), "application/xml", URI.create(feedUrl), FETCHED);
        assertThat(result).isInstanceOf(Parsed.class);
        return ((Parsed) result).items();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String fixture) {
        try (InputStream in = FeedParserTests.class.getResourceAsStream("/feeds/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
