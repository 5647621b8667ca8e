package io.github.copydesk.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.constraints.NoControlCharacters;

/**
 * An organization: a publisher, a news agency, an affiliation, a copyright holder. A news media
 * organization (schema.org {@code NewsMediaOrganization}) is flagged as such.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>name</td><td>yes</td><td>valid Unicode</td><td>named as contributor ({@code publishable.contributor.name.required})
 *   or speaker; no control characters</td></tr>
 * <tr><td>newsMedia</td><td>no</td><td>-</td><td>-</td></tr>
 * <tr><td>url</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>logo</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>sameAs</td><td>no (may be empty)</td><td>no null element, each an absolute http(s) URL; copied</td><td>-</td></tr>
 * </table>
 *
 * @param name the name ("Associated Press")
 * @param newsMedia whether it is a news media organization
 * @param url its home page
 * @param logo the URL of its logo image
 * @param sameAs pages that identify it elsewhere
 */
public record Organization(
        @NoControlCharacters String name,
        boolean newsMedia,
        URI url,
        URI logo,
        List<URI> sameAs) implements Party {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code sameAs} or one of its elements is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Organization {
        Checks.text(name, "name");
        Checks.url(url, "url");
        Checks.url(logo, "logo");
        sameAs = Checks.urls(sameAs, "sameAs");
    }

    /**
     * An organization.
     *
     * @param name the name
     * @return the organization
     * @throws NullPointerException if {@code name} is null
     */
    public static Organization of(String name) {
        return new Organization(Objects.requireNonNull(name, "name"), false, null, null, List.of());
    }

    /**
     * A news media organization.
     *
     * @param name the name
     * @return the organization
     * @throws NullPointerException if {@code name} is null
     */
    public static Organization newsMedia(String name) {
        return new Organization(Objects.requireNonNull(name, "name"), true, null, null, List.of());
    }

    /**
     * Returns a copy with another name.
     *
     * @param name the new name
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Organization withName(String name) {
        return new Organization(name, newsMedia, url, logo, sameAs);
    }

    /**
     * Returns a copy with the news-media flag as given.
     *
     * @param newsMedia whether it is a news media organization
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Organization withNewsMedia(boolean newsMedia) {
        return new Organization(name, newsMedia, url, logo, sameAs);
    }

    /**
     * Returns a copy with another URL.
     *
     * @param url the new URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Organization withUrl(URI url) {
        return new Organization(name, newsMedia, url, logo, sameAs);
    }

    /**
     * Returns a copy with another logo.
     *
     * @param logo the new logo URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Organization withLogo(URI logo) {
        return new Organization(name, newsMedia, url, logo, sameAs);
    }

    /**
     * Returns a copy with other identifying pages.
     *
     * @param sameAs the new identifying pages
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Organization withSameAs(List<URI> sameAs) {
        return new Organization(name, newsMedia, url, logo, sameAs);
    }
}
