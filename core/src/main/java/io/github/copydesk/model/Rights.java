package io.github.copydesk.model;

import java.net.URI;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.constraints.NoControlCharacters;

import jakarta.validation.Valid;

/**
 * Who made a media item and on what terms it may be used (IPTC and Google image-license metadata).
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>creator</td><td>yes</td><td>-</td><td>validated as a party</td></tr>
 * <tr><td>copyrightHolder</td><td>yes</td><td>-</td><td>validated as a party</td></tr>
 * <tr><td>copyrightNotice</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>license</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>acquireLicensePage</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>usageTerms</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * </table>
 *
 * @param creator who made it (the photographer)
 * @param copyrightHolder who holds the copyright
 * @param copyrightNotice the copyright notice as written ("© 2016 AP")
 * @param license the URL of the license
 * @param acquireLicensePage the URL of a page where a license can be acquired
 * @param usageTerms the terms of use as written, such as a wire agency's restriction ("Editorial use only")
 */
public record Rights(
        @Valid Party creator,
        @Valid Party copyrightHolder,
        @NoControlCharacters String copyrightNotice,
        URI license,
        URI acquireLicensePage,
        @NoControlCharacters String usageTerms) {

    /** No rights metadata. */
    public static final Rights NONE = new Rights(null, null, null, null, null, null);

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Rights {
        Checks.text(copyrightNotice, "copyrightNotice");
        Checks.url(license, "license");
        Checks.url(acquireLicensePage, "acquireLicensePage");
        Checks.text(usageTerms, "usageTerms");
    }

    /** @return whether no rights metadata is present */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Returns a copy with another creator.
     *
     * @param creator who made it
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Rights withCreator(Party creator) {
        return new Rights(creator, copyrightHolder, copyrightNotice, license, acquireLicensePage, usageTerms);
    }

    /**
     * Returns a copy with another copyright holder.
     *
     * @param copyrightHolder who holds the copyright
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Rights withCopyrightHolder(Party copyrightHolder) {
        return new Rights(creator, copyrightHolder, copyrightNotice, license, acquireLicensePage, usageTerms);
    }

    /**
     * Returns a copy with another copyright notice.
     *
     * @param copyrightNotice the notice
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Rights withCopyrightNotice(String copyrightNotice) {
        return new Rights(creator, copyrightHolder, copyrightNotice, license, acquireLicensePage, usageTerms);
    }

    /**
     * Returns a copy with another license.
     *
     * @param license the license URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Rights withLicense(URI license) {
        return new Rights(creator, copyrightHolder, copyrightNotice, license, acquireLicensePage, usageTerms);
    }

    /**
     * Returns a copy with another acquire license page.
     *
     * @param acquireLicensePage the page URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Rights withAcquireLicensePage(URI acquireLicensePage) {
        return new Rights(creator, copyrightHolder, copyrightNotice, license, acquireLicensePage, usageTerms);
    }

    /**
     * Returns a copy with other terms of use.
     *
     * @param usageTerms the terms as written
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Rights withUsageTerms(String usageTerms) {
        return new Rights(creator, copyrightHolder, copyrightNotice, license, acquireLicensePage, usageTerms);
    }
}
