package io.github.copydesk.jsonld;

import java.util.List;
import java.util.Objects;

import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Severity;

/**
 * How {@link PageLint} judges one input: what reading it found, what its page shows about it as a
 * whole, and each article with its findings.
 *
 * @param findings what the reader found, in the order found: repairs, what it could not read, and the
 *        rules the markup as written breaks where the reader repaired it ({@link ReadFinding#rule()}), at
 *        the severity the validator gives them
 * @param page findings about the input as a whole: {@link PageRule#JSONLD_MISSING},
 *        {@link PageRule#ARTICLE_MISSING}
 * @param articles the articles, in document order, each with its findings
 */
public record Verdict(List<ReadFinding> findings, List<Finding> page, List<ArticleVerdict> articles) {

    /**
     * One article and its findings: validation against the chosen profiles, and the checks of what only
     * its page can show ({@link PageRule}), most severe first.
     *
     * @param article the article as read
     * @param findings its findings
     */
    public record ArticleVerdict(Article article, List<Finding> findings) {

        /**
         * Checks and copies.
         *
         * @throws NullPointerException if a parameter or an element is null
         */
        public ArticleVerdict {
            Objects.requireNonNull(article, "article");
            findings = List.copyOf(findings);
        }
    }

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a list or an element is null
     */
    public Verdict {
        findings = List.copyOf(findings);
        page = List.copyOf(page);
        articles = List.copyOf(articles);
    }

    /** @return whether any finding is an {@link Severity#ERROR ERROR} */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || page.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || articles.stream().anyMatch(a -> a.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
    }
}
