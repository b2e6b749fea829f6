package io.socialdesk.watch.eval;

import io.socialdesk.watch.detection.Sensitivity;
import io.socialdesk.watch.detection.SpikeDetector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code eval-nab --data DIR [--out DIR]}: the production detector with the production defaults (the balanced preset,
 * one bucket per row) over every NAB series in {@code DIR}, scored by NAB's rules. Prints one line per file and, last,
 * {@code NAB standard=… reward_low_FP_rate=… reward_low_FN_rate=…}, normalised over the files present. With {@code
 * --out} it also writes NAB result files ({@code timestamp,value,anomaly_score,label}, where {@code label} is 1 on the
 * rows where the detector raises an alert). Runs without Spring.
 */
public final class EvalNabCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "eval-nab";

    private static final String DETECTOR = "socialdesk";
    private static final String USAGE = "usage: eval-nab --data DIR [--out DIR]";

    private EvalNabCommand() {}

    /** Whether {@code args} ask for this command rather than for the bot. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals(NAME);
    }

    /** Runs the command; returns the process exit code: 0 when done, 1 for bad data, 2 for a wrong command line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path data = null;
        Path results = null;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if ((args[i].equals("--data") || args[i].equals("--out")) && value != null) {
                if (args[i].equals("--data")) {
                    data = Path.of(value);
                } else {
                    results = Path.of(value);
                }
                i++;
            } else {
                err.println("eval-nab: unexpected argument '" + args[i] + "'; " + USAGE);
                return 2;
            }
        }
        if (data == null) {
            err.println("eval-nab: --data is missing; " + USAGE);
            return 2;
        }
        try {
            var corpus = NabCorpus.load(data);
            corpus.forEach(series -> series.gaps().forEach(gap -> err.println("eval-nab: gap: " + gap)));
            var result = new NabEvaluation(bucket -> SpikeDetector.start(Sensitivity.BALANCED, bucket)).run(corpus);
            for (var file : result.files()) {
                out.println(line(file));
                if (results != null) {
                    write(file, results);
                }
            }
            out.println(String.format(
                    Locale.ROOT,
                    "NAB standard=%.2f reward_low_FP_rate=%.2f reward_low_FN_rate=%.2f",
                    result.normalised(NabProfile.STANDARD),
                    result.normalised(NabProfile.REWARD_LOW_FP_RATE),
                    result.normalised(NabProfile.REWARD_LOW_FN_RATE)));
            return 0;
        } catch (NabDataException e) {
            err.println("eval-nab: " + e.getMessage());
            return 1;
        }
    }

    private static String line(NabEvaluation.FileResult file) {
        NabScore standard = file.scores().get(NabProfile.STANDARD);
        return String.format(
                Locale.ROOT,
                "%s rows=%d windows=%d detected=%d alerts=%d false_alerts=%d raw standard=%.4f reward_low_FP_rate=%.4f"
                        + " reward_low_FN_rate=%.4f",
                file.series().key(),
                file.series().rows(),
                file.series().windows().size(),
                standard.windowsDetected(),
                file.alerts(),
                standard.falsePositives(),
                standard.score(),
                file.scores().get(NabProfile.REWARD_LOW_FP_RATE).score(),
                file.scores().get(NabProfile.REWARD_LOW_FN_RATE).score());
    }

    /** NAB's result layout: {@code OUT/realTweets/socialdesk_Twitter_volume_AAPL.csv}. */
    private static void write(NabEvaluation.FileResult file, Path results) {
        String key = file.series().key();
        int slash = key.lastIndexOf('/');
        Path target = results.resolve(key.substring(0, slash + 1) + DETECTOR + "_" + key.substring(slash + 1));
        try {
            Files.createDirectories(target.getParent());
            try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                writer.write("timestamp,value,anomaly_score,label\n");
                for (int i = 0; i < file.series().rows(); i++) {
                    writer.write(file.series().timestamps()[i].format(NabCsv.PRINTED) + ","
                            + file.series().values()[i] + ","
                            + String.format(Locale.ROOT, "%.6f", file.anomalyScores()[i]) + ","
                            + (file.raised()[i] ? 1 : 0) + "\n");
                }
            }
        } catch (IOException e) {
            throw new NabDataException(target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
