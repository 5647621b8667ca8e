package io.github.copydesk.json.shape.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one read: the options, and the path from the value being read to where the reader is, for
 * error messages. Made for each read and used by one thread.
 */
public final class ReadContext {

    private final boolean failOnUnknownProperties;
    private final List<ShapeException.Step> path = new ArrayList<>();

    /**
     * A context for one read.
     *
     * @param failOnUnknownProperties whether an unknown property fails the read (Jackson's
     *     {@code FAIL_ON_UNKNOWN_PROPERTIES}) or is skipped
     */
    public ReadContext(boolean failOnUnknownProperties) {
        this.failOnUnknownProperties = failOnUnknownProperties;
    }

    boolean failOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    void enter(Class<?> owner, String name) {
        path.add(new ShapeException.Step(owner, name, -1));
    }

    void enter(int index) {
        path.add(new ShapeException.Step(List.class, null, index));
    }

    void leave() {
        path.remove(path.size() - 1);
    }

    /**
     * A failure at the current place.
     *
     * @param problem what went wrong
     * @param target the type expected there
     * @param value the input at fault, or null
     * @param known what would have been accepted
     * @param detail what is wrong, without the path
     * @param cause the exception behind it, or null
     * @return the exception, to throw
     */
    ShapeException fail(ShapeException.Problem problem, Class<?> target, String value, List<String> known,
            String detail, Throwable cause) {
        String where = ShapeException.format(path);
        return new ShapeException(problem, path, target, value, known, where.isEmpty() ? detail : where + ": " + detail,
                cause);
    }

    /**
     * A failure at the current token: the JSON value is of the wrong kind.
     *
     * @param target the type expected
     * @param expected what was expected, such as "a string"
     * @param found the token found
     * @return the exception, to throw
     */
    ShapeException wrongToken(Class<?> target, String expected, JsonSource.Token found) {
        return fail(ShapeException.Problem.WRONG_TOKEN, target, null, List.of(),
                "expected " + expected + ", found " + found.description(), null);
    }
}
