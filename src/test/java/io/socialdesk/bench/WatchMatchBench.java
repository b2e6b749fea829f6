package io.socialdesk.bench;

import io.socialdesk.watch.matching.WatchMatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): how many MB of item text per second {@link WatchMatcher} reads with 100, 1,000 and 10,000
 * terms, over a generated German and English corpus in which a few terms occur. Each size is warmed up, then timed
 * several times; the median run is reported. Run by {@code bench/watch-match.sh}.
 */
public final class WatchMatchBench {

    private static final String[] WORDS = {
        "die",
        "der",
        "und",
        "nicht",
        "Kunden",
        "über",
        "Rückruf",
        "Straße",
        "grüßen",
        "the",
        "company",
        "said",
        "customers",
        "were",
        "angry",
        "about",
        "delays",
        "Bahnhof",
        "Flughafen",
        "Preise",
        "steigen",
        "heute",
        "morgen",
        "news",
        "report",
        "Kritik",
        "Shitstorm",
        "Lieferung",
        "product",
        "launch",
        "Fehler",
        "Ärger",
    };

    private WatchMatchBench() {}

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Random random = new Random(42);
        List<String> items = corpus(random, megabytes);
        long bytes = items.stream()
                .mapToLong(item -> item.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        System.out.printf(
                "corpus: %d items, %.1f MB (UTF-8), %d timed runs per size%n", items.size(), bytes / 1e6, runs);
        for (int size : new int[] {0, 100, 1_000, 10_000}) {
            WatchMatcher matcher = WatchMatcher.of(List.of(new WatchMatcher.Definition(
                    "brand", terms(random, size), List.of("Rückruf"), List.of("Ärger im Paradies"))));
            read(matcher, items); // warm-up
            read(matcher, items);
            double[] rates = new double[runs];
            long hits = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                hits = read(matcher, items);
                rates[run] = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            System.out.printf(
                    "terms=%d  median %.0f MB/s  (min %.0f, max %.0f)  items mentioned: %d%n",
                    size, rates[runs / 2], rates[0], rates[runs - 1], hits);
        }
    }

    private static long read(WatchMatcher matcher, List<String> items) {
        long hits = 0;
        for (String item : items) {
            hits += matcher.match(item).size();
        }
        return hits;
    }

    /** Brand-like terms; one in fifty is also written into the corpus. */
    private static List<String> terms(Random random, int size) {
        List<String> terms = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            terms.add(i % 50 == 0 ? "Marke" + (i / 50) : "Produkt" + Integer.toString(random.nextInt(1 << 30), 36));
        }
        return terms;
    }

    /** Items of 200 to 2,000 characters, like feed summaries and chat messages. */
    private static List<String> corpus(Random random, int megabytes) {
        List<String> items = new ArrayList<>();
        long chars = 0;
        while (chars < megabytes * 1_000_000L) {
            int length = 200 + random.nextInt(1_800);
            StringBuilder item = new StringBuilder(length + 20);
            while (item.length() < length) {
                item.append(
                        random.nextInt(400) == 0 ? "Marke" + random.nextInt(200) : WORDS[random.nextInt(WORDS.length)]);
                item.append(random.nextInt(12) == 0 ? ". " : " ");
            }
            items.add(item.toString());
            chars += item.length();
        }
        return items;
    }
}
