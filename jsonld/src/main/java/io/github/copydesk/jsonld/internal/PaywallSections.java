package io.github.copydesk.jsonld.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.github.copydesk.internal.ClassSelectors;
import io.github.copydesk.jsonld.PageRule;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.validation.Finding;

/**
 * What only the HTML page can show about an article's paywalled sections: that each section's class
 * selector names an element of the page, and that no paywalled section lies inside another (Google's
 * paywall guideline: "don't nest sections"). Only class selectors are evaluated, by Copydesk's own
 * grammar ({@link ClassSelectors}); a section named otherwise breaks {@code google.paywall.class-selector},
 * which validation reports, and is not looked for on the page.
 *
 * <p>One walk of the page, holding the sections open at each element on a stack: the work is the page's
 * elements times the sections checked, which the caller bounds, and each section gets at most one finding
 * of each kind (nesting names the nearest paywalled element around it). Stateless and thread-safe.
 */
public final class PaywallSections {

    private PaywallSections() {
    }

    /**
     * Checks an article's paywalled sections against its page.
     *
     * @param paywall the article's paywall, or {@code null}
     * @param page the page's classed elements
     * @param max the most sections checked (the first ones); more give one finding that says so
     * @return the findings, in section order
     */
    public static List<Finding> check(Paywall paywall, ClassedElements page, int max) {
        if (paywall == null || paywall.accessibleForFree() || paywall.sections().isEmpty()) {
            return List.of();
        }
        List<String> selectors = paywall.sections();
        int n = Math.min(selectors.size(), max);
        List<Set<String>> classes = new ArrayList<>(n);
        for (String selector : selectors.subList(0, n)) {
            List<String> names = ClassSelectors.classes(selector);
            classes.add(names == null ? null : Set.copyOf(names));
        }
        Walk walk = new Walk(classes);
        walk.run(page);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (classes.get(i) == null) {
                continue;
            }
            if (walk.matches[i] == 0) {
                findings.add(PageRule.PAYWALL_SECTION_MISSING.finding(path(i), "No element of the page matches the paywalled "
                        + "section's cssSelector \"" + selectors.get(i) + "\". Put the class on the element that holds the paywalled "
                        + "text, or correct the cssSelector in the JSON-LD."));
            }
            int j = walk.inside[i];
            if (j >= 0) {
                String in = j == i ? "another element it matches" : "the paywalled section \"" + selectors.get(j) + "\" ("
                        + path(j) + ")";
                findings.add(PageRule.PAYWALL_SECTION_NESTED.finding(path(i), "The paywalled section \"" + selectors.get(i)
                        + "\" lies inside " + in + ". Paywalled sections must not nest: mark only the outermost element "
                        + "of each paywalled part of the page."));
            }
        }
        if (selectors.size() > n) {
            findings.add(PageRule.PAYWALL_SECTIONS_UNCHECKED.finding("paywall.sections", "The article names "
                    + selectors.size() + " paywalled sections; the page was checked for the first " + n + " (PageLint.Builder"
                    + ".maxPaywallSections). Name each paywalled part of the page once."));
        }
        return findings;
    }

    private static String path(int i) {
        return "paywall.sections[" + i + "]";
    }

    /** One pass over the page's classed elements, holding the sections open at each on a stack. */
    private static final class Walk {
        private static final int[] NONE = new int[0];

        private final List<Set<String>> classes;
        final int[] matches;
        /** Per section: a section it was first found inside (itself when inside an element it also matches), or -1. */
        final int[] inside;
        private final int[] open;
        private final int[] found;
        /** The open classed elements, innermost last: their depths, and the sections each matches. */
        private final ArrayDeque<Integer> depths = new ArrayDeque<>();
        private final ArrayDeque<int[]> elements = new ArrayDeque<>();
        /** Per open element that matches a section, innermost last: the first of them. */
        private final ArrayDeque<Integer> sections = new ArrayDeque<>();

        Walk(List<Set<String>> classes) {
            this.classes = classes;
            int n = classes.size();
            this.matches = new int[n];
            this.inside = new int[n];
            Arrays.fill(inside, -1);
            this.open = new int[n];
            this.found = new int[n];
        }

        void run(ClassedElements page) {
            for (int e = 0; e < page.size(); e++) {
                while (!depths.isEmpty() && depths.peek() >= page.floor(e)) {
                    close();
                }
                open(page.classes(e));
                depths.push(page.depth(e));
            }
        }

        private void open(Set<String> names) {
            int count = 0;
            for (int i = 0; i < classes.size(); i++) {
                if (classes.get(i) != null && names.containsAll(classes.get(i))) {
                    found[count++] = i;
                }
            }
            int[] own = count == 0 ? NONE : Arrays.copyOf(found, count);
            for (int i : own) {
                matches[i]++;
                if (inside[i] < 0 && !sections.isEmpty()) {
                    inside[i] = open[i] > 0 ? i : sections.peek();
                }
            }
            for (int i : own) {
                open[i]++;
            }
            elements.push(own);
            if (own.length > 0) {
                sections.push(own[0]);
            }
        }

        private void close() {
            depths.pop();
            int[] own = elements.pop();
            for (int i : own) {
                open[i]--;
            }
            if (own.length > 0) {
                sections.pop();
            }
        }
    }
}
