package io.github.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, for the progress bar. Java 17 has no direct test:
 * {@link System#console()} is {@code null} as soon as standard output is redirected (the usual
 * {@code copydesk lint --format json site/ > report.json}), and not {@code null} when only standard
 * error is. So on Linux the file descriptor is looked at ({@code /proc/self/fd/2} links to a
 * {@code /dev/pts/N} or {@code /dev/ttyN} device), elsewhere the console decides.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean standardError() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // fall through to the console
            }
        }
        return System.console() != null;
    }
}
