package io.github.copydesk.jsonld;

import java.net.URI;
import java.util.Objects;

import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Severity;

/**
 * The checks of what only an input as a whole, or only its HTML page, can show, beside the model's
 * rules ({@link io.github.copydesk.validation.Rule}). Their ids start with {@code page.}; they are
 * checked by {@link PageLint}.
 */
public enum PageRule {
    /** A paywalled section's {@code cssSelector} matches no element of the page. */
    PAYWALL_SECTION_MISSING("page.paywall.section.missing", Severity.ERROR, Guides.PAYWALL),
    /** A paywalled section lies inside another paywalled section (Google: "don't nest sections"). */
    PAYWALL_SECTION_NESTED("page.paywall.section.nested", Severity.ERROR, Guides.PAYWALL),
    /**
     * An article names more paywalled sections than {@link PageLint.Builder#maxPaywallSections(int)}; the
     * page was checked for the first ones.
     */
    PAYWALL_SECTIONS_UNCHECKED("page.paywall.sections.unchecked", Severity.WARNING, Guides.PAYWALL),
    /** An HTML page has no {@code application/ld+json} script element. */
    JSONLD_MISSING("page.jsonld.missing", Severity.WARNING, Guides.ARTICLE),
    /** The input has JSON-LD but no article in it. */
    ARTICLE_MISSING("page.article.missing", Severity.WARNING, Guides.ARTICLE);

    private final String id;
    private final Severity severity;
    private final URI guideline;

    PageRule(String id, Severity severity, String guideline) {
        this.id = id;
        this.severity = severity;
        this.guideline = URI.create(guideline);
    }

    /** @return the stable id, such as {@code page.paywall.section.nested} */
    public String id() {
        return id;
    }

    /** @return the severity */
    public Severity severity() {
        return severity;
    }

    /** @return the guideline the check comes from */
    public URI guideline() {
        return guideline;
    }

    /**
     * A finding of this check.
     *
     * @param path where: a property path in the article, or {@code $} for the input as a whole
     * @param message what is wrong and what to do
     * @return the finding
     * @throws NullPointerException if a parameter is null
     */
    public Finding finding(String path, String message) {
        return new Finding(severity, id, Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"),
                guideline);
    }

    private static final class Guides {
        static final String ARTICLE = "https://developers.google.com/search/docs/appearance/structured-data/article";
        static final String PAYWALL = "https://developers.google.com/search/docs/appearance/structured-data/paywalled-content";
    }
}
