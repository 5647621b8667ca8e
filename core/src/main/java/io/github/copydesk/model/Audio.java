package io.github.copydesk.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NoControlCharacters;
import io.github.copydesk.validation.constraints.Required;

import jakarta.validation.Valid;

/**
 * An audio recording (a podcast episode, a read-aloud version, an interview clip).
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>url</td><td>yes (not yet uploaded)</td><td>absolute http(s) URL</td><td>{@code publishable.media.url.required}</td></tr>
 * <tr><td>caption, credit, altText, extendedDescription</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>rights</td><td>no ({@link Rights#NONE})</td><td>not null</td><td>validated as {@link Rights}</td></tr>
 * <tr><td>name</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>duration</td><td>yes</td><td>positive</td><td>-</td></tr>
 * <tr><td>transcript</td><td>yes</td><td>valid Unicode</td><td>no control characters but line breaks and tabs</td></tr>
 * </table>
 *
 * @param url where the audio file is
 * @param caption the caption (schema.org {@code description})
 * @param credit the credit line as printed
 * @param altText the alternative text
 * @param extendedDescription the extended description
 * @param rights the rights metadata
 * @param name the title
 * @param duration how long it runs
 * @param transcript the transcript
 */
public record Audio(
        @Required(rule = Rule.MEDIA_URL_REQUIRED) URI url,
        @NoControlCharacters String caption,
        @NoControlCharacters String credit,
        @NoControlCharacters String altText,
        @NoControlCharacters String extendedDescription,
        @Valid Rights rights,
        @NoControlCharacters String name,
        Duration duration,
        @NoControlCharacters(allowLineBreaks = true, allowTabs = true) String transcript) implements Media {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code rights} is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Audio {
        Checks.media(url, caption, credit, altText, extendedDescription, rights);
        Checks.text(name, "name");
        Checks.positive(duration, "duration");
        Checks.text(transcript, "transcript");
    }

    /**
     * An audio recording at a URL.
     *
     * @param url where the file is
     * @return the recording
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
     */
    public static Audio of(URI url) {
        return new Audio(Objects.requireNonNull(url, "url"), null, null, null, null, Rights.NONE, null, null, null);
    }

    /**
     * Returns a copy with another URL.
     *
     * @param url the new URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withUrl(URI url) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another caption.
     *
     * @param caption the new caption
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withCaption(String caption) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another credit.
     *
     * @param credit the new credit line
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withCredit(String credit) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another alt text.
     *
     * @param altText the new alternative text
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withAltText(String altText) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another extended description.
     *
     * @param extendedDescription the new extended description
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withExtendedDescription(String extendedDescription) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with other rights metadata.
     *
     * @param rights the new rights metadata
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withRights(Rights rights) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another name.
     *
     * @param name the new title
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withName(String name) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another duration.
     *
     * @param duration the new duration
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withDuration(Duration duration) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }

    /**
     * Returns a copy with another transcript.
     *
     * @param transcript the new transcript
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Audio withTranscript(String transcript) {
        return new Audio(url, caption, credit, altText, extendedDescription, rights, name, duration, transcript);
    }
}
