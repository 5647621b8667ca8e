package io.github.copydesk.read;

import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.Severity;

/**
 * What a reader read from its input (the blocks of one page, or one document): the articles found, in document
 * order, and the findings, in the order they were made.
 *
 * @param articles the articles found, in document order
 * @param findings what could not be read as written
 */
public record ReadResult(List<Article> articles, List<ReadFinding> findings) {

    /**
     * Checks and copies both lists.
     *
     * @throws NullPointerException if a list or an element is null
     */
    public ReadResult {
        articles = List.copyOf(articles);
        findings = List.copyOf(findings);
    }

    /** @return whether a finding is an {@link Severity#ERROR ERROR}: some value was not readable */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity
     * @return those findings, in order; unmodifiable
     * @throws NullPointerException if {@code severity} is null
     */
    public List<ReadFinding> findings(Severity severity) {
        java.util.Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
