package io.github.copydesk.jsonld;

import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.jsonld.internal.PageReader;
import io.github.copydesk.jsonld.internal.mapping.PageFacts;
import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Inputs;

/**
 * Reads schema.org JSON-LD, as news sites publish it and as {@link JsonLdWriter} writes it, back
 * into {@link Article}s.
 *
 * <pre>{@code
 * ReadResult result = JsonLdReader.lenient().read(block1, block2);   // the blocks of one page
 * for (Article article : result.articles()) { ... }
 * for (ReadFinding finding : result.findings()) { log(finding); }
 *
 * Article back = JsonLdReader.strict().read(JsonLdWriter.create().write(article)).articles().get(0);
 * }</pre>
 *
 * <h2>Two modes</h2>
 * <ul>
 * <li><b>Lenient</b> ({@link #lenient()}) reads the messy JSON-LD of real pages. It never throws on
 *   the shape of the input: what it cannot map is left out and reported as a {@link ReadFinding}
 *   (with its JSON path, why, and a severity: ERROR when nothing was readable, WARNING when read
 *   after a repair that guesses nothing, INFO when text was cleaned). It throws
 *   {@link ReadException} only when a limit is exceeded or a {@code Reader} fails. Input that is
 *   not JSON is recovered as far as a forgiving parser can (CDATA and HTML comment wrappers,
 *   trailing commas, a missing comma between two values, single quotes, comments, control characters
 *   in strings, a missing value, an unquoted value, unescaped quotation marks in a string); the rest is reported with its line and
 *   column. Text is cleaned: HTML entities decoded, markup stripped, control characters removed,
 *   white space trimmed; a name that holds a byline ("By A, B and C") is read as one contributor
 *   per person ({@link io.github.copydesk.model.Byline#parse(CharSequence)}). Nothing is invented:
 *   a date-time without offset keeps only its date, an ambiguous date ({@code 10/05/2022}) is left
 *   out, a relative URL is left out.</li>
 * <li><b>Strict</b> ({@link #strict()}) reads exactly what is written. The input must be JSON
 *   (RFC 8259) with no key twice in an object, else it throws a {@link ReadException} with
 *   {@link ReadCode#JSON_MALFORMED} or {@link ReadCode#JSON_DUPLICATE_KEY} and the line and column;
 *   text is kept as written (an empty string is absent); a value that lenient mode would have to
 *   repair or leave out throws a {@link ReadException} with the code of what it found (such as
 *   {@link ReadCode#DATE_UNREADABLE}), its JSON path and its position. It reads back
 *   exactly what the writer writes: {@code read(write(a))} gives the projection of {@code a} that
 *   {@link JsonLdWriter} documents, in compact and graph form; of the dateline, the date text, date
 *   and source are what the written dateline text shows ({@link io.github.copydesk.model.Dateline#parse(CharSequence)}),
 *   and the country is read as a code when {@code addressCountry} is an ISO 3166-1 code, as a name
 *   otherwise.</li>
 * </ul>
 *
 * <h2>What is read</h2>
 * One or more blocks (the texts of the {@code <script type="application/ld+json">} elements of one
 * page). The articles are the nodes of an Article type (NewsArticle and its subtypes, Article,
 * BlogPosting, LiveBlogPosting, ReportageNewsArticle and the rest of schema.org's Article family) at
 * the top of a block: the block's object, the elements of a top-level array, the members of
 * {@code @graph}, and their {@code mainEntity}. Nodes nested as property values (a live blog's
 * updates) are not articles of their own. {@code @id} references are resolved across the blocks, and
 * nodes with the same {@code @id} are merged, as JSON-LD says. Types may be arrays, carry a
 * {@code schema:} or {@code http(s)://schema.org/} prefix, or (lenient, reported) be in the wrong
 * letter case; the same holds for property names. A type that is not a NewsArticle type is read as
 * {@link io.github.copydesk.model.ArticleType#NEWS}, with an INFO finding. Properties Copydesk does
 * not map are ignored without a finding.
 *
 * <h2>Limits</h2>
 * The {@link ReadLimits} (input size, nesting depth, string length, number of JSON values), the
 * defaults unless the builder sets others: an exceeded limit throws a {@link ReadException} with
 * {@link ReadCode#LIMIT_EXCEEDED} in both modes, before memory or time grows with the input; deep
 * nesting never overflows the stack.
 *
 * <p>Instances are immutable and thread-safe; share one per configuration.
 */
public final class JsonLdReader {

    private static final JsonLdReader LENIENT = new Builder().build();
    private static final JsonLdReader STRICT = new Builder().strict(true).build();

