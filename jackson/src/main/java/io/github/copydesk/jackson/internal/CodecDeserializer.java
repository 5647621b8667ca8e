package io.github.copydesk.jackson.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import io.github.copydesk.json.shape.internal.Codec;
import io.github.copydesk.json.shape.internal.JsonSource;
import io.github.copydesk.json.shape.internal.ModelJson;
import io.github.copydesk.json.shape.internal.ReadContext;
import io.github.copydesk.json.shape.internal.ShapeException;

/**
 * Reads one model type as its shape in {@link ModelJson} says, and turns a failure into the matching
 * {@link DatabindException} with the path to the fault. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {

    private final Codec<T> codec;

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
    public T deserialize(JsonParser parser, DeserializationContext context) {
        try {
            return codec.read(new ParserSource(parser),
                    new ReadContext(context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
        } catch (ShapeException e) {
            throw failure(e, parser, context);
        }
    }

    private static DatabindException failure(ShapeException e, JsonParser parser, DeserializationContext context) {
        DatabindException failure = switch (e.problem()) {
            case WRONG_TOKEN, MISSING -> MismatchedInputException.from(parser, e.target(), e.getMessage());
            case BAD_VALUE -> InvalidFormatException.from(parser, e.getMessage(), e.value(), e.target());
            case TYPE_ID -> InvalidTypeIdException.from(parser, e.getMessage(), context.constructType(e.target()),
                    e.value());
            case UNKNOWN_PROPERTY -> new UnrecognizedPropertyException(parser, e.getMessage(),
                    parser.currentLocation(), e.target(), e.value(), new ArrayList<>(e.known()));
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

    /** The parser as a {@link JsonSource}. */
    private static final class ParserSource implements JsonSource<RuntimeException> {
        private final JsonParser parser;

        ParserSource(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public Token current() {
            return token(parser.currentToken());
        }

        @Override
        public Token next() {
            return token(parser.nextToken());
        }

        @Override
        public String name() {
            return parser.currentName();
        }

        @Override
        public String string() {
            return parser.getString();
        }

        @Override
        public Number number() {
            return parser.getNumberValue();
        }

        @Override
        public void skip() {
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
                case PROPERTY_NAME -> Token.NAME;
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
