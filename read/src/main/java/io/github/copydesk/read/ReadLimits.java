package io.github.copydesk.read;

import java.util.Objects;

/**
 * The limits of a reader: how much input one call may give it, and how much work that input may
 * cause. Every limit is checked before memory or time grows with the input; an exceeded limit stops
 * the read with a {@link ReadException} of code {@link ReadCode#LIMIT_EXCEEDED} naming the
 * {@link Limit}, in lenient and in strict mode alike. Immutable and thread-safe.
 *
 * <table class="striped">
 * <caption>Limits and their defaults</caption>
 * <tr><th>limit</th><th>default</th><th>what</th></tr>
 * <tr><td>{@link #withMaxInputBytes(long) maxInputBytes}</td><td>{@value #DEFAULT_MAX_INPUT_BYTES} (4 MiB)</td>
 *   <td>the input of one call, all blocks together; text counted in UTF-8</td></tr>
 * <tr><td>{@link #withMaxDepth(int) maxDepth}</td><td>{@value #DEFAULT_MAX_DEPTH}</td>
 *   <td>nesting of arrays and objects (at most {@value #MAX_DEPTH_CEILING})</td></tr>
 * <tr><td>{@link #withMaxStringLength(int) maxStringLength}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} (1 Mi)</td>
 *   <td>chars of one string that is read (the text values of properties a reader does not map are
 *   skipped by the parser without being decoded)</td></tr>
 * <tr><td>{@link #withMaxNodes(int) maxNodes}</td><td>{@value #DEFAULT_MAX_NODES}</td>
 *   <td>JSON values (objects, arrays, strings, numbers, literals) of one call</td></tr>
 * <tr><td>{@link #withMaxDefinitionsPerId(int) maxDefinitionsPerId}</td><td>{@value #DEFAULT_MAX_DEFINITIONS_PER_ID}</td>
 *   <td>objects that define one {@code @id} (its node merges them all, and every use of the node reads
 *   them: this bounds that work)</td></tr>
 * <tr><td>(fixed)</td><td>{@value #MAX_NUMBER_LENGTH}</td><td>chars of one number</td></tr>
 * </table>
 */
public final class ReadLimits {

