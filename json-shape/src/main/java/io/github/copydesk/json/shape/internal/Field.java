package io.github.copydesk.json.shape.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * One property of a model type's JSON object: its name, the kind of its value, how the value is taken
 * from the model, what an absent property reads as, and whether that value is left out when writing.
 * Immutable.
 *
 * @param <T> the model type
 * @param <V> the value's type
 */
public final class Field<T, V> {

    private final int index;
    private final String name;
    private final Kind<V> kind;
    private final Function<T, V> getter;
    private final V absent;
    private final boolean writeAbsent;
    private final boolean required;

    Field(int index, String name, Kind<V> kind, Function<T, V> getter, V absent, boolean writeAbsent,
            boolean required) {
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.absent = absent;
        this.writeAbsent = writeAbsent;
        this.required = required;
    }

    /**
     * The property name: the record component's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    int index() {
        return index;
    }

    Kind<V> kind() {
        return kind;
    }

    V absent() {
        return absent;
    }

    boolean required() {
        return required;
    }

    /**
     * The value to write, or null to leave the property out: a null value, an empty list, or the value an
     * absent property reads as (unless that value is always written).
     */
    V valueToWrite(T owner) {
        V value = getter.apply(owner);
        if (value == null || value instanceof java.util.List<?> list && list.isEmpty()
                || !writeAbsent && value.equals(absent)) {
            return null;
        }
        return value;
    }
}
