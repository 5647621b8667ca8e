package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Person;

/**
 * The checks of the rules about who made the article: the byline, its authors and their names. Each
 * constant is the {@link ArticleCheck} of one rule, named by the rule's entry in
 * {@link io.github.copydesk.validation.Rule}.
 */
public enum BylineChecks implements ArticleCheck {

    /** {@code google.author.expected}: the byline names an author (one finding, not one per missing property). */
    AUTHOR_EXPECTED,
    /** {@code google.author.url.expected}: each author has a {@code url} or {@code sameAs}. */
    AUTHOR_URL_EXPECTED,
    /** {@code google.author.name.one-person}: no author's name joins several people. */
    AUTHOR_ONE_PERSON,
    /** {@code google.author.name.no-prefix}: no author's name starts with "By". */
    AUTHOR_NO_PREFIX,
    /** {@code google.author.name.no-job-title}: no author's name holds a job title. */
    AUTHOR_NO_JOB_TITLE,
    /** {@code google.author.name.no-honorific}: no author's name holds an honorific. */
    AUTHOR_NO_HONORIFIC,
    /** {@code google.author.name.no-publisher}: no author's name holds the publisher or another organization. */
    AUTHOR_NO_PUBLISHER,
    /** {@code editorial.byline.expected}: the article has a byline. */
    BYLINE_EXPECTED;

    @Override
    public void check(Article article, Consumer<String> report) {
        switch (this) {
            case AUTHOR_EXPECTED -> {
                if (article.byline() == null || article.byline().withRole(ContributorRole.AUTHOR).isEmpty()) {
                    report.accept("byline");
                }
            }
            case AUTHOR_URL_EXPECTED -> ArticleParts.authors(article, (author, path) -> {
                if (author.party().url() == null && author.party().sameAs().isEmpty()) {
                    report.accept(path + ".party");
                }
            });
            case AUTHOR_ONE_PERSON -> authorNames(article, AuthorNames.Problem.SEVERAL_PEOPLE, report);
            case AUTHOR_NO_PREFIX -> authorNames(article, AuthorNames.Problem.PREFIX, report);
            case AUTHOR_NO_JOB_TITLE -> authorNames(article, AuthorNames.Problem.JOB_TITLE, report);
            case AUTHOR_NO_HONORIFIC -> authorNames(article, AuthorNames.Problem.HONORIFIC, report);
            case AUTHOR_NO_PUBLISHER -> authorNames(article, AuthorNames.Problem.ORGANIZATION, report);
            case BYLINE_EXPECTED -> {
                if (article.byline() == null) {
                    report.accept("byline");
                }
            }
            default -> throw new IllegalStateException("no check for " + this);
        }
    }

    /** Reports each author whose name has the problem. */
    private static void authorNames(Article article, AuthorNames.Problem problem, Consumer<String> report) {
        String publisher = article.publisher() == null ? null : article.publisher().name();
        ArticleParts.authors(article, (author, path) -> {
            String name = author.party().name();
            if (name != null && AuthorNames.problems(name, author.party() instanceof Person, publisher).contains(problem)) {
                report.accept(path + ".party.name");
            }
        });
    }
}
