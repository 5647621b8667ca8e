package io.github.copydesk.json.shape.internal;

/**
 * How one model type is written and read: what each Jackson module registers one serializer and one
 * deserializer for. Implementations are immutable and thread-safe.
 *
 * @param <T> the model type
 */
public interface Codec<T> {

    /**
     * The model type.
     *
     * @return the type
     */
    Class<T> type();

    /**
     * Whether a value is written as a JSON object (else as a string).
     *
     * @return true for an object
     */
    boolean isObject();

    /**
     * Writes a value.
     *
     * @param <X> what writing may throw
     * @param value the value, not null
     * @param out where to write
     * @throws X if writing fails
     */
    <X extends Exception> void write(T value, JsonSink<X> out) throws X;

    /**
     * Writes what lies inside a value's object (its properties, the type id first), or for a value
     * written as a string the string: what Jackson's type serializer wraps when a mapper adds type ids of
     * its own.
     *
     * @param <X> what writing may throw
     * @param value the value, not null
     * @param out where to write
     * @throws X if writing fails
     */
    <X extends Exception> void writeContent(T value, JsonSink<X> out) throws X;

    /**
     * Reads a value. For a value written as an object, the current token is the start of the object, its
     * first property name, or the end of the object (what Jackson hands a deserializer); the end of the
     * object is current afterwards. For a value written as a string, the string is current.
     *
     * @param <X> what reading may throw
     * @param in where to read
     * @param ctx the read's state
     * @return the value
     * @throws X if reading fails
     * @throws ShapeException if the JSON does not hold such a value, with the path to the fault
     */
    <X extends Exception> T read(JsonSource<X> in, ReadContext ctx) throws X;
}
