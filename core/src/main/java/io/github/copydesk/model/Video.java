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
 * A video.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>url</td><td>yes (not yet uploaded)</td><td>absolute http(s) URL</td><td>{@code publishable.media.url.required}</td></tr>
 * <tr><td>caption, credit, altText, extendedDescription</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>rights</td><td>no ({@link Rights#NONE})</td><td>not null</td><td>validated as {@link Rights}</td></tr>
 * <tr><td>name</td><td>yes (a draft)</td><td>valid Unicode</td><td>{@code publishable.video.name.required}; no control characters</td></tr>
 * <tr><td>thumbnail</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>uploadDate</td><td>yes</td><td>a {@link NewsDate}</td><td>-</td></tr>
 * <tr><td>duration</td><td>yes</td><td>positive</td><td>-</td></tr>
 * <tr><td>embedUrl</td><td>yes</td><td>absolute http(s) URL</td><td>-</td></tr>
 * <tr><td>transcript</td><td>yes</td><td>valid Unicode</td><td>no control characters but line breaks and tabs</td></tr>
 * </table>
 *
 * @param url where the video file is
 * @param caption the caption (schema.org {@code description})
 * @param credit the credit line as printed
 * @param altText the alternative text
 * @param extendedDescription the extended description
 * @param rights the rights metadata
 * @param name the title of the video
 * @param thumbnail the URL of a thumbnail image
 * @param uploadDate when it was uploaded
 * @param duration how long it runs
 * @param embedUrl the URL of a player for embedding
 * @param transcript the transcript
 */
public record Video(
        @Required(rule = Rule.MEDIA_URL_REQUIRED) URI url,
        @NoControlCharacters String caption,
        @NoControlCharacters String credit,
        @NoControlCharacters String altText,
        @NoControlCharacters String extendedDescription,
        @Valid Rights rights,
        @Required(rule = Rule.VIDEO_NAME_REQUIRED) @NoControlCharacters String name,
        URI thumbnail,
        NewsDate uploadDate,
        Duration duration,
        URI embedUrl,
        @NoControlCharacters(allowLineBreaks = true, allowTabs = true) String transcript) implements Media {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code rights} is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Video {
        Checks.media(url, caption, credit, altText, extendedDescription, rights);
        Checks.text(name, "name");
        Checks.url(thumbnail, "thumbnail");
        Checks.positive(duration, "duration");
        Checks.url(embedUrl, "embedUrl");
        Checks.text(transcript, "transcript");
    }

    /**
     * A video at a URL with a name.
     *
     * @param url where the video file is
     * @param name the title
     * @return the video
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
     */
    public static Video of(URI url, String name) {
        return new Video(Objects.requireNonNull(url, "url"), null, null, null, null, Rights.NONE,
                Objects.requireNonNull(name, "name"), null, null, null, null, null);
    }

    /**
     * Returns a copy with another URL.
     *
     * @param url the new URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withUrl(URI url) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another caption.
     *
     * @param caption the new caption
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withCaption(String caption) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another credit.
     *
     * @param credit the new credit line
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withCredit(String credit) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another alt text.
     *
     * @param altText the new alternative text
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withAltText(String altText) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another extended description.
     *
     * @param extendedDescription the new extended description
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withExtendedDescription(String extendedDescription) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with other rights metadata.
     *
     * @param rights the new rights metadata
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withRights(Rights rights) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another name.
     *
     * @param name the new title
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withName(String name) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another thumbnail.
     *
     * @param thumbnail the new thumbnail URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withThumbnail(URI thumbnail) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another upload date.
     *
     * @param uploadDate the new upload date
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withUploadDate(NewsDate uploadDate) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another duration.
     *
     * @param duration the new duration
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withDuration(Duration duration) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another embed url.
     *
     * @param embedUrl the new player URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withEmbedUrl(URI embedUrl) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }

    /**
     * Returns a copy with another transcript.
     *
     * @param transcript the new transcript
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Video withTranscript(String transcript) {
        return new Video(url, caption, credit, altText, extendedDescription, rights, name, thumbnail, uploadDate, duration, embedUrl, transcript);
    }
}
