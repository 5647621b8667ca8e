package io.github.copydesk.read.internal;

import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

/**
 * Collects the findings of one read. In strict mode an error or a warning (a value that cannot be
 * read exactly as written) is thrown instead, as a {@link ReadException} with the finding's code.
 * One per read; not thread-safe.
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
    public void error(ReadCode code, int block, JsonPath path, String message) {
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
    public void warning(ReadCode code, int block, JsonPath path, String message) {
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
    public void info(ReadCode code, int block, JsonPath path, String message) {
        add(Severity.INFO, code, block, path, message);
    }

    /**
     * A notice: what the input is or asks (an item that is not a story, an embargo not yet over), given
     * in both modes at its severity and never thrown, since nothing was repaired or left out.
     *
     * @param severity how much it matters to whoever publishes the input
     * @param code what kind of notice
     * @param block the block
     * @param path where
     * @param message what
     */
    public void notice(Severity severity, ReadCode code, int block, JsonPath path, String message) {
        list.add(new ReadFinding(severity, code, block, path.toString(), 0, 0, message));
    }

    private void add(Severity severity, ReadCode code, int block, JsonPath path, String message) {
        ReadFinding finding = new ReadFinding(severity, code, block, path.toString(), 0, 0, message);
        if (strict && severity != Severity.INFO) {
            throw new ReadException(finding, null, null);
        }
        list.add(finding);
    }

    /**
     * A validation rule that a value, as written, breaks where the reader repaired it: at the rule's
     * severity. Strict mode repairs nothing, so it never reports one.
     *
     * @param rule the rule
     * @param code what the reader did
     * @param block the block
     * @param path where
     * @param message what was written and what the reader made of it
     */
    public void rule(Rule rule, ReadCode code, int block, JsonPath path, String message) {
        list.add(new ReadFinding(rule.severity(), code, block, path.toString(), 0, 0, message, rule));
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
    public void syntax(Severity severity, ReadCode code, int block, String path, int line, int column, String message) {
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
