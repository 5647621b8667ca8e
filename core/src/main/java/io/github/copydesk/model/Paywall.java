package io.github.copydesk.model;

import java.util.List;

import io.github.copydesk.internal.Checks;

/**
 * Whether an article is free to read, and which sections of its page are behind the paywall, named
 * by CSS selector ({@code .paywall}). Google Search requires class selectors; that is checked by
 * validation, not here.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>accessibleForFree</td><td>no</td><td>a free article has no paywalled sections</td><td>-</td></tr>
 * <tr><td>sections</td><td>no (may be empty)</td><td>no null, blank or multi-line selector; copied, unmodifiable</td><td>-</td></tr>
 * </table>
 *
 * @param accessibleForFree whether the article can be read without paying
 * @param sections CSS selectors of the paywalled sections
 */
public record Paywall(boolean accessibleForFree, List<String> sections) {

    /** A free article. */
    public static final Paywall FREE = new Paywall(true, List.of());

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code sections} or one of its elements is null
     * @throws IllegalArgumentException if a selector is blank or spans lines, or a free article names
     *         paywalled sections
     */
    public Paywall {
        sections = Checks.texts(sections, "sections");
        for (int i = 0; i < sections.size(); i++) {
            String selector = sections.get(i);
            if (selector.isBlank() || selector.indexOf('\n') >= 0 || selector.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("sections[" + i + "] must be a one-line CSS selector: " + Checks.quote(selector));
            }
        }
        if (accessibleForFree && !sections.isEmpty()) {
            throw new IllegalArgumentException("a free article has no paywalled sections: " + sections);
        }
    }

    /**
     * A paywalled article.
     *
     * @param sections CSS selectors of the paywalled sections, such as {@code .paywall}
     * @return the paywall
     * @throws NullPointerException if {@code sections} or one of its elements is null
     * @throws IllegalArgumentException if a selector is blank
     */
    public static Paywall of(String... sections) {
        return new Paywall(false, java.util.Arrays.asList(java.util.Objects.requireNonNull(sections, "sections")));
    }
}
