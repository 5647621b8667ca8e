package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import io.github.copydesk.jsonld.internal.Term;

/**
 * One row of a type's table: a schema.org term, its value kind, the model accessor that gives the
 * value to write, the aliases the reader also accepts, and the terms it is also written as.
 *
 * @param <M> the model type
 * @param <V> the value
 * @param term the term
 * @param kind how the value is written and read
 * @param get the model accessor
 * @param aliases the other terms it is read from, in order, when the term gives nothing
 * @param alsoWritten the other terms it is written as, with the same value ({@code url} beside an
 *        image's {@code contentUrl})
 * @param index its place among its table's properties, the slot of its value when a node is read
 */
record Property<M, V>(Term term, Kind<V> kind, Function<M, V> get, List<Alias> aliases, List<Term> alsoWritten,
        int index) implements Row<M> {

    @Override
    public void write(Writing w, M model) throws IOException {
        V value = get.apply(model);
        if (value == null) {
            return; // every kind writes nothing for nothing: one call fewer per absent property
        }
        kind.write(w, term, value);
        // an indexed loop: an iterator per property and per write was a third of what a write allocated
        for (int i = 0, n = alsoWritten.size(); i < n; i++) {
            kind.write(w, alsoWritten.get(i), value);
        }
    }
}
