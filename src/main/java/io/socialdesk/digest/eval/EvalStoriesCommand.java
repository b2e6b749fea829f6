package io.socialdesk.digest.eval;

import io.socialdesk.digest.clustering.ClusteringSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code eval-stories --data FILE.tsv [--fold K/N] [--threshold T] [--entity-weight W]}: the production story
 * clustering with its production defaults over labelled headlines, day by day. {@code --fold} keeps only the K-th of N groups of whole
 * stories, to see that the defaults hold on other stories than the ones looked at; {@code --threshold} overrides the
 * similarity threshold (and {@code --entity-weight} the weight of names and figures) for exploring, never for the
 * reported figures. Prints precision and recall, and last {@code
 * STORIES pairwise_f1=… bcubed_f1=… sources_exact=…}. Runs without Spring.
 */
public final class EvalStoriesCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "eval-stories";

    private static final String USAGE =
            "usage: eval-stories --data FILE.tsv [--fold K/N] [--threshold T] [--entity-weight W]";

    private EvalStoriesCommand() {}

    /** Whether {@code args} ask for this command rather than for the bot. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    /** Runs the command; returns the process exit code: 0 when done, 1 for bad data, 2 for a wrong command line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path data = null;
        int fold = 0;
        int folds = 0;
        ClusteringSettings settings = ClusteringSettings.DEFAULTS;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            try {
                if (args[i].equals("--data") && value != null) {
                    data = Path.of(value);
                } else if (args[i].equals("--fold") && value != null && value.matches("\\d+/\\d+")) {
                    fold = Integer.parseInt(value.substring(0, value.indexOf('/')));
                    folds = Integer.parseInt(value.substring(value.indexOf('/') + 1));
                    if (fold < 1 || fold > folds) {
                        err.println("eval-stories: --fold K/N needs 1 <= K <= N; " + USAGE);
                        return 2;
                    }
                } else if (args[i].equals("--entity-weight") && value != null) {
                    settings = settings.withEntityWeight(Double.parseDouble(value));
                } else if (args[i].equals("--threshold") && value != null) {
                    settings = settings.withThreshold(Double.parseDouble(value));
                } else {
                    err.println("eval-stories: unexpected argument '" + args[i] + "'; " + USAGE);
                    return 2;
                }
            } catch (IllegalArgumentException e) {
                err.println("eval-stories: " + args[i] + " " + value + ": " + e.getMessage() + "; " + USAGE);
                return 2;
            }
            i++;
        }
        if (data == null) {
            err.println("eval-stories: --data is missing; " + USAGE);
            return 2;
        }
        try {
            List<LabelledItem> items = StoryTsv.read(data, err);
            if (folds > 0) {
                items = StoryEvaluation.fold(items, fold, folds);
            }
            if (items.isEmpty()) {
                err.println("eval-stories: " + data + ": no labelled items");
                return 1;
            }
            ClusteringScore score = StoryEvaluation.run(items, settings);
            out.println(String.format(
                    Locale.ROOT,
                    "items=%d stories=%d pairwise_precision=%.4f pairwise_recall=%.4f bcubed_precision=%.4f"
                            + " bcubed_recall=%.4f",
                    items.size(),
                    items.stream().map(LabelledItem::story).distinct().count(),
                    score.pairwisePrecision(),
                    score.pairwiseRecall(),
                    score.bcubedPrecision(),
                    score.bcubedRecall()));
            out.println(score.line());
            return 0;
        } catch (StoryDataException e) {
            err.println("eval-stories: " + e.getMessage());
            return 1;
        }
    }
}
