package io.socialdesk.watch.detection;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The online spike detector for one watchlist's mention counts. Feed it every closed bucket, in order, including
 * buckets with no mentions; a bucket it is not told about counts as missing (unknown), not as zero. Each call costs
 * the same small, fixed time and memory: the model is a deseasonalised level, an hour-of-day and a day-of-week
 * factor, and a negative binomial dispersion, so mostly-zero counts, daily and weekly rhythm and bursty noise are
 * all judged by the tail probability of the count under the baseline.
 *
 * <p>Not thread-safe: one detector per watchlist, driven by one caller.
 */
public final class SpikeDetector {

    /** A gap longer than this makes the level stale: learning starts again (the rhythm is kept). */
    private static final Duration STALE_AFTER = Duration.ofDays(7);

    private static final Duration LEVEL_TIME = Duration.ofHours(12);
    private static final Duration RECENT_TIME = Duration.ofHours(1);
    private static final Duration DAILY_TIME = Duration.ofDays(3);
    private static final Duration WEEKLY_TIME = Duration.ofDays(21);
    private static final Duration DISPERSION_TIME = Duration.ofDays(1);
    /** A rise that lasts this long is the new normal, not a spike. */
    private static final Duration SHIFT_AFTER = Duration.ofHours(3);

    private final Sensitivity preset;
    private final long bucketSeconds;
    private final double levelRate;
    private final double recentRate;
    private final double dailyRate;
    private final double weeklyRate;
    private final double dispersionRate;

    private long lastBucket;
    private long observed;
    private double level;
    private double dispersion;
    private double recent;
    private long highRun;
    private final double[] daily = new double[DetectorState.HOURS];
    private final double[] weekly = new double[DetectorState.DAYS];
    private long lastRaise;
    private boolean episodeOpen;
    private long calmRun;

