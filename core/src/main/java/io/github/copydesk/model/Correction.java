package io.github.copydesk.model;

import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.constraints.NoControlCharacters;

/**
 * A correction published with an article (schema.org {@code CorrectionComment}).
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>text</td><td>no</td><td>not null, not blank, valid Unicode</td><td>no control characters but line breaks and tabs</td></tr>
 * <tr><td>datePublished</td><td>yes</td><td>a {@link NewsDate}</td><td>-</td></tr>
 * </table>
 *
 * @param text what was wrong and what is right
 * @param datePublished when the correction was published
 */
public record Correction(@NoControlCharacters(allowLineBreaks = true, allowTabs = true) String text, NewsDate datePublished) {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank or not valid Unicode
     */
    public Correction {
        Checks.requiredText(text, "text");
        Checks.nonBlankText(text, "text");
    }

    /**
     * A correction.
     *
     * @param text what was wrong and what is right
     * @param datePublished when it was published, or {@code null}
     * @return the correction
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public static Correction of(String text, NewsDate datePublished) {
        return new Correction(Objects.requireNonNull(text, "text"), datePublished);
    }
}
