package io.github.copydesk.json.shape.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Why a model value could not be read, and where: the neutral form of the error that each Jackson module
 * rethrows as its own databind exception, with the same path and message.
 */
public final class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; each Jackson module picks its exception type by it. */
    public enum Problem {
        /** A JSON value of the wrong kind: an object where a string belongs. */
        WRONG_TOKEN,
        /** A string or number that does not read as the field's type: a date that is no date. */
        BAD_VALUE,
        /** A party or media object without a known {@code type}. */
        TYPE_ID,
        /** A property the type does not have, while the mapper fails on unknown properties. */
        UNKNOWN_PROPERTY,
        /** A required property that is missing. */
        MISSING,
        /** The model refused the values: its construction checks failed. */
        CONSTRUCTION
    }

    /**
     * One step of the path from the value being read to the place of the error.
     *
     * @param owner the type whose property this is, or {@code List} for an index
     * @param name the property name, or null for an index
     * @param index the index in a list, or -1 for a property
     */
    public record Step(Class<?> owner, String name, int index) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the step.
         *
         * @throws NullPointerException if {@code owner} is null
         */
        public Step {
            Objects.requireNonNull(owner, "owner");
        }

        @Override
        public String toString() {
            return name != null ? name : "[" + index + "]";
        }
    }

    private final Problem problem;
    @SuppressWarnings("serial") // List.copyOf gives a serializable list, which javac cannot see from the type
    private final List<Step> path;
    private final Class<?> target;
    private final String value;
    @SuppressWarnings("serial") // idem
    private final List<String> known;

    ShapeException(Problem problem, List<Step> path, Class<?> target, String value, List<String> known,
            String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.path = List.copyOf(path);
        this.target = target;
        this.value = value;
        this.known = List.copyOf(known);
    }

    /**
     * What went wrong.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Where it went wrong, from the value being read down to the failing property or element.
     *
     * @return the steps, empty for the value itself
     */
    public List<Step> path() {
        return path;
    }

    /**
     * The type expected at the failing place: the field's type, the party or media family, or the type
     * whose property is unknown or that could not be made.
     *
     * @return the type
     */
    public Class<?> target() {
        return target;
    }

    /**
     * The input at fault: the text that did not read, the unknown type id or property name.
     *
     * @return the input, or null
     */
    public String value() {
        return value;
    }

    /**
     * What would have been accepted: the known type ids or property names.
     *
     * @return the names, empty when not applicable
     */
    public List<String> known() {
        return known;
    }

    /**
     * The path as text: {@code media[0].width}.
     *
     * @param path the steps
     * @return the path, empty for no steps
     */
    public static String format(List<Step> path) {
        StringBuilder out = new StringBuilder();
        for (Step step : path) {
            if (step.name() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step.name());
            } else {
                out.append('[').append(step.index()).append(']');
            }
        }
        return out.toString();
    }
}
