package io.socialdesk.watch.detection;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;

/**
 * Everything a {@link SpikeDetector} has learned, as a value: persist {@link #encode()} after each bucket and hand
 * {@link #decode(String)} to {@link SpikeDetector#resume} after a restart. The encoded form is versioned ASCII of a
 * fixed length (under 1,000 characters), so a {@code VARCHAR(1000)} column holds it; a form this version cannot read
 * is refused with an {@link IllegalArgumentException}, and the caller starts a fresh detector.
 *
 * @param lastBucket the start of the last observed bucket, as wall-time epoch seconds; {@link Long#MIN_VALUE} if none
 * @param observed how many buckets have been observed since the last (re)start of learning
 * @param level the deseasonalised baseline, in mentions per bucket
 * @param dispersion the extra variance beyond Poisson: variance = mean + dispersion × mean²
 * @param recent a fast-moving deseasonalised mean, the candidate new level after a level shift
 * @param highRun how many buckets in a row were above the band (a long run is a level shift)
 * @param daily the hour-of-day factors, 24 of them
 * @param weekly the day-of-week factors, Monday first, 7 of them
 * @param lastRaise the bucket of the last raised alert, as wall-time epoch seconds; {@link Long#MIN_VALUE} if none
 * @param episodeOpen whether an alert's episode is still open
 * @param calmRun how many buckets in a row the volume has been back within its band during an open episode
 */
public record DetectorState(
        long lastBucket,
        long observed,
        double level,
        double dispersion,
        double recent,
        long highRun,
        List<Double> daily,
        List<Double> weekly,
        long lastRaise,
        boolean episodeOpen,
        long calmRun) {

    static final int HOURS = 24;
    static final int DAYS = 7;
    private static final String VERSION = "1:";
    private static final int BYTES = 8 * (9 + HOURS + DAYS) + 1;

    public DetectorState {
        daily = List.copyOf(daily);
        weekly = List.copyOf(weekly);
        if (daily.size() != HOURS || weekly.size() != DAYS) {
            throw new IllegalArgumentException("a detector state has 24 hourly and 7 daily factors, not " + daily.size()
                    + " and " + weekly.size());
        }
    }

    /** The compact, versioned text form, e.g. {@code 1:AAAB…}. */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES);
        buffer.putLong(lastBucket).putLong(observed).putDouble(level).putDouble(dispersion);
        buffer.putDouble(recent).putLong(highRun);
        daily.forEach(buffer::putDouble);
        weekly.forEach(buffer::putDouble);
        buffer.putLong(lastRaise).put((byte) (episodeOpen ? 1 : 0)).putLong(calmRun);
        return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException if the text is not a state this version wrote
     */
    public static DetectorState decode(String encoded) {
        if (!encoded.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a version-1 detector state: " + abbreviated(encoded));
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(encoded.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a detector state that is not Base64: " + abbreviated(encoded), e);
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(
                    "a detector state of " + bytes.length + " bytes, expected " + BYTES + ": " + abbreviated(encoded));
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long lastBucket = buffer.getLong();
            long observed = buffer.getLong();
            double level = buffer.getDouble();
            double dispersion = buffer.getDouble();
            double recent = buffer.getDouble();
            long highRun = buffer.getLong();
            Double[] daily = new Double[HOURS];
            for (int i = 0; i < HOURS; i++) {
                daily[i] = buffer.getDouble();
            }
            Double[] weekly = new Double[DAYS];
            for (int i = 0; i < DAYS; i++) {
                weekly[i] = buffer.getDouble();
            }
            long lastRaise = buffer.getLong();
            boolean episodeOpen = buffer.get() != 0;
            long calmRun = buffer.getLong();
            return new DetectorState(
                    lastBucket,
                    observed,
                    level,
                    dispersion,
                    recent,
                    highRun,
                    List.of(daily),
                    List.of(weekly),
                    lastRaise,
                    episodeOpen,
                    calmRun);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("a truncated detector state: " + abbreviated(encoded), e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
