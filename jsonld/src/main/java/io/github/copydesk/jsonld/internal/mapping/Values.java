package io.github.copydesk.jsonld.internal.mapping;

import java.util.Arrays;

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

    /** Marks a property not read yet. */
    private static final Object UNREAD = new Object();

    private final Reading r;
    private final Node node;
    /** For each property {@code i}: its value at {@code 2i}, the field it was read from at {@code 2i + 1}. */
    private final Object[] slots;

    Values(Reading r, Node node, int size) {
        this.r = r;
        this.node = node;
        this.slots = new Object[2 * size];
        Arrays.fill(slots, UNREAD);
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
        int i = 2 * p.index();
        if (slots[i] == UNREAD) {
            slots[i + 1] = null;
            slots[i] = r.read(node, p, this, p.index());
        }
        return (V) slots[i];
    }

    /**
     * Where a property's value was read from.
     *
     * @param p the property
     * @return the field, or {@code null} when absent
     */
    Field field(Property<M, ?> p) {
        get(p);
        return (Field) slots[2 * p.index() + 1];
    }

    void found(int i, Field f) {
        slots[2 * i + 1] = f;
    }
}
