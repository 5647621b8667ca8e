package io.github.copydesk.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * CSS class selectors, the only selectors Google's paywall guideline allows for a paywalled section:
 * one class ({@code .paywall}) or several together ({@code .paywall.premium}), each name
 * {@code -?[_a-zA-Z\u00A0-\uFFFF][_a-zA-Z0-9\u00A0-\uFFFF-]*}. Read in one pass, linear in the text; no other
 * selector grammar is ever evaluated. Stateless and thread-safe. Not API: exported to Copydesk's own
 * modules only.
 */
public final class ClassSelectors {

    private ClassSelectors() {
    }

    /**
     * The class names of a class selector.
     *
     * @param selector the selector as written; white space around it is ignored
     * @return the class names, in order, or {@code null} when the text is not a class selector
     */
    public static List<String> classes(String selector) {
        String s = selector.strip();
        List<String> names = new ArrayList<>(2);
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '.') {
                return null;
            }
            int start = ++i;
            if (i < s.length() && s.charAt(i) == '-') {
                i++;
            }
            if (i >= s.length() || !nameStart(s.charAt(i))) {
                return null;
            }
            i++;
            while (i < s.length() && nameChar(s.charAt(i))) {
                i++;
            }
            names.add(s.substring(start, i));
        }
        return names.isEmpty() ? null : names;
    }

    private static boolean nameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= '\u00A0';
    }

    private static boolean nameChar(char c) {
        return nameStart(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
