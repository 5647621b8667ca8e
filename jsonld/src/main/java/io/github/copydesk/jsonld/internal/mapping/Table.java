package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Definition;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.read.ReadCode;

/**
 * The table of a schema.org type: its rows in the order they are written, the properties among them
 * each with its slot for a read. Filled once, in a mapping's static initializer, then read only:
 * thread-safe.
 *
 * @param <M> the model type
 */
final class Table<M> {

    private final Term type;
    private final List<Row<M>> rows = new ArrayList<>();
    /** How many of the rows are properties, which a read fills. */
    private int properties;

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
        Property<M, V> p = new Property<>(term, kind, get, aliases, alsoWritten, properties++);
        rows.add(p);
        return p;
    }

    /**
     * Adds a row that is written and never read.
     *
     * @param <V> the value
     * @param term the term, or {@code null} for an {@link Inline} value
     * @param output how the value is written
     * @param get the model accessor
     * @return the row
     */
    <V> Written<M, V> written(Term term, Output<V> output, Function<M, V> get) {
        Written<M, V> row = new Written<>(term, output, get);
        rows.add(row);
        return row;
    }

    /** @return the schema.org type, or {@code null} for an inline table */
    Term type() {
        return type;
    }

    /**
     * The terms this table writes, in order: each property's term and the terms it is also written
     * as; an inline table's terms in its place.
     *
     * @return the terms
     */
    List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (Row<M> row : rows) {
            if (row instanceof Property<M, ?> p) {
                terms.add(p.term());
                terms.addAll(p.alsoWritten());
            } else if (row instanceof Written<M, ?> w && w.output() instanceof Inline<?> inline) {
                terms.addAll(inline.table().terms());
            } else if (row instanceof Written<M, ?> w) {
                terms.add(w.term());
            }
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
        for (int i = 0, n = rows.size(); i < n; i++) {
            rows.get(i).write(w, model);
        }
    }

    /**
     * Writes a value as a node of this table's type: {@code {"@type": ..., properties in order}}.
     *
     * @param w the write
     * @param model the value
     * @throws IOException if the target fails
     */
    void writeNode(Writing w, M model) throws IOException {
        w.g().writeStartObject();
        w.type(type);
        writeProperties(w, model);
        w.g().writeEndObject();
    }

    /** Reads one element of a list into the values read so far. */
    interface Element<M> {
        /**
         * Reads an element.
         *
         * @param r the read
         * @param e the element
         * @param out the values read so far
         */
        void read(Reading r, Field e, List<M> out);
    }

    /**
     * The kind of a list of values written as an array of this table's nodes and read element by element.
     *
     * @param element reads one element
     * @return the kind
     */
    Kind<List<M>> array(Element<M> element) {
        return new Kind<>() {
            @Override
            public void write(Writing w, Term term, List<M> value) throws IOException {
                if (value == null || value.isEmpty()) {
                    return;
                }
                w.field(term).writeStartArray();
                for (M m : value) {
                    writeNode(w, m);
                }
                w.g().writeEndArray();
            }

            @Override
            public List<M> read(Reading r, Field f) {
                List<M> out = new ArrayList<>();
                for (Field e : r.graph().elements(f)) {
                    element.read(r, e, out);
                }
                return out;
            }
        };
    }

    /** Makes a value from the properties read. */
    interface Build<M> {
        /**
         * Makes the value.
         *
         * @param v the properties, each read when asked for
         * @param at the node's first definition, where findings about it go
         * @return the value, or {@code null} when there is none to make (reported)
         * @throws IllegalArgumentException if the model rejects a value
         */
        M build(Values<M> v, Definition at);
    }

    /**
     * Reads a node as a value of this table; a value the model rejects is reported and left out.
     *
     * @param r the read
     * @param n the node
     * @param build makes the value from the properties
     * @return the value, or {@code null}
     */
    M read(Reading r, Node n, Build<M> build) {
        return guard(r, n.first(), () -> build.build(values(r, n), n.first()));
    }

    /**
     * Makes a value the model may reject: a rejection is reported at the node and the value left out.
     *
     * @param <T> the value
     * @param r the read
     * @param at the node's first definition
     * @param make makes the value
     * @return the value, or {@code null} when rejected
     */
    static <T> T guard(Reading r, Definition at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            return null;
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
        return new Values<>(r, n, properties);
    }
}
