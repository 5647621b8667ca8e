package io.github.copydesk.read.internal.json;

import java.io.Writer;

/**
 * An unsynchronized {@link Writer} into a {@link StringBuilder}, for writing a document to a string:
 * {@link java.io.StringWriter} synchronizes every call, which a writer used by one thread does not
 * need. One per write; not thread-safe.
 */
public final class TextOutput extends Writer {

    private final StringBuilder text;

    /**
     * An empty output.
     *
     * @param capacity the chars to make room for at first
     */
    public TextOutput(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
