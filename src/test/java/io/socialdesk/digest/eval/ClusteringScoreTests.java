package io.socialdesk.digest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.socialdesk.digest.eval.ClusteringScore.Assignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoreTests {

    @Test
    void aPerfectClusteringScoresOne() {
        ClusteringScore score = ClusteringScore.of(
                List.of(new Assignment("a", 1, "x"), new Assignment("a", 1, "y"), new Assignment("b", 2, "x")));

        assertThat(score.pairwiseF1()).isEqualTo(1.0);
        assertThat(score.bcubedF1()).isEqualTo(1.0);
        assertThat(score.sourcesExact()).isEqualTo(1.0);
        assertThat(score.line()).isEqualTo("STORIES pairwise_f1=1.0000 bcubed_f1=1.0000 sources_exact=1.0000");
    }

    /** Gold a a a b b, predicted 1 1 2 2 2: worked out by hand in the comments. */
    @Test
    void scoresAMixedClusteringAsWorkedOutByHand() {
        ClusteringScore score = ClusteringScore.of(List.of(
                new Assignment("a", 1, "s1"),
                new Assignment("a", 1, "s2"),
                new Assignment("a", 2, "s3"),
                new Assignment("b", 2, "s4"),
                new Assignment("b", 2, "s4")));

        // cluster pairs 1 + 3, of which one in cluster 1 and the b-b pair in cluster 2 are right; story pairs 3 + 1
        assertThat(score.pairwisePrecision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.pairwiseRecall()).isCloseTo(0.5, within(1e-12));
        // precision per item 1, 1, 1/3, 2/3, 2/3; recall per item 2/3, 2/3, 1/3, 1, 1
        assertThat(score.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(score.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(score.bcubedF1()).isCloseTo(11.0 / 15, within(1e-12));
        // a: best cluster 1 has 2 sources, the story 3; b: best cluster 2 has 2 (s3, s4), the story 1
        assertThat(score.sourcesExact()).isEqualTo(0.0);
    }

    @Test
    void allInOneClusterHasFullRecallAndLowPrecision() {
        ClusteringScore score = ClusteringScore.of(List.of(
                new Assignment("a", 7, "x"),
                new Assignment("a", 7, "y"),
                new Assignment("b", 7, "z"),
                new Assignment("b", 7, "w")));

        assertThat(score.pairwiseRecall()).isEqualTo(1.0);
        assertThat(score.pairwisePrecision()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(score.bcubedPrecision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.sourcesExact()).isEqualTo(0.0);
    }

    @Test
    void aStorysBestClusterIsTheOneHoldingMostOfItAndItsSourcesAreCountedOnce() {
        ClusteringScore score = ClusteringScore.of(List.of(
                new Assignment("a", 1, "x"),
                new Assignment("a", 1, "X"),
                new Assignment("a", 1, "y"),
                new Assignment("a", 2, "y")));

        // the best cluster 1 has sources x and y, as the story has: exact despite the split
        assertThat(score.sourcesExact()).isEqualTo(1.0);
        assertThat(score.pairwiseRecall()).isCloseTo(3.0 / 6, within(1e-12));
    }
}
