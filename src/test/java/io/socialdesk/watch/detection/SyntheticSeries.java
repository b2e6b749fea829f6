package io.socialdesk.watch.detection;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Mention counts the way they arrive: Poisson noise around a mean that may follow a rhythm, grow, jump or burst. */
final class SyntheticSeries {

    static final LocalDateTime MONDAY = LocalDateTime.of(2024, 1, 1, 0, 0);
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    static final int PER_DAY = 288;

    private final Random random;

    SyntheticSeries(long seed) {
        random = new Random(seed);
    }

    static LocalDateTime bucket(int index) {
        return MONDAY.plus(FIVE_MINUTES.multipliedBy(index));
    }

    /** A mean with a daily rhythm: {@code low} at 4 a.m., {@code high} at 4 p.m. */
    static double daily(int index, double low, double high) {
        double hour = (index % PER_DAY) / 12.0;
        return low + (high - low) * 0.5 * (1 - Math.cos(2 * Math.PI * (hour - 4) / 24));
    }

    long poisson(double mean) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Counts {@code 0..length-1} drawn around {@code mean(index)}. */
    long[] draw(int length, IntToDoubleFunction mean) {
        long[] counts = new long[length];
        for (int i = 0; i < length; i++) {
            counts[i] = poisson(mean.applyAsDouble(i));
        }
        return counts;
    }
}
