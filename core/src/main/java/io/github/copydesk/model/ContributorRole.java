package io.github.copydesk.model;

/**
 * What a contributor did for a story.
 */
public enum ContributorRole {
    /** Wrote the story (schema.org {@code author}). */
    AUTHOR,
    /** Edited it (schema.org {@code editor}). */
    EDITOR,
    /** Contributed reporting. */
    CONTRIBUTOR,
    /** Took the photographs. */
    PHOTOGRAPHER,
    /** Shot the video. */
    VIDEOGRAPHER,
    /** Drew the illustrations. */
    ILLUSTRATOR,
    /** Translated the story. */
    TRANSLATOR
}
