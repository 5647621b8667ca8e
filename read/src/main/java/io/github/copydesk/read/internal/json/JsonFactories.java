package io.github.copydesk.read.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.github.copydesk.read.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecyclers;

/**
 * The private Jackson factories of Copydesk's readers and writers: never the application's, so that
 * its settings change nothing here and the limits are Copydesk's. Every reading factory leaves the
 * source out of locations (no input text in messages) and limits a property name as it limits a
 * string. Thread-safe.
 */
public final class JsonFactories {

    /**
     * {@code StreamReadConstraints.Builder.maxNameLength(int)}, or {@code null}. Jackson 2.16 added it,
     * with a default of 50,000 chars; Jackson 2.15, which Copydesk supports too, does not limit names
     * at all, and Copydesk compiles against it. So the public method is looked up by its name once, on
     * the Jackson in use: no version string is read, nothing internal is touched.
     */
    private static final MethodHandle MAX_NAME_LENGTH = maxNameLength();

    /** A forgiving factory for walking text that was read before: Jackson's default limits, names as long as strings. */
    static final JsonFactory FORGIVING = forgiving(new JsonFactoryBuilder().streamReadConstraints(
            names(StreamReadConstraints.builder(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN).build())).build();

    private JsonFactories() {
    }

    private static MethodHandle maxNameLength() {
        try {
            return MethodHandles.publicLookup().findVirtual(StreamReadConstraints.Builder.class, "maxNameLength",
                    MethodType.methodType(StreamReadConstraints.Builder.class, int.class));
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("StreamReadConstraints.Builder.maxNameLength is not public", e);
        }
    }

    /** Limits names as the builder limits strings, where the Jackson in use limits names at all. */
    private static StreamReadConstraints.Builder names(StreamReadConstraints.Builder builder, int maxLength) {
        if (MAX_NAME_LENGTH == null) {
            return builder; // Jackson 2.15: the tree parser checks each name
        }
        try {
            return (StreamReadConstraints.Builder) MAX_NAME_LENGTH.invokeExact(builder, maxLength);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A factory that reads JSON as RFC 8259 writes it, within limits.
     *
     * @param limits the limits
     * @return the factory
     */
    public static JsonFactory strict(ReadLimits limits) {
        return base(limits).build();
    }

    /**
     * A factory that also reads what pages write that is not JSON: single quotes, trailing commas,
     * comments, control characters in strings, unquoted names, {@code NaN}, {@code .5}, any escaped
     * character; within limits.
     *
     * @param limits the limits
     * @return the factory
     */
    public static JsonFactory forgiving(ReadLimits limits) {
        return forgiving(base(limits)).build();
    }

    private static JsonFactoryBuilder base(ReadLimits limits) {
        // the depth is checked by the tree parser first, at the token that goes too deep (the same
        // position in every Jackson version); Jackson's own check, one level deeper, is the backstop
        StreamReadConstraints constraints = names(StreamReadConstraints.builder(), limits.maxStringLength())
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
                .build();
        return new JsonFactoryBuilder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    }

    /**
     * A factory for writing JSON that goes into HTML pages: the {@link HtmlSafeEscapes}, their hex
     * digits in lower case ({@code \u003c}, as every Copydesk writer writes them), and the target a
     * generator writes to left open when it closes (the caller owns it).
     *
     * @return the factory
     */
    public static JsonFactory writing() {
        return new JsonFactoryBuilder()
                .characterEscapes(HtmlSafeEscapes.INSTANCE)
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * A writer into a string for one document, as Jackson's {@code writeValueAsString} uses: unsynchronized
     * ({@link java.io.StringWriter} locks every call), its chunks taken from, and given back to, the
     * calling thread's buffer recycler, and joined once by {@link SegmentedStringWriter#getAndClear()}.
     * One per document, used by one thread.
     *
     * @return the writer
     */
    @SuppressWarnings("deprecation") // BufferRecyclers: deprecated from Jackson 2.16 for its pools, the public way to the recycler on the 2.15 floor
    public static SegmentedStringWriter stringWriter() {
        return new SegmentedStringWriter(BufferRecyclers.getBufferRecycler());
    }

    private static JsonFactoryBuilder forgiving(JsonFactoryBuilder builder) {
        return builder.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                        JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);
    }
}
