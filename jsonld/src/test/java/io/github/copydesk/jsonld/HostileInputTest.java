package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Person;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input gets the documented error or finding within a bounded time: never a
 * StackOverflowError, an OutOfMemoryError or a hang. Each case runs in both modes unless it says
 * otherwise, under a time limit far above what it takes.
 */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static JsonLdReader reader(boolean strict) {
        return strict ? JsonLdReader.strict() : JsonLdReader.lenient();
    }

    private static ReadException limit(JsonLdReader reader, String... blocks) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(ReadException.class, () -> reader.read(blocks)));
    }

    private static String repeat(String s, int n) {
        return String.join("", Collections.nCopies(n, s));
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void nestedArrays100000_exceedDepthWithPosition(boolean strict) {
        String json = repeat("[", 100_000) + repeat("]", 100_000);
        ReadException e = limit(reader(strict), json);
        assertEquals(ReadCode.LIMIT_EXCEEDED, e.code());
        assertEquals(ReadLimits.Limit.DEPTH, e.limit());
        assertEquals(1, e.line());
        assertEquals(ReadLimits.DEFAULT_MAX_DEPTH + 1, e.column());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void nestedObjects_exceedDepth(boolean strict) {
        String json = repeat("{\"a\":", 50_000) + "1" + repeat("}", 50_000);
        assertEquals(ReadLimits.Limit.DEPTH, limit(reader(strict), json).limit());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void string50MB_exceedsTheInputSize(boolean strict) {
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"" + "a".repeat(50 * 1024 * 1024) + "\"}";
        ReadException e = limit(reader(strict), json);
        assertEquals(ReadCode.LIMIT_EXCEEDED, e.code());
        assertEquals(ReadLimits.Limit.INPUT_BYTES, e.limit());
        assertEquals("$", e.path(), "the input as a whole");
        assertTrue(e.getMessage().contains("maxInputBytes"), e.getMessage());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void string50MB_withInputAllowed_exceedsTheStringLength(boolean strict) {
        JsonLdReader reader = JsonLdReader.builder().strict(strict)
                .limits(ReadLimits.defaults().withMaxInputBytes(64L * 1024 * 1024)).build();
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"" + "a".repeat(50 * 1024 * 1024) + "\"}";
        ReadException e = limit(reader, json);
        assertEquals(ReadLimits.Limit.STRING_LENGTH, e.limit());
        assertEquals(0, e.block());
    }

    @Test
    void bytes50MB_exceedTheInputSizeBeforeDecoding() {
        byte[] bytes = new byte[50 * 1024 * 1024];
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.lenient().read(bytes, StandardCharsets.UTF_8));
        assertEquals(ReadLimits.Limit.INPUT_BYTES, e.limit());
    }

    @Test
    void reader50MB_stopsReadingPastTheInputSize() {
        Reader endless = new Reader() {
            private long served;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (served > 1L << 40) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + length, ' ');
                served += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        ReadException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(ReadException.class,
                () -> JsonLdReader.lenient().read(endless)));
        assertEquals(ReadLimits.Limit.INPUT_BYTES, e.limit());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void hugeNumber_exceedsTheNumberLength(boolean strict) {
        String json = "{\"@type\":\"NewsArticle\",\"wordCount\":" + "9".repeat(100_000) + "}";
        ReadException e = limit(reader(strict), json);
        assertEquals(ReadLimits.Limit.NUMBER_LENGTH, e.limit());
    }

    @Test
    void hugeExponentAndBigInteger_areNoSizes() {
        String json = "{\"@type\":\"NewsArticle\",\"image\":[{\"url\":\"https://x.example/a.jpg\",\"width\":1e999999999,"
                + "\"height\":123456789012345678901234567890}]}";
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(json));
        assertEquals(List.of("$.image[0].width", "$.image[0].height"),
                result.findings(Severity.ERROR).stream().map(ReadFinding::path).toList());
        assertNull(((io.github.copydesk.model.Image) result.articles().get(0).media().get(0)).width());
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.strict().read(json));
        assertEquals(ReadCode.VALUE_UNREADABLE, e.code());
        assertEquals("$.image[0].width", e.path());
    }

    @Test
    void duplicateKeys_strict_isAnErrorAtTheSecondKey() {
        String json = "{\"@type\":\"NewsArticle\",\n\"headline\":\"one\",\n  \"headline\":\"two\"}";
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.strict().read(json));
        assertEquals(ReadCode.JSON_DUPLICATE_KEY, e.code());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void duplicateKeys_lenient_keepsTheLastWithAWarning() {
        String json = "{\"@type\":\"NewsArticle\",\n\"headline\":\"one\",\n  \"headline\":\"two\"}";
        ReadResult result = JsonLdReader.lenient().read(json);
        assertEquals("two", result.articles().get(0).headline());
        ReadFinding f = result.findings().get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(3, f.line());
        assertEquals("$.headline", f.path());
    }

    @Test
    void nan_strict_isMalformed() {
        String json = "{\"@type\":\"NewsArticle\",\"image\":{\"url\":\"https://x.example/a.jpg\",\"width\":NaN}}";
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.strict().read(json));
        assertEquals(ReadCode.JSON_MALFORMED, e.code());
        assertEquals(json.indexOf("NaN") + 1, e.column());
    }

    @Test
    void nan_lenient_isReadByTheForgivingParserAndIsNoSize() {
        String json = "{\"@type\":\"NewsArticle\",\"image\":{\"url\":\"https://x.example/a.jpg\",\"width\":NaN}}";
        ReadResult result = JsonLdReader.lenient().read(json);
        assertEquals(1, result.articles().get(0).media().size());
        assertEquals(List.of("$.image.width"), result.findings(Severity.ERROR).stream().map(ReadFinding::path).toList());
        assertEquals(json.indexOf("NaN") + 1, result.findings(Severity.WARNING).get(0).column());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void deeplyNestedGraph_exceedsDepth(boolean strict) {
        String json = repeat("{\"@graph\":[", 20_000) + "{\"@type\":\"NewsArticle\"}" + repeat("]}", 20_000);
        assertEquals(ReadLimits.Limit.DEPTH, limit(reader(strict), json).limit());
    }

    @Test
    void nestedGraphWithinTheLimit_findsTheArticleAtTheBottom() {
        String json = repeat("{\"@graph\":[", 30) + "{\"@type\":\"NewsArticle\",\"headline\":\"deep\"}" + repeat("]}", 30);
        ReadResult result = JsonLdReader.strict().read(json);
        assertEquals("deep", result.articles().get(0).headline());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void tooManyNodes_exceedTheNodeCount(boolean strict) {
        String json = "[" + repeat("0,", 200_000) + "0]";
        ReadException e = limit(reader(strict), json);
        assertEquals(ReadLimits.Limit.NODES, e.limit());
    }

    @Test
    void cycleOfIdReferences_isAnErrorFinding() {
        String json = "{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"NewsArticle\",\"headline\":\"h\",\"author\":{\"@id\":\"#p\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Pat\",\"affiliation\":{\"@id\":\"#p\"}}]}";
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(json));
        Article a = result.articles().get(0);
        assertEquals(Person.of("Pat"), a.byline().contributors().get(0).party());
        assertEquals(List.of("$['@graph'][1].affiliation"), result.findings(Severity.ERROR).stream().map(ReadFinding::path).toList());
        assertTrue(result.findings(Severity.ERROR).get(0).message().contains("cycle"));
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.strict().read(json));
        assertEquals(ReadCode.REFERENCE_UNRESOLVED, e.code());
    }

    @Test
    void referencesBackAndForthAcrossBlocks_endAtTheOrganization() {
        // A's affiliation is B, whose affiliation is A: an affiliation is an organization, whose
        // properties name no party, so the reading ends there
        String article = "{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"https://x.example/#a\"}}";
        String a = "{\"@id\":\"https://x.example/#a\",\"@type\":\"Person\",\"name\":\"A\",\"affiliation\":{\"@id\":\"https://x.example/#b\"}}";
        String b = "{\"@id\":\"https://x.example/#b\",\"@type\":\"Person\",\"name\":\"B\",\"affiliation\":{\"@id\":\"https://x.example/#a\"}}";
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(article, a, b));
        Person author = (Person) result.articles().get(0).byline().contributors().get(0).party();
        assertEquals("B", author.affiliation().name());
        assertEquals(2, result.findings(Severity.WARNING).get(0).block());
        assertTrue(result.findings(Severity.WARNING).get(0).message().contains("a person where an organization is expected"));
    }

    @Test
    void manyReferencesToOneBigNode_areMappedOnce() {
        StringBuilder json = new StringBuilder("{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"@id\":\"#p\"}");
        }
        json.append("]},{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":\"P\"");
        for (int i = 0; i < 20_000; i++) {
            json.append(",\"x").append(i).append("\":").append(i);
        }
        json.append("}]}");
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(json.toString()));
        assertEquals(20_000, result.articles().get(0).byline().contributors().size());
    }

    @Test
    void unpairedSurrogateEscape_lenientReplacesIt_strictRejectsIt() {
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"a\\ud800b\"}";
        ReadResult result = JsonLdReader.lenient().read(json);
        assertEquals("a\uFFFDb", result.articles().get(0).headline());
        assertEquals(Severity.WARNING, result.findings().get(0).severity());
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.strict().read(json));
        assertEquals(ReadCode.ARTICLE_UNREADABLE, e.code());
    }

    @Test
    void unterminatedEverything_lenientReportsAndKeepsWhatWasRead() {
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"kept\",\"description\":\"never clos";
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(json));
        assertEquals("kept", result.articles().get(0).headline());
        assertEquals(Severity.ERROR, result.findings().get(result.findings().size() - 1).severity());
    }

    @Test
    void manyRepairsNeeded_stopAfterTheRepairLimit() {
        StringBuilder json = new StringBuilder("{\"@type\":\"NewsArticle\"");
        for (int i = 0; i < 1000; i++) {
            json.append(",\"k").append(i).append("\": ");
        }
        json.append("}");
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(json.toString()));
        assertTrue(result.hasErrors());
    }

    @Test
    void failingReader_isAnIoError() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.lenient().read(broken));
        assertEquals(ReadCode.INPUT_UNREADABLE, e.code());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void manyBlocks_shareOneNodeBudget() {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            blocks.add("[" + repeat("0,", 4_000) + "0]");
        }
        ReadException e = assertThrows(ReadException.class, () -> JsonLdReader.lenient().read(blocks));
        assertEquals(ReadLimits.Limit.NODES, e.limit());
        assertEquals(24, e.block());
    }

    @Test
    void deeplyNestedMarkupInText_isStrippedWithoutOverflow() {
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"" + repeat("<b>", 100_000) + "deep\","
                + "\"articleBody\":\"" + repeat("<div>", 100_000) + "body\"}";
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> JsonLdReader.lenient().read(json));
        assertEquals("deep", result.articles().get(0).headline());
        assertEquals("body", result.articles().get(0).body());
    }

    @Test
    void controlCharactersAndMarkupEverywhere_areCleaned() {
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"\\u0000<script>alert(1)</script>Head\\u0007line\\n\","
                + "\"author\":\"<b>Jane</b>\"}";
        Article a = JsonLdReader.lenient().read(json).articles().get(0);
        // a script element's content is no text: it goes with the markup
        assertEquals("Headline", a.headline());
        assertEquals("Jane", a.byline().contributors().get(0).party().name());
    }

    @Test
    void manyObjectsDefiningOneId_stopAtTheLimit_quickly() {
        // issue 11: 33,000 objects sharing one @id took 140 s (each candidate merged every definition); 20,000
        // stay below the node limit
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@graph\":[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"@id\":\"https://x.example/#a\",\"@type\":\"NewsArticle\",\"headline\":\"h")
                    .append(i).append("\"}");
        }
        String page = json.append("]}").toString();

        ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ReadException.class,
                () -> JsonLdReader.lenient().read(page)));

        assertEquals(ReadLimits.Limit.DEFINITIONS_PER_ID, e.limit());
        assertTrue(e.getMessage().contains("more than 1000 objects define the @id \"https://x.example/#a\" (maxDefinitionsPerId)"),
                e.getMessage());
    }

    @Test
    void oneIdDefinedUpToTheLimit_andUsedEverywhere_readInLinearTime() {
        // 1,000 definitions of one person and 30,000 references to it: each use reads its types once
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"h\",\"author\":[");
        for (int i = 0; i < 30_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"@id\":\"#p\"}");
        }
        json.append("]}");
        for (int i = 0; i < 1000; i++) {
            json.append(",{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":\"Ana Ribeiro\"}");
        }
        String page = json.append("]}").toString();

        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> JsonLdReader.lenient().read(page));

        assertEquals(30_000, result.articles().get(0).byline().contributors().size());
        ReadException e = assertThrows(ReadException.class,
                () -> JsonLdReader.builder().limits(ReadLimits.defaults().withMaxDefinitionsPerId(999)).build().read(page));
        assertEquals(ReadLimits.Limit.DEFINITIONS_PER_ID, e.limit());
    }
}
