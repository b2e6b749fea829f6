package io.socialdesk.watch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A NAB data folder: the CSV files in its category folders ({@code realTweets/*.csv}) and the labels in
 * {@code combined_windows.json} beside them. NAB's own layout ({@code data/realTweets}, {@code
 * labels/combined_windows.json}) works too.
 */
final class NabCorpus {

    static final String WINDOWS_FILE = "combined_windows.json";

    private NabCorpus() {}

    /** Every series in the folder, in file name order, each with its windows. */
    static List<NabSeries> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new NabDataException(folder + ": is not a folder");
        }
        Path dataFolder = Files.isDirectory(folder.resolve("data")) ? folder.resolve("data") : folder;
        JsonNode labels = readWindows(windowsFile(folder));
        List<NabSeries> series = new ArrayList<>();
        for (Path file : csvFiles(dataFolder)) {
            String key = dataFolder.relativize(file).toString().replace('\\', '/');
            series.add(series(file, key, labels));
        }
        if (series.isEmpty()) {
            throw new NabDataException(folder + ": holds no CSV files in a category folder such as realTweets/");
        }
        return series;
    }

    private static NabSeries series(Path file, String key, JsonNode labels) {
        NabCsv csv = NabCsv.read(file, key);
        LocalDateTime[] timestamps = csv.timestamps();
        JsonNode windows = labels.get(key);
        if (windows == null || !windows.isArray()) {
            throw new NabDataException(WINDOWS_FILE + ": has no windows for " + key + " (not even an empty list)");
        }
        List<NabWindow> rows = new ArrayList<>();
        for (JsonNode pair : windows) {
            NabWindow window = window(pair, timestamps, key);
            if (!rows.isEmpty() && window.left() <= rows.get(rows.size() - 1).right()) {
                throw new NabDataException(WINDOWS_FILE + ": the windows of " + key + " overlap or are out of order");
            }
            rows.add(window);
        }
        var spacing = csv.spacing();
        return new NabSeries(key, timestamps, csv.values(), spacing, List.copyOf(rows), csv.gaps(spacing));
    }

    private static NabWindow window(JsonNode pair, LocalDateTime[] timestamps, String key) {
        if (!pair.isArray() || pair.size() != 2) {
            throw new NabDataException(WINDOWS_FILE + ": a window of " + key + " is not a [start, end] pair: " + pair);
        }
        LocalDateTime start = timestamp(pair.get(0), key);
        LocalDateTime end = timestamp(pair.get(1), key);
        int left = Arrays.binarySearch(timestamps, start);
        int right = Arrays.binarySearch(timestamps, end);
        // a window bound between rows covers the rows inside it
        left = left >= 0 ? left : -left - 1;
        right = right >= 0 ? right : -right - 2;
        if (right < left) {
            throw new NabDataException(
                    WINDOWS_FILE + ": the window " + pair + " of " + key + " holds none of the file's rows");
        }
        return new NabWindow(left, right);
    }

    private static LocalDateTime timestamp(JsonNode node, String key) {
        try {
            return LocalDateTime.parse(node.asString(), NabCsv.TIMESTAMP);
        } catch (DateTimeParseException | JacksonException e) {
            throw new NabDataException(
                    WINDOWS_FILE + ": '" + node + "' in the windows of " + key + " is not a timestamp", e);
        }
    }

    private static Path windowsFile(Path folder) {
        for (Path candidate :
                List.of(folder.resolve(WINDOWS_FILE), folder.resolve("labels").resolve(WINDOWS_FILE))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new NabDataException(folder + ": has no " + WINDOWS_FILE + " (the labelled windows), neither beside the"
                + " category folders nor in labels/");
    }

    private static JsonNode readWindows(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
            if (!root.isObject()) {
                throw new NabDataException(file + ": is not a JSON object of file → windows");
            }
            return root;
        } catch (JacksonException e) {
            throw new NabDataException(file + ": is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static List<Path> csvFiles(Path dataFolder) {
        try (Stream<Path> categories = Files.list(dataFolder)) {
            List<Path> files = new ArrayList<>();
            for (Path category : categories.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> csvs = Files.list(category)) {
                    csvs.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new NabDataException(dataFolder + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
