package io.github.copydesk.read.internal;

/**
 * Reads a value of the model from text, in every format alike: {@link Dates#read}, {@link Scalars#language},
 * {@link Scalars#duration}, {@link Scalars#mediaType}. A format finds the text; the reader reads it,
 * reporting repairs and failures.
 *
 * @param <T> the value
 */
@FunctionalInterface
public interface TextReader<T> {

    /**
     * Reads the value.
     *
     * @param text the text, cleaned
     * @param block the block or document, for findings
     * @param path where, for findings
     * @param findings where repairs and failures go; its mode is the reader's
     * @return the value, or {@code null} when unreadable (reported)
     */
    T read(String text, int block, JsonPath path, Findings findings);
}
