package io.github.copydesk.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.constraints.NoControlCharacters;

import jakarta.validation.Valid;

/**
 * A person: a contributor of a byline or the speaker of a quote. An unnamed source has no name and a
 * description instead ("a senior NATO official").
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>name</td><td>yes</td><td>valid Unicode</td><td>named (as contributor: {@code publishable.contributor.name.required};
 *   as speaker, or a description: {@code publishable.quote.speaker.name.required}); no control characters</td></tr>
 * <tr><td>description</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>jobTitle</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>honorificPrefix, honorificSuffix</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>affiliation</td><td>yes</td><td>-</td><td>validated as an {@link Organization}</td></tr>
 * <tr><td>url</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>sameAs</td><td>no (may be empty)</td><td>no null element, each an absolute http(s) URL; copied</td><td>-</td></tr>
 * </table>
 *
 * @param name the name as it should appear ("Igor Ivanov"), without title or honorific
 * @param description what an unnamed source is ("a senior NATO official")
 * @param jobTitle the job title ("Foreign Minister"), or a byline title ("AP Sports Writer")
 * @param honorificPrefix an honorific before the name ("Dr.")
 * @param honorificSuffix an honorific after the name ("PhD")
 * @param affiliation the organization the person speaks or writes for
 * @param url the person's own page
 * @param sameAs pages that identify the person elsewhere
 */
public record Person(
        @NoControlCharacters String name,
        @NoControlCharacters String description,
        @NoControlCharacters String jobTitle,
        @NoControlCharacters String honorificPrefix,
        @NoControlCharacters String honorificSuffix,
        @Valid Organization affiliation,
        URI url,
        List<URI> sameAs) implements Party {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code sameAs} or one of its elements is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Person {
        Checks.text(name, "name");
        Checks.text(description, "description");
        Checks.text(jobTitle, "jobTitle");
        Checks.text(honorificPrefix, "honorificPrefix");
        Checks.text(honorificSuffix, "honorificSuffix");
        Checks.url(url, "url");
        sameAs = Checks.urls(sameAs, "sameAs");
    }

    /**
     * A named person.
     *
     * @param name the name
     * @return the person
     * @throws NullPointerException if {@code name} is null
     */
    public static Person of(String name) {
        return new Person(Objects.requireNonNull(name, "name"), null, null, null, null, null, null, List.of());
    }

    /**
     * An unnamed source, known only by a description.
     *
     * @param description what the source is ("a senior NATO official")
     * @return the person
     * @throws NullPointerException if {@code description} is null
     */
    public static Person unnamed(String description) {
        return new Person(null, Objects.requireNonNull(description, "description"), null, null, null, null, null, List.of());
    }

    /**
     * Returns a copy with another name.
     *
     * @param name the new name
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withName(String name) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with another description.
     *
     * @param description the new description
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withDescription(String description) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with another job title.
     *
     * @param jobTitle the new job title
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withJobTitle(String jobTitle) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with another honorific prefix.
     *
     * @param honorificPrefix the new honorific prefix
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withHonorificPrefix(String honorificPrefix) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with another honorific suffix.
     *
     * @param honorificSuffix the new honorific suffix
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withHonorificSuffix(String honorificSuffix) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with another affiliation.
     *
     * @param affiliation the new affiliation
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withAffiliation(Organization affiliation) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with another URL.
     *
     * @param url the new URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withUrl(URI url) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }

    /**
     * Returns a copy with other identifying pages.
     *
     * @param sameAs the new identifying pages
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Person withSameAs(List<URI> sameAs) {
        return new Person(name, description, jobTitle, honorificPrefix, honorificSuffix, affiliation, url, sameAs);
    }
}
