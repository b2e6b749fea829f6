package io.socialdesk.digest.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoryAnalyzerTests {

    private final StoryAnalyzer analyzer = new StoryAnalyzer();

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void foldsGermanUmlautsAndTheirSpelledOutForms() {
        assertThat(words("Münchner Flüge über Köln", Language.GERMAN))
                .isEqualTo(words("Muenchner Fluege ueber Koeln", Language.GERMAN));
    }

    @Test
    void removesGermanStopWordsAndStems() {
        assertThat(words("Die Regierungen und der Streik", Language.GERMAN)).containsExactly("regierung", "streik");
    }

    @Test
    void aGermanCompoundYieldsItsTailAsAWeakerPart() {
        List<AnalyzedTerm> terms = analyzer.terms("Bundesregierung", Language.GERMAN);

        assertThat(terms.get(0))
                .isEqualTo(new AnalyzedTerm("bundesregierung", AnalyzedTerm.Casing.UNKNOWN, false, "Bundesregierung"));
        assertThat(terms).contains(new AnalyzedTerm("regierung", AnalyzedTerm.Casing.UNKNOWN, true, "Bundesregierung"));
        assertThat(terms).noneMatch(term -> term.term().length() < 5);
    }

    @Test
    void stemsEnglishAndDropsStopWords() {
        assertThat(words("The floods are closing roads", Language.ENGLISH)).containsExactly("flood", "close", "road");
    }

    @Test
    void capitalsSayNameOnlyInsideSentenceCaseHeadlines() {
        assertThat(analyzer.terms("Floods hit Leeds and the north", Language.ENGLISH))
                .extracting(AnalyzedTerm::casing)
                .containsExactly(
                        AnalyzedTerm.Casing.UNKNOWN,
                        AnalyzedTerm.Casing.LOWER,
                        AnalyzedTerm.Casing.CAPITALISED,
                        AnalyzedTerm.Casing.LOWER);
        assertThat(analyzer.terms("Floods Hit Leeds And The North", Language.ENGLISH))
                .extracting(AnalyzedTerm::casing)
                .containsOnly(AnalyzedTerm.Casing.UNKNOWN);
    }

    @Test
    void figuresAndAcronymsAreNamesAnywhere() {
        assertThat(analyzer.terms("NASA Launches Artemis 2", Language.ENGLISH))
                .extracting(AnalyzedTerm::casing)
                .containsExactly(
                        AnalyzedTerm.Casing.FIGURE,
                        AnalyzedTerm.Casing.UNKNOWN,
                        AnalyzedTerm.Casing.UNKNOWN,
                        AnalyzedTerm.Casing.FIGURE);
    }

    @Test
    void guessesGermanFromStopWordsAndUmlauts() {
        assertThat(Language.of(null, "Die Regierung und der Bundestag streiten über das Gesetz"))
                .isEqualTo(Language.GERMAN);
        assertThat(Language.of(null, "The government and the parliament argue over the law"))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.of("de-AT", "Budget")).isEqualTo(Language.GERMAN);
    }

    @Test
    void readsTheWordsOfALinkSlugButNotItsIds() {
        assertThat(LinkSlug.words("http://www.example.co.uk/entertainment/news/francos-disturbing-movie-30476839.html"))
                .isEqualTo("francos disturbing movie");
        assertThat(LinkSlug.words("https://example.com/world/186307.html")).isEmpty();
        assertThat(LinkSlug.words("not a link")).isEmpty();
    }

    private List<String> words(String text, Language language) {
        return analyzer.terms(text, language).stream()
                .filter(term -> !term.compoundPart())
                .map(AnalyzedTerm::term)
                .toList();
    }
}
