package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.NewsDate;

/**
 * The checks of the rules about the article's dates: which are there, whether they carry a time
 * zone, and whether they tell one story. Dates are compared by {@link NewsDate#isAfter(NewsDate)}:
 * by calendar day when either is date-only, so the same day passes; an absent date passes. Each is
 * an {@link ArticleCheck} named by its rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public final class DateChecks {

    private DateChecks() {
    }

    /**
     * {@code publishable.date-modified.not-before-published}, reported on {@code dateModified}.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void modifiedNotBeforePublished(Article article, Consumer<String> report) {
        if (isAfter(article.datePublished(), article.dateModified())) {
            report.accept("dateModified");
        }
    }

    /**
     * {@code publishable.date-created.not-after-published}, reported on {@code datePublished}.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void createdNotAfterPublished(Article article, Consumer<String> report) {
        if (isAfter(article.dateCreated(), article.datePublished())) {
            report.accept("datePublished");
        }
    }

    /**
     * {@code google.date-published.expected}: the article has a publication date.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void publishedExpected(Article article, Consumer<String> report) {
        if (article.datePublished() == null) {
            report.accept("datePublished");
        }
    }

    /**
     * {@code google.date-modified.expected}: the article has a modification date.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void modifiedExpected(Article article, Consumer<String> report) {
        if (article.dateModified() == null) {
            report.accept("dateModified");
        }
    }

    /**
     * {@code google.date.time-zone.expected}: the publication and modification dates are not date-only.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void timeZoneExpected(Article article, Consumer<String> report) {
        if (article.datePublished() != null && article.datePublished().isDateOnly()) {
            report.accept("datePublished");
        }
        if (article.dateModified() != null && article.dateModified().isDateOnly()) {
            report.accept("dateModified");
        }
    }

    private static boolean isAfter(NewsDate first, NewsDate second) {
        return first != null && second != null && first.isAfter(second);
    }
}
