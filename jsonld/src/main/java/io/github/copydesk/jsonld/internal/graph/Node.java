package io.github.copydesk.jsonld.internal.graph;

import java.util.List;

/**
 * A node of the graph: its {@code @id} (or none) and its definitions, the first one the object read.
 * JSON-LD says that objects with the same {@code @id}, in any block, are one node.
 *
 * @param id the {@code @id}, or {@code null} for an object without one
 * @param defs the definitions, at least one
 */
public record Node(String id, List<Definition> defs) {

    /** @return the first definition: the object read, where findings about the node are reported */
    public Definition first() {
        return defs.get(0);
    }
}
