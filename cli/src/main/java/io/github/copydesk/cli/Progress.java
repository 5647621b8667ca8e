package io.github.copydesk.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error, redrawn in place at most every {@value #INTERVAL_NANOS} ns; or
 * nothing, when standard error is not a terminal. {@link #clear()} removes it before other output to
 * the same terminal, and the next {@link #step} draws it again.
 */
class Progress {

    /** No progress bar. */
    static final Progress NONE = new Progress(null, 0, () -> 0L);

    private static final long INTERVAL_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final java.util.function.LongSupplier clock;
    private long done;
    private long errors;
    private long lastDraw = Long.MIN_VALUE;
    private boolean shown;

    /**
     * A progress bar.
     *
     * @param err where to draw it, or {@code null} for none
     * @param total how many files there are
     * @param clock the time in nanoseconds
     */
    Progress(PrintWriter err, long total, java.util.function.LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.clock = clock;
    }

    /** Counts one file done and redraws the bar if it is time. */
    void step(long fileErrors) {
        if (err == null) {
            return;
        }
        done++;
        errors += fileErrors;
        long now = clock.getAsLong();
        if (!shown || now - lastDraw >= INTERVAL_NANOS || done == total) {
            lastDraw = now;
            draw();
        }
    }

    /** The bar as drawn now. */
    String bar() {
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d files, %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, Summary.plural(errors, "error"));
    }

    private void draw() {
        err.print("\r" + bar() + "\u001b[K");
        err.flush();
        shown = true;
    }

    /** Removes the bar from the terminal. */
    void clear() {
        if (err != null && shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }
}
