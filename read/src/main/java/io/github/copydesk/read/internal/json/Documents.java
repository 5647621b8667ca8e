package io.github.copydesk.read.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;

/**
 * One JSON document written to each of the targets Copydesk's writers offer (a string, a
 * {@link Writer}, an {@link OutputStream}), through {@link JsonFactories#writing()}'s HTML-safe
 * generator, compact or indented: the same characters to every target, the stream's as UTF-8. Stateless
 * and thread-safe.
 */
public final class Documents {

    private static final JsonFactory FACTORY = JsonFactories.writing();

    /** What goes into the document: the writer's own mapping. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the document's one value.
         *
         * @param g the generator
         * @throws IOException if the target fails
         */
        void write(JsonGenerator g) throws IOException;
    }

    private Documents() {
    }

    /**
     * The document as a string, written into Jackson's recycled {@link SegmentedStringWriter}.
     *
     * @param content the content
     * @param pretty whether to indent
     * @return the document
     */
    public static String string(Content content, boolean pretty) {
        SegmentedStringWriter out = JsonFactories.stringWriter();
        try {
            write(content, pretty, out);
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory failed", e);
        }
    }

    /**
     * The document to a writer, which is flushed and left open.
     *
     * @param content the content
     * @param pretty whether to indent
     * @param out the writer
     * @throws IOException if the writer fails
     */
    public static void write(Content content, boolean pretty, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new TwoSpacePrettyPrinter());
            }
            content.write(g);
        }
        out.flush();
    }

    /**
     * The document to a stream as UTF-8; the stream is flushed and left open.
     *
     * @param content the content
     * @param pretty whether to indent
     * @param out the stream
     * @throws IOException if the stream fails
     */
    public static void write(Content content, boolean pretty, OutputStream out) throws IOException {
        // through a Writer, so that the bytes are those of the String output: Jackson's UTF-8
        // generator would write characters outside the BMP as escaped surrogate pairs
        write(content, pretty, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
