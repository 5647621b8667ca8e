package io.github.copydesk.jsonld.internal;

/**
 * How the reader matches the names of properties and types to {@link Term}s: exactly; without a
 * schema.org prefix ({@code schema:}, {@code http://schema.org/}, {@code https://schema.org/}); or,
 * as a repair, ignoring letter case. Stateless and thread-safe.
 */
public final class Names {

    private Names() {
    }

    /**
     * A name without a schema.org prefix.
     *
     * @param name the name
     * @return the name after the prefix, or {@code name} itself (the same instance) when it has none
     */
    public static String local(String name) {
        if (name.startsWith("schema:")) {
            return name.substring(7);
        }
        if (name.startsWith("https://schema.org/")) {
            return name.substring(19);
        }
        if (name.startsWith("http://schema.org/")) {
            return name.substring(18);
        }
        return name;
    }

    /**
     * The term a property name stands for.
     *
     * @param name the name as written
     * @return the term, or {@code null} for a name Copydesk does not read
     */
    public static Term term(String name) {
        Term t = Term.of(name);
        if (t != null) {
            return t;
        }
        String local = local(name);
        t = local == name ? null : Term.of(local);
        return t != null ? t : Term.ofIgnoreCase(local);
    }

    /**
     * Whether the reader reads the value of a property: a JSON-LD keyword or a known term.
     *
     * @param name the name as written
     * @return whether its value is read
     */
    public static boolean read(String name) {
        return name == null || (!name.isEmpty() && name.charAt(0) == '@') || term(name) != null;
    }
}
