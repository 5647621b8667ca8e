package io.github.copydesk.jsonld.internal;

import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.jsonld.ReadFinding;
import io.github.copydesk.jsonld.ReadFinding.Code;
import io.github.copydesk.validation.Severity;

/**
 * Collects the findings of one read. In strict mode an error or a warning (a value that cannot be
 * read exactly as written) is thrown as a {@link ReadFailure} of kind
 * {@link io.github.copydesk.jsonld.JsonLdException.Code#INVALID_VALUE} instead. One per read; not thread-safe.
 */
public final class Findings {

    private final boolean strict;
    private final List<ReadFinding> list = new ArrayList<>();

    /**
     * A collector.
     *
     * @param strict whether errors and warnings are thrown
     */
    public Findings(boolean strict) {
        this.strict = strict;
    }

    /** @return whether errors and warnings are thrown */
    public boolean strict() {
        return strict;
    }

    /**
     * Nothing readable: the value is left out.
     *
     * @param code what kind of finding
     * @param block the block
     * @param path where
     * @param message what and why
     */
    public void error(Code code, int block, JsonPath path, String message) {
        add(Severity.ERROR, code, block, path, message);
    }

    /**
     * Read after a repair that guesses nothing.
     *
     * @param code what kind of finding
     * @param block the block
     * @param path where
     * @param message what and how
     */
    public void warning(Code code, int block, JsonPath path, String message) {
        add(Severity.WARNING, code, block, path, message);
    }

    /**
     * Text cleaned, or a note.
     *
     * @param code what kind of finding
     * @param block the block
     * @param path where
     * @param message what
     */
    public void info(Code code, int block, JsonPath path, String message) {
        add(Severity.INFO, code, block, path, message);
    }

    private void add(Severity severity, Code code, int block, JsonPath path, String message) {
        if (strict && severity != Severity.INFO) {
            throw ReadFailure.invalidValue(block, path, message);
        }
        list.add(new ReadFinding(severity, code, block, path.toString(), 0, 0, message));
    }

    /**
     * A syntax problem with its position (lenient mode only).
     *
     * @param severity how serious
     * @param code what kind of finding
     * @param block the block
     * @param path where, as far as the parser got
     * @param line the line
     * @param column the column
     * @param message what and what was done
     */
    public void syntax(Severity severity, Code code, int block, String path, int line, int column, String message) {
        list.add(new ReadFinding(severity, code, block, path, line, column, message));
    }

    /** @return a mark for {@link #reset(int)}: the number of findings so far */
    public int mark() {
        return list.size();
    }

    /**
     * Drops the findings made since a mark (those of a parse attempt that is tried again).
     *
     * @param mark the mark
     */
    public void reset(int mark) {
        list.subList(mark, list.size()).clear();
    }

    /** @return the findings so far */
    public List<ReadFinding> list() {
        return list;
    }
}
