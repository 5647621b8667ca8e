package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.github.copydesk.model.Image;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.testing.CraftedPages;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageLintTest {

    private static final PageLint LINT = PageLint.create();

    static Stream<CraftedPages.Page> crafted() {
        return CraftedPages.all().stream();
    }

    /** Every finding of a verdict, written as the crafted pages' table writes them. */
    static Set<String> findings(Verdict verdict) {
        Set<String> all = new TreeSet<>();
        for (ReadFinding f : verdict.findings()) {
            all.add(f.severity() + " " + (f.rule() != null ? f.rule().id() : f.code().id()) + " " + f.path());
        }
        Stream.concat(verdict.page().stream(), verdict.articles().stream().flatMap(a -> a.findings().stream()))
                .forEach((Finding f) -> all.add(f.severity() + " " + f.rule() + " " + f.path()));
        return all;
    }

    static Verdict lint(PageLint lint, CraftedPages.Page page) {
        return page.html() ? lint.lint(HtmlPage.parse(page.bytes()), Locale.ENGLISH) : lint.lint(page.bytes(), Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crafted")
    void lint_craftedPage_exactlyTheExpectedWarningsAndErrors(CraftedPages.Page page) {
        Set<String> all = findings(lint(LINT, page));

        Set<String> judged = new TreeSet<>(all);
        judged.removeIf(f -> f.startsWith("INFO "));
        assertEquals(new TreeSet<>(page.verdict()), judged, () -> "all findings: " + all);
        assertTrue(all.containsAll(page.infos()), () -> "expected " + page.infos() + " among " + all);
    }

    @Test
    void lint_pageShowsTheImage_altTextFromTheImgElement() {
        CraftedPages.Page page = page("page with an image shown with alt text");

        Image image = (Image) lint(LINT, page).articles().get(0).article().media().get(0);

        assertEquals("Cranes unload a ship in the reopened harbour", image.altText());
    }

    @Test
    void lint_canonicalLink_isTheArticleUrl() {
        Verdict verdict = lint(LINT, page("page with a canonical link and no url in its markup"));

        assertEquals(URI.create("https://example.com/news/harbour-reopens"), verdict.articles().get(0).article().url());
    }

    @Test
    void lint_latin1Page_readAsWritten() {
        Verdict verdict = lint(LINT, page("page in ISO-8859-1 without a charset"));

        assertEquals("Porto reabre após a tempestade", verdict.articles().get(0).article().headline());
    }

    @Test
    void lint_repairedAuthor_modelKeepsTheRepairedName() {
        Verdict verdict = lint(LINT, page("author named with By"));

        assertEquals("Ana Ribeiro", verdict.articles().get(0).article().byline().contributors().get(0).party().name());
    }

    @Test
    void lint_ruleSwitchedOff_readerFindingOfTheRuleLeftOut() {
        PageLint lint = PageLint.builder().validator(ArticleValidator.builder().disable(Rule.GOOGLE_AUTHOR_NO_PREFIX).build()).build();

        Set<String> all = findings(lint(lint, page("author named with By")));

        assertFalse(all.stream().anyMatch(f -> f.contains("no-prefix")), all::toString);
    }

    @Test
    void lint_profileNotChosen_ruleOfThatProfileLeftOut() {
        PageLint lint = PageLint.builder().profiles(EnumSet.of(Profile.PUBLISHABLE)).build();

        Set<String> all = findings(lint(lint, page("author named with By")));

        assertFalse(all.stream().anyMatch(f -> f.contains("google.")), all::toString);
    }

    @Test
    void lint_severityChanged_readerFindingAtTheNewSeverity() {
        PageLint lint = PageLint.builder()
                .validator(ArticleValidator.builder().severity(Rule.GOOGLE_AUTHOR_NO_PREFIX, Severity.WARNING).build()).build();

        Verdict verdict = lint(lint, page("author named with By"));

        ReadFinding f = verdict.findings().stream().filter(r -> r.rule() == Rule.GOOGLE_AUTHOR_NO_PREFIX).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("As published: "), f.message());
        assertFalse(verdict.hasErrors(), verdict.toString());
    }

    @Test
    void lint_blockWithoutArticle_articleMissing() {
        Verdict verdict = LINT.lint("{\"@type\": \"Organization\", \"name\": \"Example News\"}".getBytes(StandardCharsets.UTF_8),
                Locale.ENGLISH);

        assertEquals(Set.of("WARNING page.article.missing $"), findings(verdict));
        assertTrue(verdict.articles().isEmpty());
    }

    @Test
    void lint_pageWithoutScript_noArticleRead() {
        Verdict verdict = LINT.lint(HtmlPage.parse("<p>x</p>"), Locale.ENGLISH);

        assertTrue(verdict.articles().isEmpty());
        assertNull(HtmlPage.parse("<p>x</p>").canonical());
    }

    @Test
    void builder_maxPaywallSections_mustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageLint.builder().maxPaywallSections(0));

        assertTrue(e.getMessage().contains("maxPaywallSections must be positive: 0"), e.getMessage());
    }

    private static CraftedPages.Page page(String name) {
        return CraftedPages.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