    private SpikeDetector(Sensitivity preset, Duration bucket, DetectorState state) {
        if (bucket.isNegative() || bucket.isZero() || bucket.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("a bucket is longer than 0 and at most 1 hour, not " + bucket);
        }
        this.preset = preset;
        this.bucketSeconds = bucket.toSeconds();
        this.levelRate = rate(LEVEL_TIME, 1);
        this.recentRate = rate(RECENT_TIME, 1);
        // each hour-of-day slot sees only the buckets of its hour, each weekday slot those of its day
        this.dailyRate = rate(DAILY_TIME, 24);
        this.weeklyRate = rate(WEEKLY_TIME, 7);
        this.dispersionRate = rate(DISPERSION_TIME, 1);
        lastBucket = state.lastBucket();
        observed = state.observed();
        level = state.level();
        dispersion = state.dispersion();
        recent = state.recent();
        highRun = state.highRun();
        for (int i = 0; i < daily.length; i++) {
            daily[i] = state.daily().get(i);
        }
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = state.weekly().get(i);
        }
        lastRaise = state.lastRaise();
        episodeOpen = state.episodeOpen();
        calmRun = state.calmRun();
    }

    /** A detector that has learned nothing yet; it raises no alert until the preset's warm-up has passed. */
    public static SpikeDetector start(Sensitivity preset, Duration bucket) {
        Double[] ones24 = new Double[DetectorState.HOURS];
        Double[] ones7 = new Double[DetectorState.DAYS];
        Arrays.fill(ones24, 1.0);
        Arrays.fill(ones7, 1.0);
        return new SpikeDetector(
                preset,
                bucket,
                new DetectorState(
                        Long.MIN_VALUE, 0, 0, 0, 0, 0, List.of(ones24), List.of(ones7), Long.MIN_VALUE, false, 0));
    }

    /** A detector that continues exactly where the one that produced {@code state} stopped. */
    public static SpikeDetector resume(Sensitivity preset, Duration bucket, DetectorState state) {
        return new SpikeDetector(preset, bucket, state);
    }

    /**
     * Judges one closed bucket and learns from it.
     *
     * @param bucketStartLocal the bucket's start in the team's zone (wall time), which carries the daily and weekly
     *     rhythm; a start at or before the previous one (the repeated hour when clocks fall back) counts as the next
     *     bucket
     * @param count the mentions in the bucket, at least 0
     */
    public Verdict observe(LocalDateTime bucketStartLocal, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a bucket holds at least 0 mentions, not " + count);
        }
        long epoch = bucketStartLocal.toEpochSecond(ZoneOffset.UTC);
        if (lastBucket != Long.MIN_VALUE && epoch - lastBucket > STALE_AFTER.toSeconds()) {
            observed = 0;
        }
        lastBucket = lastBucket == Long.MIN_VALUE || epoch > lastBucket ? epoch : lastBucket + bucketSeconds;
        int hour = bucketStartLocal.getHour();
        int day = bucketStartLocal.getDayOfWeek().ordinal();
        double factor = Math.max(daily[hour] * weekly[day], 1e-3);
        if (observed == 0) {
            level = count / factor;
            recent = level;
            dispersion = 0.1;
        }
        double expected = level * factor;
        double surprise = TailProbability.surprise(count, expected, dispersion);
        double upper = TailProbability.countAt(preset.warningSurprise(), expected, dispersion);
        boolean warm = observed * bucketSeconds >= preset.warmUp().toSeconds();
        Level bucketLevel = level(surprise, count, warm);
        boolean raise = bucketLevel != Level.NONE
                && !episodeOpen
                && (lastRaise == Long.MIN_VALUE
                        || lastBucket - lastRaise >= preset.cooldown().toSeconds());
        trackEpisode(raise, bucketLevel);
        learn(count, expected, factor, hour, day, surprise);
        observed++;
        return new Verdict(1 - Math.pow(10, -surprise / 10), bucketLevel, raise, expected, upper);
    }

    /** What the detector has learned, to persist and {@link #resume} from. */
    public DetectorState state() {
        return new DetectorState(
                lastBucket,
                observed,
                level,
                dispersion,
                recent,
                highRun,
                Arrays.stream(daily).boxed().toList(),
                Arrays.stream(weekly).boxed().toList(),
                lastRaise,
                episodeOpen,
                calmRun);
    }

    /**
     * Whether no episode is open: true before the first alert, and again once the volume has stayed within its band
     * for the preset's quiet period after one.
     */
    public boolean calm() {
        return !episodeOpen;
    }

    private Level level(double surprise, long count, boolean warm) {
        if (!warm || count < preset.minCount() || surprise < preset.warningSurprise()) {
            return Level.NONE;
        }
        return surprise >= preset.criticalSurprise() ? Level.CRITICAL : Level.WARNING;
    }

    private void trackEpisode(boolean raise, Level bucketLevel) {
        if (raise) {
            lastRaise = lastBucket;
            episodeOpen = true;
            calmRun = 0;
        } else if (episodeOpen) {
            calmRun = bucketLevel == Level.NONE ? calmRun + 1 : 0;
            if (calmRun * bucketSeconds >= preset.quietPeriod().toSeconds()) {
                episodeOpen = false;
            }
        }
    }

    private void learn(long count, double expected, double factor, int hour, int day, double surprise) {
        double spread = Math.sqrt(expected + dispersion * expected * expected);
        // a burst must not drag the baseline up with it: learn from the count clipped to the band
        double clipped = Math.min(count, expected + 3 * spread + 1);
        boolean high = surprise >= preset.warningSurprise();
        highRun = high ? highRun + 1 : 0;
        recent += recentRate * (count / factor - recent);
        if (highRun * bucketSeconds >= SHIFT_AFTER.toSeconds()) {
            level = recent;
            highRun = 0;
        } else {
            level += levelRate * (clipped / factor - level);
        }
        if (level > 1e-6) {
            double seasonal = clipped / level;
            daily[hour] += dailyRate * (seasonal / weekly[day] - daily[hour]);
            weekly[day] += weeklyRate * (seasonal / daily[hour] - weekly[day]);
            normalise(daily);
            normalise(weekly);
        }
        if (expected > 0.5) {
            double excess = ((clipped - expected) * (clipped - expected) - expected) / (expected * expected);
            dispersion = Math.max(0, dispersion + dispersionRate * (Math.min(excess, 4) - dispersion));
        }
    }

    private double rate(Duration time, int slots) {
        double buckets = (double) time.toSeconds() / bucketSeconds / slots;
        return 1 - Math.exp(-1 / Math.max(buckets, 1));
    }

    private static void normalise(double[] factors) {
        double sum = 0;
        for (double f : factors) {
            sum += f;
        }
        double scale = factors.length / sum;
        for (int i = 0; i < factors.length; i++) {
            factors[i] *= scale;
        }
    }
}
