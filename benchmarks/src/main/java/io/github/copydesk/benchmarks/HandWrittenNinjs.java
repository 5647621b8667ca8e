package io.github.copydesk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;

/**
 * The baseline of {@link NinjsWriterBenchmark}: the ninjs 3.2 document of the benchmark articles written
 * by hand with a Jackson {@link JsonGenerator}, as a developer would without Copydesk, byte for byte what
 * {@code NinjsWriter} writes for them (checked before timing). It knows the fixtures' shape (images only;
 * date-times whose offsets are whole minutes) and does the same work with the model (the byline's and
 * dateline's display forms), into Jackson's own {@code SegmentedStringWriter} on a recycled buffer, as
 * databind's {@code writeValueAsString} does. A benchmark fixture, not a second writer.
 */
public final class HandWrittenNinjs {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(HtmlEscapes.INSTANCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private HandWrittenNinjs() {
    }

    /**
     * Writes an article of the benchmarks' shape as ninjs 3.2.
     *
     * @param a the article
     * @return the document
     */
    public static String write(Article a) {
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                write(g, a);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    private static void write(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("uri", a.identifier() != null ? a.identifier() : a.url().toASCIIString());
        g.writeObjectFieldStart("standard");
        g.writeStringField("name", "ninjs");
        g.writeStringField("version", "3.2");
        g.writeStringField("schema", "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#");
        g.writeEndObject();
        g.writeStringField("type", "text");
        date(g, "firstCreated", a.datePublished());
        date(g, "versionCreated", a.dateModified());
        date(g, "contentCreated", a.dateCreated());
        date(g, "embargoedUntil", a.embargoedUntil());
        if (a.language() != null) {
            g.writeStringField("language", a.language().toLanguageTag());
        }
        g.writeArrayFieldStart("headlines");
        text(g, "main", a.headline());
        if (a.alternativeHeadline() != null) {
            text(g, "alternative", a.alternativeHeadline());
        }
        g.writeEndArray();
        if (a.description() != null) {
            g.writeArrayFieldStart("descriptions");
            text(g, "summary", a.description());
            g.writeEndArray();
        }
        g.writeArrayFieldStart("bodies");
        text(g, "main", a.body());
        g.writeEndArray();
        if (a.byline() != null) {
            g.writeStringField("by", a.byline().format());
        }
        if (a.dateline() != null) {
            g.writeStringField("located", a.dateline().format(DatelineStyle.PLAIN));
        }
        if (!a.keywords().isEmpty()) {
            g.writeArrayFieldStart("subjects");
            for (String keyword : a.keywords()) {
                g.writeStartObject();
                g.writeStringField("name", keyword);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        images(g, a.media());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String name, NewsDate date) throws IOException {
        if (date != null && !date.isDateOnly()) {
            OffsetDateTime t = date.dateTime().orElseThrow();
            g.writeStringField(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        }
    }

    private static void text(JsonGenerator g, String role, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeStringField("contentType", "text/plain");
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private static void images(JsonGenerator g, List<Media> media) throws IOException {
        g.writeArrayFieldStart("associations");
        int n = 0;
        for (Media m : media) {
            Image image = (Image) m;
            g.writeStartObject();
            g.writeStringField("name", "image" + ++n);
            g.writeStringField("uri", image.url().toASCIIString());
            g.writeStringField("type", "picture");
            g.writeArrayFieldStart("descriptions");
            text(g, "caption", image.caption());
            text(g, "creditline", image.credit());
            g.writeEndArray();
            if (image.rights().creator() != null) {
                g.writeStringField("by", image.rights().creator().name());
            }
            if (image.rights().copyrightNotice() != null) {
                g.writeStringField("copyrightNotice", image.rights().copyrightNotice());
            }
            g.writeArrayFieldStart("renditions");
            g.writeStartObject();
            g.writeStringField("name", "main");
            g.writeStringField("href", image.url().toASCIIString());
            if (image.format() != null) {
                g.writeStringField("contentType", image.format());
            }
            if (image.width() != null) {
                g.writeNumberField("width", image.width());
                g.writeNumberField("height", image.height());
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
