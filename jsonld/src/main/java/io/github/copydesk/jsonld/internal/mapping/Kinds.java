package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.read.internal.Dates;
import io.github.copydesk.read.internal.Scalars;
import io.github.copydesk.read.internal.TextCleaner;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The kinds of scalar values: how each is written (absent and empty values are omitted, never written
 * as null or "") and read (through {@link Coercion}). Stateless and thread-safe.
 */
final class Kinds {

    private Kinds() {
    }

    /** A writer of a present value. */
    private interface Writer<V> {
        void write(JsonGenerator g, V value) throws IOException;
    }

    /** A kind from a writer of present values and a reader. */
    private static <V> Kind<V> of(Writer<V> writer, BiFunction<Reading, Field, V> reader) {
        return new Kind<>() {
            @Override
            public void write(Writing w, Term term, V value) throws IOException {
                if (value != null) {
                    writer.write(w.field(term), value);
                }
            }

            @Override
            public V read(Reading r, Field f) {
                return reader.apply(r, f);
            }
        };
    }

    /** A kind of text, omitted when empty. */
    private static Kind<String> text(TextCleaner.Kind kind) {
        return new Kind<>() {
            @Override
            public void write(Writing w, Term term, String value) throws IOException {
                if (value != null && !value.isEmpty()) {
                    w.field(term).writeString(value);
                }
            }

            @Override
            public String read(Reading r, Field f) {
                return r.values().text(f, kind);
            }
        };
    }

    /** One line of text: names, headlines, captions. */
    static final Kind<String> LINE = text(TextCleaner.Kind.LINE);

    /** Paragraphs of text: a body, a transcript. */
    static final Kind<String> PARAGRAPHS = text(TextCleaner.Kind.PARAGRAPHS);

    /** An absolute http(s) URL. */
    static final Kind<URI> URL = of((g, v) -> g.writeString(v.toString()), (r, f) -> r.values().url(f));

    /** Several URLs, written as an array. */
    static final Kind<List<URI>> URLS = new Kind<>() {
        @Override
        public void write(Writing w, Term term, List<URI> value) throws IOException {
            if (value != null && !value.isEmpty()) {
                JsonGenerator g = w.field(term);
                g.writeStartArray();
                for (URI uri : value) {
                    g.writeString(uri.toString());
                }
                g.writeEndArray();
            }
        }

        @Override
        public List<URI> read(Reading r, Field f) {
            return r.values().urls(f);
        }
    };

    /** A date or date-time, ISO 8601. */
    static final Kind<NewsDate> DATE = of((g, v) -> g.writeString(v.toString()), (r, f) -> r.values().fromText(f, Dates::read));

    /** A size in pixels. */
    static final Kind<Integer> SIZE = of(JsonGenerator::writeNumber, (r, f) -> r.values().size(f));

    /** A year. */
    static final Kind<Integer> YEAR = of(JsonGenerator::writeNumber, (r, f) -> r.values().year(f));

    /** An ISO 8601 duration. */
    static final Kind<Duration> DURATION = of((g, v) -> g.writeString(v.toString()), (r, f) -> r.values().fromText(f, Scalars::duration));

    /** A media type. */
    static final Kind<String> MEDIA_TYPE = new Kind<>() {
        @Override
        public void write(Writing w, Term term, String value) throws IOException {
            LINE.write(w, term, value);
        }

        @Override
        public String read(Reading r, Field f) {
            return r.values().fromText(f, Scalars::mediaType);
        }
    };

    /** A BCP 47 language. */
    static final Kind<Locale> LANGUAGE = of((g, v) -> g.writeString(v.toLanguageTag()), (r, f) -> r.values().fromText(f, Scalars::language));

    /** A boolean. */
    static final Kind<Boolean> BOOLEAN = of(JsonGenerator::writeBoolean, (r, f) -> r.values().bool(f));

    /**
     * The URL of an image, read from a URL or from an {@code ImageObject} ({@code contentUrl}, else
     * {@code url}), and written as a plain URL ({@code thumbnailUrl}).
     */
    static final Kind<URI> IMAGE_URL = of((g, v) -> g.writeString(v.toString()), Kinds::imageUrl);

    /** The URL of an image, read as {@link #IMAGE_URL}, written as an {@code ImageObject} with a {@code url} ({@code logo}). */
    static final Kind<URI> IMAGE_OBJECT_URL = new Kind<>() {
        @Override
        public void write(Writing w, Term term, URI value) throws IOException {
            if (value != null) {
                w.field(term).writeStartObject();
                w.type(Term.IMAGE_OBJECT);
                w.field(Term.URL).writeString(value.toString());
                w.g().writeEndObject();
            }
        }

        @Override
        public URI read(Reading r, Field f) {
            return imageUrl(r, f);
        }
    };

    private static URI imageUrl(Reading r, Field f) {
        f = r.graph().one(f);
        if (f == null) {
            return null;
        }
        if (!f.value().isObject()) {
            return r.values().url(f);
        }
        Node s = r.graph().resolve(f, true);
        if (s == null) {
            return null;
        }
        Field u = r.graph().get(s, Term.CONTENT_URL);
        return r.values().url(u != null ? u : r.graph().get(s, Term.URL));
    }
}
