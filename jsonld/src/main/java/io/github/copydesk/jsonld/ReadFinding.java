package io.github.copydesk.jsonld;

import java.util.Objects;

import io.github.copydesk.validation.Severity;

/**
 * One thing the {@link JsonLdReader} could not read as written: a value it could not map, a value
 * it repaired, or text it cleaned.
 *
 * <table class="striped">
 * <caption>Severities</caption>
 * <tr><th>severity</th><th>meaning</th><th>examples</th></tr>
 * <tr><td>{@link Severity#ERROR ERROR}</td><td>nothing readable: the value is left out</td>
 *   <td>a date that is no date, a relative URL, an unresolved {@code @id} reference, an author
 *   without a name, a block that is not JSON even after repairs</td></tr>
 * <tr><td>{@link Severity#WARNING WARNING}</td><td>read after a repair that guesses nothing</td>
 *   <td>{@code +0000} read as {@code +00:00}, a date-time without offset kept as its date, a width
 *   {@code "1440px"}, a type in the wrong letter case, a CDATA wrapper or a trailing comma removed,
 *   several people in one author name split into one contributor each</td></tr>
 * <tr><td>{@link Severity#INFO INFO}</td><td>text cleaned, or a note</td>
 *   <td>HTML entities decoded, markup stripped, white space trimmed, a {@code BlogPosting} read as
 *   a news article</td></tr>
 * </table>
 *
 * <p>Each finding has a {@link Code}: a stable id, such as {@code read.date.repaired}, for programs
 * that act on findings; the message is for people and may change.
 *
 * @param severity how serious it is
 * @param code what kind of finding it is
 * @param block the index of the block in the input (0 for the first or only one)
 * @param path where the value is in its block, as a JSONPath: {@code $.author[0].name},
 *        {@code $['@graph'][0].datePublished}, or {@code $} for the block as a whole
 * @param line the line of a syntax problem (1-based), or 0 when the finding is about a value
 * @param column the column of a syntax problem (1-based, in UTF-16 chars), or 0
 * @param message what was found and what the reader did
 */
public record ReadFinding(Severity severity, Code code, int block, String path, int line, int column, String message) {

