package io.github.copydesk.jackson2.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.github.copydesk.json.shape.internal.Codec;
import io.github.copydesk.json.shape.internal.JsonSink;
import io.github.copydesk.json.shape.internal.ModelJson;

/**
 * Writes one model type as its shape in {@link ModelJson} says. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a serializer read back from Java serialization takes the codec of its type again. */
    private final transient Codec<T> codec;

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
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        codec.write(value, new GeneratorSink(generator));
    }

    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        WritableTypeId typeId = types.writeTypePrefix(generator,
                types.typeId(value, codec.isObject() ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
        codec.writeContent(value, new GeneratorSink(generator));
        types.writeTypeSuffix(generator, typeId);
    }

    private Object readResolve() {
        return new CodecSerializer<>(ModelJson.codec(handledType()));
    }

    /** The generator as a {@link JsonSink}. */
    private static final class GeneratorSink implements JsonSink<IOException> {
        private final JsonGenerator generator;

        GeneratorSink(JsonGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void startObject(Object value) throws IOException {
            generator.writeStartObject(value);
        }

        @Override
        public void endObject() throws IOException {
            generator.writeEndObject();
        }

        @Override
        public void startArray() throws IOException {
            generator.writeStartArray();
        }

        @Override
        public void endArray() throws IOException {
            generator.writeEndArray();
        }

        @Override
        public void name(String name) throws IOException {
            generator.writeFieldName(name);
        }

        @Override
        public void string(String value) throws IOException {
            generator.writeString(value);
        }

        @Override
        public void number(int value) throws IOException {
            generator.writeNumber(value);
        }

        @Override
        public void bool(boolean value) throws IOException {
            generator.writeBoolean(value);
        }
    }
}
