package io.socialdesk.watch.eval;

import io.socialdesk.watch.detection.SpikeDetector;
import io.socialdesk.watch.detection.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a detector over NAB series and scores its alert decisions: a row counts as a detection where the detector
 * raises a new alert (cooldown, warm-up and minimum count applied), as the bot would page someone.
 */
final class NabEvaluation {

    private final Function<Duration, SpikeDetector> detectors;

    /** @param detectors makes a fresh detector for a series whose rows are this far apart */
    NabEvaluation(Function<Duration, SpikeDetector> detectors) {
        this.detectors = detectors;
    }

    /** What the detector said on every row of one series, and its NAB scores. */
    record FileResult(NabSeries series, double[] anomalyScores, boolean[] raised, Map<NabProfile, NabScore> scores) {

        int alerts() {
            int alerts = 0;
            for (int i = NabScorer.probation(raised.length); i < raised.length; i++) {
                alerts += raised[i] ? 1 : 0;
            }
            return alerts;
        }
    }

    /** The results of a corpus, and its normalised scores. */
    record CorpusResult(List<FileResult> files) {

        int windows() {
            return files.stream().mapToInt(f -> f.series().windows().size()).sum();
        }

        double raw(NabProfile profile) {
            return files.stream()
                    .mapToDouble(f -> f.scores().get(profile).score())
                    .sum();
        }

        double normalised(NabProfile profile) {
            return profile.normalised(raw(profile), windows());
        }
    }

    CorpusResult run(List<NabSeries> corpus) {
        List<FileResult> files = new ArrayList<>();
        for (NabSeries series : corpus) {
            files.add(run(series));
        }
        return new CorpusResult(List.copyOf(files));
    }

    FileResult run(NabSeries series) {
        SpikeDetector detector = detectors.apply(series.spacing());
        double[] anomalyScores = new double[series.rows()];
        boolean[] raised = new boolean[series.rows()];
        for (int i = 0; i < series.rows(); i++) {
            Verdict verdict = detector.observe(series.timestamps()[i], series.values()[i]);
            anomalyScores[i] = verdict.score();
            raised[i] = verdict.raise();
        }
        return new FileResult(series, anomalyScores, raised, scores(raised, series.windows()));
    }

    static Map<NabProfile, NabScore> scores(boolean[] detected, List<NabWindow> windows) {
        Map<NabProfile, NabScore> scores = new EnumMap<>(NabProfile.class);
        for (NabProfile profile : NabProfile.values()) {
            scores.put(profile, NabScorer.score(detected, windows, profile));
        }
        return scores;
    }
}
