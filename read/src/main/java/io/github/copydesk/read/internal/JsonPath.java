package io.github.copydesk.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.internal.Checks;

/**
 * Where a value is in a block: a JSONPath such as {@code $.author[0].name} or
 * {@code $['@graph'][2].headline}. A name made of letters, digits and {@code _} that does not start
 * with a digit is written after a dot; any other name is quoted, with {@code '} and {@code \} escaped
 * by a backslash. Immutable, compared by its steps; each step shares its parent.
 */
public final class JsonPath {

    /** The whole block: {@code $}. */
    public static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The path of a member of the object here.
     *
     * @param name the member's name as written
     * @return the path
     */
    public JsonPath child(String name) {
        return new JsonPath(this, name, -1);
    }

    /**
     * The path of an element of the array here.
     *
     * @param index the element's index, 0 or more
     * @return the path
     * @throws IllegalArgumentException if the index is negative
     */
    public JsonPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return new JsonPath(this, null, index);
    }

    /**
     * Reads a path as {@link #toString()} writes it, and nothing else: {@code parse(text).toString()}
     * is {@code text}.
     *
     * @param text the path, such as {@code $.author[0].name} or {@code $['@graph'][2]}
     * @return the path
     * @throws IllegalArgumentException if the text is not such a path (a name quoted that is written
     *         plain, an index with a sign or a leading zero, an empty name after a dot, ...)
     */
    public static JsonPath parse(String text) {
        if (text.isEmpty() || text.charAt(0) != '$') {
            throw notAPath(text);
        }
        JsonPath path = ROOT;
        int i = 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                    i++;
                }
                String name = text.substring(start, i);
                if (!identifier(name)) {
                    throw notAPath(text);
                }
                path = path.child(name);
            } else if (c == '[' && i + 1 < n && text.charAt(i + 1) == '\'') {
                StringBuilder name = new StringBuilder();
                i += 2;
                while (i < n && text.charAt(i) != '\'') {
                    if (text.charAt(i) == '\\') {
                        if (++i >= n || (text.charAt(i) != '\'' && text.charAt(i) != '\\')) {
                            throw notAPath(text);
                        }
                    }
                    name.append(text.charAt(i++));
                }
                if (i + 1 >= n || text.charAt(i + 1) != ']' || identifier(name.toString())) {
                    throw notAPath(text);
                }
                i += 2;
                path = path.child(name.toString());
            } else if (c == '[') {
                int start = ++i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                boolean digits = i > start && (i - start == 1 || text.charAt(start) != '0');
                if (!digits || i >= n || text.charAt(i) != ']') {
                    throw notAPath(text);
                }
                try {
                    path = path.index(Integer.parseInt(text, start, i, 10));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a JSON path: " + Checks.quote(text), e);
                }
                i++;
            } else {
                throw notAPath(text);
            }
        }
        return path;
    }

    private static IllegalArgumentException notAPath(String text) {
        return new IllegalArgumentException("not a JSON path: " + Checks.quote(text));
    }

    /** @return the steps from the root: member names as strings, array indexes as integers */
    public List<Object> steps() {
        List<Object> steps = new ArrayList<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            steps.add(p.name != null ? p.name : Integer.valueOf(p.index));
        }
        java.util.Collections.reverse(steps);
        return steps;
    }

    /**
     * Whether another path has the same steps.
     *
     * @param o the other object
     * @return whether it is a path with the same steps
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonPath)) {
            return false;
        }
        JsonPath a = this;
        JsonPath b = (JsonPath) o;
        while (a != b) {
            if (a.parent == null || b.parent == null || a.index != b.index || !Objects.equals(a.name, b.name)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    /** @return a hash of the steps */
    @Override
    public int hashCode() {
        int hash = 1;
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            hash = 31 * hash + (p.name != null ? p.name.hashCode() : p.index);
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(32);
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.append(out);
        if (name == null) {
            out.append('[').append(index).append(']');
        } else if (identifier(name)) {
            out.append('.').append(name);
        } else {
            out.append("['");
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '\'' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append("']");
        }
    }

    private static boolean identifier(String n) {
        if (n.isEmpty() || !(Character.isLetter(n.charAt(0)) || n.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
