package io.github.copydesk.jsonld.internal;

import io.github.copydesk.jsonld.JsonLdException;
import io.github.copydesk.jsonld.JsonLdException.Code;
import io.github.copydesk.jsonld.JsonLdException.Limit;

/**
 * Why reading failed, thrown inside the reader and turned into a {@link JsonLdException} with the
 * same code, limit and position at the API.
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Code code;
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
     * @param code what went wrong
     * @param limit the limit, for {@link Code#LIMIT_EXCEEDED}, else {@code null}
     * @param block the index of the block, or -1 when not about one block
     * @param line the line (1-based), or 0 when unknown
     * @param column the column (1-based, in UTF-16 chars), or 0 when unknown
     * @param path the JSON path, or {@code null}
     * @param detail what is wrong
     * @param cause the cause, or {@code null}
     */
    public ReadFailure(Code code, Limit limit, int block, int line, int column, String path, String detail,
            Throwable cause) {
        this(code, limit, block, line, column, path, null, detail, cause);
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
        return new ReadFailure(Code.INVALID_VALUE, null, block, 0, 0, where.toString(), where, detail, null);
    }

    private ReadFailure(Code code, Limit limit, int block, int line, int column, String path, JsonPath where,
            String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.where = where;
        this.code = code;
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
        return new ReadFailure(Code.LIMIT_EXCEEDED, limit, block, line, column, null, detail, null);
    }

    /** @return what went wrong */
    public Code code() {
        return code;
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
        return new ReadFailure(code, limit, block, line, column, path, where, detail, getCause());
    }

    /** @return the path of the value, for {@link Code#INVALID_VALUE}; otherwise {@code null} */
    public JsonPath where() {
        return where;
    }
}
