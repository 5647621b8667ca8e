package io.github.copydesk.jsonld;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.jsonld.ReadFinding.Code;
import io.github.copydesk.jsonld.internal.Findings;
import io.github.copydesk.jsonld.internal.Limits;
import io.github.copydesk.jsonld.internal.PageReader;
import io.github.copydesk.jsonld.internal.ReadFailure;
import io.github.copydesk.model.Article;
import io.github.copydesk.validation.Severity;

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
 *   {@link JsonLdException} only when a limit is exceeded or a {@code Reader} fails. Input that is
 *   not JSON is recovered as far as a forgiving parser can (CDATA and HTML comment wrappers,
 *   trailing commas, single quotes, comments, control characters in strings, a missing value, an
 *   unquoted value, unescaped quotation marks in a string); the rest is reported with its line and
 *   column. Text is cleaned: HTML entities decoded, markup stripped, control characters removed,
 *   white space trimmed; a name that holds a byline ("By A, B and C") is read as one contributor
 *   per person ({@link io.github.copydesk.model.Byline#parse(CharSequence)}). Nothing is invented:
 *   a date-time without offset keeps only its date, an ambiguous date ({@code 10/05/2022}) is left
 *   out, a relative URL is left out.</li>
 * <li><b>Strict</b> ({@link #strict()}) reads exactly what is written. The input must be JSON
 *   (RFC 8259) with no key twice in an object, else it throws {@link JsonLdException.Code#MALFORMED}
 *   or {@link JsonLdException.Code#DUPLICATE_KEY} with the line and column; text is kept as written
 *   (an empty string is absent); a value that lenient mode would have to repair or leave out throws
 *   {@link JsonLdException.Code#INVALID_VALUE} with its JSON path and position. It reads back
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
 * Every limit throws {@link JsonLdException.Code#LIMIT_EXCEEDED} in both modes, before memory or
 * time grows with the input; deep nesting never overflows the stack.
 * <table class="striped">
 * <caption>Limits and their defaults</caption>
 * <tr><th>limit</th><th>default</th><th>what</th></tr>
 * <tr><td>{@link Builder#maxInputBytes(long) maxInputBytes}</td><td>{@value #DEFAULT_MAX_INPUT_BYTES} (4 MiB)</td>
 *   <td>the input of one call, all blocks together; text counted in UTF-8</td></tr>
 * <tr><td>{@link Builder#maxDepth(int) maxDepth}</td><td>{@value #DEFAULT_MAX_DEPTH}</td>
 *   <td>nesting of arrays and objects (at most {@value #MAX_DEPTH_CEILING})</td></tr>
 * <tr><td>{@link Builder#maxStringLength(int) maxStringLength}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} (1 Mi)</td>
 *   <td>chars of one string that is read (the text values of properties Copydesk does not map are
 *   skipped by the parser without being decoded)</td></tr>
 * <tr><td>{@link Builder#maxNodes(int) maxNodes}</td><td>{@value #DEFAULT_MAX_NODES}</td>
 *   <td>JSON values (objects, arrays, strings, numbers, literals) of one call</td></tr>
 * <tr><td>(fixed)</td><td>{@value #MAX_NUMBER_LENGTH}</td><td>chars of one number</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe; share one per configuration.
 */
public final class JsonLdReader {

    /** The default of {@link Builder#maxInputBytes(long)}: 4 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 4L * 1024 * 1024;
    /** The default of {@link Builder#maxDepth(int)}. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The most {@link Builder#maxDepth(int)} may be set to. */
    public static final int MAX_DEPTH_CEILING = 1000;
    /** The default of {@link Builder#maxStringLength(int)}: 1 Mi chars. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default of {@link Builder#maxNodes(int)}. */
    public static final int DEFAULT_MAX_NODES = 100_000;
    /** The longest number, in chars: a fixed limit. */
    public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;

    private static final JsonLdReader LENIENT = new Builder().build();
    private static final JsonLdReader STRICT = new Builder().strict(true).build();

    private final Limits limits;
    private final PageReader reader;

    private JsonLdReader(Builder b) {
        this.limits = new Limits(b.strict, b.maxInputBytes, b.maxDepth, b.maxStringLength, b.maxNodes);
        this.reader = new PageReader(limits);
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
     * @throws JsonLdException as the class documentation says for each mode
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
     * @throws JsonLdException as the class documentation says for each mode
     */
    public ReadResult read(List<String> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        List<String> texts = new ArrayList<>(blocks.size());
        long most = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String block = Objects.requireNonNull(blocks.get(i), "blocks[" + i + "]");
            most += 3L * block.length(); // at most 3 UTF-8 bytes a char
            texts.add(block);
        }
        if (most > limits.maxInputBytes()) {
            long bytes = 0;
            for (String block : texts) {
                bytes += utf8Length(block, limits.maxInputBytes() - bytes);
                if (bytes > limits.maxInputBytes()) {
                    throw tooLarge();
                }
            }
        }
        return run(texts, new Findings(limits.strict()));
    }

    /**
     * Reads one block from a reader, which is read to its end and not closed.
     *
     * @param in the block
     * @return the articles and findings
     * @throws NullPointerException if {@code in} is null
     * @throws JsonLdException with {@link JsonLdException.Code#IO} if the reader fails; and as the
     *         class documentation says for each mode
     */
    public ReadResult read(Reader in) {
        Objects.requireNonNull(in, "in");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxInputBytes()) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new JsonLdException(JsonLdException.Code.IO, null, -1, 0, 0, null,
                    JsonLdException.message(JsonLdException.Code.IO, null, -1, 0, 0, null, String.valueOf(e.getMessage()), null), e);
        }
        return read(List.of(text.toString()));
    }

    /**
     * Reads one block of bytes in a charset (a page's declared charset; ISO-8859-1 pages exist). A
     * leading byte order mark is ignored. Strict mode throws {@link JsonLdException.Code#ENCODING}
     * for bytes that are not valid in the charset. Lenient mode reads bytes that are not valid UTF-8,
     * given as UTF-8, as ISO-8859-1 (every byte a char, nothing lost), and bytes not valid in another
     * charset with U+FFFD in their place, each with a warning.
     *
     * @param bytes the block
     * @param charset its charset
     * @return the articles and findings
     * @throws NullPointerException if a parameter is null
     * @throws JsonLdException as this method and the class documentation say
     */
    public ReadResult read(byte[] bytes, Charset charset) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(charset, "charset");
        if (bytes.length > limits.maxInputBytes()) {
            throw tooLarge();
        }
        Findings findings = new Findings(limits.strict());
        String text;
        try {
            text = decode(bytes, charset);
        } catch (CharacterCodingException e) {
            if (limits.strict()) {
                String detail = "bytes that are not " + charset.name() + " (" + e.getMessage() + ")";
                throw new JsonLdException(JsonLdException.Code.ENCODING, null, 0, 0, 0, null,
                        JsonLdException.message(JsonLdException.Code.ENCODING, null, 0, 0, 0, null, detail, charset.name()), e);
            }
            if (charset.equals(StandardCharsets.UTF_8)) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
                findings.syntax(Severity.WARNING, Code.ENCODING_REPAIRED, 0, "$", 0, 0,
                        "the bytes are not valid UTF-8: read as ISO-8859-1, the charset of pages that are not UTF-8");
            } else {
                CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes));
                text = chars.toString();
                findings.syntax(Severity.WARNING, Code.ENCODING_REPAIRED, 0, "$", 0, 0,
                        "bytes that are not valid " + charset.name() + " read as U+FFFD");
            }
        }
        return run(List.of(text), findings);
    }

    /** Decodes bytes, failing on bytes that are not valid in the charset; quickly for valid UTF-8. */
    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text; // nothing was replaced: the bytes are valid UTF-8
            }
        }
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private ReadResult run(List<String> texts, Findings findings) {
        try {
            PageReader.Outcome outcome = reader.read(texts, findings);
            return new ReadResult(outcome.articles(), outcome.findings());
        } catch (ReadFailure f) {
            throw exception(f);
        }
    }

    private JsonLdException tooLarge() {
        return exception(ReadFailure.limit(JsonLdException.Limit.INPUT_BYTES, -1, 0, 0,
                "more than " + limits.maxInputBytes() + " bytes of input (maxInputBytes)"));
    }

    private static JsonLdException exception(ReadFailure f) {
        String message = JsonLdException.message(f.code(), f.limit(), f.block(), f.line(), f.column(), f.path(),
                f.detail(), null);
        return new JsonLdException(f.code(), f.limit(), f.block(), f.line(), f.column(), f.path(), message, f.getCause());
    }

    /** The UTF-8 length of a text, counting no further than just past {@code max}. */
    private static long utf8Length(String s, long max) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= max; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** @return whether this reader is strict */
    public boolean isStrict() {
        return limits.strict();
    }

    /** @return the most bytes of input per call */
    public long maxInputBytes() {
        return limits.maxInputBytes();
    }

    /** @return the deepest nesting */
    public int maxDepth() {
        return limits.maxDepth();
    }

    /** @return the longest string, in chars */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /** @return the most JSON values per call */
    public int maxNodes() {
        return limits.maxNodes();
    }

    /**
     * Configures a {@link JsonLdReader}. Mutable and not thread-safe; the readers it builds are both.
     */
    public static final class Builder {
        private boolean strict;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNodes = DEFAULT_MAX_NODES;

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
         * Sets the most bytes of input per call (default {@value JsonLdReader#DEFAULT_MAX_INPUT_BYTES}).
         *
         * @param maxInputBytes the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = positive(maxInputBytes, "maxInputBytes");
            return this;
        }

        /**
         * Sets the deepest nesting of arrays and objects (default {@value JsonLdReader#DEFAULT_MAX_DEPTH}).
         *
         * @param maxDepth the limit, 1 to {@value JsonLdReader#MAX_DEPTH_CEILING}
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of range
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
                throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_CEILING + ": " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets the longest string in chars (default {@value JsonLdReader#DEFAULT_MAX_STRING_LENGTH}).
         *
         * @param maxStringLength the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
            return this;
        }

        /**
         * Sets the most JSON values per call (default {@value JsonLdReader#DEFAULT_MAX_NODES}).
         *
         * @param maxNodes the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxNodes(int maxNodes) {
            this.maxNodes = (int) positive(maxNodes, "maxNodes");
            return this;
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
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
