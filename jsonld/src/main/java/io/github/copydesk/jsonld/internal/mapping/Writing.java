package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The state of one write shared by the mappings: the generator, the writer's options, and in graph
 * mode the registry of person and organization nodes by {@code @id}. One per write; not thread-safe.
 */
final class Writing {

    /** Every term's name, quoted and escaped once, as Jackson writes property names fastest. */
    private static final SerializedString[] KEYS;

    static {
        Term[] terms = Term.values();
        KEYS = new SerializedString[terms.length];
        for (Term term : terms) {
            KEYS[term.ordinal()] = new SerializedString(term.term());
        }
    }

    /** Stands for the page and the article in the registry: equal to no person or organization. */
    static final Party PAGE = Organization.of("");

    private final JsonGenerator g;
    private final boolean graph;
    private final boolean quotes;
    private final DatelineStyle datelineStyle;
    /** Graph mode only: the nodes by {@code @id}, in order of first reference; and those still to write. */
    private final Map<String, Party> nodes;
    private final Deque<Party> pending;

    Writing(JsonGenerator g, boolean graph, boolean quotes, DatelineStyle datelineStyle) {
        this.g = g;
        this.graph = graph;
        this.quotes = quotes;
        this.datelineStyle = datelineStyle;
        this.nodes = graph ? new HashMap<>() : Map.of();
        this.pending = graph ? new ArrayDeque<>() : null;
    }

    /** @return the generator */
    JsonGenerator g() {
        return g;
    }

    /** @return whether the output is one {@code @graph} of linked nodes */
    boolean graph() {
        return graph;
    }

    /** @return whether quotes are written */
    boolean quotes() {
        return quotes;
    }

    /** @return the dateline style, or {@code null} for the text as written */
    DatelineStyle datelineStyle() {
        return datelineStyle;
    }

    /**
     * Writes a property name from its pre-serialized form.
     *
     * @param term the property
     * @return the generator, for the value
     * @throws IOException if the target fails
     */
    JsonGenerator field(Term term) throws IOException {
        g.writeFieldName(KEYS[term.ordinal()]);
        return g;
    }

    /**
     * Writes {@code "@type": type}.
     *
     * @param type the type
     * @throws IOException if the target fails
     */
    void type(Term type) throws IOException {
        field(Term.TYPE).writeString(KEYS[type.ordinal()]);
    }

    /**
     * Claims an {@code @id} for a node in graph mode.
     *
     * @param id the {@code @id}
     * @param node the party, or {@link #PAGE}
     * @return the party that held it before, or {@code null} if it was free (the node is then queued)
     */
    Party claim(String id, Party node) {
        Party known = nodes.putIfAbsent(id, node);
        if (known == null && node != PAGE) {
            pending.addLast(node);
        }
        return known;
    }

    /**
     * The next node still to be written in graph mode.
     *
     * @return the party, or {@code null} when all are written
     */
    Party nextPending() {
        return pending.pollFirst();
    }
}
