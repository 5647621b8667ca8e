package io.github.copydesk.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Property paths of the model, as validation reports them ({@code media[2].altText}), and patterns of
 * them with {@code [*]} for any element of a list ({@code media[*].altText}). Stateless and thread-safe.
 * Not API: exported to Copydesk's own modules only.
 */
public final class PropertyPaths {

    private static final Pattern PATTERN = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:\\[(?:\\d{1,9}|\\*)])?(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[(?:\\d{1,9}|\\*)])?)*");

    private static final Checked NONE = new Checked(new String[0]);

    private PropertyPaths() {
    }

    /**
     * Checks a set of path patterns and copies it.
     *
     * @param patterns the patterns
     * @param field the field they are the value of, for the message
     * @return an unmodifiable copy
     * @throws NullPointerException if the set or a pattern is null
     * @throws IllegalArgumentException if a pattern is not a property path (such as {@code media[*].altText})
     */
    public static Set<String> patterns(Set<String> patterns, String field) {
        if (patterns instanceof Checked checked) {
            return checked; // checked before: an article's own set, or a reader's constant
        }
        if (patterns.isEmpty()) {
            return NONE;
        }
        String[] sorted = Checks.list(java.util.List.copyOf(patterns), field).toArray(new String[0]);
        for (String p : sorted) {
            if (!PATTERN.matcher(p).matches()) {
                throw new IllegalArgumentException(field + " holds something that is not a property path such as "
                        + "media[*].altText: " + Checks.quote(p));
            }
        }
        // sorted, so that an article's toString and its model JSON are the same from one run to the next
        java.util.Arrays.sort(sorted);
        return new Checked(sorted);
    }

    /**
     * A set of patterns that {@link #patterns} has checked: immutable, in sorted order, so that the check
     * runs once however often the set is handed on (every {@code toBuilder().build()}, every article a
     * reader makes with its constant set).
     */
    private static final class Checked extends java.util.AbstractSet<String> {

        private final String[] sorted;

        Checked(String[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of(sorted).iterator();
        }

        @Override
        public int size() {
            return sorted.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && java.util.Arrays.binarySearch(sorted, s) >= 0;
        }
    }

    /**
     * Whether a path matches any of some patterns.
     *
     * @param patterns the patterns
     * @param path the path
     * @return whether one matches
     */
    public static boolean anyMatches(Set<String> patterns, String path) {
        for (String pattern : patterns) {
            if (matches(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path matches a pattern: the same names, and the same index or {@code [*]} at each step.
     *
     * @param pattern the pattern, such as {@code media[*].altText}
     * @param path the path, such as {@code media[2].altText}
     * @return whether it matches
     */
    public static boolean matches(String pattern, String path) {
        int i = 0;
        int j = 0;
        while (i < pattern.length() && j < path.length()) {
            char p = pattern.charAt(i);
            if (p == '*' && i > 0 && pattern.charAt(i - 1) == '[') {
                while (j < path.length() && path.charAt(j) != ']') {
                    j++;
                }
                i++;
                continue;
            }
            if (p != path.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
        return i == pattern.length() && j == path.length();
    }
}
