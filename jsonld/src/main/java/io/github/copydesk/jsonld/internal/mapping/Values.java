package io.github.copydesk.jsonld.internal.mapping;

import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;

/**
 * The values of one node for one table, each read when a mapping first asks for it, so that a value
 * not needed is never read (nor reported) and findings come in the order the mapping asks. One per
 * node and mapping; not thread-safe.
 *
 * @param <M> the model type of the table
 */
final class Values<M> {

    private final Reading r;
    private final Node node;
    private final Object[] values;
    private final Field[] fields;
    private final boolean[] read;

    Values(Reading r, Node node, int size) {
        this.r = r;
        this.node = node;
        this.values = new Object[size];
        this.fields = new Field[size];
        this.read = new boolean[size];
    }

    /** @return the node */
    Node node() {
        return node;
    }

    /**
     * A property's value.
     *
     * @param <V> the value
     * @param p the property
     * @return the value, or {@code null} when absent or unreadable
     */
    @SuppressWarnings("unchecked")
    <V> V get(Property<M, V> p) {
        int i = p.index();
        if (!read[i]) {
            read[i] = true;
            values[i] = r.read(node, p, this, i);
        }
        return (V) values[i];
    }

    /**
     * Where a property's value was read from, once {@link #get(Property)} read it.
     *
     * @param p the property
     * @return the field, or {@code null} when absent
     */
    Field field(Property<M, ?> p) {
        get(p);
        return fields[p.index()];
    }

    void found(int i, Field f) {
        fields[i] = f;
    }
}
