package io.github.copydesk.cli;

import java.net.URI;

import io.github.copydesk.validation.Severity;

/**
 * The command line's own checks: what only the page, or the input as a whole, can show. Their ids
 * start with {@code page.}, beside the library's rule ids ({@code publishable.}, {@code google.},
 * {@code editorial.}).
 */
enum PageRule {
    /** A paywalled section's {@code cssSelector} matches nothing on the page. */
    PAYWALL_SECTION_MISSING("page.paywall.section.missing", Severity.ERROR, Guides.PAYWALL),
    /** A paywalled section lies inside another paywalled section. */
    PAYWALL_SECTION_NESTED("page.paywall.section.nested", Severity.ERROR, Guides.PAYWALL),
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

    /** @return the stable id */
    String id() {
        return id;
    }

    /** @return the severity */
    Severity severity() {
        return severity;
    }

    /** @return the guideline the check comes from */
    URI guideline() {
        return guideline;
    }

    private static final class Guides {
        static final String ARTICLE = "https://developers.google.com/search/docs/appearance/structured-data/article";
        static final String PAYWALL = "https://developers.google.com/search/docs/appearance/structured-data/paywalled-content";
    }
}
