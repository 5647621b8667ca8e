package io.github.copydesk.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One input to read: a file, standard input, or a path that could not be listed.
 *
 * @param display the input as the user named it (a path below a directory given on the command line,
 *        or {@code -})
 * @param file the file, or {@code null} for standard input and for an error
 * @param kind what the input holds
 * @param error why the path cannot be read, or {@code null}
 * @param skipped why a directory entry is not read (it is not a regular file), or {@code null}
 */
record Input(String display, Path file, Kind kind, String error, String skipped) {

    /** The name of standard input on the command line and in the output. */
    static final String STDIN = "-";

    /** What an input holds, from its name; {@link #UNKNOWN} is decided from the first characters. */
    enum Kind {
        /** An HTML page ({@code .html}, {@code .htm}, {@code .xhtml}). */
        HTML,
        /** A JSON-LD block ({@code .jsonld}, {@code .json}). */
        JSON,
        /** Standard input, or a file with another name. */
        UNKNOWN
    }

    static Input file(String display, Path file) {
        return new Input(display, file, kindOf(file), null, null);
    }

    static Input stdin() {
        return new Input(STDIN, null, Kind.UNKNOWN, null, null);
    }

    static Input failed(String display, String error) {
        return new Input(display, null, Kind.UNKNOWN, error, null);
    }

    static Input skipped(String display, String why) {
        return new Input(display, null, Kind.UNKNOWN, null, why);
    }

    /** The kind of a file from its name. */
    static Kind kindOf(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (n.endsWith(".jsonld") || n.endsWith(".json")) {
            return Kind.JSON;
        }
        return Kind.UNKNOWN;
    }
}
