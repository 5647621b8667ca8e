package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.github.copydesk.jsonld.HtmlPage;
import io.github.copydesk.jsonld.PageLint;
import io.github.copydesk.jsonld.Verdict;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.testing.CraftedPages;
import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class LintCommandTest {

    @TempDir
    Path dir;

    private static Path corpus() {
        return SharedData.directory("corpus/jsonld");
    }

    private static List<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonld")).sorted().toList();
        }
    }

    /** Every finding of a file: the file's own and its articles'. */
    private static List<JsonNode> findings(JsonNode file) {
        List<JsonNode> all = new ArrayList<>();
        file.get("findings").forEach(all::add);
        for (JsonNode article : file.get("articles")) {
            article.get("findings").forEach(all::add);
        }
        return all;
    }

    @Test
    void lint_craftedPages_sameVerdictsAsTheLibrary() throws IOException {
        // issue 10: a CMS that reads its own pages with PageLint gets the same verdicts as copydesk lint
        List<CraftedPages.Page> pages = CraftedPages.all();
        for (CraftedPages.Page page : pages) {
            Files.write(dir.resolve(page.file()), page.bytes());
        }
        PageLint lint = PageLint.create();

        Cli.Run run = Cli.run("lint", "--format", "json", dir.toString());

        JsonNode files = run.json().get("files");
        assertEquals(pages.size(), files.size(), run::toString);
        for (JsonNode file : files) {
            String name = Path.of(file.get("path").asText()).getFileName().toString();
            CraftedPages.Page page = pages.stream().filter(p -> p.file().equals(name)).findFirst().orElseThrow();
            Verdict verdict = page.html() ? lint.lint(HtmlPage.parse(page.bytes()), Locale.ENGLISH)
                    : lint.lint(page.bytes(), Locale.ENGLISH);
            Set<String> cli = lines(file);
            assertEquals(lines(verdict), cli, page.name());
            assertTrue(page.verdict().stream().allMatch(v -> cli.stream().anyMatch(c -> c.startsWith(v + " "))), page.name());
        }
    }

    /** A verdict's findings as lines: severity, rule (or code), path and message. */
    private static Set<String> lines(Verdict verdict) {
        Set<String> lines = new TreeSet<>();
        verdict.findings().forEach(f -> lines.add(f.severity() + " " + (f.rule() != null ? f.rule().id() : f.code().id())
                + " " + f.path() + " " + f.message()));
        Stream.concat(verdict.page().stream(), verdict.articles().stream().flatMap(a -> a.findings().stream()))
                .forEach(f -> lines.add(f.severity() + " " + f.rule() + " " + f.path() + " " + f.message()));
        return lines;
    }

    /** A file's findings in the JSON report as the same lines. */
    private static Set<String> lines(JsonNode file) {
        Set<String> lines = new TreeSet<>();
        findings(file).forEach(f -> lines.add(f.get("severity").asText() + " " + f.get("rule").asText() + " "
                + f.get("path").asText() + " " + f.get("message").asText()));
        return lines;
    }

    @Test
    void lint_ninjsExamples_sameVerdictsAsTheLibraryReadingThemAsNinjs() throws IOException {
        // issue 12: a wire item is linted as the ninjs reader reads it, with the profiles a page gets
        Path examples = SharedData.directory("corpus/ninjs/examples");
        PageLint lint = PageLint.create();

        Cli.Run run = Cli.run("lint", "--format", "json", examples.toString());

        JsonNode files = run.json().get("files");
        List<Path> expected;
        try (Stream<Path> walk = Files.walk(examples)) {
            expected = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertEquals(expected.size(), files.size(), run::toString);
        assertTrue(files.size() >= 60, "the examples are all there: " + files.size());
        int articles = 0;
        for (JsonNode file : files) {
            Path path = Path.of(file.get("path").asText());
            Verdict verdict = lint.lint(NinjsReader.lenient().read(Files.readAllBytes(path), StandardCharsets.UTF_8), Locale.ENGLISH);
            assertTrue(file.get("error").isNull(), file::toString);
            assertEquals(verdict.articles().size(), file.get("articles").size(), path::toString);
            assertEquals(lines(verdict), lines(file), path.toString());
            articles += verdict.articles().size();
        }
        assertTrue(articles >= 40, "most examples hold an article: " + articles);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3.0/ap_image.json", "3.0/ap_video.json", "3.0/ap_audio.json", "3.1/006_photo_only.json"})
    void lint_ninjsMediumItem_judgesTheMediumNotAStory(String example) {
        // a photo from the wire is no article: no rule asks it for a headline, body, byline or dates
        Path item = SharedData.directory("corpus/ninjs/examples").resolve(example);

        Cli.Run run = Cli.run("lint", "--format", "json", item.toString());

        Set<String> lines = lines(run.json().get("files").get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("INFO read.item.not-article $.type ")), lines::toString);
        for (String line : lines) {
            String path = line.split(" ")[2];
            assertFalse(List.of("headline", "alternativeHeadline", "description", "body", "byline", "datePublished", "dateModified",
                    "dateCreated", "dateline", "url").contains(path), line);
        }
    }

    @Test
    void lint_ninjsItem_findsWhatTheItemLacks() throws IOException {
        // a text item with a body but no headline: what a page needs of it before it is published
        Path item = Files.writeString(dir.resolve("item.json"), """
                {"uri": "urn:example:item:1", "type": "text",
                 "bodies": [{"role": "main", "contentType": "text/plain", "value": "The harbour reopened on Monday."}]}
                """);

        Cli.Run run = Cli.run("lint", "--format", "json", item.toString());

        assertEquals(1, run.status(), run::toString);
        Set<String> lines = lines(run.json().get("files").get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR publishable.headline.required ")), lines::toString);
    }

    private static long count(JsonNode files, String severity) {
        long n = 0;
        for (JsonNode file : files) {
            n += findings(file).stream().filter(f -> f.get("severity").asText().equals(severity)).count();
            if (severity.equals("ERROR") && !file.get("error").isNull()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void lint_corpusDirectory_listsEveryFileInNameOrder() throws IOException {
        Cli.Run run = Cli.run("lint", "--format", "json", corpus().toString());

        JsonNode files = run.json().get("files");
        List<String> listed = new ArrayList<>();
        files.forEach(f -> listed.add(Path.of(f.get("path").asText()).getFileName().toString()));
        assertEquals(corpusFiles(), listed, run::toString);
        assertEquals(40, listed.size());
        JsonNode summary = run.json().get("summary");
        assertEquals(40, summary.get("files").asInt());
        assertEquals(0, summary.get("unreadable").asInt());
    }

    @Test
    void lint_corpusDirectory_summaryAddsUpAndStatusFollowsErrors() {
        Cli.Run run = Cli.run("lint", "--format", "json", corpus().toString());

        JsonNode files = run.json().get("files");
        JsonNode summary = run.json().get("summary");
        long articles = 0;
        for (JsonNode f : files) {
            articles += f.get("articles").size();
        }
        assertEquals(articles, summary.get("articles").asLong());
        assertEquals(count(files, "ERROR"), summary.get("errors").asLong());
        assertEquals(count(files, "WARNING"), summary.get("warnings").asLong());
        assertEquals(count(files, "INFO"), summary.get("info").asLong());
        assertEquals(summary.get("errors").asLong() > 0 ? 1 : 0, run.status(), run::toString);
        assertTrue(articles >= 33, "the corpus has an article in every file but 040 and the broken ones: " + articles);
    }

    @Test
    void lint_corpusInvalidFiles_reportedWithWhatWasRecoveredWithoutStopping() throws IOException {
        Cli.Run run = Cli.run("lint", "--format", "json", corpus().toString());

        List<String> invalid = corpusFiles().stream().filter(n -> n.contains("-INVALID")).toList();
        assertEquals(6, invalid.size());
        int seen = 0;
        for (JsonNode file : run.json().get("files")) {
            String name = Path.of(file.get("path").asText()).getFileName().toString();
            if (!invalid.contains(name)) {
                continue;
            }
            seen++;
            assertTrue(file.get("error").isNull(), name + " is read, not given up: " + file);
            // the reader says where the JSON is broken (line and column) and what it did about it
            assertTrue(findings(file).stream().anyMatch(f -> f.get("source").asText().equals("reader") && f.has("line")),
                    name + " has a syntax finding with its position: " + file);
            // what was recovered (an article) or why nothing could be (a finding that says so)
            assertTrue(file.get("articles").size() > 0
                    || findings(file).stream().anyMatch(f -> f.get("rule").asText().equals("page.article.missing")), name);
        }
        assertEquals(6, seen);
    }

    @Test
    void lint_corpusText_listsEveryFileAndEndsWithSummaryLine() throws IOException {
        Cli.Run run = Cli.run("lint", corpus().toString());

        for (String name : corpusFiles()) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("== ") && l.contains(name)), name + " listed");
        }
        List<String> lines = run.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("40 files, \\d+ articles: \\d+ errors?, \\d+ warnings?, \\d+ info\\."), last);
    }

    @Test
    void lint_htmlPageWithTwoBlocks_resolvesReferenceAcrossBlocks() {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());

        Cli.Run run = Cli.run("lint", "--format", "json", page.toString());

        JsonNode file = run.json().get("files").get(0);
        assertEquals(1, file.get("articles").size(), run::toString);
        JsonNode article = file.get("articles").get(0);
        assertEquals("NewsArticle", article.get("type").asText());
        assertEquals("Harbour reopens after storm", article.get("headline").asText());
        assertEquals("https://example.com/news/harbour-reopens", article.get("url").asText());
        assertTrue(findings(file).stream().noneMatch(f -> f.get("message").asText().contains("@id")), run::toString);
    }

    @Test
    void lint_blockAlone_reportsUnresolvedReference() {
        Path block = Pages.write(dir.resolve("article.jsonld"), Pages.ARTICLE_BLOCK);

        Cli.Run run = Cli.run("lint", "--format", "json", block.toString());

        JsonNode file = run.json().get("files").get(0);
        assertTrue(findings(file).stream().anyMatch(f -> f.get("source").asText().equals("reader")
                && f.get("severity").asText().equals("ERROR") && f.get("path").asText().equals("$.publisher")), run::toString);
        assertEquals(1, run.status());
    }

    @Test
    void lint_paywallSectionMissingAndNested_pageErrors() {
        Path page = Pages.write(dir.resolve("budget.html"), Pages.paywallPage(
                "<div class=\"paywall\"><p>Paid.</p><div class=\"inner\"><p>Also paid.</p></div></div>",
                ".paywall", ".gone", ".inner"));

        Cli.Run run = Cli.run("lint", "--format", "json", "--profile", "google", page.toString());

        List<JsonNode> page1 = new ArrayList<>();
        run.json().get("files").get(0).get("articles").get(0).get("findings").forEach(f -> {
            if (f.get("source").asText().equals("page")) {
                page1.add(f);
            }
        });
        assertEquals(2, page1.size(), run::toString);
        assertEquals("page.paywall.section.missing", page1.get(0).get("rule").asText());
        assertEquals("paywall.sections[1]", page1.get(0).get("path").asText());
        assertEquals("page.paywall.section.nested", page1.get(1).get("rule").asText());
        assertEquals("paywall.sections[2]", page1.get(1).get("path").asText());
        assertTrue(page1.get(1).get("message").asText().contains(".paywall"), page1.get(1).toString());
        assertEquals("ERROR", page1.get(1).get("severity").asText());
        assertEquals(1, run.status());
    }

    @Test
    void lint_paywallSectionsPresentAndSeparate_noPageFinding() {
        Path page = Pages.write(dir.resolve("budget.html"), Pages.paywallPage(
                "<div class=\"paywall\"><p>Paid.</p></div><p>Free.</p><div class=\"paywall\"><p>Paid again.</p></div>",
                ".paywall"));

        Cli.Run run = Cli.run("lint", "--format", "json", page.toString());

        run.json().get("files").get(0).get("articles").get(0).get("findings")
                .forEach(f -> assertFalse(f.get("source").asText().equals("page"), f.toString()));
    }

    @Test
    void lint_paywallSameSelectorNested_isNested() {
        Path page = Pages.write(dir.resolve("budget.html"), Pages.paywallPage(
                "<div class=\"paywall\"><div class=\"paywall\"><p>Paid.</p></div></div>", ".paywall"));

        Cli.Run run = Cli.run("lint", page.toString());

        assertTrue(run.out().contains("page.paywall.section.nested at paywall.sections[0]"), run::toString);
        assertEquals(1, run.status());
    }

    @Test
    void lint_paywallInJsonLdFile_notCheckedWithoutPage() {
        String html = Pages.paywallPage("", ".gone");
        String block = html.substring(html.indexOf('{'), html.lastIndexOf('}') + 1);
        Path file = Pages.write(dir.resolve("budget.jsonld"), block);

        Cli.Run run = Cli.run("lint", file.toString());

        assertFalse(run.out().contains("page.paywall"), run::toString);
    }

    @Test
    void lint_pageWithoutJsonLd_warns() {
        Path page = Pages.write(dir.resolve("plain.html"), Pages.page("<p>No markup here.</p>"));

        Cli.Run run = Cli.run("lint", "--format", "json", page.toString());

        JsonNode finding = run.json().get("files").get(0).get("findings").get(0);
        assertEquals("page.jsonld.missing", finding.get("rule").asText());
        assertEquals("WARNING", finding.get("severity").asText());
        assertEquals(0, run.status(), run::toString);
    }

    @Test
    void lint_latin1Page_readsDeclaredCharset() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\">"
                + Pages.script("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Grüße aus Köln\"}")
                + "</head><body></body></html>";
        Path page = dir.resolve("koeln.html");
        Files.write(page, html.getBytes(StandardCharsets.ISO_8859_1));

        Cli.Run run = Cli.run("lint", "--format", "json", page.toString());

        assertEquals("Grüße aus Köln", run.json().get("files").get(0).get("articles").get(0).get("headline").asText());
    }

    @Test
    void lint_stdinJsonLd_pathIsDash() throws IOException {
        byte[] block = Files.readAllBytes(corpus().resolve("001-bbc.jsonld"));

        Cli.Run run = Cli.withStdin(block, "lint", "--format", "json", "-");

        JsonNode file = run.json().get("files").get(0);
        assertEquals("-", file.get("path").asText());
        assertEquals("What is Nato and which countries are in it?", file.get("articles").get(0).get("headline").asText());
    }

    @Test
    void lint_stdinHtml_readsItsBlocksTogether() {
        Cli.Run run = Cli.withStdin(Pages.twoBlockPage().getBytes(StandardCharsets.UTF_8), "lint", "--format", "json", "-");

        JsonNode file = run.json().get("files").get(0);
        assertEquals(1, file.get("articles").size(), run::toString);
        assertTrue(findings(file).stream().noneMatch(f -> f.get("source").asText().equals("reader")
                && f.get("severity").asText().equals("ERROR")), run::toString);
    }

    @Test
    void lint_unreadableFileInDirectory_reportedAndRunGoesOn() throws IOException {
        Pages.write(dir.resolve("a-good.jsonld"), Pages.ARTICLE_BLOCK);
        Files.createSymbolicLink(dir.resolve("b-broken.jsonld"), dir.resolve("nowhere.jsonld"));
        Pages.write(dir.resolve("c-good.html"), Pages.twoBlockPage());

        Cli.Run run = Cli.run("lint", "--format", "json", dir.toString());

        JsonNode files = run.json().get("files");
        assertEquals(3, files.size(), run::toString);
        assertTrue(files.get(0).get("error").isNull());
        String error = files.get(1).get("error").asText();
        assertTrue(error.contains("no such file"), error);
        assertTrue(files.get(2).get("error").isNull());
        assertEquals(1, run.json().get("summary").get("unreadable").asInt());
        assertEquals(1, run.status());
    }

    @Test
    void lint_unreadableFileText_namesFileAndSaysWhatToDo() {
        Path good = Pages.write(dir.resolve("good.html"), Pages.twoBlockPage());
        String missing = dir.resolve("missing.jsonld").toString();

        Cli.Run run = Cli.run("lint", good.toString(), missing);

        assertTrue(run.out().contains("== " + missing + "  (could not be read)"), run::toString);
        assertTrue(run.out().contains("ERROR    no such file or directory; check the path"), run::toString);
        assertTrue(run.out().contains("1 file could not be read"), run::toString);
        assertEquals(1, run.status());
    }

    @Test
    void lint_onlyMissingPath_status2() {
        Cli.Run run = Cli.run("lint", dir.resolve("missing.jsonld").toString());

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("no input could be read"), run::toString);
    }

    @Test
    void lint_directoryWithoutInputs_status2() {
        Pages.write(dir.resolve("notes.txt"), "not a page");

        Cli.Run run = Cli.run("lint", dir.toString());

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("no input found in " + dir), run::toString);
    }

    @Test
    void lint_fileOverReaderLimit_reportedNotRead() throws IOException {
        Path big = dir.resolve("big.jsonld");
        Files.write(big, new byte[5 * 1024 * 1024]);

        Cli.Run run = Cli.run("lint", "--format", "json", big.toString());

        String error = run.json().get("files").get(0).get("error").asText();
        assertTrue(error.contains("more than the 4,194,304 bytes Copydesk reads as one JSON-LD block (5,242,880 bytes read"), error);
        assertEquals(2, run.status());
    }

    @Test
    void lint_directoryRecursive_stableOrderSkipsOtherFilesAndHidden() {
        Pages.write(dir.resolve("b.jsonld"), Pages.ARTICLE_BLOCK);
        Pages.write(dir.resolve("a/z.html"), Pages.twoBlockPage());
        Pages.write(dir.resolve("a/y.json"), Pages.PUBLISHER_BLOCK);
        Pages.write(dir.resolve("c/readme.md"), "# not linted");
        Pages.write(dir.resolve(".git/x.json"), "{}");
        Pages.write(dir.resolve("A.HTM"), Pages.page(""));

        Cli.Run run = Cli.run("lint", "--format", "json", dir.toString());

        List<String> listed = new ArrayList<>();
        run.json().get("files").forEach(f -> listed.add(dir.relativize(Path.of(f.get("path").asText())).toString()));
        assertEquals(List.of("A.HTM", "a/y.json", "a/z.html", "b.jsonld"), listed);
    }

    @Test
    void lint_profileGoogle_onlyGoogleRules() {
        Cli.Run run = Cli.run("lint", "--format", "json", "--profile", "google", corpus().toString());

        int rules = 0;
        for (JsonNode file : run.json().get("files")) {
            for (JsonNode article : file.get("articles")) {
                for (JsonNode f : article.get("findings")) {
                    assertTrue(f.get("rule").asText().startsWith("google."), f.toString());
                    rules++;
                }
            }
        }
        assertTrue(rules > 0);
    }

    @Test
    void lint_profilesCommaSeparated_bothProfiles() {
        Path page = Pages.write(dir.resolve("p.html"), Pages.paywallPage("<div class=\"paywall\"></div>", ".paywall"));

        Cli.Run run = Cli.run("lint", "--format", "json", "--profile", "default,editorial", page.toString());

        JsonNode findings = run.json().get("files").get(0).get("articles").get(0).get("findings");
        findings.forEach(f -> assertFalse(f.get("rule").asText().startsWith("google."), f.toString()));
        assertTrue(findings.toString().contains("editorial."), findings.toString());
    }

    @Test
    void lint_unknownProfile_usageError() {
        Cli.Run run = Cli.run("lint", "--profile", "seo", "x.html");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown profile 'seo': use default, google or editorial"), run::toString);
    }

    @Test
    void lint_unknownFormat_usageError() {
        Cli.Run run = Cli.run("lint", "--format", "xml", "x.html");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown format 'xml': use text or json"), run::toString);
    }

    @Test
    void lint_noPath_usageError() {
        Cli.Run run = Cli.run("lint");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("Missing required parameter: 'PATH'"), run::toString);
    }

    @Test
    void lint_localeDe_germanMessages() {
        Path block = Pages.write(dir.resolve("article.jsonld"), Pages.ARTICLE_BLOCK);

        String english = Cli.run("lint", "--profile", "editorial", block.toString()).out();
        String german = Cli.run("lint", "--profile", "editorial", "--locale", "de", block.toString()).out();

        assertTrue(english.contains("editorial.dateline.expected"), english);
        assertFalse(english.equals(german), german);
        assertTrue(german.contains("editorial.dateline.expected"), german);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fr", "en_US!"})
    void lint_localeWithoutMessages_usageErrorListingTheLanguages(String tag) {
        Path block = Pages.write(dir.resolve("article.jsonld"), Pages.ARTICLE_BLOCK);

        Cli.Run run = Cli.run("lint", "--locale", tag, block.toString());

        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().contains("'" + tag + "'") && run.err().contains("use one of en, de"), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void lint_localeOfASupportedLanguage_accepted() {
        Path block = Pages.write(dir.resolve("article.jsonld"), Pages.ARTICLE_BLOCK);

        Cli.Run run = Cli.run("lint", "--profile", "editorial", "--locale", "de-AT", block.toString());
        Cli.Run german = Cli.run("lint", "--profile", "editorial", "--locale", "de", block.toString());

        assertEquals(german.status(), run.status(), run::toString);
        assertEquals(german.out(), run.out());
        assertTrue(run.err().isEmpty(), run::toString);
    }

    @Test
    void lint_jsonFindingFields_stableShape() {
        Path page = Pages.write(dir.resolve("p.html"), Pages.paywallPage("", ".gone"));

        Cli.Run run = Cli.run("lint", "--format", "json", page.toString());

        JsonNode root = run.json();
        assertEquals(List.of("files", "summary"), names(root));
        JsonNode file = root.get("files").get(0);
        assertEquals(List.of("path", "articles", "findings", "error"), names(file));
        JsonNode article = file.get("articles").get(0);
        assertEquals(List.of("type", "headline", "url", "findings"), names(article));
        JsonNode pageFinding = null;
        for (JsonNode f : article.get("findings")) {
            if (f.get("source").asText().equals("page")) {
                pageFinding = f;
            }
        }
        assertNotNull(pageFinding, run::toString);
        assertEquals(List.of("severity", "rule", "path", "message", "source", "guideline"), names(pageFinding));
        assertEquals(List.of("files", "articles", "errors", "warnings", "info", "unreadable"), names(root.get("summary")));
    }

    @Test
    void lint_readerFindingJson_hasBlockAndPosition() throws IOException {
        Cli.Run run = Cli.run("lint", "--format", "json", corpus().resolve("034-wsj-INVALID.jsonld").toString());

        JsonNode syntax = null;
        for (JsonNode f : run.json().get("files").get(0).get("findings")) {
            if (f.has("line")) {
                syntax = f;
            }
        }
        assertNotNull(syntax, run::toString);
        assertEquals(List.of("severity", "rule", "path", "message", "source", "block", "line", "column"), names(syntax));
        assertEquals("read.json.repaired", syntax.get("rule").asText());
        assertEquals("reader", syntax.get("source").asText());
    }

    @Test
    void lint_onTerminal_progressBarOnStandardError() {
        Cli.Run run = Cli.onTerminal("lint", "--format", "json", corpus().toString());

        assertTrue(run.err().contains("] 40/40 files"), run.err());
        assertTrue(run.err().contains("40 files, "), "the summary line follows the bar: " + run.err());
        run.json();   // standard output stays one JSON document
    }

    @Test
    void lint_onTerminalNoProgress_nothingOnStandardError() {
        Cli.Run run = Cli.onTerminal("lint", "--no-progress", corpus().toString());

        assertEquals("", run.err());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // issue 11: no special file, selector or shape may stall a run

    private static Path fifo(Path at) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), () -> "mkfifo failed");
        return at;
    }

    @Test
    void lint_devZeroAndAFifoNamed_unreadableAtOnce() throws Exception {
        Path pipe = fifo(dir.resolve("story.jsonld"));
        Path good = Pages.write(dir.resolve("good.jsonld"), Pages.ARTICLE_BLOCK);

        Cli.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> Cli.run("lint", "--format", "json", "/dev/zero", pipe.toString(), good.toString()));

        JsonNode files = run.json().get("files");
        assertEquals(3, files.size(), run::toString);
        for (int i = 0; i < 2; i++) {
            assertTrue(files.get(i).get("error").asText().contains("not a regular file"), files.get(i).toString());
        }
        assertTrue(files.get(2).get("error").isNull(), run::toString);
        assertEquals(1, run.status());
    }

    @Test
    void lint_directoryWithSpecialEntries_skipsThemSaysSoAndGoesOn() throws Exception {
        Pages.write(dir.resolve("a-good.jsonld"), Pages.ARTICLE_BLOCK);
        Path zero = Files.createSymbolicLink(dir.resolve("b-zero.jsonld"), Path.of("/dev/zero"));
        fifo(dir.resolve("c-pipe.html"));
        Pages.write(dir.resolve("d-good.html"), Pages.twoBlockPage());

        Cli.Run run;
        try {
            run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> Cli.run("lint", "--format", "json", dir.toString()));
        } finally {
            Files.delete(zero);   // the link, not /dev/zero: JUnit would warn that the link leads out of its directory
        }

        JsonNode files = run.json().get("files");
        assertEquals(4, files.size(), run::toString);
        for (int i : new int[] {1, 2}) {
            JsonNode skipped = files.get(i).get("findings").get(0);
            assertEquals("page.file.skipped", skipped.get("rule").asText(), run::toString);
            assertEquals("WARNING", skipped.get("severity").asText());
        }
        assertEquals(2, run.json().get("summary").get("articles").asInt(), run::toString);
        assertEquals(0, run.json().get("summary").get("unreadable").asInt(), run::toString);
    }

    @Test
    void lint_standardInputPastThePageLimit_unreadableNotExhausted() {
        byte[] endless = new byte[(int) io.github.copydesk.jsonld.HtmlPage.MAX_BYTES + 10];
        java.util.Arrays.fill(endless, (byte) ' ');

        Cli.Run run = Cli.withStdin(endless, "lint", "--format", "json", "-");

        assertTrue(run.json().get("files").get(0).get("error").asText().contains("bytes on standard input"), run::toString);
        assertEquals(2, run.status());
    }

    @Test
    void lint_paywallSelectorThatBacktracks_checkedAtOnce() {
        // issue 11: jsoup's :matches ran this regular expression with catastrophic backtracking
        Path page = Pages.write(dir.resolve("p.html"), Pages.paywallPage("<div class=\"a\">" + "a".repeat(40) + "</div>",
                "*:matches((.*a){12}b)"));

        Cli.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> Cli.run("lint", "--format", "json", "--profile", "google", page.toString()));

        List<String> rules = findings(run.json().get("files").get(0)).stream().map(f -> f.get("rule").asText()).toList();
        assertTrue(rules.contains("google.paywall.class-selector"), rules::toString);
        assertFalse(rules.contains("page.paywall.section.missing"), rules::toString);
    }
}
