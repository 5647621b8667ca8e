package io.github.copydesk.jsonld;

import java.util.Locale;

/**
 * Why a {@link JsonLdReader} could not read its input at all. The only exception the reader throws
 * besides {@link NullPointerException} for a null argument.
 *
 * <p>A strict reader throws it for input that is not JSON ({@link Code#MALFORMED}, with line and
 * column), a key given twice in one object ({@link Code#DUPLICATE_KEY}), a value it cannot read
 * exactly ({@link Code#INVALID_VALUE}, with the JSON path and, where it can be found, line and
 * column), bytes that are not valid in their charset ({@link Code#ENCODING}), an exceeded limit
 * ({@link Code#LIMIT_EXCEEDED}) and a failing {@code Reader} ({@link Code#IO}). A lenient reader
 * throws it only for an exceeded limit and a failing {@code Reader}: everything else becomes a
 * {@link ReadFinding}.
 *
 * <p>Lines and columns are 1-based; a column counts UTF-16 chars from the start of the line; a line
 * ends at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class JsonLdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; each code has its message. */
    public enum Code {
        /** The block is not JSON. */
        MALFORMED("block %d is not JSON at line %d, column %d: %s"),
        /** A key appears twice in one object. */
        DUPLICATE_KEY("block %d has a duplicate key at line %d, column %d: %s"),
        /** A value the strict reader cannot read exactly as written. */
        INVALID_VALUE("block %d has a value the strict reader cannot read at %s%s: %s"),
        /** A limit of the reader was exceeded. */
        LIMIT_EXCEEDED("the input exceeds a limit (%s)%s: %s"),
        /** The bytes are not valid in the given charset. */
        ENCODING("the input is not valid %s: %s"),
        /** The {@code Reader} failed. */
        IO("the input could not be read: %s");

        private final String template;

        Code(String template) {
            this.template = template;
        }
    }

    /** The limits, each a setting of {@link JsonLdReader.Builder}. */
    public enum Limit {
        /** {@link JsonLdReader.Builder#maxInputBytes(long)}. */
        INPUT_BYTES,
        /** {@link JsonLdReader.Builder#maxDepth(int)}. */
        DEPTH,
        /** {@link JsonLdReader.Builder#maxStringLength(int)}. */
        STRING_LENGTH,
        /** {@link JsonLdReader.Builder#maxNodes(int)}. */
        NODES,
        /** The fixed limit of {@value JsonLdReader#MAX_NUMBER_LENGTH} chars for one number. */
        NUMBER_LENGTH
    }

    private final Code code;
    private final Limit limit;
    private final int block;
    private final int line;
    private final int column;
    private final String path;

    JsonLdException(Code code, Limit limit, int block, int line, int column, String path, String message,
            Throwable cause) {
        super(message, cause);
        this.code = code;
        this.limit = limit;
        this.block = block;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    static String message(Code code, Limit limit, int block, int line, int column, String path, String detail,
            String charset) {
        String at = line > 0 ? " at line " + line + ", column " + column : "";
        String inBlock = block >= 0 ? " in block " + block : "";
        return switch (code) {
            case MALFORMED, DUPLICATE_KEY -> String.format(Locale.ROOT, code.template, block, line, column, detail);
            case INVALID_VALUE -> String.format(Locale.ROOT, code.template, block, path, at, detail);
            case LIMIT_EXCEEDED -> String.format(Locale.ROOT, code.template, limit, inBlock + at, detail);
            case ENCODING -> String.format(Locale.ROOT, code.template, charset, detail);
            case IO -> String.format(Locale.ROOT, code.template, detail);
        };
    }

    /** @return what went wrong */
    public Code code() {
        return code;
    }

    /** @return the limit exceeded, for {@link Code#LIMIT_EXCEEDED}; otherwise {@code null} */
    public Limit limit() {
        return limit;
    }

    /** @return the index of the block, or -1 when the problem is not in one block (the input size) */
    public int block() {
        return block;
    }

    /** @return the line (1-based), or 0 when not known */
    public int line() {
        return line;
    }

    /** @return the column (1-based, in UTF-16 chars), or 0 when not known */
    public int column() {
        return column;
    }

    /** @return the JSON path of the value, for {@link Code#INVALID_VALUE}; otherwise {@code null} */
    public String path() {
        return path;
    }
}
