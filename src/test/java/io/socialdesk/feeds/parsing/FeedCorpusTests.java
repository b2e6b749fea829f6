package io.socialdesk.feeds.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.socialdesk.feeds.parsing.FeedParseResult.ParseFailure;
import io.socialdesk.feeds.parsing.FeedParseResult.Parsed;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real-world feeds from ../shared/data/feeds: skipped when that folder is absent. */
class FeedCorpusTests {

    private static final Path CORPUS = Path.of("..", "shared", "data", "feeds");
    private static final URI BASE = URI.create("http://127.0.0.1:8097/feed.xml");
    private final FeedParser parser = new FeedParser();

    @Test
    void everyWellFormedFeedWithEntriesYieldsItemsUnlessItsEntriesAreBare() throws IOException {
        Map<String, Integer> rome = romeEntryCounts();
        List<String> without = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        int withEntries = 0;
        for (Path file : files("wellformed")) {
            String name = CORPUS.relativize(file).toString().replace('\\', '/');
            FeedParseResult result = parse(file);
            int expected = rome.getOrDefault(name, 0);
            if (expected > 0) {
                withEntries++;
                if (result instanceof Parsed parsed && parsed.items().isEmpty() && parsed.emptyEntries() == expected) {
                    bare.add(name); // entries with only a date or a category: nothing to tell
                } else if (!(result instanceof Parsed parsed) || parsed.items().isEmpty()) {
                    without.add(name + " -> " + result);
                }
            }
        }
        assertThat(withEntries).isGreaterThan(50);
        assertThat(without).isEmpty();
        assertThat(bare).hasSizeLessThan(10);
    }

    @Test
    void everyIllFormedFeedGivesItemsOrAClearError() throws IOException {
        List<Path> files = files("illformed");
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThatCode(() -> {
                        FeedParseResult result = parse(file);
                        if (result instanceof ParseFailure failure) {
                            assertThat(failure.detail()).isNotBlank();
                        }
                    })
                    .as(file.toString())
                    .doesNotThrowAnyException();
        }
    }

    private FeedParseResult parse(Path file) throws IOException {
        return parser.parse(Files.readAllBytes(file), null, BASE, Instant.parse("2026-12-01T12:00:00Z"));
    }

    // What Rome 2.1.0 itself found in each file, as the manifest records it: "ok:rss_2.0:entries=4".
    private static Map<String, Integer> romeEntryCounts() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"))) {
            String[] cells = line.split("\t");
            if (cells.length > 5 && cells[5].startsWith("ok:") && cells[5].contains("entries=")) {
                counts.put(cells[0], Integer.parseInt(cells[5].substring(cells[5].indexOf("entries=") + 8)));
            }
        }
        return counts;
    }

    private static List<Path> files(String group) throws IOException {
        Path folder = CORPUS.resolve(group);
        assumeTrue(Files.isDirectory(folder), "feed corpus not found at " + folder.toAbsolutePath() + ", skipped");
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
