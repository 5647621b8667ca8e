package io.github.copydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.validation.Severity;

/**
 * Lint's output for people: per file its articles and their findings, then the summary line.
 *
 * <pre>
 * == site/article.html  (1 article: 1 error, 1 warning, 0 info)
 *    file:
 *      WARNING  read.date.repaired at block 0 $.datePublished
 *               "2024-04-30 16:38:37 +02:00" has a space in place of the T: read as 2024-04-30T16:38:37+02:00
 *    article 1: NewsArticle "Headline"
 *               https://example.com/news/headline
 *      ERROR    page.paywall.section.missing at paywall.sections[0]
 *               No element of the page matches ...
 *               See https://developers.google.com/search/docs/appearance/structured-data/paywalled-content
 * </pre>
 */
final class TextReport implements Report {

    private static final String INDENT = "              ";

    private final PrintWriter out;
    private final Progress progress;

    TextReport(PrintWriter out, Progress progress) {
        this.out = out;
        this.progress = progress;
    }

    @Override
    public void start() {
        // nothing before the first file
    }

    @Override
    public void file(FileResult r) {
        progress.clear();
        out.print("== ");
        out.print(r.path());
        if (r.error() != null) {
            out.println("  (could not be read)");
            out.print("     ");
            out.print(String.format(Locale.ROOT, "%-8s ", Severity.ERROR));
            out.println(r.error());
        } else {
            long errors = r.count(Severity.ERROR);
            long warnings = r.count(Severity.WARNING);
            long info = r.count(Severity.INFO);
            out.println(String.format(Locale.ROOT, "  (%s: %s, %s, %d info)", Summary.plural(r.articles().size(), "article"),
                    Summary.plural(errors, "error"), Summary.plural(warnings, "warning"), info));
            if (!r.findings().isEmpty()) {
                out.println("   file:");
                items(r.findings());
            }
            List<FileResult.ArticleResult> articles = r.articles();
            for (int i = 0; i < articles.size(); i++) {
                FileResult.ArticleResult a = articles.get(i);
                String head = "   article " + (i + 1) + ": ";
                out.print(head);
                out.print(a.type());
                out.print(' ');
                out.println(a.headline() == null ? "(no headline)" : "\"" + a.headline() + "\"");
                out.print(" ".repeat(head.length()));
                out.println(a.url() == null ? "(no URL)" : a.url());
                items(a.findings());
            }
        }
        out.flush();
    }

    private void items(List<Item> items) {
        for (Item f : items) {
            out.print("     ");
            out.print(String.format(Locale.ROOT, "%-8s ", f.severity()));
            out.print(f.rule());
            out.print(" at ");
            out.println(f.where());
            out.print(INDENT);
            out.println(f.message());
            if (f.guideline() != null) {
                out.print(INDENT);
                out.print("See ");
                out.println(f.guideline());
            }
        }
    }

    @Override
    public void end(Summary summary) {
        progress.clear();
        out.println();
        out.println(summary.line());
        out.flush();
    }
}
