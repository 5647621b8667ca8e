package io.github.copydesk.jsonld.internal;

/**
 * Why reading failed, thrown inside the reader and turned into a
 * {@code io.github.copydesk.jsonld.JsonLdException} at the API. Each kind names a code of that
 * exception.
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure, one per exception code. */
    public enum Kind {
        /** Not JSON (strict mode), with a position. */
        MALFORMED,
        /** A key given twice in one object (strict mode), with a position. */
        DUPLICATE_KEY,
        /** A value the strict mode cannot read exactly, with a path. */
        INVALID_VALUE,
        /** A limit exceeded. */
        LIMIT_EXCEEDED,
        /** Bytes that are not valid in their charset (strict mode). */
        ENCODING,
        /** The {@code Reader} failed. */
        IO
    }

    /** The limits, for {@link Kind#LIMIT_EXCEEDED}. */
    public enum Limit {
        /** The input size in bytes. */
        INPUT_BYTES,
        /** The nesting depth. */
        DEPTH,
        /** The length of one string. */
        STRING_LENGTH,
        /** The number of JSON values. */
        NODES,
        /** The length of one number. */
        NUMBER_LENGTH
    }

    private final Kind kind;
    private final Limit limit;
    private final int block;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;
    private final transient JsonPath where;

    /**
     * A failure.
     *
     * @param kind what kind
     * @param limit the limit, for {@link Kind#LIMIT_EXCEEDED}, else {@code null}
     * @param block the index of the block, or -1 when not about one block
     * @param line the line (1-based), or 0 when unknown
     * @param column the column (1-based, in UTF-16 chars), or 0 when unknown
     * @param path the JSON path, or {@code null}
     * @param detail what is wrong
     * @param cause the cause, or {@code null}
     */
    public ReadFailure(Kind kind, Limit limit, int block, int line, int column, String path, String detail,
            Throwable cause) {
        this(kind, limit, block, line, column, path, null, detail, cause);
    }

    /**
     * A failure about a value.
     *
     * @param block the index of the block
     * @param where the path of the value
     * @param detail what is wrong
     * @return the failure
     */
    public static ReadFailure invalidValue(int block, JsonPath where, String detail) {
        return new ReadFailure(Kind.INVALID_VALUE, null, block, 0, 0, where.toString(), where, detail, null);
    }

    private ReadFailure(Kind kind, Limit limit, int block, int line, int column, String path, JsonPath where,
            String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.where = where;
        this.kind = kind;
        this.limit = limit;
        this.block = block;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
    }

    /**
     * A limit exceeded.
     *
     * @param limit which
     * @param block the block, or -1
     * @param line the line, or 0
     * @param column the column, or 0
     * @param detail what was exceeded
     * @return the failure
     */
    public static ReadFailure limit(Limit limit, int block, int line, int column, String detail) {
        return new ReadFailure(Kind.LIMIT_EXCEEDED, limit, block, line, column, null, detail, null);
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the limit, or {@code null} */
    public Limit limit() {
        return limit;
    }

    /** @return the block, or -1 */
    public int block() {
        return block;
    }

    /** @return the line, or 0 */
    public int line() {
        return line;
    }

    /** @return the column, or 0 */
    public int column() {
        return column;
    }

    /** @return the JSON path, or {@code null} */
    public String path() {
        return path;
    }

    /** @return what is wrong */
    public String detail() {
        return detail;
    }

    /**
     * A copy with a position.
     *
     * @param line the line
     * @param column the column
     * @return the copy
     */
    public ReadFailure at(int line, int column) {
        return new ReadFailure(kind, limit, block, line, column, path, where, detail, getCause());
    }

    /** @return the path of the value, for {@link Kind#INVALID_VALUE}; otherwise {@code null} */
    public JsonPath where() {
        return where;
    }
}
