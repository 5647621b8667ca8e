package io.github.copydesk.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.jsonld.PageLint;
import io.github.copydesk.jsonld.Verdict;
import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.validation.Finding;

/**
 * Lints one input at a time with the library's {@link PageLint}, so that a page gets the same verdicts
 * here as through the library. Never throws for an input: what cannot be read is the result's
 * {@link FileResult#error()}.
 */
final class Linter {

    private static final Comparator<Item> BY_SEVERITY = Comparator.comparing(Item::severity);

    private final PageLint lint;
    private final NinjsReader ninjs;
    private final long maxJson;
    private final Locale locale;
    private final InputStream stdin;

    Linter(PageLint lint, NinjsReader ninjs, long maxJson, Locale locale, InputStream stdin) {
        this.lint = lint;
        this.ninjs = ninjs;
        this.maxJson = maxJson;
        this.locale = locale;
        this.stdin = stdin;
    }

    FileResult lint(Input input) {
        String path = input.display();
        if (input.skipped() != null) {
            return new FileResult(path, null, List.of(Item.skipped(input.skipped())), List.of());
        }
        Page page;
        try {
            page = Page.load(input, stdin, maxJson);
        } catch (Page.Unreadable e) {
            return FileResult.unreadable(path, e.getMessage());
        }
        Verdict verdict;
        try {
            verdict = switch (page.format()) {
                case HTML -> lint.lint(page.html(), locale);
                case JSONLD -> lint.lint(page.json(), locale);
                // a wire item: the same profiles, before it is published
                case NINJS -> lint.lint(ninjs.read(page.json(), StandardCharsets.UTF_8), locale);
            };
        } catch (ReadException e) {
            return FileResult.unreadable(path, e.getMessage() + "; the file is not read further");
        }
        List<Item> findings = new ArrayList<>();
        for (ReadFinding f : verdict.findings()) {
            findings.add(Item.of(f));
        }
        findings.sort(BY_SEVERITY);   // stable: the reader's order within a severity
        for (Finding f : verdict.page()) {
            findings.add(Item.of(f));
        }
        List<FileResult.ArticleResult> articles = new ArrayList<>(verdict.articles().size());
        for (Verdict.ArticleVerdict a : verdict.articles()) {
            List<Item> items = new ArrayList<>(a.findings().size());
            for (Finding f : a.findings()) {
                items.add(Item.of(f));
            }
            Article article = a.article();
            articles.add(new FileResult.ArticleResult(article.type().schemaOrgType(), article.headline(),
                    article.url() == null ? null : article.url().toString(), items));
        }
        return new FileResult(path, null, findings, articles);
    }
}
