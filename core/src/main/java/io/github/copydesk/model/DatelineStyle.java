package io.github.copydesk.model;

/**
 * How {@link Dateline#format(DatelineStyle)} writes a dateline.
 */
public enum DatelineStyle {
    /**
     * Associated Press: the locality in capitals, then the region or country unless the city stands
     * alone in AP style, then the source ({@code AP} when none is set) and an em dash:
     * {@code MADRID (AP) —}, {@code GROSSETO, Italy (AP) —}, {@code STATE COLLEGE, Pa. (AP) —}.
     */
    AP,
    /**
     * Reuters: the locality in capitals, the date as written (or the date in Reuters' form,
     * {@code Sept 12}), the source ({@code Reuters} when none is set) and a hyphen:
     * {@code LONDON, June 4 (Reuters) -}.
     */
    REUTERS,
    /** The place as written, without date or source: {@code MADRID, Spain}. */
    PLAIN
}
