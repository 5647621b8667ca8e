package io.github.copydesk.jsonld.internal.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.jsonld.internal.Names;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON-LD graph of one page: the {@code @id} index of every block, the nodes (objects with the
 * same {@code @id}, in any block, merged: the first definition of a property wins), references
 * resolved, types and property names matched to {@link Term}s (exactly, without a schema.org prefix,
 * or, as a reported repair, ignoring case), and cycles of references cut. One per read; not thread-safe.
 */
public final class NodeGraph {

    private static final String ID = Term.ID.term();
    private static final String TYPE = Term.TYPE.term();
    private static final String GRAPH = Term.GRAPH.term();

    private final List<Block> blocks;
    private final Findings findings;
    private final int maxDefinitionsPerId;
    private Map<String, List<Definition>> index;
    /** The types of each node named by its {@code @id} alone (all its definitions), read once. */
    private final Map<String, Types> typesById = new HashMap<>();
    /** The {@code @id}s whose types have been read with their repairs reported. */
    private final Set<String> reportedTypes = new HashSet<>();
    private final Map<String, Object> done = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    /**
     * The graph of the blocks of one page.
     *
     * @param blocks the blocks, parsed
     * @param findings where findings go
     * @param maxDefinitionsPerId the most objects that may define one {@code @id} ({@link ReadLimits#maxDefinitionsPerId()})
     */
    public NodeGraph(List<Block> blocks, Findings findings, int maxDefinitionsPerId) {
        this.blocks = blocks;
        this.findings = findings;
        this.maxDefinitionsPerId = maxDefinitionsPerId;
    }

    /** @return where findings go */
    public Findings findings() {
        return findings;
    }

    /**
     * The definitions of each {@code @id} in every block; built when first needed.
     *
     * @throws ReadException for more definitions of one {@code @id} than the limit
     */
    private Map<String, List<Definition>> index() {
        if (index == null) {
            Map<String, List<Definition>> all = new HashMap<>();
            for (Block block : blocks) {
                for (Definition d : block.definitions()) {
                    String id = d.node().get(ID).textValue();
                    List<Definition> defs = all.computeIfAbsent(id, k -> new ArrayList<>(2));
                    if (defs.size() == maxDefinitionsPerId) {
                        throw ReadException.limit(ReadLimits.Limit.DEFINITIONS_PER_ID, d.block(), 0, 0, "more than "
                                + maxDefinitionsPerId + " objects define the @id " + Checks.quote(id) + " (maxDefinitionsPerId), "
                                + "the next at " + d.path());
                    }
                    defs.add(d);
                }
            }
            index = all;
        }
        return index;
    }

    /**
     * The candidates for articles: the typed or identified objects at the top of each block, the
     * elements of top-level arrays (nested arrays flattened) and the members of {@code @graph} (also
     * nested), in document order.
     *
     * @return the candidates
     */
    public List<Definition> candidates() {
        List<Definition> out = new ArrayList<>();
        for (Block block : blocks) {
            List<JsonNode> roots = block.roots();
            for (int r = 0; r < roots.size(); r++) {
                collect(roots.get(r), block.index(), block.rootPath(r), out);
            }
        }
        return out;
    }

