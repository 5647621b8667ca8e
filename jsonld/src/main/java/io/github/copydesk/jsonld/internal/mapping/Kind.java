package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;

/**
 * A kind of value, and how it is written and read: text, a URL, a date, a person, the images of an
 * article. Stateless and thread-safe; the contexts carry the state of one write or read.
 *
 * @param <V> the model's value
 */
interface Kind<V> {

    /**
     * Writes a property with this value, or nothing when the value is absent or empty.
     *
     * @param w the write
     * @param term the property
     * @param value the value, or {@code null}
     * @throws IOException if the target fails
     */
    void write(Writing w, Term term, V value) throws IOException;

    /**
     * Reads a value.
     *
     * @param r the read
     * @param f the value as written
     * @return the value, or {@code null} when nothing is readable (reported)
     */
    V read(Reading r, Field f);
}
