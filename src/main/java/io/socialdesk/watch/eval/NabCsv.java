package io.socialdesk.watch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a NAB data file ({@code timestamp,value}, timestamps {@code yyyy-MM-dd HH:mm:ss}) strictly: a row that is not
 * a timestamp and a non-negative number, a duplicate timestamp or one out of order stops the evaluation with the file
 * and line. Gaps are allowed and reported: the detector treats the missing buckets as unknown, as it does in the bot.
 * Fractional values are rounded to whole counts.
 */
final class NabCsv {

    /** How NAB writes timestamps; label files add microseconds. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSSSSS]");
    /** How result files write them, as the data files do. */
    static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private static final int GAPS_LISTED = 5;

    private final String key;
    private final List<LocalDateTime> timestamps = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();
    private int previousLine;

    private NabCsv(String key) {
        this.key = key;
    }

    /** The file's rows; {@code key} names it in every error. */
    static NabCsv read(Path file, String key) {
        NabCsv csv = new NabCsv(key);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals("timestamp,value")) {
                throw new NabDataException(key + " line 1: expected the header timestamp,value, found "
                        + (header == null ? "an empty file" : "'" + header + "'"));
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    csv.add(line, lineNumber);
                }
            }
        } catch (IOException e) {
            throw new NabDataException(key + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (csv.values.size() < 2) {
            throw new NabDataException(key + ": has " + csv.values.size() + " rows, at least 2 are needed");
        }
        return csv;
    }

    LocalDateTime[] timestamps() {
        return timestamps.toArray(LocalDateTime[]::new);
    }

    long[] values() {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** The most common distance between two rows. */
    Duration spacing() {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 1; i < timestamps.size(); i++) {
            counts.merge(
                    Duration.between(timestamps.get(i - 1), timestamps.get(i)).toSeconds(), 1, Integer::sum);
        }
        long seconds = counts.entrySet().stream()
                .max(Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey((a, b) -> Long.compare(b, a))))
                .orElseThrow()
                .getKey();
        return Duration.ofSeconds(seconds);
    }

    /** One line per place where rows are missing (the first few, then how many more). */
    List<String> gaps(Duration spacing) {
        List<String> gaps = new ArrayList<>();
        int more = 0;
        for (int i = 1; i < timestamps.size(); i++) {
            Duration step = Duration.between(timestamps.get(i - 1), timestamps.get(i));
            if (step.compareTo(spacing) > 0) {
                if (gaps.size() < GAPS_LISTED) {
                    gaps.add(key + " line " + (i + 2) + ": "
                            + step.minus(spacing).toMinutes() + " min without rows before "
                            + timestamps.get(i).format(PRINTED));
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            gaps.add(key + ": " + more + " more gaps");
        }
        return gaps;
    }

    private void add(String line, int lineNumber) {
        int comma = line.indexOf(',');
        if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
            throw new NabDataException(
                    key + " line " + lineNumber + ": expected timestamp,value, found '" + line + "'");
        }
        String text = line.substring(0, comma).strip();
        LocalDateTime timestamp;
        try {
            timestamp = LocalDateTime.parse(text, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new NabDataException(
                    key + " line " + lineNumber + ": '" + text + "' is not a timestamp like 2015-02-26 21:42:53", e);
        }
        String number = line.substring(comma + 1).strip();
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new NabDataException(key + " line " + lineNumber + ": '" + number + "' is not a number", e);
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new NabDataException(
                    key + " line " + lineNumber + ": '" + number + "' is not a count (a number of at least 0)");
        }
        if (!timestamps.isEmpty()) {
            LocalDateTime previous = timestamps.get(timestamps.size() - 1);
            if (timestamp.equals(previous)) {
                throw new NabDataException(key + " line " + lineNumber + ": the timestamp " + text
                        + " appears twice (also on line " + previousLine + ")");
            }
            if (timestamp.isBefore(previous)) {
                throw new NabDataException(key + " line " + lineNumber + ": the timestamp " + text
                        + " comes before the previous row's " + previous.format(PRINTED)
                        + "; rows must be in time order");
            }
        }
        timestamps.add(timestamp);
        values.add(Math.round(value));
        previousLine = lineNumber;
    }
}