    /** The default of {@link #withMaxInputBytes(long)}: 4 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 4L * 1024 * 1024;
    /** The default of {@link #withMaxDepth(int)}. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** The most {@link #withMaxDepth(int)} may be set to. */
    public static final int MAX_DEPTH_CEILING = 1000;
    /** The default of {@link #withMaxStringLength(int)}: 1 Mi chars. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default of {@link #withMaxNodes(int)}. */
    public static final int DEFAULT_MAX_NODES = 100_000;
    /** The default of {@link #withMaxDefinitionsPerId(int)}. */
    public static final int DEFAULT_MAX_DEFINITIONS_PER_ID = 1000;
    /** The longest number, in chars: a fixed limit (no real document writes a longer one). */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NODES, DEFAULT_MAX_DEFINITIONS_PER_ID);

    /** The limits, each named after its setting. */
    public enum Limit {
        /** {@link ReadLimits#withMaxInputBytes(long)}. */
        INPUT_BYTES,
        /** {@link ReadLimits#withMaxDepth(int)}. */
        DEPTH,
        /** {@link ReadLimits#withMaxStringLength(int)}. */
        STRING_LENGTH,
        /** {@link ReadLimits#withMaxNodes(int)}. */
        NODES,
        /** {@link ReadLimits#withMaxDefinitionsPerId(int)}. */
        DEFINITIONS_PER_ID,
        /** The fixed limit of {@value ReadLimits#MAX_NUMBER_LENGTH} chars for one number. */
        NUMBER_LENGTH
    }

    private final long maxInputBytes;
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNodes;
    private final int maxDefinitionsPerId;

    private ReadLimits(long maxInputBytes, int maxDepth, int maxStringLength, int maxNodes, int maxDefinitionsPerId) {
        this.maxInputBytes = maxInputBytes;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        this.maxNodes = maxNodes;
        this.maxDefinitionsPerId = maxDefinitionsPerId;
    }

    /**
     * The default limits, as the table in the class documentation gives them.
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with another maximum input size.
     *
     * @param maxInputBytes the most bytes of input per call, positive
     * @return the limits
     * @throws IllegalArgumentException if the limit is not positive
     */
    public ReadLimits withMaxInputBytes(long maxInputBytes) {
        return new ReadLimits(positive(maxInputBytes, "maxInputBytes"), maxDepth, maxStringLength, maxNodes, maxDefinitionsPerId);
    }

    /**
     * These limits with another maximum nesting depth.
     *
     * @param maxDepth the deepest nesting of arrays and objects, 1 to {@value #MAX_DEPTH_CEILING}
     * @return the limits
     * @throws IllegalArgumentException if the limit is out of range
     */
    public ReadLimits withMaxDepth(int maxDepth) {
        if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_CEILING + ": " + maxDepth);
        }
        return new ReadLimits(maxInputBytes, maxDepth, maxStringLength, maxNodes, maxDefinitionsPerId);
    }

    /**
     * These limits with another maximum string length.
     *
     * @param maxStringLength the longest string, in chars, positive
     * @return the limits
     * @throws IllegalArgumentException if the limit is not positive
     */
    public ReadLimits withMaxStringLength(int maxStringLength) {
        return new ReadLimits(maxInputBytes, maxDepth, (int) positive(maxStringLength, "maxStringLength"), maxNodes,
                maxDefinitionsPerId);
    }

    /**
     * These limits with another maximum number of JSON values.
     *
     * @param maxNodes the most JSON values per call, positive
     * @return the limits
     * @throws IllegalArgumentException if the limit is not positive
     */
    public ReadLimits withMaxNodes(int maxNodes) {
        return new ReadLimits(maxInputBytes, maxDepth, maxStringLength, (int) positive(maxNodes, "maxNodes"), maxDefinitionsPerId);
    }

    /**
     * These limits with another maximum number of objects that define one {@code @id}. A page may define
     * a node in several places (the publisher inside each image's {@code copyrightHolder}); its node
     * merges them, and each use of it reads them, so this bounds the work that sharing causes.
     *
     * @param maxDefinitionsPerId the most objects with one {@code @id} and more than it, positive
     * @return the limits
     * @throws IllegalArgumentException if the limit is not positive
     */
    public ReadLimits withMaxDefinitionsPerId(int maxDefinitionsPerId) {
        return new ReadLimits(maxInputBytes, maxDepth, maxStringLength, maxNodes,
                (int) positive(maxDefinitionsPerId, "maxDefinitionsPerId"));
    }

    private static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /** @return the most bytes of input per call (text counted in UTF-8) */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** @return the deepest nesting of arrays and objects */
    public int maxDepth() {
        return maxDepth;
    }

    /** @return the longest string, in chars */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the most JSON values per call */
    public int maxNodes() {
        return maxNodes;
    }

    /** @return the most objects that define one {@code @id} */
    public int maxDefinitionsPerId() {
        return maxDefinitionsPerId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadLimits l && l.maxInputBytes == maxInputBytes && l.maxDepth == maxDepth
                && l.maxStringLength == maxStringLength && l.maxNodes == maxNodes && l.maxDefinitionsPerId == maxDefinitionsPerId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxInputBytes, maxDepth, maxStringLength, maxNodes, maxDefinitionsPerId);
    }

    @Override
    public String toString() {
        return "ReadLimits[maxInputBytes=" + maxInputBytes + ", maxDepth=" + maxDepth + ", maxStringLength="
                + maxStringLength + ", maxNodes=" + maxNodes + ", maxDefinitionsPerId=" + maxDefinitionsPerId + "]";
    }
}
