package io.socialdesk.digest.eval;

import io.socialdesk.feeds.FeedItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the labelled stories file: tab-separated, UTF-8, a header row naming the columns ({@code id}, {@code lang},
 * {@code story_id}, {@code source}, {@code published} as a date, {@code title}, optional {@code text} and {@code url}).
 * A row that is short or has no date is reported and skipped, not fatal.
 */
final class StoryTsv {

    private static final List<String> REQUIRED = List.of("id", "story_id", "source", "published", "title");

    private StoryTsv() {}

    static List<LabelledItem> read(Path file, PrintStream err) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new StoryDataException(file + ": empty file");
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] names = header.split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i].trim(), i);
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    throw new StoryDataException(file + ": no column '" + required + "' in the header");
                }
            }
            List<LabelledItem> items = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                try {
                    items.add(row(cells, columns));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    err.println(
                            "eval-stories: " + file.getFileName() + " line " + number + " skipped: " + e.getMessage());
                }
            }
            return items;
        } catch (IOException e) {
            throw new StoryDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static LabelledItem row(String[] cells, Map<String, Integer> columns) {
        String story = cell(cells, columns, "story_id");
        String title = cell(cells, columns, "title");
        String source = cell(cells, columns, "source");
        if (story.isEmpty() || source.isEmpty()) {
            throw new IllegalArgumentException("no story_id or source");
        }
        String language = optional(cells, columns, "lang");
        String url = optional(cells, columns, "url");
        FeedItem item = new FeedItem(
                cell(cells, columns, "id"),
                title,
                url.isEmpty() ? null : url,
                optional(cells, columns, "text"),
                LocalDate.parse(cell(cells, columns, "published"))
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant(),
                source,
                language.isEmpty() ? null : language);
        return new LabelledItem(item, story);
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        if (index >= cells.length) {
            throw new IllegalArgumentException("only " + cells.length + " columns");
        }
        return cells[index].trim();
    }

    private static String optional(String[] cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= cells.length ? "" : cells[index].trim();
    }
}
