package io.github.copydesk.json.shape.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.json.shape.internal.JsonSource.Token;
import io.github.copydesk.model.NewsDate;

/**
 * How one kind of value is written and read: a string, a URL, a date, a list, a nested model object.
 * Instances are immutable and shared.
 *
 * @param <V> the Java type of the value
 */
public abstract class Kind<V> {

    /** Text, as is. */
    public static final Kind<String> TEXT = new Kind<>(String.class, "a string") {
        @Override
        <X extends Exception> void write(String value, JsonSink<X> out) throws X {
            out.string(value);
        }

        @Override
        <X extends Exception> String read(JsonSource<X> in, ReadContext ctx) throws X {
            return expect(in, Token.STRING, ctx).string();
        }
    };

    /** A URL as its text; whether it is an absolute http(s) URL is the model's check. */
    public static final Kind<URI> URL = text(URI.class, "a URL", text -> {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(Checks.quote(text) + " is not a URL: " + e.getReason(), e);
        }
    }, URI::toString);

    /** A date, or a date-time with its offset, in ISO 8601: {@link NewsDate#parse} and {@code toString()}. */
    public static final Kind<NewsDate> NEWS_DATE = text(NewsDate.class, "an ISO 8601 date or date-time",
            NewsDate::parse, NewsDate::toString);

    /** A calendar date in ISO 8601: {@code 2016-07-27}. */
    public static final Kind<LocalDate> DATE = text(LocalDate.class, "an ISO 8601 date",
            refusing(LocalDate::parse, DateTimeParseException.class, "an ISO 8601 date such as 2016-07-27"),
            LocalDate::toString);

    /** A duration in ISO 8601: {@code PT2M30S}. */
    public static final Kind<Duration> DURATION = text(Duration.class, "an ISO 8601 duration",
            refusing(Duration::parse, DateTimeParseException.class, "an ISO 8601 duration such as PT2M30S"),
            Duration::toString);

    /** A language as its BCP 47 tag: {@code en}, {@code pt-BR}. */
    public static final Kind<Locale> LANGUAGE = text(Locale.class, "a BCP 47 language tag",
            refusing(text -> new Locale.Builder().setLanguageTag(text).build(), IllformedLocaleException.class,
                    "a well-formed BCP 47 language tag such as en or pt-BR"),
            Locale::toLanguageTag);

    /** A whole number in the range of {@code int}. */
    public static final Kind<Integer> INTEGER = new Kind<>(Integer.class, "a whole number") {
        @Override
        <X extends Exception> void write(Integer value, JsonSink<X> out) throws X {
            out.number(value);
        }

        @Override
        <X extends Exception> Integer read(JsonSource<X> in, ReadContext ctx) throws X {
            Number number = expect(in, Token.INTEGER, ctx).number();
            if (number instanceof Integer i) {
                return i;
            }
            throw ctx.fail(ShapeException.Problem.BAD_VALUE, Integer.class, number.toString(), List.of(),
                    number + " is too large for a whole number here (at most " + Integer.MAX_VALUE + ")", null);
        }
    };

    /** {@code true} or {@code false}. */
    public static final Kind<Boolean> BOOLEAN = new Kind<>(Boolean.class, "true or false") {
        @Override
        <X extends Exception> void write(Boolean value, JsonSink<X> out) throws X {
            out.bool(value);
        }

        @Override
        <X extends Exception> Boolean read(JsonSource<X> in, ReadContext ctx) throws X {
            Token token = in.current();
            if (token == Token.TRUE || token == Token.FALSE) {
                return token == Token.TRUE;
            }
            throw ctx.wrongToken(Boolean.class, expected(), token);
        }
    };


    private final Class<?> type;
    private final String expected;

    Kind(Class<?> type, String expected) {
        this.type = Objects.requireNonNull(type, "type");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    /**
     * A constant of an enum, by its name.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the kind
     */
    public static <E extends Enum<E>> Kind<E> constant(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String expected = "one of " + String.join(", ", names);
        return text(type, expected, refusing(text -> Enum.valueOf(type, text), IllegalArgumentException.class, expected),
                Enum::name);
    }

    /**
     * A list of values of one kind, as a JSON array; a null element is read as null, for the model to
     * reject with its index.
     *
     * @param <E> the element type
     * @param element the kind of the elements
     * @return the kind
     */
    public static <E> Kind<List<E>> list(Kind<E> element) {
        return new Kind<>(List.class, "an array") {
            @Override
            <X extends Exception> void write(List<E> value, JsonSink<X> out) throws X {
                out.startArray();
                for (E e : value) {
                    element.write(e, out);
                }
                out.endArray();
            }

            @Override
            <X extends Exception> List<E> read(JsonSource<X> in, ReadContext ctx) throws X {
                expect(in, Token.START_ARRAY, ctx);
                List<E> out = new ArrayList<>();
                for (Token token = in.next(); token != Token.END_ARRAY; token = in.next()) {
                    ctx.enter(out.size());
                    out.add(token == Token.NULL ? null : element.read(in, ctx));
                    ctx.leave();
                }
                return out;
            }
        };
    }

    /**
     * A model value written as a JSON object.
     *
     * @param <T> the model type
     * @param codec how it is written and read
     * @return the kind
     */
    public static <T> Kind<T> object(Codec<T> codec) {
        return new Kind<>(codec.type(), "an object") {
            @Override
            <X extends Exception> void write(T value, JsonSink<X> out) throws X {
                codec.write(value, out);
            }

            @Override
            <X extends Exception> T read(JsonSource<X> in, ReadContext ctx) throws X {
                expect(in, Token.START_OBJECT, ctx);
                return codec.read(in, ctx);
            }
        };
    }

    /**
     * A value written as a JSON string.
     *
     * @param <V> the Java type
     * @param type the Java type
     * @param expected what the string must be, for an error message
     * @param parse reads the text; throws {@code IllegalArgumentException} with a message that quotes it
     * @param format writes the text that {@code parse} reads back as an equal value
     * @return the kind
     */
    static <V> Kind<V> text(Class<V> type, String expected, Function<String, V> parse, Function<V, String> format) {
        return new Kind<>(type, expected) {
            @Override
            <X extends Exception> void write(V value, JsonSink<X> out) throws X {
                out.string(format.apply(value));
            }

            @Override
            <X extends Exception> V read(JsonSource<X> in, ReadContext ctx) throws X {
                String text = expect(in, Token.STRING, ctx).string();
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    throw ctx.fail(ShapeException.Problem.BAD_VALUE, type, text, List.of(), e.getMessage(), e);
                }
            }
        };
    }

    /**
     * A parser whose refusal is an {@code IllegalArgumentException} that quotes the text and says what it
     * should have been.
     *
     * @param <V> the type read
     * @param parse the parser
     * @param refusal what the parser throws for text it does not read
     * @param expected what the text should be, such as "an ISO 8601 date such as 2016-07-27"
     * @return the parser
     */
    private static <V> Function<String, V> refusing(Function<String, V> parse, Class<? extends RuntimeException> refusal,
            String expected) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                if (refusal.isInstance(e)) {
                    throw new IllegalArgumentException(Checks.quote(text) + " is not " + expected, e);
                }
                throw e;
            }
        };
    }

    /**
     * Writes a present value.
     *
     * @param <X> what writing may throw
     * @param value the value, not null
     * @param out where to write
     * @throws X if writing fails
     */
    abstract <X extends Exception> void write(V value, JsonSink<X> out) throws X;

    /**
     * Reads a value whose first token is current and is not {@code null}; leaves its last token current.
     *
     * @param <X> what reading may throw
     * @param in where to read
     * @param ctx the read's state
     * @return the value
     * @throws X if reading fails
     * @throws ShapeException if the JSON does not hold such a value
     */
    abstract <X extends Exception> V read(JsonSource<X> in, ReadContext ctx) throws X;

    /**
     * The Java type of the values.
     *
     * @return the type
     */
    final Class<?> type() {
        return type;
    }

    /**
     * What the JSON value must be, for an error message.
     *
     * @return such as "a string" or "an ISO 8601 date"
     */
    final String expected() {
        return expected;
    }

    final <X extends Exception> JsonSource<X> expect(JsonSource<X> in, Token token, ReadContext ctx) {
        if (in.current() != token) {
            throw ctx.wrongToken(type, expected, in.current());
        }
        return in;
    }
}
