package io.github.copydesk.ninjs.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.TextCleaner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Headlines, bodies and descriptions both ways. Reading, each is one list of {@link Entry}s whatever
 * the generation writes: 1.x's {@code headline} and {@code headline_<x>}, {@code body_<x>},
 * {@code description_<x>} strings (the suffix is a role, a format, or both: {@code description_caption_xhtml}),
 * and 2.x's and 3.x's arrays of objects with a role, a content type and the value. The choices that
 * need no conversion of markup are here (the headline, the description, the caption, the credit line);
 * the body's is in {@link BodyMapping}. Writing, each is an array of objects. Stateless and thread-safe.
 */
final class TextMapping {

    /** What kind of text. */
    enum Kind {
        /** Headlines. */
        HEADLINE("headline", Term.HEADLINES),
        /** Bodies. */
        BODY("body", Term.BODIES),
        /** Descriptions, captions and credit lines. */
        DESCRIPTION("description", Term.DESCRIPTIONS);

        private final String prefix;
        private final Term array;

        Kind(String prefix, Term array) {
            this.prefix = prefix;
            this.array = array;
        }
    }

    /** How a text is written: as plain text, as HTML, as NITF; or, without a known content type, as sniffed. */
    enum Format {
        /** {@code text/plain}; 1.x's {@code _text}. */
        PLAIN,
        /** No known content type and no markup: plain. */
        SNIFFED_PLAIN,
        /** {@code text/html}, {@code application/xhtml+xml}; 1.x's {@code _xhtml}, {@code _html}, {@code _richtext}. */
        HTML,
        /** {@code text/vnd.IPTC.NITF}, {@code application/nitf+xml}; 1.x's {@code _nitf}. */
        NITF,
        /** No known content type, and the value starts with markup: read as HTML. */
        SNIFFED_HTML;

        /** @return whether the text is read from markup */
        boolean markup() {
            return this == HTML || this == NITF || this == SNIFFED_HTML;
        }
    }

    /** 1.x's suffix words that name a format, with the content type each stands for. */
    private static final Map<String, String> FORMAT_WORDS = Map.of("text", "text/plain", "xhtml", "application/xhtml+xml",
            "html", "text/html", "richtext", "text/html", "nitf", "text/vnd.IPTC.NITF");

    /** The roles of a description that is the article's: a lead, a summary, a text, or none. */
    private static final Set<String> SUMMARY_ROLES = Set.of("lead", "summary", "text", "abstract", "main", "richtext");

    /** The written role of an alternative headline. */
    static final String ALTERNATIVE = "alternative";

    /**
     * One headline, body or description as written.
     *
     * @param role its role, lower case, or {@code null}
     * @param contentType its content type as written (1.x: the one its suffix names), or {@code null}
     * @param value its value
     * @param at where the entry is ({@code $.bodies[1]}, {@code $.body_text})
     * @param valueAt where its value is ({@code $.bodies[1].value}, {@code $.body_text})
     * @param headline whether it is 1.x's {@code headline}, which comes before every other
     */
    record Entry(String role, String contentType, JsonNode value, JsonPath at, JsonPath valueAt, boolean headline) {

        /** @return how it is written */
        Format format() {
            String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
            switch (type) {
                case "text/plain":
                    return Format.PLAIN;
                case "text/html":
                case "application/xhtml+xml":
                    return Format.HTML;
                case "text/vnd.iptc.nitf":
                case "application/nitf+xml":
                    return Format.NITF;
                default:
                    return value.isTextual() && value.textValue().stripLeading().startsWith("<") ? Format.SNIFFED_HTML
                            : Format.SNIFFED_PLAIN;
            }
        }

        /** @return whether its role is the given one */
        boolean is(String r) {
            return r.equals(role);
        }

        /** @return what it is, for messages: "text/html (html5)" */
        String describe() {
            String type = contentType == null ? "no content type" : contentType;
            return role == null ? type : type + " (" + role + ")";
        }
    }

