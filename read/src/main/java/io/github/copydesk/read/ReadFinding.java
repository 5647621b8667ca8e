package io.github.copydesk.read;

import java.io.Serializable;
import java.util.Objects;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

/**
 * One thing a reader could not read as written: a value it could not map, a value it repaired, or
 * text it cleaned. Every Copydesk format reader reports these (the JSON-LD reader, the ninjs reader).
 *
 * <table class="striped">
 * <caption>Severities</caption>
 * <tr><th>severity</th><th>meaning</th><th>examples</th></tr>
 * <tr><td>{@link Severity#ERROR ERROR}</td><td>nothing readable: the value is left out; or a rule the input as written breaks, at that rule's severity</td>
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
 * <p>Each finding has a {@link ReadCode}: a stable id, such as {@code read.date.repaired}, for programs
 * that act on findings; the message is for people and may change.
 *
 * <p>A finding may also name a validation {@link Rule} that the input, as written, breaks where the
 * reader repaired it: the lenient reader reads {@code "By Ana Ribeiro"} as the author "Ana Ribeiro", so
 * the model passes Google's author-name rules, and the finding still says that the page breaks
 * {@code google.author.name.no-prefix}, at the rule's severity and at the value's place in the page.
 *
 * <p>Serializable, as the {@link ReadException} that carries one is: a record's serial form is its
 * components, and deserializing one runs the checks of its canonical constructor.
 *
 * @param severity how serious it is
 * @param code what kind of finding it is
 * @param block the index of the block or document in the input (0 for the first or only one)
 * @param path where the value is in its block, as a JSONPath: {@code $.author[0].name},
 *        {@code $['@graph'][0].datePublished}, or {@code $} for the block as a whole
 * @param line the line of a syntax problem (1-based), or 0 when the finding is about a value
 * @param column the column of a syntax problem (1-based, in UTF-16 chars), or 0
 * @param message what was found and what the reader did
 * @param rule the validation rule the input as written breaks, or {@code null}
 */
public record ReadFinding(Severity severity, ReadCode code, int block, String path, int line, int column, String message,
        Rule rule) implements Serializable {

    /**
     * A finding that names no rule.
     *
     * @param severity how serious it is
     * @param code what kind of finding it is
     * @param block the index of the block or document in the input
     * @param path where the value is in its block, as a JSONPath
     * @param line the line of a syntax problem, or 0
     * @param column the column of a syntax problem, or 0
     * @param message what was found and what the reader did
     */
    public ReadFinding(Severity severity, ReadCode code, int block, String path, int line, int column, String message) {
        this(severity, code, block, path, line, column, message, null);
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
     *         for a syntax problem, {@code WARNING read.json.repaired block 0 line 3, column 7: ...}; a
     *         finding with a rule names the rule first: {@code ERROR google.author.name.no-prefix
     *         (read.byline.split) block 0 $.author.name: ...}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(severity).append(' ');
        if (rule != null) {
            out.append(rule.id()).append(" (").append(code.id()).append(')');
        } else {
            out.append(code.id());
        }
        out.append(" block ").append(block).append(' ');
        if (line > 0) {
            out.append("line ").append(line).append(", column ").append(column);
        } else {
            out.append(path);
        }
        return out.append(": ").append(message).toString();
    }
}
