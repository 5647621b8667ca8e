package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.function.BiFunction;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Node;

/**
 * A model value whose properties are written into the object of the value that holds it, not as an
 * object of their own: the rights of a media object ({@code creator}, {@code copyrightHolder},
 * {@code license} ... on the {@code ImageObject} itself). Its rows are a table of their own, read from
 * the holder's node, by the holder's mapping ({@link #read}): a row {@link Written} in the holder's table.
 * Stateless and thread-safe.
 *
 * @param <V> the model value
 */
final class Inline<V> implements Output<V> {

    private final Table<V> table;
    private final BiFunction<Reading, Values<V>, V> build;

    /**
     * A kind for the rows of a table.
     *
     * @param table the rows, written in order
     * @param build makes the value from the rows read
     */
    Inline(Table<V> table, BiFunction<Reading, Values<V>, V> build) {
        this.table = table;
        this.build = build;
    }

    /** @return the rows */
    Table<V> table() {
        return table;
    }

    @Override
    public void write(Writing w, Term term, V value) throws IOException {
        table.writeProperties(w, value);
    }

    /**
     * Reads the value from the node that holds its properties.
     *
     * @param r the read
     * @param n the holder's node
     * @return the value
     */
    V read(Reading r, Node n) {
        return build.apply(r, table.values(r, n));
    }
}
