package io.github.copydesk.json.shape.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rest of one JSON object, read ahead and played back: a party or media object whose {@code "type"}
 * does not come first must be read to its end before it is known which shape reads it. Used by one thread,
 * for one object.
 *
 * @param <X> what the source it stands in for may throw (it throws nothing itself)
 */
final class Replay<X extends Exception> implements JsonSource<X> {

    private final List<Token> tokens = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private String typeId;
    private Token typeIdToken;
    private int position;

    private Replay() {
    }

    /**
     * Reads the rest of an object, from its current property name (or its end) to its end, which is then
     * current in {@code in}.
     */
    static <X extends Exception> Replay<X> capture(JsonSource<X> in, ReadContext ctx) throws X {
        Replay<X> replay = new Replay<>();
        int depth = 0;
        boolean typeNext = false;
        for (Token token = in.current(); ; token = in.next()) {
            Object value = switch (token) {
                case NAME -> in.name();
                case STRING -> in.string();
                case INTEGER, DECIMAL -> in.number();
                default -> null;
            };
            replay.tokens.add(token);
            replay.values.add(value);
            if (typeNext) {
                replay.typeIdToken = token;
                replay.typeId = token == Token.STRING ? (String) value : null;
                typeNext = false;
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case NAME -> typeNext = depth == 0 && Shape.TYPE.equals(value);
                case OTHER -> throw ctx.wrongToken(Object.class, "the end of the object", token);
                default -> {
                }
            }
            if (depth < 0) {
                return replay;
            }
        }
    }

    /** The value of the object's own {@code "type"} property, when it is a string. */
    String typeId() {
        return typeId;
    }

    /** The token of the object's own {@code "type"} value, or null when the object has no such property. */
    Token typeIdToken() {
        return typeIdToken;
    }

    /** This replay, at its first token. */
    Replay<X> restart() {
        position = 0;
        return this;
    }

    @Override
    public Token current() {
        return tokens.get(position);
    }

    @Override
    public Token next() {
        if (position + 1 >= tokens.size()) {
            return Token.OTHER;
        }
        return tokens.get(++position);
    }

    @Override
    public String name() {
        return (String) values.get(position);
    }

    @Override
    public String string() {
        return (String) values.get(position);
    }

    @Override
    public Number number() {
        return (Number) values.get(position);
    }

    @Override
    public void skip() {
        if (current() != Token.START_OBJECT && current() != Token.START_ARRAY) {
            return;
        }
        int depth = 0;
        do {
            Token token = tokens.get(position++);
            if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
                depth++;
            } else if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
                depth--;
            }
        } while (depth > 0);
        position--;
    }
}
