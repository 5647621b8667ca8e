package io.github.copydesk.read;

import java.util.Objects;

import io.github.copydesk.validation.Severity;

/**
 * Why a reader stopped: the one exception Copydesk's readers throw besides
 * {@link NullPointerException} for a null argument. It carries the {@link ReadFinding} that stopped
 * the read, with the same {@link ReadCode} a lenient read reports as a finding.
 *
 * <p>A strict reader throws it for input that is not JSON ({@link ReadCode#JSON_MALFORMED}, with line
 * and column), a key given twice in one object ({@link ReadCode#JSON_DUPLICATE_KEY}), a value it
 * cannot read exactly as written (the code of what it found, such as {@link ReadCode#DATE_UNREADABLE}
 * or {@link ReadCode#TYPE_REPAIRED}, with the JSON path and, where it can be found, line and column)
 * and bytes that are not valid in their charset ({@link ReadCode#ENCODING_REPAIRED}). Every reader throws
 * it for an exceeded limit ({@link ReadCode#LIMIT_EXCEEDED}, with {@link #limit()}) and a failing
 * {@code Reader} ({@link ReadCode#INPUT_UNREADABLE}).
 *
 * <p>Lines and columns are 1-based; a column counts UTF-16 chars from the start of the line; a line
 * ends at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class ReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReadFinding finding;
    private final ReadLimits.Limit limit;

    /**
     * An exception for the finding that stopped a read.
     *
     * @param finding what stopped the read
     * @param limit the limit exceeded, for {@link ReadCode#LIMIT_EXCEEDED}; otherwise {@code null}
     * @param cause the cause, or {@code null}
     * @throws NullPointerException if {@code finding} is null
     * @throws IllegalArgumentException if {@code limit} is given with another code than
     *         {@link ReadCode#LIMIT_EXCEEDED}, or missing with it
     */
    public ReadException(ReadFinding finding, ReadLimits.Limit limit, Throwable cause) {
        super(message(Objects.requireNonNull(finding, "finding")), cause);
        if ((limit != null) != (finding.code() == ReadCode.LIMIT_EXCEEDED)) {
            throw new IllegalArgumentException("a limit goes with " + ReadCode.LIMIT_EXCEEDED.id() + " only, and it needs one: "
                    + limit + ", " + finding.code().id());
        }
        this.finding = finding;
        this.limit = limit;
    }

    /**
     * An exception for a limit exceeded.
     *
     * @param limit the limit
     * @param block the block, or 0 when the limit concerns the whole input
     * @param line the line, or 0 when unknown
     * @param column the column, or 0 when unknown
     * @param detail what was exceeded, naming the setting
     * @return the exception
     * @throws NullPointerException if {@code limit} or {@code detail} is null
     */
    public static ReadException limit(ReadLimits.Limit limit, int block, int line, int column, String detail) {
        Objects.requireNonNull(limit, "limit");
        return new ReadException(new ReadFinding(Severity.ERROR, ReadCode.LIMIT_EXCEEDED, block, "$", line, column, detail),
                limit, null);
    }

    private static String message(ReadFinding f) {
        StringBuilder where = new StringBuilder().append("block ").append(f.block());
        if (!f.path().equals("$")) {
            where.append(" at ").append(f.path());
        }
        if (f.line() > 0) {
            where.append(", line ").append(f.line()).append(", column ").append(f.column());
        }
        return f.code().message(where.toString(), f.message());
    }

    /**
     * The same exception with the position of its value in the block, once found.
     *
     * @param line the line
     * @param column the column
     * @return the copy
     */
    public ReadException at(int line, int column) {
        ReadFinding f = finding;
        return new ReadException(new ReadFinding(f.severity(), f.code(), f.block(), f.path(), line, column, f.message()),
                limit, getCause());
    }

    /** @return what stopped the read: its code, where it is and what was found */
    public ReadFinding finding() {
        return finding;
    }

    /** @return what went wrong */
    public ReadCode code() {
        return finding.code();
    }

    /** @return the limit exceeded, for {@link ReadCode#LIMIT_EXCEEDED}; otherwise {@code null} */
    public ReadLimits.Limit limit() {
        return limit;
    }

    /** @return the index of the block (0 also when the problem concerns the whole input) */
    public int block() {
        return finding.block();
    }

    /** @return the line (1-based), or 0 when not known */
    public int line() {
        return finding.line();
    }

    /** @return the column (1-based, in UTF-16 chars), or 0 when not known */
    public int column() {
        return finding.column();
    }

    /** @return the JSON path of the value, or {@code $} for the block or input as a whole */
    public String path() {
        return finding.path();
    }
}
