package io.github.copydesk.jsonld.internal.mapping;

import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.Findings;

/**
 * The state of one read shared by the mappings: the page's graph, value coercion, the findings and
 * the mode. One per read; not thread-safe.
 *
 * @param graph the page's graph
 * @param values value coercion
 * @param findings where findings go
 * @param lenient whether the read is lenient
 */
record Reading(NodeGraph graph, Coercion values, Findings findings, boolean lenient) {

    /**
     * The state of a read of a graph.
     *
     * @param graph the graph
     * @return the state
     */
    static Reading of(NodeGraph graph) {
        return new Reading(graph, new Coercion(graph), graph.findings(), !graph.findings().strict());
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
