package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.NewsDate;

/**
 * The checks of the rules about the article's dates: which are there, whether they carry a time
 * zone, and whether they tell one story. Dates are compared by {@link NewsDate#isAfter(NewsDate)}: by
 * calendar day when either is date-only, so the same day passes; an absent date passes. Each
 * constant is the {@link ArticleCheck} of one rule, named by the rule's entry in
 * {@link io.github.copydesk.validation.Rule}.
 */
public enum DateChecks implements ArticleCheck {

    /** {@code publishable.date-modified.not-before-published}, reported on {@code dateModified}. */
    MODIFIED_NOT_BEFORE_PUBLISHED,
    /** {@code publishable.date-created.not-after-published}, reported on {@code datePublished}. */
    CREATED_NOT_AFTER_PUBLISHED,
    /**
     * {@code publishable.date-published.not-before-embargo}, reported on {@code datePublished}: a date-only
     * publication date on the embargo's day passes.
     */
    PUBLISHED_NOT_BEFORE_EMBARGO,
    /** {@code google.date-published.expected}: the article has a publication date. */
    PUBLISHED_EXPECTED,
    /** {@code google.date-modified.expected}: the article has a modification date. */
    MODIFIED_EXPECTED,
    /** {@code google.date.time-zone.expected}: the publication and modification dates are not date-only. */
    TIME_ZONE_EXPECTED;

    @Override
    public void check(Article article, Consumer<String> report) {
        switch (this) {
            case MODIFIED_NOT_BEFORE_PUBLISHED -> {
                if (isAfter(article.datePublished(), article.dateModified())) {
                    report.accept("dateModified");
                }
            }
            case CREATED_NOT_AFTER_PUBLISHED -> {
                if (isAfter(article.dateCreated(), article.datePublished())) {
                    report.accept("datePublished");
                }
            }
            case PUBLISHED_NOT_BEFORE_EMBARGO -> {
                if (isAfter(article.embargoedUntil(), article.datePublished())) {
                    report.accept("datePublished");
                }
            }
            case PUBLISHED_EXPECTED -> {
                if (article.datePublished() == null) {
                    report.accept("datePublished");
                }
            }
            case MODIFIED_EXPECTED -> {
                if (article.dateModified() == null) {
                    report.accept("dateModified");
                }
            }
            case TIME_ZONE_EXPECTED -> {
                if (article.datePublished() != null && article.datePublished().isDateOnly()) {
                    report.accept("datePublished");
                }
                if (article.dateModified() != null && article.dateModified().isDateOnly()) {
                    report.accept("dateModified");
                }
            }
            default -> throw new IllegalStateException("no check for " + this);
        }
    }

    private static boolean isAfter(NewsDate first, NewsDate second) {
        return first != null && second != null && first.isAfter(second);
    }
}
