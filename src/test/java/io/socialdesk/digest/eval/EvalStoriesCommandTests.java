package io.socialdesk.digest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalStoriesCommandTests {

    private static final Path DEV = Path.of("../shared/data/stories/dev.tsv");
    private static final Pattern LAST =
            Pattern.compile("STORIES pairwise_f1=(\\d\\.\\d{4}) bcubed_f1=(\\d\\.\\d{4}) sources_exact=(\\d\\.\\d{4})");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresTheLabelledDevelopmentStoriesAtLeastAsWellAsMeasured() {
        assumeTrue(Files.isRegularFile(DEV), "no labelled stories at " + DEV.toAbsolutePath());

        assertThat(run("eval-stories", "--data", DEV.toString())).isEqualTo(0);

        Matcher last = lastLine();
        assertThat(Double.parseDouble(last.group(1))).isGreaterThanOrEqualTo(0.93);
        assertThat(Double.parseDouble(last.group(2))).isGreaterThanOrEqualTo(0.92);
        assertThat(Double.parseDouble(last.group(3))).isGreaterThanOrEqualTo(0.40);
    }

    @Test
    void theDefaultsHoldOnEachThirdOfTheStories() {
        assumeTrue(Files.isRegularFile(DEV), "no labelled stories at " + DEV.toAbsolutePath());

        for (int k = 1; k <= 3; k++) {
            out.reset();
            assertThat(run("eval-stories", "--data", DEV.toString(), "--fold", k + "/3"))
                    .isEqualTo(0);
            Matcher last = lastLine();
            assertThat(Double.parseDouble(last.group(1))).as("fold %d", k).isGreaterThanOrEqualTo(0.93);
            assertThat(Double.parseDouble(last.group(2))).as("fold %d", k).isGreaterThanOrEqualTo(0.92);
        }
    }

    @Test
    void clustersATinyFileAndPrintsTheScoreLast(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.tsv");
        Files.writeString(
                file,
                "id\tlang\tstory_id\tsource\tpublished\ttitle\ttext\n"
                        + "1\ten\tfloods\tBBC\t2026-03-02\tHeavy floods close roads across northern England\t\n"
                        + "2\ten\ttesla\tFT\t2026-03-02\tTesla shares fall after deliveries disappoint\t\n"
                        + "3\ten\tfloods\tGuardian\t2026-03-02\tNorthern England floods close roads\t\n"
                        + "4\ten\tbroken\n"
                        + "5\ten\ttesla\tCNBC\t2026-03-02\tTesla deliveries disappoint, shares fall\t\n",
                StandardCharsets.UTF_8);

        assertThat(run("eval-stories", "--data", file.toString())).isEqualTo(0);

        assertThat(lastLine().group(0)).isEqualTo("STORIES pairwise_f1=1.0000 bcubed_f1=1.0000 sources_exact=1.0000");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 5 skipped");
    }

    @Test
    void refusesAWrongCommandLineAndAMissingFile(@TempDir Path dir) {
        assertThat(run("eval-stories")).isEqualTo(2);
        assertThat(run("eval-stories", "--data", "x.tsv", "--fold", "4/3")).isEqualTo(2);
        assertThat(run("eval-stories", "--bogus")).isEqualTo(2);
        assertThat(run("eval-stories", "--data", dir.resolve("absent.tsv").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be read");
    }

    private int run(String... args) {
        return EvalStoriesCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Matcher lastLine() {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        Matcher matcher = LAST.matcher(lines[lines.length - 1]);
        assertThat(matcher.matches()).as(lines[lines.length - 1]).isTrue();
        return matcher;
    }
}
