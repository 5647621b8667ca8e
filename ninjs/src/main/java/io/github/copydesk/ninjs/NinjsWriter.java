package io.github.copydesk.ninjs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.internal.ItemWriter;
import io.github.copydesk.ninjs.internal.LeftOut;
import io.github.copydesk.read.internal.json.Documents;

/**
 * Writes an {@link Article} as an IPTC ninjs text item: ninjs 3.2 by default, 2.3 as an option. Every
 * document it writes validates against IPTC's schema of its version, formats included ({@code uri} an
 * absolute URI, dates RFC 3339 date-times).
 *
 * <pre>{@code
 * String json = NinjsWriter.create().write(article);                       // ninjs 3.2
 * String old = NinjsWriter.builder().version(NinjsVersion.V2).pretty(true).build().write(article);   // 2.3
 * }</pre>
 *
 * <h2>What is written</h2>
 * In this order (3.2 names; 2.3 writes the same in lower case, {@code embargoed} for
 * {@code embargoedUntil}):
 * <ul>
 * <li>{@code uri}: the article's identifier, else its canonical URL; an article with neither, or with an
 *   identifier that is not an absolute URI, is refused (IllegalArgumentException naming {@code uri}).
 *   URIs and URLs are written in ASCII, as RFC 3986 wants: an internationalized domain in IDNA's ASCII form
 *   ({@code xn--}), other non-ASCII characters percent-encoded as UTF-8;</li>
 * <li>{@code standard} (ninjs and the version written), {@code type} {@code text};</li>
 * <li>{@code firstCreated}, {@code versionCreated}, {@code contentCreated}, {@code embargoedUntil}: the
 *   published, modified, created and embargo dates, as RFC 3339 date-times;</li>
 * <li>{@code language};</li>
 * <li>{@code headlines}: the headline (role main) and the alternative headline (role alternative);</li>
 * <li>{@code descriptions}: the description (role summary);</li>
 * <li>{@code bodies}: the body (role main); every headline, description and body as {@code text/plain},
 *   so that no reader takes text that starts with {@code <} for markup;</li>
 * <li>{@code by}: {@link io.github.copydesk.model.Byline#format()};</li>
 * <li>{@code located}: the dateline's place, as {@link io.github.copydesk.model.DatelineStyle#PLAIN} writes it;</li>
 * <li>{@code subjects}: one per keyword, by name;</li>
 * <li>{@code copyrightHolder} (its name) and {@code copyrightNotice};</li>
 * <li>{@code associations}: one per medium with a URL, in order: {@code name} ({@code image1},
 *   {@code video1}, {@code audio1}, ...), {@code uri} (the medium's URL), {@code type} (picture, video,
 *   audio), a video's upload date as {@code firstCreated}, a video's or audio's name as its main
 *   headline, the caption and credit line as descriptions (roles caption, creditline), the rights'
 *   creator's name as {@code by}, {@code copyrightHolder}, {@code copyrightNotice}, {@code usageTerms},
 *   the license as {@code rightsInfo.linkedRights}, and the renditions: the file ({@code main}, with an
 *   image's media type, width and height, a video's or audio's duration in seconds) and a video's
 *   {@code thumbnail}.</li>
 * </ul>
 *
 * <h2>HTML safety</h2>
 * ninjs ends up in pages too: as the JSON-LD writer's, the output never holds a raw {@code <}, {@code >},
 * {@code &}, U+2028 or U+2029 (written as {@code \u003c}, {@code \u003e}, {@code \u0026}, {@code \u2028},
 * {@code \u2029}, which every JSON parser reads back as they were). The same article gives the same bytes
 * (UTF-8) through {@link #write(Article)}, {@link #write(Article, Writer)} and
 * {@link #write(Article, OutputStream)}.
 *
 * <h2>The projection: what ninjs cannot carry</h2>
 * The document is a projection of the article; {@code NinjsReader.strict().read(write(a))} gives back
 * exactly this projection, which leaves out or changes only the following:
 * <ul>
 * <li>the canonical URL (written as {@code uri} only when there is no identifier, and then read back as
 *   the identifier), the section, the quotes (their words, speakers and attribution), the publisher, the
 *   corrections, the paywall, the copyright year; the article type (always {@code text}: read back as a
 *   news article);</li>
 * <li>identifiers and URLs in ASCII, as written;</li>
 * <li>a date-only date (no time is invented); a date-time whose offset has seconds is the same instant
 *   in UTC; one after the year 9999 is left out;</li>
 * <li>the byline: its display line, read back by {@link io.github.copydesk.model.Byline#parse(CharSequence)}
 *   (URLs, honorifics and descriptions are not written); a display line that {@code Byline.parse} cannot
 *   read (its names are only separators, such as "/" or "and") is left out;</li>
 * <li>an alternative headline without a headline, read back as the headline;</li>
 * <li>the dateline: its place, read back by {@link io.github.copydesk.model.Dateline#parse(CharSequence)}
 *   from the plain form (no text, date or source), unless the body starts with a dateline, which is then
 *   the one read back;</li>
 * <li>empty keywords and texts, like absent ones; a copyright holder by name only (read back as an
 *   organization); the article's {@link Article#unexpressed()}, read back as what ninjs cannot express
 *   ({@link NinjsReader} lists it);</li>
 * <li>media without a URL (a medium not uploaded yet is left out); each medium's alt text, extended
 *   description, acquire-license page, a video's embed URL and transcript, an audio's transcript; the
 *   rights' creator by name only (read back as the first contributor {@code Byline.parse} reads from it,
 *   and left out as the byline is when it cannot read it); without a credit line, the creator's name is
 *   read back as the credit line, since {@code by} is both; a copyright holder by name only (read back as
 *   an organization).</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; share one per configuration. Writing never starts a validator.
 */