    private TextMapping() {
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /**
     * The headlines, bodies or descriptions of an item, in document order.
     *
     * @param r the read
     * @param item the item
     * @param kind which
     * @return the entries
     */
    static List<Entry> entries(Reading r, Item item, Kind kind) {
        List<Entry> out = new ArrayList<>();
        JsonNode array = item.get(kind.array);
        if (array != null && !array.isNull()) {
            JsonPath at = item.at(kind.array);
            if (!array.isArray()) {
                r.error(ReadCode.VALUE_UNREADABLE, at, Reading.describe(array) + " where an array of " + kind.prefix
                        + " objects is expected; left out");
            } else {
                for (int i = 0; i < array.size(); i++) {
                    entry(r, array.get(i), at.index(i), item.generation(), kind, out);
                }
            }
        }
        if (item.generation() == NinjsVersion.V1 || array == null) {
            oneDotX(item, kind, out);
        }
        return out;
    }

    private static void entry(Reading r, JsonNode e, JsonPath at, NinjsVersion g, Kind kind, List<Entry> out) {
        if (!e.isObject()) {
            r.error(ReadCode.VALUE_UNREADABLE, at, Reading.describe(e) + " where a " + kind.prefix + " object is expected; left out");
            return;
        }
        JsonNode value = Item.nested(r, e, at, Term.VALUE, g);
        if (value == null || value.isNull()) {
            return;
        }
        String valueName = e.has(Term.VALUE.name(NinjsVersion.V3)) ? Term.VALUE.name(NinjsVersion.V3) : null;
        out.add(new Entry(code(Item.nested(r, e, at, Term.ROLE, g)), word(Item.nested(r, e, at, Term.CONTENT_TYPE, g)), value, at,
                valueName == null ? at : at.child(valueName), false));
    }

    /** 1.x: {@code headline}, and the {@code <kind>_<suffix>} strings. */
    private static void oneDotX(Item item, Kind kind, List<Entry> out) {
        String prefix = kind.prefix + "_";
        for (Map.Entry<String, JsonNode> f : item.node().properties()) {
            String name = f.getKey();
            JsonPath at = item.path().child(name);
            if (kind == Kind.HEADLINE && name.equals(Term.HEADLINE.name(NinjsVersion.V1))) {
                out.add(new Entry(null, null, f.getValue(), at, at, true));
            } else if (name.startsWith(prefix) && Item.TEXT_KEY.matcher(name).matches()) {
                String suffix = name.substring(prefix.length()).toLowerCase(Locale.ROOT);
                int last = suffix.lastIndexOf('_');
                String word = suffix.substring(last + 1);
                String type = FORMAT_WORDS.get(word);
                String role = type == null ? suffix : last < 0 ? null : suffix.substring(0, last);
                out.add(new Entry(role, type, f.getValue(), at, at, false));
            }
        }
    }

    /** A role as a code: stripped, lower case; {@code null} when absent, empty or not text. */
    private static String code(JsonNode v) {
        String w = word(v);
        return w == null ? null : w.toLowerCase(Locale.ROOT);
    }

    private static String word(JsonNode v) {
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            return null;
        }
        return v.textValue().strip();
    }

    /**
     * The main headline: 1.x's {@code headline}, else role main, else one without a role, else the first.
     *
     * @param entries the headlines
     * @return the headline, or {@code null} when there is none
     */
    static Entry mainHeadline(List<Entry> entries) {
        Entry byRole = null;
        Entry noRole = null;
        for (Entry e : entries) {
            if (e.headline()) {
                return e;
            }
            if (byRole == null && e.is("main")) {
                byRole = e;
            } else if (noRole == null && e.role() == null) {
                noRole = e;
            }
        }
        return byRole != null ? byRole : noRole != null ? noRole : entries.isEmpty() ? null : entries.get(0);
    }

    /**
     * The article's description: the first description whose role is a lead, a summary, a text or none
     * (not a caption, a credit line, a writer), plain text preferred over markup.
     *
     * @param entries the descriptions
     * @return the description, or {@code null}
     */
    static Entry summary(List<Entry> entries) {
        return preferPlain(entries.stream().filter(e -> e.role() == null || SUMMARY_ROLES.contains(e.role())).toList());
    }

    /**
     * A medium's caption: the description with role caption, else text, else none, else the first but a
     * credit line or a writer's note; within each, plain text preferred over markup.
     *
     * @param entries the descriptions
     * @return the caption, or {@code null}
     */
    static Entry caption(List<Entry> entries) {
        for (String role : new String[] {"caption", "text", null}) {
            Entry e = preferPlain(entries.stream().filter(x -> role == null ? x.role() == null : x.is(role)).toList());
            if (e != null) {
                return e;
            }
        }
        return preferPlain(entries.stream().filter(x -> !x.is("creditline") && !x.is("writer")).toList());
    }

    /**
     * A medium's credit line as printed: the description with role creditline.
     *
     * @param entries the descriptions
     * @return the credit line, or {@code null}
     */
    static Entry creditLine(List<Entry> entries) {
        return preferPlain(entries.stream().filter(x -> x.is("creditline")).toList());
    }

    private static Entry preferPlain(List<Entry> entries) {
        for (Entry e : entries) {
            if (!e.format().markup()) {
                return e;
            }
        }
        return entries.isEmpty() ? null : entries.get(0);
    }

    /**
     * An entry's text as one line: markup read as text (in both modes: it is how the content type says
     * to read it), plain text cleaned in lenient mode and as written in strict mode.
     *
     * @param r the read
     * @param e the entry, or {@code null}
     * @return the text, or {@code null}
     */
    static String line(Reading r, Entry e) {
        if (e == null) {
            return null;
        }
        if (e.format().markup() && e.value().isTextual()) {
            return TextCleaner.clean(e.value().textValue(), TextCleaner.Kind.LINE, 0, e.valueAt(), r.findings());
        }
        return r.text(e.value(), e.valueAt(), TextCleaner.Kind.LINE);
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * One text to write: its role and value, written as plain text ({@code text/plain}), so that a reader
     * never takes text that starts with {@code <} for markup.
     *
     * @param role the role
     * @param value the text, or {@code null} for none
     */
    record Out(String role, String value) {
    }

    /**
     * Writes an array of texts, or nothing when none has a value.
     *
     * @param w the write
     * @param kind which array
     * @param texts the texts
     * @throws IOException if the target fails
     */
    static void write(Writing w, Kind kind, Out... texts) throws IOException {
        boolean started = false;
        for (Out t : texts) {
            if (t.value() == null || t.value().isEmpty()) {
                continue;
            }
            if (!started) {
                w.field(kind.array).writeStartArray();
                started = true;
            }
            w.g().writeStartObject();
            w.text(Term.ROLE, t.role());
            w.text(Term.CONTENT_TYPE, "text/plain");
            w.text(Term.VALUE, t.value());
            w.g().writeEndObject();
        }
        if (started) {
            w.g().writeEndArray();
        }
    }
}
