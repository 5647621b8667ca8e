package io.github.copydesk.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;

/**
 * The baseline: a hand-written Jackson {@link JsonGenerator} writer for exactly the two benchmark
 * articles ({@link Fixtures#seed()} and {@link Fixtures#typical()}), giving byte for byte the output
 * of Copydesk's compact writer. A benchmark fixture, not a second writer: it writes the properties
 * those two articles have, in Copydesk's order, with type names as literals and no decisions beyond
 * the few where the fixtures' own items differ. It reads the values from the same {@link Article}
 * (so formatting dates, the place name and the word count cost the same on both sides), and it
 * writes into a {@link StringWriter} sized like Copydesk's (body length + 2048).
 */
public final class HandWrittenJackson {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(HtmlEscapes.INSTANCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private HandWrittenJackson() {
    }

    /**
     * Writes into Jackson's own {@code SegmentedStringWriter} on a recycled buffer, as databind's
     * {@code writeValueAsString} does, in place of a {@link StringWriter}.
     *
     * @param seed whether the article is the seed story (else the typical one)
     * @param a the article
     * @param wordCount its word count
     * @return the JSON-LD
     */
    public static String writeSegmented(boolean seed, Article a, int wordCount) {
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            if (seed) {
                writeSeed(a, wordCount, out);
            } else {
                writeTypical(a, wordCount, out);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes the seed story.
     *
     * @param a the article of {@link Fixtures#seed()}
     * @return the JSON-LD
     */
    public static String writeSeed(Article a) {
        StringWriter out = new StringWriter(a.body().length() + 2048);
        try {
            writeSeed(a, a.wordCount(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the seed story to a writer, with a word count given (to measure the writing alone).
     *
     * @param a the article of {@link Fixtures#seed()}
     * @param wordCount its word count
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void writeSeed(Article a, int wordCount, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            String url = a.url().toString();
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "NewsArticle");
            g.writeStringField("url", url);
            g.writeStringField("mainEntityOfPage", url);
            g.writeStringField("headline", a.headline());
            g.writeStringField("inLanguage", a.language().toLanguageTag());
            g.writeStringField("dateModified", a.dateModified().toString());
            g.writeStringField("dateline", a.dateline().text());
            place(g, a.dateline().place());
            g.writeArrayFieldStart("image");
            for (Media m : a.media()) {
                image(g, (Image) m);
            }
            g.writeEndArray();
            g.writeStringField("articleBody", a.body());
            g.writeNumberField("wordCount", wordCount);
            quotes(g, a);
            g.writeEndObject();
        }
    }

    /**
     * Writes the typical article.
     *
     * @param a the article of {@link Fixtures#typical()}
     * @return the JSON-LD
     */
    public static String writeTypical(Article a) {
        StringWriter out = new StringWriter(a.body().length() + 2048);
        try {
            writeTypical(a, a.wordCount(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the typical article to a writer, with a word count given (to measure the writing alone).
     *
     * @param a the article of {@link Fixtures#typical()}
     * @param wordCount its word count
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void writeTypical(Article a, int wordCount, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            String url = a.url().toString();
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "NewsArticle");
            g.writeStringField("url", url);
            g.writeStringField("mainEntityOfPage", url);
            g.writeStringField("headline", a.headline());
            g.writeStringField("description", a.description());
            g.writeStringField("inLanguage", a.language().toLanguageTag());
            g.writeStringField("datePublished", a.datePublished().toString());
            g.writeStringField("dateModified", a.dateModified().toString());
            g.writeStringField("dateline", a.dateline().text());
            place(g, a.dateline().place());
            g.writeArrayFieldStart("author");
            for (var c : a.byline().contributors()) {
                Person p = (Person) c.party();
                g.writeStartObject();
                g.writeStringField("@type", "Person");
                g.writeStringField("name", p.name());
                g.writeStringField("jobTitle", p.jobTitle());
                g.writeStringField("url", p.url().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            Organization publisher = a.publisher();
            g.writeObjectFieldStart("publisher");
            g.writeStringField("@type", "NewsMediaOrganization");
            g.writeStringField("name", publisher.name());
            g.writeStringField("url", publisher.url().toString());
            g.writeObjectFieldStart("logo");
            g.writeStringField("@type", "ImageObject");
            g.writeStringField("url", publisher.logo().toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("articleSection", a.section());
            g.writeArrayFieldStart("keywords");
            for (String keyword : a.keywords()) {
                g.writeString(keyword);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("image");
            for (Media m : a.media()) {
                image(g, (Image) m);
            }
            g.writeEndArray();
            g.writeStringField("articleBody", a.body());
            g.writeNumberField("wordCount", wordCount);
            quotes(g, a);
            g.writeEndObject();
        }
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        g.writeObjectFieldStart("locationCreated");
        g.writeStringField("@type", "Place");
        g.writeStringField("name", p.displayName());
        g.writeObjectFieldStart("address");
        g.writeStringField("@type", "PostalAddress");
        g.writeStringField("addressLocality", p.locality());
        g.writeStringField("addressCountry", p.countryCode());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The seed's photo has a caption and credit only; the typical article's others have all of these. */
    private static void image(JsonGenerator g, Image img) throws IOException {
        String url = img.url().toString();
        g.writeStartObject();
        g.writeStringField("@type", "ImageObject");
        g.writeStringField("contentUrl", url);
        g.writeStringField("url", url);
        if (img.width() != null) {
            g.writeNumberField("width", img.width());
            g.writeNumberField("height", img.height());
        }
        g.writeStringField("caption", img.caption());
        g.writeStringField("creditText", img.credit());
        if (img.rights().creator() != null) {
            g.writeObjectFieldStart("creator");
            g.writeStringField("@type", "Person");
            g.writeStringField("name", ((Person) img.rights().creator()).name());
            g.writeEndObject();
            g.writeStringField("copyrightNotice", img.rights().copyrightNotice());
        }
        if (img.format() != null) {
            g.writeStringField("encodingFormat", img.format());
        }
        g.writeEndObject();
    }

    private static void quotes(JsonGenerator g, Article a) throws IOException {
        g.writeArrayFieldStart("hasPart");
        for (Quote q : a.quotes()) {
            Person speaker = (Person) q.speaker();
            g.writeStartObject();
            g.writeStringField("@type", "Quotation");
            g.writeStringField("text", q.text());
            g.writeObjectFieldStart("creator");
            g.writeStringField("@type", "Person");
            g.writeStringField("name", speaker.name());
            g.writeStringField("jobTitle", speaker.jobTitle());
            g.writeObjectFieldStart("affiliation");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", speaker.affiliation().name());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
