package io.github.copydesk.cli;

import java.net.URI;
import java.util.Objects;

import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.read.ReadFinding;

/**
 * One finding as the command line reports it, whichever part of Copydesk made it.
 *
 * @param severity how serious it is
 * @param rule the rule id; for a reader finding its code ({@code read.date.repaired})
 * @param path where: a JSON path in a block for the reader ({@code $.author[0].name}), a property
 *        path in the article for validation and page checks ({@code paywall.sections[0]}), empty for
 *        the article as a whole, {@code $} for the input as a whole
 * @param message what is wrong and what to do
 * @param source who found it
 * @param guideline the external guideline of the rule, or {@code null}
 * @param block the block of the page, for a reader finding; otherwise -1
 * @param line the line of a syntax problem in its block (1-based); otherwise 0
 * @param column the column of a syntax problem (1-based); otherwise 0
 */
record Item(Severity severity, String rule, String path, String message, Source source, URI guideline,
        int block, int line, int column) {

    /** Who found a finding; its name is the {@code source} of the JSON output. */
    enum Source {
        /** The JSON-LD reader: what it could not read as written. */
        READER("reader"),
        /** Validation against the profiles' rules. */
        VALIDATION("validation"),
        /** The command line's checks of the page or file as a whole. */
        PAGE("page");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        /** @return the name in the output */
        String id() {
            return id;
        }
    }

    Item {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A reader finding; one that names a rule the markup as written breaks reports that rule.
     */
    static Item of(ReadFinding f) {
        return new Item(f.severity(), f.rule() != null ? f.rule().id() : f.code().id(), f.path(), f.message(), Source.READER,
                f.rule() == null ? null : f.rule().guideline().orElse(null), f.block(), f.line(), f.column());
    }

    /** A validation finding, or a check of the page ({@code page.} ids). */
    static Item of(Finding f) {
        return new Item(f.severity(), f.rule(), f.path(), f.message(), f.rule().startsWith("page.") ? Source.PAGE
                : Source.VALIDATION, f.guideline(), -1, 0, 0);
    }

    /** A directory entry that is not a regular file, skipped: said, not an error. */
    static Item skipped(String why) {
        return new Item(Severity.WARNING, "page.file.skipped", "$", why, Source.PAGE, null, -1, 0, 0);
    }

    /** Where, for people: the path, and for a reader finding its block and position. */
    String where() {
        if (source != Source.READER) {
            return path.isEmpty() ? "(article)" : path;
        }
        StringBuilder out = new StringBuilder("block ").append(block);
        if (line > 0) {
            out.append(" line ").append(line).append(", column ").append(column);
        } else {
            out.append(' ').append(path);
        }
        return out.toString();
    }
}