    /**
     * What kind of thing the reader found. The ids are stable: programs may match on them.
     *
     * <table class="striped">
     * <caption>Codes</caption>
     * <tr><th>code</th><th>id</th><th>severity</th><th>what</th></tr>
     * <tr><td>{@link #JSON_MALFORMED}</td><td>{@code read.json.malformed}</td><td>ERROR</td>
     *   <td>a block that is not JSON even after repairs, or holds no value</td></tr>
     * <tr><td>{@link #JSON_REPAIRED}</td><td>{@code read.json.repaired}</td><td>WARNING</td>
     *   <td>a block read after a repair: a CDATA or comment wrapper removed, a trailing comma,
     *   control characters in strings, a missing comma or bracket</td></tr>
     * <tr><td>{@link #JSON_DUPLICATE_KEY}</td><td>{@code read.json.duplicate-key}</td><td>WARNING</td>
     *   <td>a key twice in one object: the last value is kept</td></tr>
     * <tr><td>{@link #ENCODING_REPAIRED}</td><td>{@code read.encoding.repaired}</td><td>WARNING</td>
     *   <td>bytes that are not valid in the charset given</td></tr>
     * <tr><td>{@link #TEXT_CLEANED}</td><td>{@code read.text.cleaned}</td><td>INFO, or WARNING for an
     *   unpaired surrogate</td><td>entities decoded, markup stripped, white space trimmed</td></tr>
     * <tr><td>{@link #DATE_UNREADABLE}</td><td>{@code read.date.unreadable}</td><td>ERROR</td>
     *   <td>a date that is no date, or a placeholder such as the Unix epoch</td></tr>
     * <tr><td>{@link #DATE_REPAIRED}</td><td>{@code read.date.repaired}</td><td>WARNING</td>
     *   <td>a date not in ISO 8601 read as one, or a time without offset dropped</td></tr>
     * <tr><td>{@link #URL_UNREADABLE}</td><td>{@code read.url.unreadable}</td><td>ERROR</td>
     *   <td>not a URL, a relative URL, a placeholder URL</td></tr>
     * <tr><td>{@link #URL_REPAIRED}</td><td>{@code read.url.repaired}</td><td>WARNING</td>
     *   <td>{@code &amp;amp;} in a URL, characters percent-encoded, several URLs in one text</td></tr>
     * <tr><td>{@link #REFERENCE_UNRESOLVED}</td><td>{@code read.reference.unresolved}</td><td>ERROR</td>
     *   <td>an {@code @id} that names no node in the blocks read, or a cycle of references</td></tr>
     * <tr><td>{@link #TYPE_REPAIRED}</td><td>{@code read.type.repaired}</td><td>WARNING or INFO</td>
     *   <td>a type in the wrong case, several types, a type read as another</td></tr>
     * <tr><td>{@link #PROPERTY_REPAIRED}</td><td>{@code read.property.repaired}</td><td>WARNING</td>
     *   <td>a property in the wrong case, or one that is not schema.org's read as its term</td></tr>
     * <tr><td>{@link #BYLINE_SPLIT}</td><td>{@code read.byline.split}</td><td>WARNING</td>
     *   <td>a byline in one name ({@code "By A and B"}) read as one contributor per person</td></tr>
     * <tr><td>{@link #VALUE_UNREADABLE}</td><td>{@code read.value.unreadable}</td><td>ERROR</td>
     *   <td>a value of the wrong shape, or one the model rejects: it is left out</td></tr>
     * <tr><td>{@link #VALUE_REPAIRED}</td><td>{@code read.value.repaired}</td><td>WARNING</td>
     *   <td>a value read after a repair: a size {@code "1440px"}, several values where one is
     *   expected, a number where text is expected</td></tr>
     * <tr><td>{@link #ARTICLE_UNREADABLE}</td><td>{@code read.article.unreadable}</td><td>ERROR</td>
     *   <td>an article that could not be read at all</td></tr>
     * </table>
     */
    public enum Code {
        /** A block that is not JSON even after repairs, or holds no value. */
        JSON_MALFORMED("read.json.malformed"),
        /** A block read after a repair. */
        JSON_REPAIRED("read.json.repaired"),
        /** A key twice in one object. */
        JSON_DUPLICATE_KEY("read.json.duplicate-key"),
        /** Bytes that are not valid in the charset given. */
        ENCODING_REPAIRED("read.encoding.repaired"),
        /** Text cleaned. */
        TEXT_CLEANED("read.text.cleaned"),
        /** A date that could not be read. */
        DATE_UNREADABLE("read.date.unreadable"),
        /** A date read after a repair. */
        DATE_REPAIRED("read.date.repaired"),
        /** A URL that could not be read. */
        URL_UNREADABLE("read.url.unreadable"),
        /** A URL read after a repair. */
        URL_REPAIRED("read.url.repaired"),
        /** An {@code @id} reference that could not be resolved. */
        REFERENCE_UNRESOLVED("read.reference.unresolved"),
        /** A type read after a repair, or as another type. */
        TYPE_REPAIRED("read.type.repaired"),
        /** A property name read after a repair. */
        PROPERTY_REPAIRED("read.property.repaired"),
        /** A byline in one name split into one contributor per person. */
        BYLINE_SPLIT("read.byline.split"),
        /** A value that could not be read: it is left out. */
        VALUE_UNREADABLE("read.value.unreadable"),
        /** A value read after a repair. */
        VALUE_REPAIRED("read.value.repaired"),
        /** An article that could not be read at all. */
        ARTICLE_UNREADABLE("read.article.unreadable");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        /**
         * The stable id.
         *
         * @return the id, such as {@code read.date.repaired}
         */
        public String id() {
            return id;
        }
    }

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code severity}, {@code code}, {@code path} or {@code message} is null
     * @throws IllegalArgumentException if {@code block}, {@code line} or {@code column} is negative
     */
    public ReadFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (block < 0 || line < 0 || column < 0) {
            throw new IllegalArgumentException("block, line and column must not be negative: "
                    + block + ", " + line + ", " + column);
        }
    }

    /**
     * One line a person can act on.
     *
     * @return the line, such as {@code WARNING read.date.repaired block 0 $.datePublished: ...} or,
     *         for a syntax problem, {@code WARNING read.json.repaired block 0 line 3, column 7: ...}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(severity).append(' ').append(code.id())
                .append(" block ").append(block).append(' ');
        if (line > 0) {
            out.append("line ").append(line).append(", column ").append(column);
        } else {
            out.append(path);
        }
        return out.append(": ").append(message).toString();
    }
}
