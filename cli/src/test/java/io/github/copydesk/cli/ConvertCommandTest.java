package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.copydesk.jsonld.HtmlPage;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.ninjs.NinjsWriter;
import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void convert_corpusFile_writesCopydeskJsonLdOfWhatWasRead() throws IOException {
        Path file = SharedData.directory("corpus/jsonld").resolve("001-bbc.jsonld");
        Article read = JsonLdReader.lenient().read(Files.readString(file)).articles().get(0);

        Cli.Run run = Cli.run("convert", file.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals(JsonLdWriter.create().write(read) + System.lineSeparator(), run.out());
        // Copydesk's own JSON-LD reads back strictly, to the same article
        assertEquals(read, JsonLdReader.strict().read(run.out()).articles().get(0));
    }

    @Test
    void convert_corpusFile_readerWarningsOnStandardError() {
        Path file = SharedData.directory("corpus/jsonld").resolve("001-bbc.jsonld");

        Cli.Run run = Cli.run("convert", file.toString());

        assertTrue(run.err().contains("copydesk convert: " + file + ": WARNING read.value.repaired block 0 $.image.width"),
                run::toString);
    }

    @Test
    void convert_twoBlockPage_publisherResolved() {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());

        Cli.Run run = Cli.run("convert", "--pretty", page.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.err());
        Article article = JsonLdReader.strict().read(run.out()).articles().get(0);
        assertEquals("Example Harbour Times", article.publisher().name());
        assertTrue(run.out().contains("\n  \"headline\": \"Harbour reopens after storm\",\n"), run.out());
    }

    @Test
    void convert_graph_oneGraph() {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());

        Cli.Run run = Cli.run("convert", "--graph", page.toString());

        assertTrue(run.out().startsWith("{\"@context\":\"https://schema.org\",\"@graph\":["), run.out());
    }

    @Test
    void convert_html_scriptElement() {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());

        Cli.Run run = Cli.run("convert", "--html", page.toString());

        String out = run.out().strip();
        assertTrue(out.startsWith("<script type=\"application/ld+json\">{"), out);
        assertTrue(out.endsWith("}</script>"), out);
    }

    @Test
    void convert_twoArticles_array() {
        String second = Pages.ARTICLE_BLOCK.replace("harbour-reopens", "ferry-returns").replace("Harbour reopens after storm", "Ferry returns");
        Path page = Pages.write(dir.resolve("two.html"), Pages.page(Pages.script(Pages.ARTICLE_BLOCK) + Pages.script(second)
                + Pages.script(Pages.PUBLISHER_BLOCK)));

        Cli.Run run = Cli.run("convert", page.toString());

        assertEquals(0, run.status(), run::toString);
        List<Article> articles = JsonLdReader.strict().read(run.out()).articles();
        assertEquals(List.of("Harbour reopens after storm", "Ferry returns"), articles.stream().map(Article::headline).toList());
    }

    @Test
    void convert_stdin() throws IOException {
        byte[] block = Files.readAllBytes(SharedData.directory("corpus/jsonld").resolve("006-apnews.jsonld"));

        Cli.Run run = Cli.withStdin(block, "convert", "-");

        assertEquals(0, run.status(), run::toString);
        assertEquals(1, JsonLdReader.strict().read(run.out()).articles().size());
    }

    @Test
    void convert_noArticle_status1() {
        Path file = Pages.write(dir.resolve("publisher.jsonld"), Pages.PUBLISHER_BLOCK);

        Cli.Run run = Cli.run("convert", file.toString());

        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains(file + ": no article found"), run::toString);
    }

    @Test
    void convert_missingFile_status1NamesFile() {
        String missing = dir.resolve("missing.html").toString();

        Cli.Run run = Cli.run("convert", missing);

        assertEquals(1, run.status());
        assertEquals("copydesk convert: " + missing + ": no such file or directory; check the path" + System.lineSeparator(), run.err());
    }

    @Test
    void convert_directory_usageError() {
        Cli.Run run = Cli.run("convert", dir.toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("is a directory; convert reads one page or file"), run::toString);
    }

    @Test
    void convert_twoPaths_usageError() {
        Cli.Run run = Cli.run("convert", "a.html", "b.html");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unmatched argument"), run::toString);
    }

    private static Path ninjsExample(String name) {
        return SharedData.directory("corpus/ninjs/examples").resolve(name);
    }

    /** The article of the two-block page, as the lenient reader reads the page. */
    private static Article harbour() {
        return JsonLdReader.lenient().read(HtmlPage.parse(Pages.twoBlockPage().getBytes(StandardCharsets.UTF_8))).articles().get(0);
    }

    @Test
    void convert_ninjsItem_writesTheJsonLdOfWhatTheNinjsReaderRead() throws IOException {
        Path item = ninjsExample("3.0/dpa_text.json");
        Article read = NinjsReader.lenient().read(Files.readAllBytes(item), StandardCharsets.UTF_8).articles().get(0);

        Cli.Run run = Cli.run("convert", item.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals(JsonLdWriter.create().write(read) + System.lineSeparator(), run.out());
        assertTrue(read.byline() != null && read.headline() != null, "the dpa item is read as an article: " + read);
    }

    @Test
    void convert_toNinjs_writesWhatTheNinjsWriterWritesOfThePage() {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());
        Article read = harbour();

        Cli.Run run = Cli.run("convert", "--to", "ninjs", page.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals(NinjsWriter.create().write(read) + System.lineSeparator(), run.out());
        assertEquals("3.2", run.json().get("standard").get("version").asText());
        // what convert writes is ninjs that reads back strictly, to the same headline
        assertEquals(read.headline(), NinjsReader.strict().read(run.out()).articles().get(0).headline());
        // nothing is lost silently: what ninjs has no place for is named on standard error
        assertTrue(run.err().contains("copydesk convert: " + page + ": ninjs 3.2 leaves out of \"" + read.headline() + "\": "
                + String.join(", ", NinjsWriter.create().leftOut(read))), run::toString);
        assertTrue(NinjsWriter.create().leftOut(read).contains("publisher"), "the page names its publisher");
    }

    @ParameterizedTest(name = "--ninjs-version {0} -> {1}")
    @CsvSource({"3.2, V3", "3, V3", "2.3, V2", "2, V2"})
    void convert_ninjsVersion_writesThatVersion(String option, NinjsVersion version) {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());
        Article read = harbour();

        Cli.Run run = Cli.run("convert", "--to", "ninjs", "--ninjs-version", option, "--pretty", page.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals(NinjsWriter.builder().version(version).pretty(true).build().write(read) + System.lineSeparator(), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--to ninjs --graph|--graph and --html write JSON-LD; with --to ninjs leave them out",
        "--to ninjs --html|--graph and --html write JSON-LD; with --to ninjs leave them out",
        "--ninjs-version 2.3|--ninjs-version goes with --to ninjs",
        "--to ninjs --ninjs-version 1.6|Copydesk writes ninjs 3.2 and 2.3, not 1.6",
        "--to ninjs --ninjs-version 4.0|'4.0' is not a ninjs version: use 3.2 or 2.3",
        "--to xml|unknown format 'xml': use jsonld or ninjs",
    })
    void convert_optionsThatDoNotGoTogether_usageError(String options, String message) {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());
        List<String> args = new java.util.ArrayList<>(List.of("convert"));
        args.addAll(List.of(options.split(" ")));
        args.add(page.toString());

        Cli.Run run = Cli.run(args);

        assertEquals(2, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains(message), run::toString);
    }

    @Test
    void convert_toNinjs_articleWithoutIdentifierOrUrl_status1NamesUri() {
        Path file = Pages.write(dir.resolve("no-url.jsonld"), """
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens"}""");

        Cli.Run run = Cli.run("convert", "--to", "ninjs", file.toString());

        assertEquals(1, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains(": \"Harbour reopens\" cannot be written as ninjs: ") && run.err().contains("uri"),
                run::toString);
    }

    @Test
    void convert_toNinjs_severalArticles_status1WritesNothing() {
        Path file = Pages.write(dir.resolve("two.jsonld"), """
                [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "One", "url": "https://example.com/1"},
                 {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Two", "url": "https://example.com/2"}]""");

        Cli.Run run = Cli.run("convert", "--to", "ninjs", file.toString());

        assertEquals(1, run.status(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains(file + ": holds 2 articles, and a ninjs document is one item; nothing written"), run::toString);
    }

    @Test
    void convert_toNinjs_withoutHeadlineOrUri_namesTheArticleWithoutOne() {
        Path file = Pages.write(dir.resolve("bare.jsonld"), """
                {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "Text."}""");

        Cli.Run run = Cli.run("convert", "--to", "ninjs", file.toString());

        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains(file + ": the article without a headline cannot be written as ninjs: "), run::toString);
        assertFalse(run.err().contains("null"), run::toString);
    }
}
