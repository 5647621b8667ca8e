package io.github.copydesk.json.shape.internal;

/**
 * Where a model value is read from: a JSON token stream with one current token. Each Jackson module
 * adapts its {@code JsonParser} to it; {@link Replay} replays an object read ahead.
 *
 * @param <X> what a read may throw: {@code IOException} for Jackson 2, nothing checked for Jackson 3
 */
public interface JsonSource<X extends Exception> {

    /** The kinds of token the model's JSON is read from. */
    enum Token {
        /** The start of an object. */
        START_OBJECT,
        /** The end of an object. */
        END_OBJECT,
        /** The start of an array. */
        START_ARRAY,
        /** The end of an array. */
        END_ARRAY,
        /** A property name. */
        NAME,
        /** A string. */
        STRING,
        /** A number without fraction or exponent. */
        INTEGER,
        /** A number with a fraction or an exponent. */
        DECIMAL,
        /** {@code true}. */
        TRUE,
        /** {@code false}. */
        FALSE,
        /** {@code null}. */
        NULL,
        /** Anything else a parser may hold (an embedded object), or no token at all (end of input). */
        OTHER;

        /**
         * What the token is, for an error message.
         *
         * @return such as "a string" or "an object"
         */
        public String description() {
            return switch (this) {
                case START_OBJECT -> "an object";
                case END_OBJECT -> "the end of an object";
                case START_ARRAY -> "an array";
                case END_ARRAY -> "the end of an array";
                case NAME -> "a property name";
                case STRING -> "a string";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case TRUE, FALSE -> "a boolean";
                case NULL -> "null";
                case OTHER -> "no JSON value";
            };
        }
    }

    /**
     * The current token.
     *
     * @return the token
     */
    Token current();

    /**
     * Moves to the next token.
     *
     * @return the new current token
     * @throws X if reading fails
     */
    Token next() throws X;

    /**
     * The current property name.
     *
     * @return the name, when the current token is {@link Token#NAME}
     * @throws X if reading fails
     */
    String name() throws X;

    /**
     * The current string.
     *
     * @return the text, when the current token is {@link Token#STRING}
     * @throws X if reading fails
     */
    String string() throws X;

    /**
     * The current number.
     *
     * @return the number ({@code Integer}, {@code Long} or {@code BigInteger} for {@link Token#INTEGER}),
     *     when the current token is a number
     * @throws X if reading fails
     */
    Number number() throws X;

    /**
     * Skips the current value: at the start of an object or array, moves to its end; otherwise stays.
     *
     * @throws X if reading fails
     */
    void skip() throws X;
}
