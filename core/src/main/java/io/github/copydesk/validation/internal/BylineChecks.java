package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Person;

/**
 * The checks of the rules about who made the article: the byline, its authors and their names.
 * Each is an {@link ArticleCheck} named by its rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public final class BylineChecks {

    private BylineChecks() {
    }

    /**
     * {@code google.author.expected}: the byline names an author (one finding, not one per missing property).
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorExpected(Article article, Consumer<String> report) {
        if (article.byline() == null || article.byline().withRole(ContributorRole.AUTHOR).isEmpty()) {
            report.accept("byline");
        }
    }

    /**
     * {@code google.author.url.expected}: each author has a {@code url} or {@code sameAs}.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorUrlExpected(Article article, Consumer<String> report) {
        ArticleParts.authors(article, (author, path) -> {
            if (author.party().url() == null && author.party().sameAs().isEmpty()) {
                report.accept(path + ".party");
            }
        });
    }

    /**
     * {@code google.author.name.one-person}: no author's name joins several people.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorOnePerson(Article article, Consumer<String> report) {
        authorNames(article, AuthorNames.Problem.SEVERAL_PEOPLE, report);
    }

    /**
     * {@code google.author.name.no-prefix}: no author's name starts with "By".
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorNoPrefix(Article article, Consumer<String> report) {
        authorNames(article, AuthorNames.Problem.PREFIX, report);
    }

    /**
     * {@code google.author.name.no-job-title}: no author's name holds a job title.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorNoJobTitle(Article article, Consumer<String> report) {
        authorNames(article, AuthorNames.Problem.JOB_TITLE, report);
    }

    /**
     * {@code google.author.name.no-honorific}: no author's name holds an honorific.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorNoHonorific(Article article, Consumer<String> report) {
        authorNames(article, AuthorNames.Problem.HONORIFIC, report);
    }

    /**
     * {@code google.author.name.no-publisher}: no author's name holds the publisher or another organization.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void authorNoPublisher(Article article, Consumer<String> report) {
        authorNames(article, AuthorNames.Problem.ORGANIZATION, report);
    }

    /**
     * {@code editorial.byline.expected}: the article has a byline.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void bylineExpected(Article article, Consumer<String> report) {
        if (article.byline() == null) {
            report.accept("byline");
        }
    }

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
