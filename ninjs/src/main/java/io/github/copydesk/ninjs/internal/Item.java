package io.github.copydesk.ninjs.internal;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One ninjs news object as read: the document, or one of its associations. Its property names are
 * checked once, in document order, against its generation's: a name of another generation is read as
 * its term (WARNING {@code read.property.repaired}), a name no generation knows is left out (WARNING
 * {@code read.property.unknown}). One per object and read; not thread-safe.
 */
final class Item {

    /** 1.x's headlines, bodies and descriptions after the first: {@code headline_<x>}, {@code body_<x>}, {@code description_<x>}. */
    static final Pattern TEXT_KEY = Pattern.compile("(headline|body|description)_[A-Za-z0-9_]+");

    private final ObjectNode node;
    private final JsonPath path;
    private final NinjsVersion generation;
    private final Map<Term, String> keys = new EnumMap<>(Term.class);

    private Item(ObjectNode node, JsonPath path, NinjsVersion generation) {
        this.node = node;
        this.path = path;
        this.generation = generation;
    }

    /**
     * Reads an object's property names.
     *
     * @param r the read
     * @param node the object
     * @param path where it is
     * @param generation the document's generation
     * @param association whether it is an association (which may have a name and a rel)
     * @return the item
     */
    static Item scan(Reading r, ObjectNode node, JsonPath path, NinjsVersion generation, boolean association) {
        Item item = new Item(node, path, generation);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Term own = term(generation, name, association);
            if (own != null) {
                item.keys.put(own, name);
            } else if (generation == NinjsVersion.V1 && TEXT_KEY.matcher(name).matches()) {
                continue;
            } else {
                item.other(r, name, association);
            }
        }
        return item;
    }

    private static Term term(NinjsVersion generation, String name, boolean association) {
        Term t = Term.of(Term.Structure.ITEM, generation, name);
        return t == null && association ? Term.of(Term.Structure.ASSOCIATION, generation, name) : t;
    }

    /** A name that is not this generation's: another generation's (repaired) or none (unknown). */
    private void other(Reading r, String name, boolean association) {
        JsonPath at = path.child(name);
        for (NinjsVersion g : NinjsVersion.values()) {
            Term t = g == generation ? null : term(g, name, association);
            boolean text = g == NinjsVersion.V1 && TEXT_KEY.matcher(name).matches();
            if (t != null || text) {
                String own = t == null ? null : t.name(generation);
                r.warning(ReadCode.PROPERTY_REPAIRED, at, "\"" + name + "\" is a ninjs " + g.major() + ".x name in a ninjs "
                        + generation.major() + ".x " + (association ? "association" : "item") + ": read"
                        + (own == null ? " all the same" : " as \"" + own + "\""));
                if (t != null) {
                    keys.putIfAbsent(t, name);
                }
                return;
            }
        }
        r.warning(ReadCode.PROPERTY_UNKNOWN, at, "\"" + name + "\" is no ninjs property (a provider's extension?): left out");
    }

    /**
     * A property's value.
     *
     * @param t the term
     * @return the value, or {@code null} when absent
     */
    JsonNode get(Term t) {
        String key = keys.get(t);
        return key == null ? null : node.get(key);
    }

    /**
     * Where a property is.
     *
     * @param t the term
     * @return its path, under the name it was read from (or this generation's name when absent)
     */
    JsonPath at(Term t) {
        String key = keys.get(t);
        return path.child(key != null ? key : t.name(generation) != null ? t.name(generation) : t.name(NinjsVersion.V3));
    }

    /**
     * Whether a property is present with a value that is not {@code null}.
     *
     * @param t the term
     * @return whether it is
     */
    boolean has(Term t) {
        JsonNode v = get(t);
        return v != null && !v.isNull();
    }

    /**
     * A property of an object nested in an item (a rendition, a headline, rights information): its own
     * generation's name, else another generation's (reported as {@code read.property.repaired} where its
     * generation has the property under another name).
     *
     * @param r the read
     * @param object the object
     * @param at where it is
     * @param t the term
     * @param generation the document's generation
     * @return the value, or {@code null}
     */
    static JsonNode nested(Reading r, JsonNode object, JsonPath at, Term t, NinjsVersion generation) {
        String own = t.name(generation);
        JsonNode v = own == null ? null : object.get(own);
        if (v != null) {
            return v;
        }
        for (NinjsVersion g : NinjsVersion.values()) {
            String name = t.name(g);
            if (g != generation && name != null && !name.equals(own) && object.has(name)) {
                if (own != null) {
                    r.warning(ReadCode.PROPERTY_REPAIRED, at.child(name), "\"" + name + "\" is a ninjs " + g.major()
                            + ".x name in a ninjs " + generation.major() + ".x document: read as \"" + own + "\"");
                }
                return object.get(name);
            }
        }
        return null;
    }

    /** @return the object */
    ObjectNode node() {
        return node;
    }

    /** @return where it is */
    JsonPath path() {
        return path;
    }

    /** @return its generation */
    NinjsVersion generation() {
        return generation;
    }
}
