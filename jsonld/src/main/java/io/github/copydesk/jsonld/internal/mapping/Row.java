package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;

/**
 * One row of a type's table, in the order the rows are written: a {@link Property}, read and written,
 * or a row {@link Written} only.
 *
 * @param <M> the model type
 */
sealed interface Row<M> permits Property, Written {

    /**
     * Writes this row's property from a value, or nothing when the row's value is absent.
     *
     * @param w the write
     * @param model the value that holds the row's
     * @throws IOException if the target fails
     */
    void write(Writing w, M model) throws IOException;
}
