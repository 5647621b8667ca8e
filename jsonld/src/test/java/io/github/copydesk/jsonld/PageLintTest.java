package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.github.copydesk.model.Image;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.testing.CraftedPages;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    /**
     * The ERRORs each corpus file gets, each checked by reading the file against the rule's source. A file
     * not listed gets none. (010 and 011 say "isAccessibleForFree": false and name no paywalled section:
     * Google recommends hasPart.cssSelector but requires only isAccessibleForFree, so that is a WARNING.)
     * Why each is true:
     */
    private static final Map<String, Set<String>> CORPUS_ERRORS = Map.ofEntries(
            // its publisher and copyrightHolder are "@id" references to a node in the page's second block (040):
            // read alone, the block has no publisher (read with 040 below, it has)
            Map.entry("002-nytimes.jsonld", Set.of("read.reference.unresolved $.publisher",
                    "read.reference.unresolved $.copyrightHolder")),
            // author.name is "By Amir Vera, Seán Federico O'Murchú, Tara Subramaniam and Adam Renton, CNN": Google's
            // author guideline asks for one person per entry, only the name (no "By"), and no publisher in it
            Map.entry("004-cnn.jsonld", Set.of("google.author.name.one-person $.author.name",
                    "google.author.name.no-prefix $.author.name", "google.author.name.no-publisher $.author.name")),
            // sameAs[0] is "Sauli.giliard", not a URL, and a block alone has no base to resolve it against
            Map.entry("013-dailynews-tz.jsonld", Set.of("read.url.unreadable $['@graph'][6].sameAs[0]")),
            // the publisher is "@id": "https://wsvn.com#organization", and no node of the @graph has that @id
            Map.entry("014-wsvn.jsonld", Set.of("read.reference.unresolved $['@graph'][2].publisher")),
            // neither url nor mainEntityOfPage: the block names no URL for the article (its page's canonical
            // link would, read as an HTML page)
            Map.entry("019-hessenschau.jsonld", Set.of("publishable.url.required url")),
            // the author is a Person named "Euronews", the publisher's name ("euronews"): an organization
            // as author is an Organization, and a person's name is only the name (Google's author guideline)
            Map.entry("021-euronews.jsonld", Set.of("google.author.name.no-publisher byline.contributors[0].party.name")),
            // no URL for the article; the logos' "/.resources/..." are relative, with nothing to resolve them against
            Map.entry("025-nikkei.jsonld", Set.of("publishable.url.required url", "read.url.unreadable $[0].author.logo.url",
                    "read.url.unreadable $[0].publisher.logo.url")),
            // the publisher's url is "/", relative, with nothing to resolve it against
            Map.entry("027-kommersant.jsonld", Set.of("read.url.unreadable $.publisher.url")),
            // both dates are the Unix epoch, a CMS's placeholder for "no date": not when the article was published
            Map.entry("029-portalspozywczy.jsonld", Set.of("read.date.unreadable $[1].datePublished",
                    "read.date.unreadable $[1].dateModified")),
            // the author is an Organization with no name and nothing else
            Map.entry("030-haufe.jsonld", Set.of("read.value.unreadable $.author")),
            // not valid JSON; what is recovered of the author has no name, of the image no URL
            Map.entry("034-wsj-INVALID.jsonld", Set.of("read.value.unreadable $.author", "read.value.unreadable $.image")),
            // not valid JSON, and no URL for the article in what is recovered
            Map.entry("035-wirtualnemedia-INVALID.jsonld", Set.of("publishable.url.required url")),
            Map.entry("036-energetyka24-INVALID.jsonld", Set.of("publishable.url.required url")),
            // "10/05/2022 05:22 pm": day and month order unknown, so no date is guessed
            Map.entry("037-eluniversal-INVALID.jsonld", Set.of("read.date.unreadable $.datePublished")),
            // image.url is an <img> element's HTML, not a URL: the image has none
            Map.entry("038-aoc-media-INVALID.jsonld", Set.of("read.url.unreadable $.image.url", "read.value.unreadable $.image")));

    static Stream<Arguments> corpus() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.directory("corpus/jsonld"))) {
            return files.filter(p -> p.toString().endsWith(".jsonld")).sorted()
                    .map(p -> Arguments.of(p.getFileName().toString(), p)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void lint_corpusFile_exactlyItsErrors(String name, Path file) throws IOException {
        Set<String> errors = new TreeSet<>();
        for (String f : findings(LINT.lint(Files.readAllBytes(file), Locale.ENGLISH))) {
            if (f.startsWith("ERROR ")) {
                errors.add(f.substring("ERROR ".length()));
            }
        }

        assertEquals(new TreeSet<>(CORPUS_ERRORS.getOrDefault(name, Set.of())), errors, name);
    }

    @Test
    void lint_corpusPageOfTwoBlocks_readTogether_referencesResolve() throws IOException {
        Path dir = SharedData.directory("corpus/jsonld");
        String page = "<html><head><script type=\"application/ld+json\">" + Files.readString(dir.resolve("002-nytimes.jsonld"))
                + "</script><script type=\"application/ld+json\">" + Files.readString(dir.resolve("040-nytimes-block2-publisher.jsonld"))
                + "</script></head><body><section class=\"meteredContent\"><p>The story.</p></section></body></html>";

        Verdict verdict = LINT.lint(HtmlPage.parse(page), Locale.ENGLISH);

        assertFalse(verdict.hasErrors(), () -> findings(verdict).toString());
        assertEquals("The New York Times", verdict.articles().get(0).article().publisher().name());
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
    void lint_readResult_judgedAsTheBlockItWasReadFrom() {
        CraftedPages.Page page = page("author named with By");

        Verdict direct = LINT.lint(page.bytes(), Locale.ENGLISH);
        Verdict read = LINT.lint(JsonLdReader.lenient().read(page.bytes(), StandardCharsets.UTF_8), Locale.ENGLISH);

        assertEquals(findings(direct), findings(read));
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
