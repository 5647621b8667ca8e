package io.github.copydesk.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.model.Article;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;

/**
 * Lints one input at a time: reads it, validates each article it holds, and checks the page. Never
 * throws for an input: what cannot be read is the result's {@link FileResult#error()}.
 */
final class Linter {

    private static final Comparator<Item> BY_SEVERITY = Comparator.comparing(Item::severity);

    private final JsonLdReader reader;
    private final ArticleValidator validator;
    private final Set<Profile> profiles;
    private final Locale locale;
    private final InputStream stdin;

    Linter(JsonLdReader reader, ArticleValidator validator, Set<Profile> profiles, Locale locale, InputStream stdin) {
        this.reader = reader;
        this.validator = validator;
        this.profiles = Set.copyOf(profiles);
        this.locale = locale;
        this.stdin = stdin;
    }

    FileResult lint(Input input) {
        String path = input.display();
        Page page;
        try {
            page = Page.load(input, stdin, reader);
        } catch (Page.Unreadable e) {
            return FileResult.unreadable(path, e.getMessage());
        }
        List<Item> findings = new ArrayList<>();
        if (page.isHtml() && page.blockCount() == 0) {
            findings.add(Item.page(PageRule.JSONLD_MISSING, "$", "The page has no <script type=\"application/ld+json\"> element, "
                    + "so search engines find no article markup in it. Add the article's JSON-LD to the page "
                    + "(copydesk convert --html writes the element)."));
            return new FileResult(path, null, findings, List.of());
        }
        ReadResult read;
        try {
            read = page.read(reader);
        } catch (ReadException e) {
            return FileResult.unreadable(path, e.getMessage() + "; the file is not read further");
        }
        for (ReadFinding f : read.findings()) {
            findings.add(Item.of(f));
        }
        findings.sort(BY_SEVERITY);   // stable: the reader's order within a severity
        if (read.articles().isEmpty()) {
            findings.add(Item.page(PageRule.ARTICLE_MISSING, "$", (read.hasErrors()
                    ? "No article could be recovered: the reader's errors above say why. "
                    : "The JSON-LD holds no node of an Article type (NewsArticle and its subtypes, Article, BlogPosting, ...). ")
                    + (page.isHtml() ? "Check the page's JSON-LD." : "If this block belongs to a page, lint the page, whose blocks are read together.")));
        }
        List<FileResult.ArticleResult> articles = new ArrayList<>(read.articles().size());
        for (Article article : read.articles()) {
            List<Item> items = new ArrayList<>();
            for (Finding f : validator.validate(article, locale, profiles).findings()) {
                items.add(Item.of(f));
            }
            if (page.isHtml()) {
                items.addAll(PageChecks.paywall(article, page.document()));
                items.sort(BY_SEVERITY);   // stable: the report's order within a severity
            }
            articles.add(new FileResult.ArticleResult(article.type().schemaOrgType(), article.headline(),
                    article.url() == null ? null : article.url().toString(), items));
        }
        return new FileResult(path, null, findings, articles);
    }
}
