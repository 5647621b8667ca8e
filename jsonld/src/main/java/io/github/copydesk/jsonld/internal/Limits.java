package io.github.copydesk.jsonld.internal;

/**
 * The mode and limits of a reader.
 *
 * @param strict whether the reader is strict
 * @param maxInputBytes the most bytes of input per call (text counted in UTF-8)
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string, in chars
 * @param maxNodes the most JSON values per call
 */
public record Limits(boolean strict, long maxInputBytes, int maxDepth, int maxStringLength, int maxNodes) {

    /** The longest number, in chars: a fixed limit (no real page writes a longer one). */
    public static final int MAX_NUMBER_LENGTH = 100;
}
