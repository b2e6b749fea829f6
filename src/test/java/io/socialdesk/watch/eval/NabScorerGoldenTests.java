package io.socialdesk.watch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scorer against NAB's published per-file results: the published detectors' outputs, thresholded at their
 * published thresholds, must give back exactly the published score and row counts, for every file and profile.
 */
class NabScorerGoldenTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"numenta", "twitterADVec"})
    void reproducesThePublishedScoresFromThePublishedOutputs(String detector) throws IOException {
        Path folder = NabData.folder();
        JsonNode published = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("published_per_file_scores.json").toFile())
                .get("files");
        List<NabSeries> corpus = NabCorpus.load(folder);
        int compared = 0;
        for (NabSeries series : corpus) {
            Path output = reference(folder, detector, series.key());
            assumeTrue(Files.isRegularFile(output), "no published output " + output);
            double[] anomalyScores = anomalyScores(output, series.rows());
            for (NabProfile profile : NabProfile.values()) {
                JsonNode expected = published.get(series.key()).get(detector).get(profile.key());
                double threshold = expected.get("Threshold").asDouble();
                boolean[] detected = new boolean[series.rows()];
                for (int i = 0; i < detected.length; i++) {
                    detected[i] = anomalyScores[i] >= threshold;
                }
                NabScore score = NabScorer.score(detected, series.windows(), profile);
                String what = detector + " " + series.key() + " " + profile.key();
                assertThat(score.score())
                        .as(what)
                        .isCloseTo(expected.get("Score").asDouble(), within(1e-9));
                assertThat(new int[] {
                            score.truePositives(), score.trueNegatives(), score.falsePositives(), score.falseNegatives()
                        })
                        .as(what)
                        .containsExactly(
                                expected.get("TP").asInt(),
                                expected.get("TN").asInt(),
                                expected.get("FP").asInt(),
                                expected.get("FN").asInt());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3 * corpus.size());
    }

    static Path reference(Path folder, String detector, String key) {
        int slash = key.lastIndexOf('/');
        return folder.resolve("reference_results")
                .resolve(detector)
                .resolve(key.substring(0, slash + 1) + detector + "_" + key.substring(slash + 1));
    }

    static double[] anomalyScores(Path output, int rows) throws IOException {
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).startsWith("timestamp,value,anomaly_score");
        assertThat(lines).hasSize(rows + 1);
        double[] scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            scores[i] = Double.parseDouble(lines.get(i + 1).split(",")[2]);
        }
        return scores;
    }
}
