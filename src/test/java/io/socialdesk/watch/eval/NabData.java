package io.socialdesk.watch.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared NAB folder ({@code ../shared/data/nab}); tests that need it skip when it is absent. */
final class NabData {

    static final Path FOLDER = Path.of("..", "shared", "data", "nab");

    private NabData() {}

    static Path folder() {
        assumeTrue(Files.isDirectory(FOLDER.resolve("realTweets")), "no NAB data in " + FOLDER.toAbsolutePath());
        return FOLDER;
    }
}