    private void collect(JsonNode node, int block, JsonPath path, List<Definition> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), block, path.index(i), out);
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode graph = object.get(GRAPH);
            if (graph != null) {
                collect(graph, block, path.child(GRAPH), out);
            }
            if (object.has(TYPE) || object.has(ID)) {
                out.add(new Definition(object, block, path));
            }
        }
    }

    /**
     * The node an object at the top of a block stands for: with all its definitions when it has an {@code @id}.
     *
     * @param d the object
     * @return the node
     */
    public Node node(Definition d) {
        JsonNode id = d.node().get(ID);
        if (id != null && id.isTextual()) {
            return merged(id.textValue(), d);
        }
        return new Node(null, List.of(d));
    }

    private Node merged(String id, Definition own) {
        List<Definition> defs = index().get(id);
        if (defs == null || (defs.size() == 1 && defs.get(0).node() == own.node())) {
            return new Node(id, List.of(own));
        }
        List<Definition> all = new ArrayList<>(defs.size() + 1);
        all.add(own);
        for (Definition d : defs) {
            if (d.node() != own.node()) {
                all.add(d);
            }
        }
        return new Node(id, all);
    }

    /**
     * The node an object value stands for: itself, or the node its {@code @id} names.
     *
     * @param f the object value
     * @param report whether an unresolved reference is reported
     * @return the node, or {@code null} for an unresolved reference
     */
    public Node resolve(Field f, boolean report) {
        ObjectNode object = (ObjectNode) f.value();
        JsonNode id = object.get(ID);
        if (id == null || !id.isTextual()) {
            return new Node(null, List.of(new Definition(object, f.block(), f.path())));
        }
        if (Block.definition(object)) {
            return merged(id.textValue(), new Definition(object, f.block(), f.path()));
        }
        List<Definition> defs = index().get(id.textValue());
        if (defs == null) {
            if (report) {
                findings.error(ReadCode.REFERENCE_UNRESOLVED, f.block(), f.path(), "the @id reference " + Checks.quote(id.textValue())
                        + " names no node in the blocks read; left out");
            }
            return null;
        }
        return new Node(id.textValue(), defs);
    }

    /**
     * A property of a node: from its first definition that holds it with a value other than null.
     * A name in the wrong letter case is read as its term, with a warning.
     *
     * @param n the node
     * @param term the property
     * @return the value and where it is, or {@code null} when no definition holds it
     */
    public Field get(Node n, Term term) {
        for (Definition d : n.defs()) {
            String name = d.name(term);
            if (name == null) {
                continue;
            }
            JsonNode v = d.node().get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (name != term.term() && !name.equals(term.term()) && !Names.local(name).equals(term.term())) {
                findings.warning(ReadCode.PROPERTY_REPAIRED, d.block(), d.path().child(name), "the property " + Checks.quote(name)
                        + " read as " + Checks.quote(term.term()) + " (schema.org terms are case-sensitive)");
            }
            return new Field(v, d.block(), d.path().child(name));
        }
        return null;
    }

    /**
     * The types of a node, from all its definitions.
     *
     * @param n the node
     * @param report whether repairs are reported (the first time a node's types are read for a mapping)
     * @return the types
     */
    public Types types(Node n, boolean report) {
        // a node named by its @id alone is the same node wherever it is used: its types are read once
        boolean shared = n.id() != null && index().get(n.id()) == n.defs();
        if (shared) {
            Types known = typesById.get(n.id());
            if (known != null && (!report || !reportedTypes.add(n.id()))) {
                return known;
            }
            Types types = typesOf(n, report);
            if (report) {
                reportedTypes.add(n.id());
            }
            typesById.put(n.id(), types);
            return types;
        }
        return typesOf(n, report);
    }

    private Types typesOf(Node n, boolean report) {
        Types types = new Types();
        Set<String> seen = new HashSet<>();
        for (Definition d : n.defs()) {
            JsonNode t = d.node().get(TYPE);
            if (t == null) {
                continue;
            }
            for (Field f : elements(new Field(t, d.block(), d.path().child(TYPE)))) {
                if (f.value().isTextual() && seen.add(f.value().textValue())) {
                    type(f.value().textValue(), f, types, report);
                }
            }
        }
        return types;
    }

    private void type(String written, Field f, Types types, boolean report) {
        String local = Names.local(written.strip());
        ArticleType news = null;
        Term term = Term.of(local);
        for (ArticleType a : ArticleType.values()) {
            if (a.schemaOrgType().equals(local)) {
                news = a;
            }
        }
        if (news == null && term == null) {
            for (ArticleType a : ArticleType.values()) {
                if (a.schemaOrgType().equalsIgnoreCase(local)) {
                    news = a;
                }
            }
            if (news == null) {
                term = Term.ofIgnoreCase(local);
            }
            if (report && (news != null || term != null)) {
                findings.warning(ReadCode.TYPE_REPAIRED, f.block(), f.path(), "the type " + Checks.quote(written) + " read as "
                        + Checks.quote(news != null ? news.schemaOrgType() : term.term()) + " (schema.org types are case-sensitive)");
            }
        }
        if (news != null) {
            types.add(news);
        } else if (term != null) {
            types.add(term);
        }
    }

    /**
     * The elements of a value: the value itself, or the elements of an array, nested arrays flattened
     * and nulls left out.
     *
     * @param f the value
     * @return the elements
     */
    public List<Field> elements(Field f) {
        if (!f.value().isArray()) {
            return List.of(f);
        }
        List<Field> out = new ArrayList<>(f.value().size());
        flatten(f, out);
        return out;
    }

    private void flatten(Field f, List<Field> out) {
        JsonNode v = f.value();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            Field element = new Field(e, f.block(), f.path().index(i));
            if (e.isArray()) {
                flatten(element, out);
            } else if (!e.isNull()) {
                out.add(element);
            }
        }
    }

    /**
     * One value where one is expected: the first of several (reported), or {@code null}.
     *
     * @param f the value, or {@code null}
     * @return the value, or {@code null}
     */
    public Field one(Field f) {
        if (f == null) {
            return null;
        }
        if (!f.value().isArray()) {
            return f;
        }
        List<Field> all = elements(f);
        if (all.isEmpty()) {
            return null;
        }
        if (all.size() > 1) {
            findings.warning(ReadCode.VALUE_REPAIRED, f.block(), f.path(), all.size() + " values where one is expected: the first is kept");
        }
        return all.get(0);
    }

    /**
     * Maps a node once per read and purpose, however often it is referenced, and cuts cycles of
     * references: a node met again while it is being mapped is reported and read as {@code cycle}.
     *
     * @param <T> what the node is mapped to
     * @param purpose what it is mapped for (a node may be an author here and a copyright holder there)
     * @param n the node
     * @param at where the reference is, for the finding about a cycle
     * @param map maps the node
     * @param cycle what a cycle reads as
     * @return what the node is mapped to
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String purpose, Node n, Field at, Supplier<T> map, T cycle) {
        if (n.id() == null) {
            return map.get();
        }
        String key = purpose + ' ' + n.id();
        Object known = done.get(key);
        if (known != null) {
            return (T) known;
        }
        if (!visiting.add(n.id())) {
            findings.error(ReadCode.REFERENCE_UNRESOLVED, at.block(), at.path(), "a cycle of @id references: " + Checks.quote(n.id())
                    + " refers back to itself; left out");
            return cycle;
        }
        try {
            T mapped = map.get();
            done.put(key, mapped);
            return mapped;
        } finally {
            visiting.remove(n.id());
        }
    }

    /**
     * Says what a value is, for a finding.
     *
     * @param v the value
     * @return such as {@code an object}, {@code the number 3}
     */
    public static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return "the boolean " + v.asText();
        }
        return "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
