package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Organization;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 40 real JSON-LD blocks of {@code ../shared/corpus/jsonld} (see its PROVENANCE.md), each a case.
 * What must come out of each is stated in {@code reader/corpus-expected.json}, written by reading
 * the files: the articles (headline, date published or {@code null} when unreadable, the authors'
 * names one per person, the image URLs), the strict reader's outcome (reads, or the error code,
 * line, column and path), the ERROR findings exactly and the WARNING findings that must be there
 * (a JSON path, or {@code line:column} for a syntax repair), and a note saying what is odd.
 */
class CorpusTest {

    private static final JsonLdReader LENIENT = JsonLdReader.lenient();
    private static final JsonLdReader STRICT = JsonLdReader.strict();

    /** One row of the table. */
    record Expected(String file, Charset charset, List<ExpectedArticle> articles, JsonNode strict, List<String> errors,
            List<String> warnings, String note) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** What one article must hold. */
    record ExpectedArticle(String headline, String datePublished, List<String> authors, List<String> images) {
    }

    static List<Expected> table() {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/reader/corpus-expected.json")) {
            JsonNode rows = new ObjectMapper().readTree(Objects.requireNonNull(in, "reader/corpus-expected.json"));
            List<Expected> table = new ArrayList<>();
            for (JsonNode row : rows) {
                List<ExpectedArticle> articles = new ArrayList<>();
                for (JsonNode a : row.get("articles")) {
                    articles.add(new ExpectedArticle(a.get("headline").textValue(),
                            a.get("datePublished").isNull() ? null : a.get("datePublished").textValue(),
                            strings(a.get("authors")), strings(a.get("images"))));
                }
                Charset charset = row.has("charset") ? Charset.forName(row.get("charset").textValue()) : StandardCharsets.UTF_8;
                table.add(new Expected(row.get("file").textValue(), charset, articles, row.get("strict"),
                        strings(row.get("errors")), strings(row.get("warnings")), row.get("note").textValue()));
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    static Stream<Arguments> files() {
        return table().stream().map(e -> Arguments.of(e));
    }

    private static Path corpus() {
        return SharedData.directory("corpus/jsonld");
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(corpus().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a finding is; for a rule the page as written breaks, the rule's id after the path. */
    private static String where(ReadFinding f) {
        String at = f.line() > 0 ? f.line() + ":" + f.column() : f.path();
        return f.rule() == null ? at : at + " " + f.rule().id();
    }

    @Test
    void table_coversEveryFileOfTheCorpus() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(corpus())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonld")).sorted().toList();
        }
        assertEquals(40, files.size());
        assertEquals(files, table().stream().map(Expected::file).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void lenient_readsWhatTheTableSays(Expected expected) {
        ReadResult result = LENIENT.read(bytes(expected.file()), expected.charset());
        String report = expected.file() + " (" + expected.note() + ")\n" + result.findings().stream()
                .map(ReadFinding::toString).reduce("", (a, b) -> a + b + "\n");

        assertEquals(expected.articles().size(), result.articles().size(), report);
        for (int i = 0; i < expected.articles().size(); i++) {
            ExpectedArticle want = expected.articles().get(i);
            Article got = result.articles().get(i);
            assertEquals(want.headline(), got.headline(), report);
            assertEquals(want.datePublished(), got.datePublished() == null ? null : got.datePublished().toString(), report);
            List<String> authors = got.byline() == null ? List.of() : got.byline().contributors().stream()
                    .filter(c -> c.role() == ContributorRole.AUTHOR).map(c -> c.party().name()).toList();
            assertEquals(want.authors(), authors, report);
            List<String> images = got.media().stream().filter(m -> m instanceof Image).map(m -> String.valueOf(m.url())).toList();
            assertEquals(want.images(), images, report);
        }
        List<String> errors = result.findings(Severity.ERROR).stream().map(CorpusTest::where).toList();
        assertEquals(expected.errors(), errors, report);
        List<String> warnings = result.findings(Severity.WARNING).stream().map(CorpusTest::where).toList();
        for (String warning : expected.warnings()) {
            assertTrue(warnings.contains(warning), "expected a warning at " + warning + ": " + report);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void strict_readsOrRejectsAtThePositionTheTableSays(Expected expected) {
        byte[] bytes = bytes(expected.file());
        JsonNode strict = expected.strict();
        if (strict.has("reads")) {
            ReadResult result = STRICT.read(bytes, expected.charset());
            assertEquals(expected.articles().size(), result.articles().size());
            assertTrue(result.findings().stream().allMatch(f -> f.severity() == Severity.INFO), result.findings()::toString);
            return;
        }
        ReadException e = assertThrows(ReadException.class, () -> STRICT.read(bytes, expected.charset()));
        assertEquals(strict.get("code").textValue(), e.code().id(), e::getMessage);
        assertEquals(strict.get("line").intValue(), e.line(), e::getMessage);
        assertEquals(strict.get("column").intValue(), e.column(), e::getMessage);
        assertEquals(0, e.block());
        if (strict.has("path")) {
            assertEquals(strict.get("path").textValue(), e.path(), e::getMessage);
        }
        assertTrue(e.getMessage().contains("line " + e.line() + ", column " + e.column()), e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void lenient_readsTheSameFromTextAndFromBytes(Expected expected) {
        byte[] bytes = bytes(expected.file());
        ReadResult fromBytes = LENIENT.read(bytes, expected.charset());
        ReadResult fromText = LENIENT.read(new String(bytes, expected.charset()));
        ReadResult fromReader = LENIENT.read(new java.io.StringReader(new String(bytes, expected.charset())));
        assertEquals(fromBytes, fromText);
        assertEquals(fromBytes, fromReader);
    }

    @Test
    void nytimes_withItsPublisherBlock_resolvesTheReferencesAcrossBlocks() {
        ReadResult result = LENIENT.read(new String(bytes("002-nytimes.jsonld"), StandardCharsets.UTF_8),
                new String(bytes("040-nytimes-block2-publisher.jsonld"), StandardCharsets.UTF_8));
        assertEquals(List.of(), result.findings(Severity.ERROR));
        assertEquals(1, result.articles().size());
        Article article = result.articles().get(0);
        Organization nyt = article.publisher();
        assertNotNull(nyt);
        assertEquals("The New York Times", nyt.name());
        assertTrue(nyt.newsMedia());
        assertEquals(URI.create("https://www.nytimes.com/"), nyt.url());
        assertEquals(URI.create("https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png"), nyt.logo());
        assertEquals(List.of(URI.create("https://en.wikipedia.org/wiki/The_New_York_Times")), nyt.sameAs());
        assertEquals(nyt, article.copyright().holder());
        assertEquals(2021, article.copyright().year());

        // in strict mode too, since nothing needs repair once the publisher is there
        assertEquals(result.articles(), STRICT.read(new String(bytes("002-nytimes.jsonld"), StandardCharsets.UTF_8),
                new String(bytes("040-nytimes-block2-publisher.jsonld"), StandardCharsets.UTF_8)).articles());
    }

    @Test
    void rollingStone_twoBlocksOfOnePage_areTwoArticles() {
        ReadResult result = LENIENT.read(new String(bytes("023-rollingstone-block1.jsonld"), StandardCharsets.UTF_8),
                new String(bytes("024-rollingstone-block2.jsonld"), StandardCharsets.UTF_8));
        assertEquals(2, result.articles().size());
        assertEquals(List.of(), result.findings(Severity.ERROR));
        // the second block's findings name their block
        assertTrue(result.findings().stream().allMatch(f -> f.block() == 0 || f.block() == 1));
    }

    @Test
    void tagespost_latin1BytesGivenAsUtf8_areReadAsLatin1WithAWarning() {
        byte[] bytes = bytes("031-die-tagespost-latin1.jsonld");
        ReadResult result = LENIENT.read(bytes, StandardCharsets.UTF_8);
        assertEquals("Warum wir jetzt Demut brauchen", result.articles().get(0).headline());
        assertTrue(result.articles().get(0).description().startsWith("Viele der zur Abwehr des Virus SARS-CoV-2 ergriffenen k\u00f6nnten"));
        assertEquals(1, result.findings(Severity.WARNING).size(), result.findings()::toString);
        assertEquals(result.articles(), LENIENT.read(bytes, StandardCharsets.ISO_8859_1).articles());

        ReadException e = assertThrows(ReadException.class, () -> STRICT.read(bytes, StandardCharsets.UTF_8));
        assertEquals(ReadCode.ENCODING_REPAIRED, e.code());
    }

    @Test
    void wholeCorpus_asOnePage_readsEveryArticle() {
        List<String> blocks = new ArrayList<>();
        for (Expected e : table()) {
            blocks.add(new String(bytes(e.file()), e.charset()));
        }
        ReadResult result = LENIENT.read(blocks);
        assertEquals(39, result.articles().size());
        // 040 now resolves 002's publisher; the other files keep their own findings, tagged with their block
        assertEquals("The New York Times", result.articles().get(1).publisher().name());
        assertTrue(result.findings().stream().anyMatch(f -> f.block() == 38));
    }

    @Test
    void nikkei_emptyDateModified_isAbsentWithoutFinding() {
        ReadResult result = LENIENT.read(bytes("025-nikkei.jsonld"), StandardCharsets.UTF_8);
        assertNull(result.articles().get(0).dateModified());
        assertFalse(result.findings().stream().anyMatch(f -> f.path().endsWith("dateModified")));
    }

    @Test
    void cnn_bylineInOneName_givesEachPersonCnnAsAffiliation() {
        Article cnn = LENIENT.read(bytes("004-cnn.jsonld"), StandardCharsets.UTF_8).articles().get(0);
        for (Contributor c : cnn.byline().contributors()) {
            assertEquals(Organization.newsMedia("CNN"), ((io.github.copydesk.model.Person) c.party()).affiliation());
        }
    }
}
