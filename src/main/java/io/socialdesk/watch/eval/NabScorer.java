package io.socialdesk.watch.eval;

import java.util.List;

/**
 * NAB's scoring of one series (numenta/NAB {@code nab/sweeper.py} at commit ea702d7), for a fixed set of detections.
 * Rows in the probation period count for nothing. Inside a window a detection is worth a scaled sigmoid of its
 * position, the full true-positive weight on the window's first row falling to about 0 at its last, and only a
 * window's earliest detection counts; a window without one costs the false-negative weight. Outside windows every
 * detection costs up to the false-positive weight, less when it comes just after a window.
 */
final class NabScorer {

    private NabScorer() {}

    /** NAB's probation: the first 15 % of the rows, at most 750, are not scored. */
    static int probation(int rows) {
        return (int) Math.min(Math.floor(0.15 * rows), 0.15 * 5000);
    }

    /**
     * Scores detections on a series.
     *
     * @param detected one flag per row: true where the detector fired
     * @param windows the labelled windows, in time order and not overlapping
     */
    static NabScore score(boolean[] detected, List<NabWindow> windows, NabProfile profile) {
        int rows = detected.length;
        int probation = probation(rows);
        double[] best = new double[windows.size()];
        boolean[] hit = new boolean[windows.size()];
        double falsePositiveScore = 0;
        int tp = 0, tn = 0, fp = 0, fn = 0;
        int next = 0;
        NabWindow current = null;
        int currentIndex = -1;
        NabWindow previous = null;
        for (int i = 0; i < rows; i++) {
            if (current == null && next < windows.size() && windows.get(next).left() == i) {
                current = windows.get(next);
                currentIndex = next++;
            }
            double weight = current != null ? inside(current, i, profile) : outside(previous, i, profile);
            if (i >= probation) {
                if (current != null) {
                    if (detected[i]) {
                        tp++;
                        if (!hit[currentIndex] || weight > best[currentIndex]) {
                            best[currentIndex] = weight;
                        }
                        hit[currentIndex] = true;
                    } else {
                        fn++;
                    }
                } else if (detected[i]) {
                    fp++;
                    falsePositiveScore += weight;
                } else {
                    tn++;
                }
            }
            if (current != null && i == current.right()) {
                previous = current;
                current = null;
            }
        }
        double score = falsePositiveScore;
        int windowsDetected = 0;
        for (int k = 0; k < windows.size(); k++) {
            if (hit[k]) {
                score += best[k];
                windowsDetected++;
            } else {
                score -= profile.falseNegative();
            }
        }
        return new NabScore(score, tp, tn, fp, fn, windowsDetected);
    }

    private static double inside(NabWindow window, int row, NabProfile profile) {
        double position = -(window.right() - row + 1) / (double) window.width();
        return scaledSigmoid(position) * profile.truePositive() / scaledSigmoid(-1.0);
    }

    private static double outside(NabWindow previous, int row, NabProfile profile) {
        if (previous == null) {
            return -profile.falsePositive();
        }
        double position = Math.abs(previous.right() - row) / (double) (previous.width() - 1);
        return scaledSigmoid(position) * profile.falsePositive();
    }

    /** NAB's {@code scaledSigmoid}: 2/(1+e^(5y)) − 1, and exactly −1 beyond y = 3. */
    static double scaledSigmoid(double y) {
        return y > 3 ? -1.0 : 2 / (1 + Math.exp(5 * y)) - 1;
    }
}