public final class NinjsWriter {

    private final NinjsVersion version;
    private final boolean pretty;

    private NinjsWriter(Builder b) {
        this.version = b.version;
        this.pretty = b.pretty;
    }

    /**
     * A writer with the default options: ninjs 3.2, compact.
     *
     * @return the writer
     */
    public static NinjsWriter create() {
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
     * @return the ninjs document
     * @throws NullPointerException if {@code article} is null
     * @throws IllegalArgumentException if the article has no {@code uri} to write, as the class
     *         documentation says; the message names {@code uri}
     */
    public String write(Article article) {
        String uri = ItemWriter.uri(Objects.requireNonNull(article, "article"));
        return Documents.string(g -> ItemWriter.write(g, version, article, uri), pretty);
    }

    /**
     * Writes the article to a writer, which is flushed and left open.
     *
     * @param article the article
     * @param out where to write
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the article has no {@code uri} to write (nothing is written)
     * @throws IOException if the writer fails
     */
    public void write(Article article, Writer out) throws IOException {
        String uri = ItemWriter.uri(Objects.requireNonNull(article, "article"));
        Documents.write(g -> ItemWriter.write(g, version, article, uri), pretty, Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the article to a stream as UTF-8; the stream is flushed and left open.
     *
     * @param article the article
     * @param out where to write
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the article has no {@code uri} to write (nothing is written)
     * @throws IOException if the stream fails
     */
    public void write(Article article, OutputStream out) throws IOException {
        String uri = ItemWriter.uri(Objects.requireNonNull(article, "article"));
        Documents.write(g -> ItemWriter.write(g, version, article, uri), pretty, Objects.requireNonNull(out, "out"));
    }

    /**
     * What a document written from this article leaves out, value by value, as property paths in the
     * order of the model ({@code url}, {@code section}, {@code dateCreated} for a date-only date,
     * {@code byline.contributors[0].party.url}, {@code quotes}, {@code media[1]} for a medium without a
     * URL, {@code media[0].altText}, {@code publisher}, {@code paywall}, ...): the values the class
     * documentation's projection drops, so that a caller can say what a conversion loses. The same for
     * 3.2 and 2.3.
     *
     * @param article the article
     * @return the paths, unmodifiable; empty when the document carries every value the article holds
     * @throws NullPointerException if {@code article} is null
     */
    public List<String> leftOut(Article article) {
        return LeftOut.of(Objects.requireNonNull(article, "article"));
    }

    /** @return the generation written: {@link NinjsVersion#V3} (ninjs 3.2) or {@link NinjsVersion#V2} (2.3) */
    public NinjsVersion version() {
        return version;
    }

    /** @return whether the output is indented */
    public boolean pretty() {
        return pretty;
    }

    /**
     * Configures a {@link NinjsWriter}. Mutable and not thread-safe; the writers it builds are both.
     */
    public static final class Builder {
        private NinjsVersion version = NinjsVersion.V3;
        private boolean pretty;

        private Builder() {
        }

        /**
         * Sets the version written (default {@link NinjsVersion#V3}: ninjs 3.2).
         *
         * @param version {@link NinjsVersion#V3} for ninjs 3.2, {@link NinjsVersion#V2} for ninjs 2.3
         * @return this builder
         * @throws NullPointerException if {@code version} is null
         * @throws IllegalArgumentException if it is {@link NinjsVersion#V1}, which Copydesk does not write
         */
        public Builder version(NinjsVersion version) {
            Objects.requireNonNull(version, "version");
            if (version == NinjsVersion.V1) {
                throw new IllegalArgumentException("version: Copydesk writes ninjs 3.2 (V3) and 2.3 (V2), not 1.x: " + version);
            }
            this.version = version;
            return this;
        }

        /**
         * Sets whether to indent the output (default false: one line).
         *
         * @param pretty whether to indent
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public NinjsWriter build() {
            return new NinjsWriter(this);
        }
    }
}
