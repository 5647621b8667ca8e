package io.github.copydesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Where a document writer puts its output: each of the three ways Copydesk's writers write one document,
 * as the bytes a page would carry (UTF-8), so that tests check every way gives the same bytes.
 */
public enum Sink {
    /** {@code write(value)}, a string. */
    STRING,
    /** {@code write(value, Writer)}. */
    WRITER,
    /** {@code write(value, OutputStream)}, UTF-8. */
    OUTPUT_STREAM;

    /**
     * Writing to a target that may fail.
     *
     * @param <T> what is written
     * @param <O> the target
     */
    @FunctionalInterface
    public interface To<T, O> {
        /**
         * Writes.
         *
         * @param value what is written
         * @param out where
         * @throws IOException if the target fails
         */
        void write(T value, O out) throws IOException;
    }

    /**
     * Writes a value this way, through a writer's three methods ({@code writer::write} for each).
     *
     * @param <T> what is written
     * @param value what is written
     * @param toString {@code write(value)}
     * @param toWriter {@code write(value, Writer)}
     * @param toStream {@code write(value, OutputStream)}
     * @return the bytes, UTF-8
     * @throws IOException if writing fails
     */
    public <T> byte[] write(T value, Function<T, String> toString, To<T, Writer> toWriter, To<T, OutputStream> toStream)
            throws IOException {
        switch (this) {
            case STRING:
                return toString.apply(value).getBytes(StandardCharsets.UTF_8);
            case WRITER:
                StringWriter text = new StringWriter();
                toWriter.write(value, text);
                return text.toString().getBytes(StandardCharsets.UTF_8);
            default:
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                toStream.write(value, bytes);
                return bytes.toByteArray();
        }
    }
}
