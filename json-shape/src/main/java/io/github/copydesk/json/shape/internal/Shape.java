package io.github.copydesk.json.shape.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.json.shape.internal.JsonSource.Token;

/**
 * A model type written as a JSON object: its properties in order (the record's components, in their order),
 * and for a party or a media item its type id, written first as {@code "type"}. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class Shape<T> implements Codec<T> {

    /** The property that names a party's or media item's type. */
    public static final String TYPE = "type";

    /** The start of a model message that names one of the type's fields, with an index for a list element. */
    private static final Pattern FIELD_IN_MESSAGE = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?(?=[ :]|$)");

    private final Class<T> type;
    private final String typeId;
    private final List<Field<T, ?>> fields;
    private final Map<String, Field<T, ?>> byName;
    private final List<String> names;
    private final Function<Values<T>, T> create;

    private Shape(Class<T> type, String typeId, List<Field<T, ?>> fields, Function<Values<T>, T> create) {
        this.type = type;
        this.typeId = typeId;
        this.fields = List.copyOf(fields);
        Map<String, Field<T, ?>> map = new LinkedHashMap<>();
        for (Field<T, ?> field : fields) {
            if (map.put(field.name(), field) != null || field.name().equals(TYPE) && typeId != null) {
                throw new IllegalArgumentException("duplicate property " + field.name() + " in " + type.getSimpleName());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
        List<String> all = new ArrayList<>();
        if (typeId != null) {
            all.add(TYPE);
        }
        all.addAll(map.keySet());
        this.names = List.copyOf(all);
        this.create = create;
    }

    /**
     * Starts the shape of a model type.
     *
     * @param <T> the model type
     * @param type the model type
     * @param typeId the value of {@code "type"} for a party or media type, or null for a type that is
     *     not one of a family
     * @return a builder
     */
    static <T> Builder<T> of(Class<T> type, String typeId) {
        return new Builder<>(type, typeId);
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public boolean isObject() {
        return true;
    }

    /**
     * The type id, written as {@code "type"}.
     *
     * @return the id, or null for a type that is not one of a family
     */
    public String typeId() {
        return typeId;
    }

    /**
     * The properties, in the order they are written.
     *
     * @return the fields
     */
    public List<Field<T, ?>> fields() {
        return fields;
    }

    /**
     * The model type's simple name, for test and error output.
     *
     * @return such as {@code Article}
     */
    @Override
    public String toString() {
        return type.getSimpleName();
    }

    @Override
    public <X extends Exception> void write(T value, JsonSink<X> out) throws X {
        out.startObject(value);
        writeContent(value, out);
        out.endObject();
    }

    @Override
    public <X extends Exception> void writeContent(T value, JsonSink<X> out) throws X {
        if (typeId != null) {
            out.name(TYPE);
            out.string(typeId);
        }
        for (Field<T, ?> field : fields) {
            writeField(field, value, out);
        }
    }

    private static <T, V, X extends Exception> void writeField(Field<T, V> field, T owner, JsonSink<X> out) throws X {
        V value = field.valueToWrite(owner);
        if (value != null) {
            out.name(field.name());
            field.kind().write(value, out);
        }
    }

    @Override
    public <X extends Exception> T read(JsonSource<X> in, ReadContext ctx) throws X {
        enter(in, ctx, type);
        return readMembers(in, ctx);
    }

    /**
     * Moves into an object: past its start, if that is current, to its first property name or its end, as
     * a Jackson deserializer may be handed any of the three.
     *
     * @return the current token: a property name or the end of the object
     * @throws ShapeException if no object is current
     */
    static <X extends Exception> Token enter(JsonSource<X> in, ReadContext ctx, Class<?> type) throws X {
        Token token = in.current();
        if (token == Token.START_OBJECT) {
            token = in.next();
        }
        if (token != Token.NAME && token != Token.END_OBJECT) {
            throw ctx.wrongToken(type, "an object", token);
        }
        return token;
    }

    /**
     * Reads the properties from the current one (or the end of the object) to the end of the object, and
     * makes the value.
     */
    <X extends Exception> T readMembers(JsonSource<X> in, ReadContext ctx) throws X {
        Object[] values = new Object[fields.size()];
        boolean[] seen = new boolean[fields.size()];
        for (Token token = in.current(); token != Token.END_OBJECT; token = in.next()) {
            if (token != Token.NAME) {
                throw ctx.wrongToken(type, "a property name or the end of the object", token);
            }
            String name = in.name();
            Token valueToken = in.next();
            Field<T, ?> field = byName.get(name);
            if (field != null) {
                ctx.enter(type, name);
                values[field.index()] = valueToken == Token.NULL ? null : field.kind().read(in, ctx);
                seen[field.index()] = valueToken != Token.NULL;
                ctx.leave();
            } else if (typeId != null && name.equals(TYPE)) {
                checkTypeId(in, ctx);
            } else if (ctx.failOnUnknownProperties()) {
                ctx.enter(type, name);
                ShapeException e = ctx.fail(ShapeException.Problem.UNKNOWN_PROPERTY, type, name, names,
                        type.getSimpleName() + " has no property " + Checks.quote(name), null);
                ctx.leave();
                throw e;
            } else {
                in.skip();
            }
        }
        for (Field<T, ?> field : fields) {
            if (!seen[field.index()]) {
                if (field.required()) {
                    ctx.enter(type, field.name());
                    ShapeException e = ctx.fail(ShapeException.Problem.MISSING, field.kind().type(), null, List.of(),
                            field.name() + " is required", null);
                    ctx.leave();
                    throw e;
                }
                values[field.index()] = field.absent();
            }
        }
        try {
            return create.apply(new Values<>(values));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw constructionFailure(e, ctx);
        }
    }

    private <X extends Exception> void checkTypeId(JsonSource<X> in, ReadContext ctx) throws X {
        ctx.enter(type, TYPE);
        try {
            if (in.current() != Token.STRING) {
                throw ctx.fail(ShapeException.Problem.TYPE_ID, type, null, List.of(typeId),
                        "expected the type " + Checks.quote(typeId) + ", found " + in.current().description(), null);
            }
            String id = in.string();
            if (!id.equals(typeId)) {
                throw ctx.fail(ShapeException.Problem.TYPE_ID, type, id, List.of(typeId),
                        "expected the type " + Checks.quote(typeId) + ", found " + Checks.quote(id), null);
            }
        } finally {
            ctx.leave();
        }
    }

    /**
     * The model's checks refused the values. Its messages name the field first (core's convention: the
     * parameter for a null, the field and the value for a malformed one), so when the message starts with
     * one of this type's properties the path goes down to it; otherwise it ends at the object.
     */
    private ShapeException constructionFailure(RuntimeException e, ReadContext ctx) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String detail = e instanceof NullPointerException
                ? (message.isEmpty() ? "a required value is missing" : message + " is required (missing or null)")
                : message;
        Matcher m = FIELD_IN_MESSAGE.matcher(message);
        int depth = 0;
        if (m.lookingAt() && byName.containsKey(m.group(1))) {
            ctx.enter(type, m.group(1));
            depth++;
            if (m.group(2) != null) {
                ctx.enter(Integer.parseInt(m.group(2)));
                depth++;
            }
        }
        ShapeException failure = ctx.fail(ShapeException.Problem.CONSTRUCTION, type, null, List.of(),
                "cannot make " + type.getSimpleName() + ": " + detail, e);
        for (; depth > 0; depth--) {
            ctx.leave();
        }
        return failure;
    }

    /**
     * The values read for one object, by field.
     *
     * @param <T> the model type
     */
    static final class Values<T> {
        private final Object[] values;

        private Values(Object[] values) {
            this.values = values;
        }

        /**
         * The value read for a field (its absent value when the property was missing or null).
         *
         * @param <V> the field's type
         * @param field the field
         * @return the value
         */
        @SuppressWarnings("unchecked")
        <V> V get(Field<T, V> field) {
            return (V) values[field.index()];
        }
    }

    /**
     * Collects a shape's fields in order. Used once per type, while the shapes are made.
     *
     * @param <T> the model type
     */
    static final class Builder<T> {
        private final Class<T> type;
        private final String typeId;
        private final List<Field<T, ?>> fields = new ArrayList<>();

        private Builder(Class<T> type, String typeId) {
            this.type = Objects.requireNonNull(type, "type");
            this.typeId = typeId;
        }

        /** A property whose absence reads as null, left out when null (or an empty list). */
        <V> Field<T, V> field(String name, Kind<V> kind, Function<T, V> getter) {
            return add(new Field<>(fields.size(), name, kind, getter, null, false, false));
        }

        /** A list property: absence reads as the empty list, left out when empty. */
        <E> Field<T, java.util.List<E>> list(String name, Kind<E> element, Function<T, java.util.List<E>> getter) {
            return add(new Field<>(fields.size(), name, Kind.list(element), getter, List.of(), false, false));
        }

        /** A property whose absence reads as {@code absent}, left out when it has that value. */
        <V> Field<T, V> field(String name, Kind<V> kind, Function<T, V> getter, V absent) {
            return add(new Field<>(fields.size(), name, kind, getter, Objects.requireNonNull(absent, "absent"), false, false));
        }

        /** A property whose absence reads as {@code absent}, but that is always written. */
        <V> Field<T, V> written(String name, Kind<V> kind, Function<T, V> getter, V absent) {
            return add(new Field<>(fields.size(), name, kind, getter, Objects.requireNonNull(absent, "absent"), true, false));
        }

        /** A property that must be present: it has no value to stand for its absence. */
        <V> Field<T, V> required(String name, Kind<V> kind, Function<T, V> getter) {
            return add(new Field<>(fields.size(), name, kind, getter, null, true, true));
        }

        private <V> Field<T, V> add(Field<T, V> field) {
            fields.add(field);
            return field;
        }

        /**
         * Ends the shape.
         *
         * @param create makes the model value from the values read, through its constructor
         * @return the shape
         */
        Shape<T> build(Function<Values<T>, T> create) {
            return new Shape<>(type, typeId, fields, create);
        }
    }
}
