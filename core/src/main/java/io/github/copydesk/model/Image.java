package io.github.copydesk.model;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NoControlCharacters;
import io.github.copydesk.validation.constraints.Required;

import jakarta.validation.Valid;

/**
 * A photo, graphic or illustration.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>url</td><td>yes (not yet uploaded)</td><td>absolute http(s) URL</td><td>{@code publishable.media.url.required}</td></tr>
 * <tr><td>caption</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>credit</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>altText</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>extendedDescription</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>rights</td><td>no ({@link Rights#NONE})</td><td>not null</td><td>validated as {@link Rights}</td></tr>
 * <tr><td>width, height</td><td>yes (unknown)</td><td>positive</td><td>-</td></tr>
 * <tr><td>format</td><td>yes</td><td>a media type such as {@code image/jpeg}</td><td>-</td></tr>
 * </table>
 *
 * @param url where the image file is
 * @param caption the caption
 * @param credit the credit line as printed ("AP")
 * @param altText the alternative text
 * @param extendedDescription the extended description
 * @param rights the rights metadata
 * @param width the width in pixels
 * @param height the height in pixels
 * @param format the media type ("image/jpeg")
 */
public record Image(
        @Required(rule = Rule.MEDIA_URL_REQUIRED) URI url,
        @NoControlCharacters String caption,
        @NoControlCharacters String credit,
        @NoControlCharacters String altText,
        @NoControlCharacters String extendedDescription,
        @Valid Rights rights,
        Integer width,
        Integer height,
        String format) implements Media {

    static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code rights} is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Image {
        Checks.media(url, caption, credit, altText, extendedDescription, rights);
        Checks.positive(width, "width");
        Checks.positive(height, "height");
        if (format != null && !MEDIA_TYPE.matcher(format).matches()) {
            throw new IllegalArgumentException("format must be a lower-case media type such as image/jpeg: " + Checks.quote(format));
        }
    }

    /**
     * An image at a URL, with nothing else known yet.
     *
     * @param url where the image file is
     * @return the image
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
     */
    public static Image of(URI url) {
        return new Image(Objects.requireNonNull(url, "url"), null, null, null, null, Rights.NONE, null, null, null);
    }

    /**
     * An image whose file is not uploaded yet (a draft: not publishable until it has a URL).
     *
     * @return the image
     */
    public static Image draft() {
        return new Image(null, null, null, null, null, Rights.NONE, null, null, null);
    }

    /**
     * Returns a copy with another URL.
     *
     * @param url the new URL
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withUrl(URI url) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * Returns a copy with another caption.
     *
     * @param caption the new caption
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withCaption(String caption) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * Returns a copy with another credit.
     *
     * @param credit the new credit line
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withCredit(String credit) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * Returns a copy with another alt text.
     *
     * @param altText the new alternative text
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withAltText(String altText) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * Returns a copy with another extended description.
     *
     * @param extendedDescription the new extended description
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withExtendedDescription(String extendedDescription) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * Returns a copy with other rights metadata.
     *
     * @param rights the new rights metadata
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withRights(Rights rights) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * A copy with the given pixel size.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @return the copy
     * @throws IllegalArgumentException if a size is not positive
     */
    public Image withSize(int width, int height) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }

    /**
     * Returns a copy with another format.
     *
     * @param format the media type
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Image withFormat(String format) {
        return new Image(url, caption, credit, altText, extendedDescription, rights, width, height, format);
    }
}
