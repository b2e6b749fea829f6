package io.socialdesk.bench;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.socialdesk.digest.clustering.ClusteringSettings;
import io.socialdesk.digest.clustering.StoryAnalyzer;
import io.socialdesk.digest.clustering.StoryClusterer;
import io.socialdesk.feeds.FeedItem;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark (not a test): items per second for parsing a generated corpus of RSS feeds with Rome alone, against
 * parsing plus dedupe (by guid, as the feed store does) plus story clustering with the production defaults, in the same
 * run. The corpus: feeds of 50 items each from many outlets, German and English headlines about a few hundred stories
 * told in varied words, every fifth item a repeat of one already seen. Each variant is warmed up, then timed several
 * times; the median run is reported. Run by {@code bench/digest-pipeline.sh}.
 */
public final class DigestPipelineBench {

    private static final String[] SUBJECTS = {
        "Bundesregierung", "Regierung", "Lufthansa", "Siemens", "Bahn", "EZB", "Apple", "Tesla", "Samsung", "NASA",
        "Stadtwerke", "Bundestag", "Volkswagen", "BMW", "Google", "Amazon", "Microsoft", "Polizei", "FC Bayern", "UN"
    };
    private static final String[] VERBS_DE = {"beschließt", "plant", "kündigt", "stoppt", "prüft", "erhöht", "senkt"};
    private static final String[] VERBS_EN = {"announces", "plans", "stops", "reviews", "raises", "cuts", "unveils"};
    private static final String[] OBJECTS_DE = {
        "Heizungsgesetz",
        "Preise",
        "Streik",
        "Flüge",
        "Investitionen",
        "Werk",
        "Stellenabbau",
        "Tarifvertrag",
        "Strompreise",
        "Mietpreisbremse",
        "Zinsen",
        "Klimaziele",
        "Netzausbau"
    };
    private static final String[] OBJECTS_EN = {
        "prices",
        "strike",
        "flights",
        "investment",
        "factory",
        "job cuts",
        "wage deal",
        "interest rates",
        "climate goals",
        "new phone",
        "data centre",
        "recall",
        "merger"
    };
    private static final String[] FILLERS_DE = {"nach Streit", "für 2027", "in München", "überraschend", "ab Montag"};
    private static final String[] FILLERS_EN = {"after talks", "for 2027", "in London", "unexpectedly", "from Monday"};

    private DigestPipelineBench() {}

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> corpus = corpus(feeds, new Random(42));
        int items = feeds * 50;
        System.out.printf(Locale.ROOT, "corpus: %d feeds, %d items, %.1f MB%n", feeds, items, size(corpus) / 1e6);
        run("rome parse only", corpus, items, runs, false);
        run("parse + dedupe + cluster", corpus, items, runs, true);
    }

    private static void run(String name, List<String> corpus, int items, int runs, boolean pipeline) throws Exception {
        once(corpus, pipeline);
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            int done = once(corpus, pipeline);
            rates[r] = done / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%-26s %,10.0f items/s (median of %d)%n", name, rates[runs / 2], runs);
    }

    private static int once(List<String> corpus, boolean pipeline) throws Exception {
        int count = 0;
        Set<String> seen = new HashSet<>();
        try (StoryAnalyzer analyzer = new StoryAnalyzer()) {
            StoryClusterer clusterer = new StoryClusterer(ClusteringSettings.DEFAULTS, analyzer);
            for (String xml : corpus) {
                SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
                List<FeedItem> fresh = new ArrayList<>();
                for (SyndEntry entry : feed.getEntries()) {
                    count++;
                    if (!pipeline || !seen.add(entry.getUri())) {
                        continue;
                    }
                    String summary = entry.getDescription() == null
                            ? ""
                            : entry.getDescription().getValue();
                    Instant published = entry.getPublishedDate() == null
                            ? Instant.EPOCH
                            : entry.getPublishedDate().toInstant();
                    fresh.add(new FeedItem(
                            entry.getUri(),
                            entry.getTitle(),
                            entry.getLink(),
                            summary,
                            published,
                            feed.getTitle(),
                            feed.getLanguage()));
                }
                if (pipeline) {
                    clusterer.addAll(fresh);
                }
            }
        }
        return count;
    }

    private static List<String> corpus(int feeds, Random random) {
        List<String> corpus = new ArrayList<>();
        int serial = 0;
        for (int f = 0; f < feeds; f++) {
            boolean german = f % 2 == 0;
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                    + "<channel><title>outlet-" + f + "</title><link>https://outlet" + f + ".example/</link>"
                    + "<language>" + (german ? "de" : "en") + "</language><description>news</description>");
            for (int i = 0; i < 50; i++) {
                int story = random.nextInt(300);
                boolean repeat = i % 5 == 4 && serial > 0;
                String guid = repeat ? "item-" + random.nextInt(serial) : "item-" + serial++;
                String title = headline(story, german, random);
                xml.append("<item><guid>")
                        .append(guid)
                        .append("</guid><title>")
                        .append(title)
                        .append("</title><link>https://outlet")
                        .append(f)
                        .append(".example/")
                        .append(guid)
                        .append("</link><description>")
                        .append(title)
                        .append(" – mehr dazu im Artikel.</description><pubDate>Mon, 02 Mar 2026 0")
                        .append(i % 10)
                        .append(":00:00 GMT</pubDate></item>");
            }
            corpus.add(xml.append("</channel></rss>").toString());
        }
        return corpus;
    }

    /** A story is a subject, verb and object; outlets add a varying filler and word order. */
    private static String headline(int story, boolean german, Random random) {
        String subject = SUBJECTS[story % SUBJECTS.length];
        String verb = (german ? VERBS_DE : VERBS_EN)[story / SUBJECTS.length % VERBS_DE.length];
        String object = (german ? OBJECTS_DE : OBJECTS_EN)[story % (german ? OBJECTS_DE : OBJECTS_EN).length];
        String filler = (german ? FILLERS_DE : FILLERS_EN)[random.nextInt(FILLERS_DE.length)];
        return random.nextBoolean()
                ? subject + " " + verb + " " + object + " " + filler
                : object + ": " + subject + " " + verb + " " + filler;
    }

    private static long size(List<String> corpus) {
        return corpus.stream().mapToLong(String::length).sum();
    }
}
