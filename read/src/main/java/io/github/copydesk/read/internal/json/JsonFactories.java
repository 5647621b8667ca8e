package io.github.copydesk.read.internal.json;

import io.github.copydesk.read.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * The private Jackson factories of Copydesk's readers and writers: never the application's, so that
 * its settings change nothing here and the limits are Copydesk's. Every reading factory leaves the
 * source out of locations (no input text in messages). Thread-safe.
 */
public final class JsonFactories {

    /** A forgiving factory with Jackson's default constraints, for walking text that was read before. */
    static final JsonFactory FORGIVING = forgiving(new JsonFactoryBuilder()).build();

    private JsonFactories() {
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
        StreamReadConstraints constraints = StreamReadConstraints.builder()
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

    private static JsonFactoryBuilder forgiving(JsonFactoryBuilder builder) {
        return builder.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                        JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);
    }
}
