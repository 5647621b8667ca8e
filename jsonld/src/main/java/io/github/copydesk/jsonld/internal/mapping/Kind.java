package io.github.copydesk.jsonld.internal.mapping;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;

/**
 * A kind of value, and how it is written ({@link Output}) and read: text, a URL, a date, a person, the images of an
 * article. Stateless and thread-safe; the contexts carry the state of one write or read.
 *
 * @param <V> the model's value
 */
interface Kind<V> extends Output<V> {

    /**
     * Reads a value.
     *
     * @param r the read
     * @param f the value as written
     * @return the value, or {@code null} when nothing is readable (reported)
     */
    V read(Reading r, Field f);
}
