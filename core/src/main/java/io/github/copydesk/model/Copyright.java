package io.github.copydesk.model;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.constraints.NoControlCharacters;

import jakarta.validation.Valid;

/**
 * The copyright of an article.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>year</td><td>yes</td><td>1 to 9999</td><td>-</td></tr>
 * <tr><td>holder</td><td>yes</td><td>-</td><td>validated as a party</td></tr>
 * <tr><td>notice</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * </table>
 *
 * @param year the copyright year
 * @param holder who holds it
 * @param notice the notice as written ("© 2016 The Associated Press. All rights reserved.")
 */
public record Copyright(Integer year, @Valid Party holder, @NoControlCharacters String notice) {

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Copyright {
        if (year != null && (year < 1 || year > 9999)) {
            throw new IllegalArgumentException("year must be between 1 and 9999: " + year);
        }
        Checks.text(notice, "notice");
    }

    /**
     * A copyright held by a party since a year.
     *
     * @param year the year
     * @param holder who holds it
     * @return the copyright
     * @throws IllegalArgumentException if the year is out of range
     */
    public static Copyright of(int year, Party holder) {
        return new Copyright(year, holder, null);
    }
}
