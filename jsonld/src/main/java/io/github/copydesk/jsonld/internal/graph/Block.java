package io.github.copydesk.jsonld.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.copydesk.jsonld.internal.Names;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.json.JsonTreeParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What JSON-LD keeps of one block while it is parsed: the values of the properties Copydesk reads
 * (JSON-LD keywords and known terms), and the node definitions (objects with an {@code @id} and
 * something more), each with its path, collected while parsing so that no second walk is needed.
 * One per block; not thread-safe.
 */
public final class Block implements JsonTreeParser.Shape {

    private final int index;
    private final List<JsonNode> roots = new ArrayList<>(1);
    private final List<ObjectNode> objects = new ArrayList<>();
    private final List<Integer> rootOfDefinition = new ArrayList<>();
    private final List<JsonPath> paths = new ArrayList<>();
    private final List<Definition> definitions = new ArrayList<>();

    /**
     * An empty block.
     *
     * @param index its index in the input
     */
    public Block(int index) {
        this.index = index;
    }

    @Override
    public boolean reads(String name) {
        return Names.read(name);
    }

    @Override
    public void restart() {
        objects.clear();
        paths.clear();
        rootOfDefinition.clear();
    }

    @Override
    public void objectEnded(ObjectNode object, JsonTreeParser.At at) {
        JsonNode id = object.get(Term.ID.term());
        if (id != null && id.isTextual() && definition(object)) {
            objects.add(object);
            paths.add(at.path());
            rootOfDefinition.add(at.root());
        }
    }

    /**
     * Sets the values the parser read, once it is done with the block.
     *
     * @param values the block's values, in order
     */
    public void values(List<JsonNode> values) {
        roots.addAll(values);
        // the paths are known only now: under $[r] when the block holds several values
        for (int i = 0; i < objects.size(); i++) {
            JsonPath path = paths.get(i);
            if (roots.size() > 1) {
                JsonPath under = JsonPath.ROOT.index(rootOfDefinition.get(i));
                for (Object step : path.steps()) {
                    under = step instanceof Integer n ? under.index(n) : under.child((String) step);
                }
                path = under;
            }
            definitions.add(new Definition(objects.get(i), index, path));
        }
    }

    /** @return the index of the block */
    public int index() {
        return index;
    }

    /** @return the values of the block, in order */
    public List<JsonNode> roots() {
        return roots;
    }

    /** @return the node definitions, in the order they end */
    public List<Definition> definitions() {
        return definitions;
    }

    /**
     * The path of a value at the top of the block.
     *
     * @param r the index of the value
     * @return {@code $} for a block of one value, else {@code $[r]}
     */
    public JsonPath rootPath(int r) {
        return roots.size() == 1 ? JsonPath.ROOT : JsonPath.ROOT.index(r);
    }

    /**
     * Whether an object with an {@code @id} says more than its {@code @id}: a definition, not a reference.
     *
     * @param object the object
     * @return whether it is a definition
     */
    public static boolean definition(ObjectNode object) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String key = e.getKey();
            if (!key.equals(Term.ID.term()) && !key.equals(Term.CONTEXT.term())) {
                return true;
            }
        }
        return false;
    }
}
