package io.github.copydesk.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared test data ({@code ../shared} beside the repository, or the directory named by the
 * system property {@code copydesk.shared}). Under CI ({@code CI=true}) missing data fails the test;
 * elsewhere the test is skipped with a message saying what is missing.
 */
public final class SharedData {

    private SharedData() {
    }

    /**
     * The root of the shared data.
     *
     * @return {@code copydesk.shared}, or {@code ../shared} seen from the module directory
     */
    public static Path root() {
        String configured = System.getProperty("copydesk.shared");
        return (configured != null ? Path.of(configured) : Path.of("..", "..", "shared")).normalize();
    }

    /**
     * A directory of the shared data, failing under CI and skipping elsewhere when it is missing.
     *
     * @param relative the path below the root, such as {@code corpus/jsonld}
     * @return the directory
     */
    public static Path directory(String relative) {
        Path dir = root().resolve(relative).normalize();
        if (!Files.isDirectory(dir)) {
            missing(dir);
        }
        return dir;
    }

    /**
     * A file of the shared data, failing under CI and skipping elsewhere when it is missing.
     *
     * @param relative the path below the root, such as {@code seeds/000_7972e9f48c523a94.txt}
     * @return the file
     */
    public static Path file(String relative) {
        Path file = root().resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            missing(file);
        }
        return file;
    }

    private static void missing(Path path) {
        String message = "shared test data missing: " + path.toAbsolutePath()
                + " (set -Dcopydesk.shared=/path/to/shared)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }
}