    private final boolean strict;
    private final ReadLimits limits;
    private final PageReader reader;

    private JsonLdReader(Builder b) {
        this.strict = b.strict;
        this.limits = b.limits;
        this.reader = new PageReader(limits, strict);
    }

    /**
     * The lenient reader with the default limits.
     *
     * @return the reader
     */
    public static JsonLdReader lenient() {
        return LENIENT;
    }

    /**
     * The strict reader with the default limits.
     *
     * @return the reader
     */
    public static JsonLdReader strict() {
        return STRICT;
    }

    /**
     * A builder of a reader, starting from lenient mode and the default limits.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the blocks of one page.
     *
     * @param blocks the blocks, in page order
     * @return the articles and findings
     * @throws NullPointerException if {@code blocks} or a block is null
     * @throws ReadException as the class documentation says for each mode
     */
    public ReadResult read(String... blocks) {
        return read(Arrays.asList(Objects.requireNonNull(blocks, "blocks")));
    }

    /**
     * Reads the blocks of one page.
     *
     * @param blocks the blocks, in page order
     * @return the articles and findings
     * @throws NullPointerException if {@code blocks} or a block is null
     * @throws ReadException as the class documentation says for each mode
     */
    public ReadResult read(List<String> blocks) {
        return reader.read(Inputs.blocks(blocks, limits), new Findings(strict), PageFacts.NONE);
    }

    /**
     * Reads the JSON-LD blocks of an HTML page together, with what the page says beside them: an article
     * whose markup names no URL gets the page's canonical URL (an INFO finding,
     * {@link ReadCode#URL_FROM_PAGE}); an image the page shows in an {@code <img>} gets that element's
     * {@code alt} as its alt text, and only the alt text of media the page does not show is recorded as
     * {@linkplain Article#unexpressed() not expressible}. The page's own findings (a charset repair) come
     * first.
     *
     * @param page the page
     * @return the articles and findings
     * @throws NullPointerException if {@code page} is null
     * @throws ReadException as the class documentation says for each mode
     */
    public ReadResult read(HtmlPage page) {
        Objects.requireNonNull(page, "page");
        Findings findings = new Findings(strict);
        for (ReadFinding f : page.findings()) {
            findings.syntax(f.severity(), f.code(), f.block(), f.path(), f.line(), f.column(), f.message());
        }
        return reader.read(Inputs.blocks(page.blocks(), limits), findings,
                new PageFacts(page.canonical(), page::shows, page::altText));
    }

    /**
     * Reads one block from a reader, which is read to its end and not closed.
     *
     * @param in the block
     * @return the articles and findings
     * @throws NullPointerException if {@code in} is null
     * @throws ReadException with {@link ReadCode#INPUT_UNREADABLE} if the reader fails; and as the
     *         class documentation says for each mode
     */
    public ReadResult read(Reader in) {
        Objects.requireNonNull(in, "in");
        return read(List.of(Inputs.read(in, limits)));
    }

    /**
     * Reads one block of bytes in a charset (a page's declared charset; ISO-8859-1 pages exist). A
     * leading byte order mark is ignored. Strict mode throws {@link ReadCode#ENCODING_REPAIRED} for
     * bytes that are not valid in the charset. Lenient mode reads bytes that are not valid UTF-8,
     * given as UTF-8, as ISO-8859-1 (every byte a char, nothing lost), and bytes not valid in another
     * charset with U+FFFD in their place, each with a warning.
     *
     * @param bytes the block
     * @param charset its charset
     * @return the articles and findings
     * @throws NullPointerException if a parameter is null
     * @throws ReadException as this method and the class documentation say
     */
    public ReadResult read(byte[] bytes, Charset charset) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(charset, "charset");
        Findings findings = new Findings(strict);
        String text = Inputs.decode(bytes, charset, limits, findings);
        return reader.read(List.of(text), findings, PageFacts.NONE);
    }

    /** @return whether this reader is strict */
    public boolean isStrict() {
        return strict;
    }

    /** @return the limits of this reader */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Configures a {@link JsonLdReader}. Mutable and not thread-safe; the readers it builds are both.
     */
    public static final class Builder {
        private boolean strict;
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {
        }

        /**
         * Sets the mode (default lenient).
         *
         * @param strict whether to read strictly
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the limits (default {@link ReadLimits#defaults()}), such as
         * {@code ReadLimits.defaults().withMaxDepth(32)}.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public JsonLdReader build() {
            return new JsonLdReader(this);
        }
    }
}
