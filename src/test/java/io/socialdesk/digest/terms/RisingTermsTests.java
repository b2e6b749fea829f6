package io.socialdesk.digest.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.socialdesk.digest.clustering.Language;
import io.socialdesk.digest.clustering.StoryAnalyzer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RisingTermsTests {

    private final StoryAnalyzer analyzer = new StoryAnalyzer();
    private final TermCounts baseline = new TermCounts();
    private final TermCounts period = new TermCounts();

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void aNewGermanTopicRisesAndEverydayWordsDoNot() {
        for (int i = 0; i < 200; i++) {
            baseline.add(analyzer, everydayGerman(i), Language.GERMAN);
        }
        for (int i = 0; i < 30; i++) {
            String text = i % 3 == 0 ? LAW[i % 9 / 3] : everydayGerman(i);
            period.add(analyzer, text, Language.GERMAN);
        }

        List<RisingTerm> rising = RisingTerms.find(period, baseline, 10);

        assertThat(rising)
                .extracting(RisingTerm::term)
                .contains("heizungsgesetz")
                .doesNotContain("regierung", "wett", "heut");
        RisingTerm law = rising.stream()
                .filter(t -> t.term().equals("heizungsgesetz"))
                .findFirst()
                .orElseThrow();
        assertThat(law.display()).isEqualTo("Heizungsgesetz");
        assertThat(law.periodItems()).isEqualTo(10);
        assertThat(rising.get(0).term()).isEqualTo("heizungsgesetz");
        // (10 + 1) / 31 in the period against (0 + 1) / 201 in the baseline
        assertThat(law.factor()).isCloseTo(11.0 / 31 * 201, within(1e-9));
    }

    @Test
    void aTwoWordPhraseRisesAndStandsInForItsWords() {
        for (int i = 0; i < 300; i++) {
            baseline.add(
                    analyzer,
                    "Markets open higher as investors weigh steel prices and jobs " + (i % 7),
                    Language.ENGLISH);
        }
        for (int i = 0; i < 40; i++) {
            String text = i % 4 == 0
                    ? "White House announces new steel tariffs on imports"
                    : "Markets open higher as investors weigh jobs";
            period.add(analyzer, text, Language.ENGLISH);
        }

        List<RisingTerm> rising = RisingTerms.find(period, baseline, 10);

        assertThat(rising).extracting(RisingTerm::display).contains("steel tariffs");
        assertThat(rising).extracting(RisingTerm::term).doesNotContain("tariff", "market", "steel", "job");
    }

    @Test
    void fewerThanThreeItemsNeverRise() {
        for (int i = 0; i < 100; i++) {
            baseline.add(analyzer, "Weather forecast for the weekend", Language.ENGLISH);
        }
        period.add(analyzer, "Meteorite lands in a garden", Language.ENGLISH);
        period.add(analyzer, "Meteorite found by a gardener", Language.ENGLISH);

        assertThat(RisingTerms.find(period, baseline, 10)).isEmpty();
    }

    @Test
    void theLikelihoodTestIsZeroForEqualSharesAndGrowsWithTheDifference() {
        assertThat(RisingTerms.logLikelihood(10, 100, 100, 1000)).isCloseTo(0.0, within(1e-9));
        assertThat(RisingTerms.logLikelihood(20, 100, 100, 1000)).isGreaterThan(5);
        assertThat(RisingTerms.logLikelihood(40, 100, 100, 1000))
                .isGreaterThan(RisingTerms.logLikelihood(20, 100, 100, 1000));
    }

    private static final String[] LAW = {
        "Bundestag beschließt das Heizungsgesetz",
        "Heizungsgesetz: Was jetzt für Mieter gilt",
        "Kritik am Heizungsgesetz wächst"
    };

    private static String everydayGerman(int i) {
        return switch (i % 4) {
            case 0 -> "Die Regierung plant heute neue Schritte";
            case 1 -> "Das Wetter wird heute sonnig";
            case 2 -> "Regierung und Opposition streiten über den Haushalt";
            default -> "Wetter: Am Wochenende wird es kalt";
        };
    }
}
