package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared test data ({@code ../shared} beside the repository, or the directory named by the
 * system property {@code copydesk.shared}). Under CI ({@code CI=true}) missing data fails the test;
 * elsewhere the test is skipped with a message saying what is missing.
 */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        String configured = System.getProperty("copydesk.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path file = root.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            String message = "shared test data missing: " + file.toAbsolutePath()
                    + " (set -Dcopydesk.shared=/path/to/shared)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return file;
    }
}
