package io.github.copydesk.validation.internal;

import java.util.EnumSet;
import java.util.Set;
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
    AUTHOR_ONE_PERSON(AuthorNames.Problem.SEVERAL_PEOPLE),
    /** {@code google.author.name.no-prefix}: no author's name starts with "By". */
    AUTHOR_NO_PREFIX(AuthorNames.Problem.PREFIX),
    /** {@code google.author.name.no-job-title}: no author's name holds a job title. */
    AUTHOR_NO_JOB_TITLE(AuthorNames.Problem.JOB_TITLE),
    /** {@code google.author.name.no-honorific}: no author's name holds an honorific. */
    AUTHOR_NO_HONORIFIC(AuthorNames.Problem.HONORIFIC),
    /** {@code google.author.name.no-publisher}: no author's name holds the publisher or another organization. */
    AUTHOR_NO_PUBLISHER(AuthorNames.Problem.ORGANIZATION),
    /** {@code google.author.name.no-initials}: no author's name has initials or a handle after it. */
    AUTHOR_NO_INITIALS(AuthorNames.Problem.INITIALS),
    /** {@code editorial.byline.expected}: the article has a byline. */
    BYLINE_EXPECTED;

    /** The author-name problem this check reports, or {@code null} for a check of something else. */
    private final AuthorNames.Problem problem;

    BylineChecks() {
        this(null);
    }

    BylineChecks(AuthorNames.Problem problem) {
        this.problem = problem;
    }

    /**
     * Whether this check reports an author's name that has one of some problems.
     *
     * @param name the name as written
     * @param person whether the author is a person
     * @param publisher the publisher's name, or {@code null}
     * @return whether the name breaks this check's rule
     */
    public boolean breaks(String name, boolean person, String publisher) {
        return problem != null && AuthorNames.problems(name, person, publisher).contains(problem);
    }

    /**
     * The checks whose rules an author's name, as written, breaks: the name read once for all of them.
     *
     * @param name the name as written
     * @param person whether the author is a person
     * @param publisher the publisher's name, or {@code null}
     * @return the checks, possibly none
     */
    public static Set<BylineChecks> brokenBy(String name, boolean person, String publisher) {
        Set<AuthorNames.Problem> problems = AuthorNames.problems(name, person, publisher);
        Set<BylineChecks> broken = EnumSet.noneOf(BylineChecks.class);
        for (BylineChecks check : values()) {
            if (check.problem != null && problems.contains(check.problem)) {
                broken.add(check);
            }
        }
        return broken;
    }

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
            case AUTHOR_ONE_PERSON, AUTHOR_NO_PREFIX, AUTHOR_NO_JOB_TITLE, AUTHOR_NO_HONORIFIC, AUTHOR_NO_PUBLISHER,
                    AUTHOR_NO_INITIALS -> authorNames(article, report);
            case BYLINE_EXPECTED -> {
                if (article.byline() == null) {
                    report.accept("byline");
                }
            }
            default -> throw new IllegalStateException("no check for " + this);
        }
    }

    /** Reports each author whose name breaks this check's rule. */
    private void authorNames(Article article, Consumer<String> report) {
        String publisher = article.publisher() == null ? null : article.publisher().name();
        ArticleParts.authors(article, (author, path) -> {
            String name = author.party().name();
            if (name != null && breaks(name, author.party() instanceof Person, publisher)) {
                report.accept(path + ".party.name");
            }
        });
    }
}
