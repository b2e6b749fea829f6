package io.socialdesk.watch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WatchMatcherTests {

    private static WatchMatcher brand(List<String> terms, List<String> context, List<String> excluded) {
        return WatchMatcher.of(List.of(new WatchMatcher.Definition("brand", terms, context, excluded)));
    }

    private static List<String> watchlists(WatchMatcher matcher, String text) {
        return matcher.match(text).stream().map(WatchMatcher.Hit::watchlist).toList();
    }

    @Test
    void aTermMatchesWholeWordsOnlyUnlessItAsksForMore() {
        WatchMatcher bahn = brand(List.of("Bahn"), List.of(), List.of());
        assertThat(watchlists(bahn, "Die Bahn streikt.")).containsExactly("brand");
        assertThat(watchlists(bahn, "Am Bahnhof ist nichts los")).isEmpty();
        assertThat(watchlists(bahn, "S-Bahn fällt aus"))
                .as("a hyphen ends a word")
                .containsExactly("brand");
        assertThat(watchlists(bahn, "Bahn2go")).as("a digit continues the word").isEmpty();

        WatchMatcher prefix = brand(List.of("Bahn*"), List.of(), List.of());
        assertThat(watchlists(prefix, "Am Bahnhof ist nichts los")).containsExactly("brand");
        assertThat(watchlists(prefix, "Autobahn"))
                .as("still starting on a word boundary")
                .isEmpty();
    }

    @Test
    void caseUnicodeAndGermanSpellingDoNotMatter() {
        WatchMatcher matcher = brand(List.of("Müller Straße", "Café Ole"), List.of(), List.of());
        assertThat(watchlists(matcher, "MUELLER STRASSE meldet Rückruf")).containsExactly("brand");
        assertThat(watchlists(matcher, "müller\n  straße"))
                .as("any white space between words")
                .containsExactly("brand");
        assertThat(watchlists(matcher, "Ｍüller Straße"))
                .as("full-width letters (NFKC)")
                .containsExactly("brand");
        assertThat(watchlists(matcher, "cafe ole")).containsExactly("brand");
        assertThat(watchlists(matcher, "Cafe\u0301 Ole"))
                .as("a combining accent")
                .containsExactly("brand");
        assertThat(watchlists(matcher, "Müllerstraße")).isEmpty();
    }

    @Test
    void contextTermsMustCoOccurAndExclusionsVeto() {
        WatchMatcher matcher = brand(List.of("ACME"), List.of("Rückruf", "Boykott"), List.of("ACME Arena"));
        assertThat(watchlists(matcher, "ACME startet neue Kampagne")).isEmpty();
        assertThat(watchlists(matcher, "Rueckruf bei ACME: Bremsen")).containsExactly("brand");
        assertThat(watchlists(matcher, "Boykott-Aufruf im ACME Arena Stadion")).isEmpty();
    }

    @Test
    void termsThatLookLikeRegularExpressionsAreTakenLiterally() {
        WatchMatcher matcher = brand(List.of("C++", ".*", "a|b", "(Beta)"), List.of(), List.of());
        assertThat(matcher.match("Wir lieben C++ und (Beta) Tests"))
                .singleElement()
                .satisfies(hit -> assertThat(hit.terms()).containsExactly("C++", "(Beta)"));
        assertThat(watchlists(matcher, "anything at all")).isEmpty();
        assertThat(watchlists(matcher, "a or b")).isEmpty();
    }

    @Test
    void oneTextCanMentionSeveralWatchlistsAndAnExcerptQuotesItAsWritten() {
        WatchMatcher matcher = WatchMatcher.of(List.of(
                new WatchMatcher.Definition("brand", List.of("ACME"), List.of(), List.of()),
                new WatchMatcher.Definition("ceo", List.of("\"Erika Mustermann\""), List.of(), List.of())));
        String text = "x".repeat(500) + " Heute sagte Erika Mustermann über ACME: alles gut. " + "y".repeat(500);

        List<WatchMatcher.Hit> hits = matcher.match(text);

        assertThat(hits).extracting(WatchMatcher.Hit::watchlist).containsExactly("brand", "ceo");
        assertThat(hits.get(1).excerpt())
                .contains("Erika Mustermann über ACME")
                .startsWith("…")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(WatchMatcher.EXCERPT + 2);
    }

    @Test
    void emptyAndHugeTextsAndLongTermListsAreFine() {
        List<String> terms =
                IntStream.range(0, 10_000).mapToObj(i -> "marke" + i).toList();
        WatchMatcher matcher = brand(terms, List.of(), List.of());
        assertThat(matcher.match("")).isEmpty();

        String huge = "lorem ipsum ".repeat(90_000) + "marke9999";
        assertThat(matcher.match(huge)).singleElement().satisfies(hit -> assertThat(hit.terms())
                .containsExactly("marke9999"));
    }

    @Test
    void aTermWithNothingToMatchIsRefused() {
        assertThatThrownBy(() -> brand(List.of("  \"\" "), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to match");
    }
}
