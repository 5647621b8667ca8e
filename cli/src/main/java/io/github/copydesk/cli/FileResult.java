package io.github.copydesk.cli;

import java.util.List;

import io.github.copydesk.validation.Severity;

/**
 * What lint found in one input: the articles with their findings, the findings about the input as a
 * whole, or why it could not be read.
 *
 * @param path the input as the user named it ({@code -} for standard input)
 * @param error why the input could not be read at all, or {@code null} when it was read
 * @param findings the reader's findings and the checks of the input as a whole
 * @param articles the articles, in document order
 */
record FileResult(String path, String error, List<Item> findings, List<ArticleResult> articles) {

    FileResult {
        findings = List.copyOf(findings);
        articles = List.copyOf(articles);
    }

    /** An input that could not be read. */
    static FileResult unreadable(String path, String error) {
        return new FileResult(path, error, List.of(), List.of());
    }

    /** @return how many findings of the severity, in the file and its articles; an unreadable file counts as one error */
    long count(Severity severity) {
        long n = findings.stream().filter(f -> f.severity() == severity).count();
        for (ArticleResult a : articles) {
            n += a.findings().stream().filter(f -> f.severity() == severity).count();
        }
        if (error != null && severity == Severity.ERROR) {
            n++;
        }
        return n;
    }

    /**
     * One article found.
     *
     * @param type its schema.org type ({@code NewsArticle})
     * @param headline its headline, or {@code null}
     * @param url its canonical URL, or {@code null}
     * @param findings the validation findings and the page's checks of the article
     */
    record ArticleResult(String type, String headline, String url, List<Item> findings) {
        ArticleResult {
            findings = List.copyOf(findings);
        }
    }
}
