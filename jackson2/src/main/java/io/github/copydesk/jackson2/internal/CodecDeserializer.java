package io.github.copydesk.jackson2.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.github.copydesk.json.shape.internal.Codec;
import io.github.copydesk.json.shape.internal.JsonSource;
import io.github.copydesk.json.shape.internal.ModelJson;
import io.github.copydesk.json.shape.internal.ReadContext;
import io.github.copydesk.json.shape.internal.ShapeException;

/**
 * Reads one model type as its shape in {@link ModelJson} says, and turns a failure into the matching
 * {@link JsonMappingException} with the path to the fault. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserializer read back from Java serialization takes the codec of its type again. */
    private final transient Codec<T> codec;

    /**
     * A deserializer.
     *
     * @param codec the model type's codec
     */
    public CodecDeserializer(Codec<T> codec) {
        super(codec.type());
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
            return codec.read(new ParserSource(parser),
                    new ReadContext(context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
        } catch (ShapeException e) {
            throw failure(e, parser, context);
        }
    }

    private static JsonMappingException failure(ShapeException e, JsonParser parser, DeserializationContext context) {
        JsonMappingException failure = switch (e.problem()) {
            case WRONG_TOKEN, MISSING -> MismatchedInputException.from(parser, e.target(), e.getMessage());
            case BAD_VALUE -> InvalidFormatException.from(parser, e.getMessage(), e.value(), e.target());
            case TYPE_ID -> InvalidTypeIdException.from(parser, e.getMessage(), context.constructType(e.target()),
                    e.value());
            case UNKNOWN_PROPERTY -> new UnrecognizedPropertyException(parser, e.getMessage(), parser.currentLocation(),
                    e.target(), e.value(), new ArrayList<>(e.known()));
            case CONSTRUCTION -> ValueInstantiationException.from(parser, e.getMessage(),
                    context.constructType(e.target()), e.getCause());
        };
        List<ShapeException.Step> path = e.path();
        for (int i = path.size() - 1; i >= 0; i--) {
            ShapeException.Step step = path.get(i);
            if (step.name() != null) {
                failure.prependPath(step.owner(), step.name());
            } else {
                failure.prependPath(step.owner(), step.index());
            }
        }
        return failure;
    }

    private Object readResolve() {
        @SuppressWarnings("unchecked") // handledType() is the Class<T> given to the constructor
        Class<T> type = (Class<T>) handledType();
        return new CodecDeserializer<>(ModelJson.codec(type));
    }

    /** The parser as a {@link JsonSource}. */
    private static final class ParserSource implements JsonSource<IOException> {
        private final JsonParser parser;

        ParserSource(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public Token current() {
            return token(parser.currentToken());
        }

        @Override
        public Token next() throws IOException {
            return token(parser.nextToken());
        }

        @Override
        public String name() throws IOException {
            return parser.currentName();
        }

        @Override
        public String string() throws IOException {
            return parser.getText();
        }

        @Override
        public Number number() throws IOException {
            return parser.getNumberValue();
        }

        @Override
        public void skip() throws IOException {
            parser.skipChildren();
        }

        private static Token token(JsonToken token) {
            if (token == null) {
                return Token.OTHER;
            }
            return switch (token) {
                case START_OBJECT -> Token.START_OBJECT;
                case END_OBJECT -> Token.END_OBJECT;
                case START_ARRAY -> Token.START_ARRAY;
                case END_ARRAY -> Token.END_ARRAY;
                case FIELD_NAME -> Token.NAME;
                case VALUE_STRING -> Token.STRING;
                case VALUE_NUMBER_INT -> Token.INTEGER;
                case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
                case VALUE_TRUE -> Token.TRUE;
                case VALUE_FALSE -> Token.FALSE;
                case VALUE_NULL -> Token.NULL;
                default -> Token.OTHER;
            };
        }
    }
}
