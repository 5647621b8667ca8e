package io.github.copydesk.read.internal;

import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.internal.Checks;

/**
 * Where a value is in a block: a JSONPath such as {@code $.author[0].name} or
 * {@code $['@graph'][2].headline}. Immutable; each step shares its parent.
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
     * @param index the element's index
     * @return the path
     */
    public JsonPath index(int index) {
        return new JsonPath(this, null, index);
    }

    /**
     * Reads a path as {@link #toString()} writes it.
     *
     * @param text the path, such as {@code $.author[0].name} or {@code $['@graph'][2]}
     * @return the path
     * @throws IllegalArgumentException if the text is not such a path
     */
    public static JsonPath parse(String text) {
        if (text.isEmpty() || text.charAt(0) != '$') {
            throw new IllegalArgumentException("not a JSON path: " + Checks.quote(text));
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
                path = path.child(text.substring(start, i));
            } else if (c == '[' && i + 1 < n && text.charAt(i + 1) == '\'') {
                StringBuilder name = new StringBuilder();
                i += 2;
                while (i < n && text.charAt(i) != '\'') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    name.append(text.charAt(i++));
                }
                if (i + 1 >= n || text.charAt(i + 1) != ']') {
                    throw new IllegalArgumentException("not a JSON path: " + Checks.quote(text));
                }
                i += 2;
                path = path.child(name.toString());
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalArgumentException("not a JSON path: " + Checks.quote(text));
                }
                try {
                    path = path.index(Integer.parseInt(text.substring(i + 1, end)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a JSON path: " + Checks.quote(text), e);
                }
                i = end + 1;
            } else {
                throw new IllegalArgumentException("not a JSON path: " + Checks.quote(text));
            }
        }
        return path;
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
