package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;

import io.github.copydesk.jsonld.internal.Term;

/**
 * How a value is written as a property: what every {@link Kind} does, and all that a row written but
 * never read ({@link Written}: the word count, a place's address, a medium's inline rights) does.
 * Stateless and thread-safe.
 *
 * @param <V> the model's value
 */
@FunctionalInterface
interface Output<V> {

    /**
     * Writes a property with this value, or nothing when the value is empty.
     *
     * @param w the write
     * @param term the property
     * @param value the value, never {@code null}: a row writes nothing for nothing
     * @throws IOException if the target fails
     */
    void write(Writing w, Term term, V value) throws IOException;
}
