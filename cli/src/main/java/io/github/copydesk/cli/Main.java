package io.github.copydesk.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code copydesk.jar}: {@code java -jar copydesk.jar COMMAND ...}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs a command and exits with its status: 0 when no error was found, 1 when one was, 2 for a
     * usage error or when no input could be read at all.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, buffered: output is written file by file
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = Copydesk.commandLine(System.in, out, err, Terminal.standardError()).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
