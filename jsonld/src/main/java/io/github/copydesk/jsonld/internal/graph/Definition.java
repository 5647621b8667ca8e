package io.github.copydesk.jsonld.internal.graph;

import java.util.Map;

import io.github.copydesk.jsonld.internal.Names;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.read.internal.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One definition of a node: an object, where it is, and (once asked) its properties by term, each
 * under the name it is written with ({@code headline}, {@code schema:headline}, {@code Headline}).
 * Not thread-safe.
 */
public final class Definition {

    private static final int TERMS = Term.values().length;

    private final ObjectNode node;
    private final int block;
    private final JsonPath path;
    private String[] names;

    /**
     * A definition.
     *
     * @param node the object
     * @param block its block
     * @param path its path in the block
     */
    public Definition(ObjectNode node, int block, JsonPath path) {
        this.node = node;
        this.block = block;
        this.path = path;
    }

    /** @return the object */
    public ObjectNode node() {
        return node;
    }

    /** @return its block */
    public int block() {
        return block;
    }

    /** @return its path in the block */
    public JsonPath path() {
        return path;
    }

    /**
     * The name a term is written with in this object.
     *
     * @param term the term
     * @return the name, or {@code null} when the object does not hold the term
     */
    String name(Term term) {
        if (names == null) {
            names = new String[TERMS];
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = e.getKey();
                if (name.isEmpty() || name.charAt(0) == '@') {
                    continue;
                }
                Term t = Term.of(name);
                if (t != null) {
                    names[t.ordinal()] = name;
                    continue;
                }
                t = Names.term(name);
                if (t != null && names[t.ordinal()] == null) {
                    names[t.ordinal()] = name;
                }
            }
        }
        return names[term.ordinal()];
    }
}
