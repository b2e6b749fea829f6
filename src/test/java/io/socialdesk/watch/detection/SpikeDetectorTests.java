package io.socialdesk.watch.detection;

import static io.socialdesk.watch.detection.SyntheticSeries.FIVE_MINUTES;
import static io.socialdesk.watch.detection.SyntheticSeries.PER_DAY;
import static io.socialdesk.watch.detection.SyntheticSeries.bucket;
import static io.socialdesk.watch.detection.SyntheticSeries.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeDetectorTests {

    private static final int WEEKS = 7 * PER_DAY;

    @Test
    void raisesNothingOnPoissonNoise() {
        for (double mean : new double[] {0.2, 3, 40, 500}) {
            long[] counts = new SyntheticSeries(11).draw(4 * WEEKS, i -> mean);
            assertThat(raises(Sensitivity.BALANCED, counts)).as("mean %s", mean).isEmpty();
        }
    }

    @Test
    void raisesNothingOnADailyRhythm() {
        long[] counts = new SyntheticSeries(12).draw(4 * WEEKS, i -> daily(i, 5, 60));
        assertThat(raises(Sensitivity.BALANCED, counts)).isEmpty();
    }

    @Test
    void raisesOnceWithinABucketOfABurst() {
        long[] counts = new SyntheticSeries(13).draw(3 * WEEKS, i -> daily(i, 5, 60));
        int burst = 2 * WEEKS + 100;
        for (int i = burst; i < burst + 6; i++) {
            counts[i] += 150;
        }
        assertThat(raises(Sensitivity.BALANCED, counts)).containsExactly(burst);
    }

    @Test
    void raisesNothingDuringTheWarmUp() {
        long[] counts = new SyntheticSeries(14).draw(PER_DAY / 2, i -> 10);
        counts[PER_DAY / 4] = 500;
        assertThat(raises(Sensitivity.BALANCED, counts)).isEmpty();
    }

    @Test
    void raisesNothingBelowTheMinimumCount() {
        long[] counts = new SyntheticSeries(15).draw(2 * WEEKS, i -> 0.01);
        counts[WEEKS] = Sensitivity.BALANCED.minCount() - 1;
        assertThat(raises(Sensitivity.BALANCED, counts)).isEmpty();
        counts[WEEKS] = Sensitivity.BALANCED.minCount();
        assertThat(raises(Sensitivity.BALANCED, counts)).containsExactly(WEEKS);
    }

    @Test
    void aResumedDetectorContinuesExactlyAsTheOriginal() {
        long[] counts = new SyntheticSeries(16).draw(2 * WEEKS, i -> daily(i, 2, 30));
        counts[WEEKS + 50] += 200;
        SpikeDetector original = SpikeDetector.start(Sensitivity.BALANCED, FIVE_MINUTES);
        SpikeDetector restarted = SpikeDetector.start(Sensitivity.BALANCED, FIVE_MINUTES);
        List<Verdict> expected = new ArrayList<>();
        List<Verdict> actual = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            expected.add(original.observe(bucket(i), counts[i]));
            actual.add(restarted.observe(bucket(i), counts[i]));
            restarted = SpikeDetector.resume(
                    Sensitivity.BALANCED,
                    FIVE_MINUTES,
                    DetectorState.decode(restarted.state().encode()));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).anyMatch(Verdict::raise);
    }

    @Test
    void refusesAnEncodedStateItDidNotWrite() {
        assertThatThrownBy(() -> DetectorState.decode("0:AAAA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0:AAAA");
        String encoded =
                SpikeDetector.start(Sensitivity.STRICT, FIVE_MINUTES).state().encode();
        assertThatThrownBy(() -> DetectorState.decode(encoded.substring(0, encoded.length() - 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bytes");
    }

    @Test
    void refusesANegativeCount() {
        SpikeDetector detector = SpikeDetector.start(Sensitivity.BALANCED, FIVE_MINUTES);
        assertThatThrownBy(() -> detector.observe(bucket(0), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    static List<Integer> raises(Sensitivity preset, long[] counts) {
        SpikeDetector detector = SpikeDetector.start(preset, FIVE_MINUTES);
        List<Integer> raised = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (detector.observe(bucket(i), counts[i]).raise()) {
                raised.add(i);
            }
        }
        return raised;
    }
}
