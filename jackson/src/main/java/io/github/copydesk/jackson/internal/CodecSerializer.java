package io.github.copydesk.jackson.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

import io.github.copydesk.json.shape.internal.Codec;
import io.github.copydesk.json.shape.internal.JsonSink;
import io.github.copydesk.json.shape.internal.ModelJson;

/**
 * Writes one model type as its shape in {@link ModelJson} says. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {

    private final Codec<T> codec;

    /**
     * A serializer.
     *
     * @param codec the model type's codec
     */
    public CodecSerializer(Codec<T> codec) {
        super(codec.type());
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        codec.write(value, new GeneratorSink(generator));
    }

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializationContext context, TypeSerializer types) {
        WritableTypeId typeId = types.writeTypePrefix(generator, context,
                types.typeId(value, codec.isObject() ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
        codec.writeContent(value, new GeneratorSink(generator));
        types.writeTypeSuffix(generator, context, typeId);
    }

    /** The generator as a {@link JsonSink}. */
    private static final class GeneratorSink implements JsonSink<RuntimeException> {
        private final JsonGenerator generator;

        GeneratorSink(JsonGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void startObject(Object value) {
            generator.writeStartObject(value);
        }

        @Override
        public void endObject() {
            generator.writeEndObject();
        }

        @Override
        public void startArray() {
            generator.writeStartArray();
        }

        @Override
        public void endArray() {
            generator.writeEndArray();
        }

        @Override
        public void name(String name) {
            generator.writeName(name);
        }

        @Override
        public void string(String value) {
            generator.writeString(value);
        }

        @Override
        public void number(int value) {
            generator.writeNumber(value);
        }

        @Override
        public void bool(boolean value) {
            generator.writeBoolean(value);
        }
    }
}
