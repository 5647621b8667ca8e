package io.github.copydesk.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the copydesk command in-process, through picocli, and captures what it writes. */
final class Cli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What a run wrote, and its exit status. */
    record Run(int status, String out, String err) {

        /** @return standard output as JSON */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("standard output is not JSON: " + e.getMessage() + "\n" + out, e);
            }
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Run run(String... args) {
        return run(new byte[0], false, args);
    }

    static Run run(List<String> args) {
        return run(args.toArray(new String[0]));
    }

    static Run withStdin(byte[] stdin, String... args) {
        return run(stdin, false, args);
    }

    static Run onTerminal(String... args) {
        return run(new byte[0], true, args);
    }

    private static Run run(byte[] stdin, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Copydesk.commandLine(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), terminal)
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
