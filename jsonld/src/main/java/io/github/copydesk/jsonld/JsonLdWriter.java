package io.github.copydesk.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

import io.github.copydesk.jsonld.internal.mapping.ArticleWriter;
import io.github.copydesk.read.internal.json.Documents;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.DatelineStyle;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes an {@link Article} as schema.org {@code NewsArticle} JSON-LD that is safe to embed in an
 * HTML page.
 *
 * <pre>{@code
 * JsonLdWriter writer = JsonLdWriter.builder().pretty(true).build();
 * String json = writer.write(article);
 * String element = writer.scriptElement(article);   // <script type="application/ld+json">...</script>
 * }</pre>
 *
 * <h2>Options and their defaults</h2>
 * <ul>
 * <li>{@code pretty} (false): compact output on one line, or two-space indented with {@code \n}.</li>
 * <li>{@code graph} (false): one object, or one {@code @graph} of linked nodes: the article
 *   ({@code @id} the canonical URL plus {@code #article}), its {@code WebPage} ({@code @id} the
 *   canonical URL), and each person and organization that has a {@code url} (else a first
 *   {@code sameAs}) as a node of its own with that {@code @id}, written once however often it appears
 *   and referenced as {@code {"@id": ...}}; a person or organization with neither stays embedded.</li>
 * <li>{@code quotes} (true): quotes as {@code hasPart} entries of the pending schema.org type
 *   {@code Quotation}, or left out.</li>
 * <li>{@code datelineStyle} (none): the {@code dateline} text as written (formatted in the plain style
 *   when the dateline has no text), or formatted in the given style.</li>
 * </ul>
 *
 * <h2>HTML safety</h2>
 * The output never contains a raw {@code <}, {@code >}, {@code &}, U+2028 or U+2029: they are written
 * as {@code \u003c}, {@code \u003e}, {@code \u0026}, {@code \u2028} and {@code \u2029}, which every
 * JSON parser decodes back to the same text; so the text of a {@code <script>} element can never be
 * closed or turned into a comment by the content, and no HTML entity ever corrupts the data. {@code /}
 * is not escaped. Other non-ASCII text, emoji included, is written as itself. The same article gives
 * the same bytes (UTF-8) through {@link #write(Article)}, {@link #write(Article, Writer)} and
 * {@link #write(Article, OutputStream)}.
 *
 * <h2>The projection: what schema.org cannot carry</h2>
 * The JSON-LD is a projection of the article; reading it back gives exactly this projection, which
 * leaves out or changes only the following:
 * <ul>
 * <li>a quote's {@code partial} flag and {@code attribution}; and with {@code quotes} off, the quotes;</li>
 * <li>a media item's {@code altText} and {@code extendedDescription}, and its rights' {@code usageTerms};</li>
 * <li>the article's {@code embargoedUntil};</li>
 * <li>the order of media across kinds: images, then videos, then audio (the order within a kind is
 *   kept, so the lead image stays first);</li>
 * <li>the dateline: its text becomes the text written (as written, or in the chosen style), and of its
 *   date text, date and source only what that text shows (the AP style writes "(AP)" even for a dateline
 *   without a source, so it reads back with source "AP"); the place's ISO region code (the country code is
 *   written as {@code addressCountry} in place of the country name when known);</li>
 * <li>the order of contributors across roles: authors, then editors, then the other roles in byline
 *   order (each of those as a schema.org {@code Role} with its {@code roleName});</li>
 * <li>a free paywall with no sections and an absent paywall differ only in {@code isAccessibleForFree};
 *   empty strings are omitted like absent values.</li>
 * </ul>
 * An article read back records what JSON-LD cannot express in {@link Article#unexpressed()}
 * ({@code media[*].altText}, {@code media[*].extendedDescription}, {@code media[*].rights.usageTerms},
 * {@code quotes[*].partial}, {@code quotes[*].attribution}, {@code embargoedUntil}), so that no rule
 * demands of it what its source could not say. The article's {@code identifier} is written as schema.org's
 * {@code identifier}.
 *
 * <p>Instances are immutable and thread-safe; share one per configuration. Writing never starts a
 * validator.
 */
public final class JsonLdWriter {

    private static final String SCRIPT_START = "<script type=\"application/ld+json\">";
    private static final String SCRIPT_END = "</script>";

    private final boolean pretty;
    private final boolean graph;
    private final boolean quotes;
    private final DatelineStyle datelineStyle;

    private JsonLdWriter(Builder b) {
        this.pretty = b.pretty;
        this.graph = b.graph;
        this.quotes = b.quotes;
        this.datelineStyle = b.datelineStyle;
    }

    /**
     * A writer with the default options: compact, one object, quotes included, dateline as written.
     *
     * @return the writer
     */
    public static JsonLdWriter create() {
        return new Builder().build();
    }

    /**
     * A builder of a writer, starting from the default options.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the article to a string.
     *
     * @param article the article
     * @return the JSON-LD
     * @throws NullPointerException if {@code article} is null
     */
    public String write(Article article) {
        Objects.requireNonNull(article, "article");
        return Documents.string(g -> writeTo(article, g), pretty);
    }

    /**
     * Writes the article to a writer, which is flushed and left open.
     *
     * @param article the article
     * @param out where to write
     * @throws NullPointerException if a parameter is null
     * @throws IOException if the writer fails
     */
    public void write(Article article, Writer out) throws IOException {
        Objects.requireNonNull(article, "article");
        Documents.write(g -> writeTo(article, g), pretty, Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the article to a stream as UTF-8; the stream is flushed and left open.
     *
     * @param article the article
     * @param out where to write
     * @throws NullPointerException if a parameter is null
     * @throws IOException if the stream fails
     */
    public void write(Article article, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article");
        Documents.write(g -> writeTo(article, g), pretty, Objects.requireNonNull(out, "out"));
    }

    /**
     * The complete HTML element for a page's {@code <head>}:
     * {@code <script type="application/ld+json">...</script>}. Safe to insert into HTML as is,
     * whatever the article's text holds.
     *
     * @param article the article
     * @return the element
     * @throws NullPointerException if {@code article} is null
     */
    public String scriptElement(Article article) {
        return SCRIPT_START + write(article) + SCRIPT_END;
    }

    private void writeTo(Article article, JsonGenerator g) throws IOException {
        new ArticleWriter(g, graph, quotes, datelineStyle).write(article);
    }

    /** @return whether the output is indented */
    public boolean pretty() {
        return pretty;
    }

    /** @return whether the output is one {@code @graph} of linked nodes */
    public boolean graph() {
        return graph;
    }

    /** @return whether quotes are written as {@code Quotation} parts */
    public boolean quotes() {
        return quotes;
    }

    /** @return the dateline style, or {@code null} for the text as written */
    public DatelineStyle datelineStyle() {
        return datelineStyle;
    }

    /**
     * Configures a {@link JsonLdWriter}. Mutable and not thread-safe; the writers it builds are both.
     */
    public static final class Builder {
        private boolean pretty;
        private boolean graph;
        private boolean quotes = true;
        private DatelineStyle datelineStyle;

        private Builder() {
        }

        /**
         * Sets whether to indent the output (default false).
         *
         * @param pretty whether to indent
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Sets whether to write one {@code @graph} of linked nodes (default false).
         *
         * @param graph whether to write a graph
         * @return this builder
         */
        public Builder graph(boolean graph) {
            this.graph = graph;
            return this;
        }

        /**
         * Sets whether to write quotes as {@code Quotation} parts (default true).
         *
         * @param quotes whether to write quotes
         * @return this builder
         */
        public Builder quotes(boolean quotes) {
            this.quotes = quotes;
            return this;
        }

        /**
         * Sets the style of the dateline text; {@code null} (the default) writes the text as written.
         *
         * @param datelineStyle the style, or {@code null}
         * @return this builder
         */
        public Builder datelineStyle(DatelineStyle datelineStyle) {
            this.datelineStyle = datelineStyle;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public JsonLdWriter build() {
            return new JsonLdWriter(this);
        }
    }
}
