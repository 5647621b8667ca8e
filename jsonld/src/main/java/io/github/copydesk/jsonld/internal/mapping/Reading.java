package io.github.copydesk.jsonld.internal.mapping;

import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.read.internal.Findings;

/**
 * The state of one read shared by the mappings: the page's graph, value coercion, the findings, the
 * mode, and the author names split while an article is read (judged by Google's author-name rules once
 * the article's publisher is known). One per read; not thread-safe.
 */
final class Reading {

    /** An author's name as written that the reader split, and what it reports about it. */
    private record Split(String name, Field at, String message) {
    }

    private final NodeGraph graph;
    private final Coercion values;
    private final Findings findings;
    private final boolean lenient;
    private final List<Split> splits = new ArrayList<>();

    private Reading(NodeGraph graph) {
        this.graph = graph;
        this.values = new Coercion(graph);
        this.findings = graph.findings();
        this.lenient = !findings.strict();
    }

    /**
     * The state of a read of a graph.
     *
     * @param graph the graph
     * @return the state
     */
    static Reading of(NodeGraph graph) {
        return new Reading(graph);
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
     * Notes an author's name as written that the reader split, to be judged when the article is read.
     *
     * @param name the name as written
     * @param at where it is
     * @param message what the reader made of it
     */
    void authorSplit(String name, Field at, String message) {
        splits.add(new Split(name, at, message));
    }

    /**
     * Reports the author names split while the article was read: each of Google's author-name rules a
     * name as written breaks, at the rule's severity (the repaired model passes them, the page does not);
     * a name that breaks none as a repair.
     *
     * @param publisher the name of the article's publisher, or {@code null}
     */
    void judgeAuthorSplits(String publisher) {
        for (Split split : splits) {
            List<Rule> broken = Rule.authorName(split.name(), true, publisher);
            if (broken.isEmpty()) {
                findings.warning(ReadCode.BYLINE_SPLIT, split.at().block(), split.at().path(), split.message());
            }
            for (Rule rule : broken) {
                findings.rule(rule, ReadCode.BYLINE_SPLIT, split.at().block(), split.at().path(), split.message());
            }
        }
        splits.clear();
    }

    /**
     * Reads a property of a node: its term, else its aliases in order.
     *
     * @return the value, or {@code null}
     */
    <M, V> V read(Node n, Property<M, V> p, Values<M> into, int slot) {
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
