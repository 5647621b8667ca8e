package io.github.copydesk.json.shape.internal;

/**
 * Where a model value is written: the few JSON tokens the model's JSON uses. Each Jackson module adapts
 * its {@code JsonGenerator} to it.
 *
 * @param <X> what a write may throw: {@code IOException} for Jackson 2, nothing checked for Jackson 3
 */
public interface JsonSink<X extends Exception> {

    /**
     * Starts an object.
     *
     * @param value the model value the object writes, for the generator's context
     * @throws X if writing fails
     */
    void startObject(Object value) throws X;

    /**
     * Ends the object started last.
     *
     * @throws X if writing fails
     */
    void endObject() throws X;

    /**
     * Starts an array.
     *
     * @throws X if writing fails
     */
    void startArray() throws X;

    /**
     * Ends the array started last.
     *
     * @throws X if writing fails
     */
    void endArray() throws X;

    /**
     * Writes a property name.
     *
     * @param name the name
     * @throws X if writing fails
     */
    void name(String name) throws X;

    /**
     * Writes a string value.
     *
     * @param value the text
     * @throws X if writing fails
     */
    void string(String value) throws X;

    /**
     * Writes a whole number.
     *
     * @param value the number
     * @throws X if writing fails
     */
    void number(int value) throws X;

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     * @throws X if writing fails
     */
    void bool(boolean value) throws X;
}
