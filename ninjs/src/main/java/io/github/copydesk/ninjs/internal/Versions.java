package io.github.copydesk.ninjs.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generation of a ninjs document, by its shape rather than by what it declares: each property name
 * counts for the generations that have it (the names of the document, and those of the first headline,
 * body, description and rendition), renditions and associations count for 1.x when they are objects
 * keyed by name and for 2.x and 3.x when they are arrays, and the generation with the most wins. A tie
 * goes to the generation the document declares ({@code standard}, or 1.x's {@code $standard}, when its
 * name is "ninjs": TT declares "TTNINJS", its own profile), else to the newest of the tied ones. A
 * generation set by the caller is read as set. Stateless and thread-safe.
 */
final class Versions {

    /** The names of the standard a document declares, from {@link Term}: 1.x's {@code $standard}, later ones'. */
    private static final String STANDARD_1 = Term.STANDARD.name(NinjsVersion.V1);
    private static final String STANDARD = Term.STANDARD.name(NinjsVersion.V3);
    private static final String NAME = Term.STANDARD_NAME.name(NinjsVersion.V3);
    private static final String VERSION = Term.STANDARD_VERSION.name(NinjsVersion.V3);

    private static final List<Term> ARRAYS = List.of(Term.HEADLINES, Term.BODIES, Term.DESCRIPTIONS, Term.RENDITIONS);

    private Versions() {
    }

    /**
     * The generation a document is read as; a declared or set generation the names disagree with is
     * reported ({@code read.version.mismatch}).
     *
     * @param r the read
     * @param doc the document
     * @param path where it is
     * @return the generation
     */
    static NinjsVersion of(Reading r, ObjectNode doc, JsonPath path) {
        int[] score = new int[NinjsVersion.values().length];
        count(doc, Term.Structure.ITEM, score);
        for (Term array : ARRAYS) {
            JsonNode v = doc.get(array.name(NinjsVersion.V3));
            if (v != null && v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                count((ObjectNode) v.get(0), array == Term.RENDITIONS ? Term.Structure.RENDITION : Term.Structure.TEXT, score);
            }
        }
        for (Term keyed : List.of(Term.RENDITIONS, Term.ASSOCIATIONS)) {
            JsonNode v = doc.get(keyed.name(NinjsVersion.V3));
            if (v != null && v.isObject()) {
                score[NinjsVersion.V1.ordinal()]++;
            } else if (v != null && v.isArray()) {
                score[NinjsVersion.V2.ordinal()]++;
                score[NinjsVersion.V3.ordinal()]++;
            }
        }
        int best = 0;
        for (int s : score) {
            best = Math.max(best, s);
        }
        String standardName = doc.has(STANDARD_1) ? STANDARD_1 : STANDARD;
        JsonPath declaredAt = path.child(standardName).child(VERSION);
        NinjsVersion declared = declared(doc);
        NinjsVersion set = r.version();
        if (set != null) {
            if (score[set.ordinal()] < best) {
                r.warning(ReadCode.VERSION_MISMATCH, declared != null ? declaredAt : path, "read as ninjs " + set.major()
                        + ".x, as set, but its names are those of ninjs " + newest(score, best).major() + ".x");
            }
            return set;
        }
        if (declared != null && score[declared.ordinal()] == best) {
            return declared;
        }
        NinjsVersion detected = newest(score, best);
        if (declared != null) {
            r.warning(ReadCode.VERSION_MISMATCH, declaredAt, "declares ninjs " + declared.major() + ".x but its names are those of ninjs "
                    + detected.major() + ".x: read as " + detected.major() + ".x");
        }
        return detected;
    }

    private static NinjsVersion newest(int[] score, int best) {
        NinjsVersion[] all = NinjsVersion.values();
        for (int i = all.length - 1; i > 0; i--) {
            if (score[i] == best) {
                return all[i];
            }
        }
        return all[0];
    }

    private static void count(ObjectNode object, Term.Structure structure, int[] score) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean text = structure == Term.Structure.ITEM && Item.TEXT_KEY.matcher(name).matches();
            for (NinjsVersion g : NinjsVersion.values()) {
                if (Term.of(structure, g, name) != null || (text && g == NinjsVersion.V1)) {
                    score[g.ordinal()]++;
                }
            }
        }
    }

    /** The generation a document declares as ninjs, or {@code null}. */
    private static NinjsVersion declared(ObjectNode doc) {
        for (String key : new String[] {STANDARD, STANDARD_1}) {
            JsonNode standard = doc.get(key);
            if (standard != null && standard.isObject() && standard.path(NAME).isTextual()
                    && standard.path(NAME).textValue().strip().toLowerCase(Locale.ROOT).equals("ninjs")
                    && standard.path(VERSION).isTextual()) {
                try {
                    return NinjsVersion.parse(standard.path(VERSION).textValue().strip());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
