package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.function.Function;

import io.github.copydesk.jsonld.internal.Term;

/**
 * A row of a type's table that is written and never read: its value is computed from the model (the
 * word count) or read by another row's mapping (a place from its address, a medium's rights from the
 * medium's own node). It has no slot among the values a read asks for, so nothing can ask for it.
 *
 * @param <M> the model type
 * @param <V> the value
 * @param term the term, or {@code null} for an {@link Inline} value, whose table names its own terms
 * @param output how the value is written
 * @param get the model accessor
 */
record Written<M, V>(Term term, Output<V> output, Function<M, V> get) implements Row<M> {

    @Override
    public void write(Writing w, M model) throws IOException {
        V value = get.apply(model);
        if (value != null) {
            output.write(w, term, value);
        }
    }
}
