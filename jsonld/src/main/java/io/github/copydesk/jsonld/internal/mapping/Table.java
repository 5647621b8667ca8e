package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Node;

/**
 * The table of a schema.org type: its properties in the order they are written. Filled once, in a
 * mapping's static initializer, then read only: thread-safe.
 *
 * @param <M> the model type
 */
final class Table<M> {

    private final Term type;
    private final List<Property<M, ?>> properties = new ArrayList<>();
    private final List<Property<M, ?>> view = Collections.unmodifiableList(properties);

    /**
     * An empty table.
     *
     * @param type the schema.org type it maps, or {@code null} for properties written inline into
     *        another type's object (the rights of a media object)
     */
    Table(Term type) {
        this.type = type;
    }

    /**
     * Adds a property.
     *
     * @param <V> the value
     * @param term the term
     * @param kind its kind
     * @param get the model accessor
     * @param aliases the other terms it is read from
     * @return the property
     */
    <V> Property<M, V> add(Term term, Kind<V> kind, Function<M, V> get, Alias... aliases) {
        return add(term, kind, get, List.of(aliases), List.of());
    }

    /**
     * Adds a property that is also written as other terms with the same value.
     *
     * @param <V> the value
     * @param term the term
     * @param kind its kind
     * @param get the model accessor
     * @param aliases the other terms it is read from
     * @param alsoWritten the other terms it is written as
     * @return the property
     */
    <V> Property<M, V> add(Term term, Kind<V> kind, Function<M, V> get, List<Alias> aliases, List<Term> alsoWritten) {
        Property<M, V> p = new Property<>(term, kind, get, aliases, alsoWritten, properties.size());
        properties.add(p);
        return p;
    }

    /** @return the schema.org type, or {@code null} for an inline table */
    Term type() {
        return type;
    }

    /** @return the properties, in the order they are written */
    List<Property<M, ?>> properties() {
        return view;
    }

    /**
     * The terms this table writes, in order: each property's term and the terms it is also written
     * as; an inline table's terms in its place.
     *
     * @return the terms
     */
    List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (Property<M, ?> p : properties) {
            if (p.kind() instanceof Inline<?> inline) {
                terms.addAll(inline.table().terms());
                continue;
            }
            terms.add(p.term());
            terms.addAll(p.alsoWritten());
        }
        return terms;
    }

    /**
     * Writes the properties of a value, in order, into the object being written.
     *
     * @param w the write
     * @param model the value
     * @throws IOException if the target fails
     */
    void writeProperties(Writing w, M model) throws IOException {
        for (Property<M, ?> p : properties) {
            write(w, p, model);
        }
    }

    private static <M, V> void write(Writing w, Property<M, V> p, M model) throws IOException {
        V value = p.get().apply(model);
        p.kind().write(w, p.term(), value);
        for (Term also : p.alsoWritten()) {
            p.kind().write(w, also, value);
        }
    }

    /**
     * The values of a node, each read when first asked for.
     *
     * @param r the read
     * @param n the node
     * @return the values
     */
    Values<M> values(Reading r, Node n) {
        return new Values<>(r, n, properties.size());
    }
}
