package io.github.copydesk.jsonld.internal.mapping;

import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.Findings;

/**
 * The state of one read shared by the mappings: the page's graph, value coercion, the findings and
 * the mode. One per read; not thread-safe.
 */
final class Reading {

    private final NodeGraph graph;
    private final Coercion values;
    private final Findings findings;
    private final boolean lenient;

    Reading(NodeGraph graph) {
        this.graph = graph;
        this.values = new Coercion(graph);
        this.findings = graph.findings();
        this.lenient = !findings.strict();
    }

    /** @return the page's graph */
    NodeGraph graph() {
        return graph;
    }

    /** @return value coercion */
    Coercion values() {
        return values;
    }

    /** @return where findings go */
    Findings findings() {
        return findings;
    }

    /** @return whether the read is lenient */
    boolean lenient() {
        return lenient;
    }

    /**
     * Reads a property of a node: its term, else its aliases in order.
     *
     * @return the value, or {@code null}
     */
    <M, V> V read(Node n, Property<M, V> p, Values<M> into, int slot) {
        if (p.kind() instanceof Inline<V> inline) {
            return inline.read(this, n);
        }
        Field f = graph.get(n, p.term());
        V v = null;
        if (f != null) {
            into.found(slot, f);
            v = p.kind().read(this, f);
        }
        for (Alias a : p.aliases()) {
            if (v != null) {
                break;
            }
            if (a.repair() && !lenient) {
                continue;
            }
            Field other = graph.get(n, a.term());
            if (other == null) {
                continue;
            }
            v = p.kind().read(this, other);
            if (v != null) {
                into.found(slot, other);
                if (a.repair()) {
                    findings.warning(ReadCode.PROPERTY_REPAIRED, other.block(), other.path(), "the " + p.term().term()
                            + " read from \"" + a.term().term() + "\", which is not a schema.org property");
                }
            }
        }
        return v;
    }
}
