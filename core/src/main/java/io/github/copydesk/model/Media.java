package io.github.copydesk.model;

import java.net.URI;

/**
 * A media item of an article: an {@link Image}, a {@link Video} or an {@link Audio} recording.
 *
 * <p>Every kind has a URL (absent while not yet uploaded), a caption, a credit line as printed
 * ("AP", "AP Photo/Paul White"), accessibility text (alt text, extended description) and
 * {@link Rights}.
 */
public sealed interface Media permits Image, Video, Audio {

    /** @return where the file is, or {@code null} while not yet uploaded */
    URI url();

    /** @return the caption, or {@code null} */
    String caption();

    /** @return the credit line as printed, or {@code null} */
    String credit();

    /** @return the alternative text for readers who cannot see or hear it, or {@code null} */
    String altText();

    /** @return the extended description (for complex images), or {@code null} */
    String extendedDescription();

    /** @return the rights metadata, {@link Rights#NONE} when there is none */
    Rights rights();
}
