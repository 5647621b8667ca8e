package io.github.copydesk.jsonld.internal.mapping;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.jsonld.internal.Names;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.Dates;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Scalars;
import io.github.copydesk.read.internal.TextCleaner;
import io.github.copydesk.read.internal.TextReader;
import io.github.copydesk.read.internal.Urls;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Value coercion: JSON-LD values read as the model's scalars (text, URLs, dates, sizes, years,
 * booleans, durations, languages, media types), whatever JSON shape a page gives them (a value
 * object {@code {"@value": ...}}, a node {@code {"@id": url}}, several values where one is expected,
 * a number where text is expected). The text itself goes through the shared readers of every format
 * ({@link TextCleaner}, {@link Urls}, {@link Dates}, {@link Scalars}). One per read; not thread-safe.
 */
final class Coercion {

    private static final String ID = Term.ID.term();
    private static final String VALUE = "@value";

    private final NodeGraph graph;
    private final Findings findings;
    private final boolean lenient;
    private final Urls urls;

    Coercion(NodeGraph graph) {
        this.graph = graph;
        this.findings = graph.findings();
        this.lenient = !findings.strict();
        this.urls = new Urls(findings);
    }

    /**
     * One text value: cleaned in lenient mode, as written in strict mode (an empty string is absent).
     *
     * @param f the value, or {@code null}
     * @param kind one line or paragraphs
     * @return the text, or {@code null}
     */
    String text(Field f, TextCleaner.Kind kind) {
        f = graph.one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isTextual()) {
            return string(v.textValue(), kind, f);
        }
        if (v.isObject() && v.has(VALUE)) {
            return text(new Field(v.get(VALUE), f.block(), f.path().child(VALUE)), kind);
        }
        if (v.isNumber() || v.isBoolean()) {
            findings.warning(ReadCode.VALUE_REPAIRED, f.block(), f.path(), NodeGraph.describe(v) + " where text is expected: read as text");
            return v.asText();
        }
        findings.error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), NodeGraph.describe(v) + " where text is expected; left out");
        return null;
    }

    /**
     * A string as written, cleaned in lenient mode.
     *
     * @param s the string
     * @param kind one line or paragraphs
     * @param at where it is
     * @return the text, or {@code null} when nothing is left
     */
    String string(String s, TextCleaner.Kind kind, Field at) {
        if (!lenient) {
            return s.isEmpty() ? null : s;
        }
        return TextCleaner.clean(s, kind, at.block(), at.path(), findings);
    }

    /**
     * One URL: text, or a node whose {@code @id} (or, lenient, {@code url}) is the URL.
     *
     * @param f the value, or {@code null}
     * @return the URL, or {@code null}
     */
    URI url(Field f) {
        f = graph.one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isObject()) {
            JsonNode id = v.get(ID);
            if (id != null && id.isTextual()) {
                return urls.parse(id.textValue(), f.block(), f.path().child(ID));
            }
            JsonNode url = v.get(Term.URL.term());
            if (lenient && url != null && url.isTextual()) {
                return urls.parse(url.textValue(), f.block(), f.path().child(Term.URL.term()));
            }
        }
        if (!v.isTextual()) {
            findings.error(ReadCode.URL_UNREADABLE, f.block(), f.path(), NodeGraph.describe(v) + " where a URL is expected; left out");
            return null;
        }
        return urls.parse(v.textValue(), f.block(), f.path());
    }

    /**
     * A URL given as text.
     *
     * @param text the text
     * @param at where it is
     * @return the URL, or {@code null}
     */
    URI url(String text, Field at) {
        return urls.parse(text, at.block(), at.path());
    }

    /**
     * Several URLs: the elements of an array; lenient mode also reads several URLs in one text,
     * separated by commas.
     *
     * @param f the value, or {@code null}
     * @return the URLs, possibly none
     */
    List<URI> urls(Field f) {
        if (f == null) {
            return List.of();
        }
        List<URI> out = new ArrayList<>();
        for (Field e : graph.elements(f)) {
            JsonNode v = e.value();
            String[] parts = lenient && v.isTextual() ? Urls.commaSeparated(v.textValue()) : null;
            if (parts != null) {
                findings.warning(ReadCode.URL_REPAIRED, e.block(), e.path(), "several URLs in one text, separated by commas: read as "
                        + parts.length + " URLs");
                for (String part : parts) {
                    URI uri = urls.parse(part, e.block(), e.path());
                    if (uri != null) {
                        out.add(uri);
                    }
                }
                continue;
            }
            URI uri = url(e);
            if (uri != null) {
                out.add(uri);
            }
        }
        return out;
    }

    /**
     * One size in pixels: a positive integer, a {@code QuantitativeValue} with a {@code value}, or
     * (lenient) text such as {@code "1440px"}.
     *
     * @param f the value, or {@code null}
     * @return the size, or {@code null}
     */
    Integer size(Field f) {
        f = graph.one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isObject()) {
            JsonNode value = v.get(Term.VALUE.term());
            if (value != null) {
                return size(new Field(value, f.block(), f.path().child(Term.VALUE.term())));
            }
        } else if (v.isIntegralNumber()) {
            if (v.canConvertToInt() && v.intValue() > 0) {
                return v.intValue();
            }
        } else if (v.isFloatingPointNumber()) {
            double d = v.doubleValue();
            if (d == Math.rint(d) && d >= 1 && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } else if (v.isTextual()) {
            Integer size = Scalars.sizeText(v.textValue(), f.block(), f.path(), findings);
            if (size != null) {
                return size;
            }
        }
        findings.error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), v.isTextual() ? "not a size in pixels: "
                + Checks.quote(v.asText()) + "; left out" : NodeGraph.describe(v) + " is not a size in pixels; left out");
        return null;
    }

    /**
     * One year: an integer from 1 to 9999, or (lenient) such a number written as text.
     *
     * @param f the value, or {@code null}
     * @return the year, or {@code null}
     */
    Integer year(Field f) {
        f = graph.one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1 && v.intValue() <= 9999) {
            return v.intValue();
        }
        if (v.isTextual()) {
            Integer year = Scalars.yearText(v.textValue(), f.block(), f.path(), findings);
            if (year != null) {
                return year;
            }
        }
        findings.error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), "not a year: " + (v.isTextual() ? Checks.quote(v.textValue())
                : NodeGraph.describe(v)) + "; left out");
        return null;
    }

    /**
     * One boolean: {@code true}, {@code false}, or schema.org's {@code True} and {@code False}.
     *
     * @param f the value, or {@code null}
     * @return the boolean, or {@code null}
     */
    Boolean bool(Field f) {
        f = graph.one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            String s = Names.local(v.textValue().strip());
            if (s.equalsIgnoreCase(Term.TRUE.term())) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase(Term.FALSE.term())) {
                return Boolean.FALSE;
            }
        }
        findings.error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), "not a boolean: " + (v.isTextual() ? Checks.quote(v.textValue())
                : NodeGraph.describe(v)) + "; left out");
        return null;
    }

    /**
     * One value read from text by a shared reader of every format ({@link Dates#read},
     * {@link Scalars#language}, {@link Scalars#duration}, {@link Scalars#mediaType}).
     *
     * @param <T> the value
     * @param f the value as written, or {@code null}
     * @param reader reads the text
     * @return the value, or {@code null}
     */
    <T> T fromText(Field f, TextReader<T> reader) {
        f = graph.one(f);
        String text = text(f, TextCleaner.Kind.LINE);
        return text == null ? null : reader.read(text, f.block(), f.path(), findings);
    }
}
