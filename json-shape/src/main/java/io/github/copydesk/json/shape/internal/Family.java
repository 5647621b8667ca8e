package io.github.copydesk.json.shape.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.json.shape.internal.JsonSource.Token;

/**
 * A sealed model type whose values are written as one of its members' shapes, told apart by the
 * {@code "type"} property: a party ({@code Person}, {@code Organization}) or a media item ({@code Image},
 * {@code Video}, {@code Audio}). Reading takes {@code "type"} wherever it stands in the object. Immutable and
 * thread-safe.
 *
 * @param <T> the sealed type
 */
public final class Family<T> implements Codec<T> {

    private final Class<T> type;
    private final Map<String, Shape<? extends T>> byId = new LinkedHashMap<>();
    private final Map<Class<?>, Shape<? extends T>> byClass = new LinkedHashMap<>();
    private final List<String> ids;

    @SafeVarargs
    Family(Class<T> type, Shape<? extends T>... members) {
        this.type = type;
        for (Shape<? extends T> member : members) {
            byId.put(member.typeId(), member);
            byClass.put(member.type(), member);
        }
        this.ids = List.copyOf(byId.keySet());
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
     * The members' type ids, in order.
     *
     * @return the ids
     */
    public List<String> typeIds() {
        return ids;
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
        write(shapeOf(value), value, out);
    }

    @Override
    public <X extends Exception> void writeContent(T value, JsonSink<X> out) throws X {
        writeContent(shapeOf(value), value, out);
    }

    private Shape<? extends T> shapeOf(T value) {
        Shape<? extends T> shape = byClass.get(value.getClass());
        if (shape == null) {
            throw new IllegalStateException("no JSON shape for " + value.getClass().getName() + " in " + type.getSimpleName());
        }
        return shape;
    }

    private static <S, X extends Exception> void write(Shape<S> shape, Object value, JsonSink<X> out) throws X {
        shape.write(shape.type().cast(value), out);
    }

    private static <S, X extends Exception> void writeContent(Shape<S> shape, Object value, JsonSink<X> out) throws X {
        shape.writeContent(shape.type().cast(value), out);
    }

    @Override
    public <X extends Exception> T read(JsonSource<X> in, ReadContext ctx) throws X {
        if (Shape.enter(in, ctx, type) == Token.NAME && in.name().equals(Shape.TYPE)) {
            in.next();
            Shape<? extends T> shape = member(in.current() == Token.STRING ? in.string() : null, in.current(), ctx);
            in.next();
            return shape.readMembers(in, ctx);
        }
        Replay<X> replay = Replay.capture(in, ctx);
        Shape<? extends T> shape = member(replay.typeId(), replay.typeIdToken(), ctx);
        return shape.readMembers(replay.restart(), ctx);
    }

    private Shape<? extends T> member(String id, Token idToken, ReadContext ctx) {
        String kinds = type.getSimpleName() + " is one of " + String.join(", ", ids);
        if (idToken == null) {
            throw ctx.fail(ShapeException.Problem.TYPE_ID, type, null, ids,
                    "the property " + Shape.TYPE + " is missing: a " + kinds, null);
        }
        ctx.enter(type, Shape.TYPE);
        try {
            if (id == null) {
                throw ctx.fail(ShapeException.Problem.TYPE_ID, type, null, ids,
                        "expected a string, found " + idToken.description() + ": a " + kinds, null);
            }
            Shape<? extends T> shape = byId.get(id);
            if (shape == null) {
                throw ctx.fail(ShapeException.Problem.TYPE_ID, type, id, ids,
                        "unknown type " + Checks.quote(id) + ": a " + kinds, null);
            }
            return shape;
        } finally {
            ctx.leave();
        }
    }
}
