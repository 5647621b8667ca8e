package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    @Test
    void step_drawsBarWithCountsAndErrors() {
        Progress progress = new Progress(new PrintWriter(err), 4, now::get);

        progress.step(0);
        progress.step(2);

        assertEquals("[###############...............] 2/4 files, 2 errors", progress.bar());
        assertTrue(err.toString().startsWith("\r[#######.......................] 1/4 files, 0 errors\u001b[K"), err.toString());
    }

    @Test
    void step_withinInterval_notRedrawn() {
        Progress progress = new Progress(new PrintWriter(err), 1000, now::get);

        progress.step(0);
        now.addAndGet(50_000_000L);
        progress.step(0);
        now.addAndGet(60_000_000L);
        progress.step(0);

        assertEquals(2, err.toString().split("\r", -1).length - 1, err.toString());
    }

    @Test
    void step_last_alwaysDrawn() {
        Progress progress = new Progress(new PrintWriter(err), 2, now::get);

        progress.step(0);
        progress.step(1);

        assertTrue(err.toString().endsWith("\r[##############################] 2/2 files, 1 error\u001b[K"), err.toString());
    }

    @Test
    void clear_erasesLineOnceShown() {
        Progress progress = new Progress(new PrintWriter(err), 2, now::get);

        progress.clear();
        assertEquals("", err.toString());
        progress.step(0);
        progress.clear();
        progress.clear();

        assertTrue(err.toString().endsWith("\u001b[K\r\u001b[K"), err.toString());
    }

    @Test
    void none_writesNothing() {
        Progress.NONE.step(3);
        Progress.NONE.clear();

        assertEquals("[##############################] 0/0 files, 0 errors", Progress.NONE.bar());
    }
}
