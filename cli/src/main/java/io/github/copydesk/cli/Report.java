package io.github.copydesk.cli;

import java.io.IOException;

/**
 * Where lint's results go, one file at a time.
 */
interface Report {

    /** Starts the output. */
    void start() throws IOException;

    /** Writes one file's results. */
    void file(FileResult result) throws IOException;

    /** Ends the output with the totals. */
    void end(Summary summary) throws IOException;
}
