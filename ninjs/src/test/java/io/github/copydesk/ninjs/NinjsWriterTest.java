package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Rights;
import io.github.copydesk.testing.ModelGenerators;
import io.github.copydesk.testing.Sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The writer's output, byte for byte against golden files through every sink, and its contract: the
 * {@code uri} it takes or refuses, what it leaves out, its options, HTML safety, threads, nulls.
 *
 * <p>Run with {@code -Dcopydesk.golden.update=true} to rewrite the golden files under
 * {@code src/test/resources/ninjs/golden} from the current writer; then read every changed line against
 * {@link NinjsWriter}'s mapping before committing them.
 */
class NinjsWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NinjsWriter V3 = NinjsWriter.create();
    private static final NinjsWriter V3_PRETTY = NinjsWriter.builder().pretty(true).build();
    private static final NinjsWriter V2_PRETTY = NinjsWriter.builder().version(NinjsVersion.V2).pretty(true).build();

    /**
     * Whether the writer takes an article: it has an identifier that is an absolute URI, or none and a
     * canonical URL.
     *
     * @param a the article
     * @return whether {@code write(a)} writes it
     */
    static boolean writable(Article a) {
        if (a.identifier() == null) {
            return a.url() != null;
        }
        try {
            URI uri = new URI(a.identifier());
            return uri.isAbsolute() && uri.toASCIIString().chars().allMatch(c -> c > 0x20 && c < 0x7f);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * Generated articles the writer takes: {@link ModelGenerators#articles()}, each without an identifier
     * or canonical URL it can write given a URN (so every field is drawn, and both sources of the uri).
     *
     * @return the generator
     */
    static Gen<Article> writableArticles() {
        return ModelGenerators.articles().map(a -> writable(a) ? a
                : a.toBuilder().identifier("urn:copydesk:generated:" + Integer.toHexString(a.hashCode())).build());
    }

    // ---- golden files, through every sink

    /** The bytes a writer writes one way. */
    static byte[] write(Sink sink, NinjsWriter writer, Article article) throws IOException {
        return sink.write(article, writer::write, writer::write, writer::write);
    }

    /** A golden file and how it is written. */
    record Golden(String file, NinjsWriter writer, Supplier<Article> article) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> goldens() {
        List<Golden> goldens = List.of(
                new Golden("rich-3.2.json", V3, WireStories::rich),
                new Golden("rich-3.2-pretty.json", V3_PRETTY, WireStories::rich),
                new Golden("rich-2.3-pretty.json", V2_PRETTY, WireStories::rich),
                new Golden("hostile-3.2.json", V3, WireStories::hostile));
        return goldens.stream().flatMap(g -> Stream.of(Sink.values()).map(sink -> arguments(g.file() + " via " + sink, g, sink)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void write_equalsGoldenFileByteForByte(String name, Golden golden, Sink sink) throws IOException {
        byte[] actual = write(sink, golden.writer(), golden.article().get());
        byte[] expected = golden(golden.file(), actual);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), name);
        assertArrayEquals(expected, actual, name);
    }

    private static byte[] golden(String file, byte[] actual) throws IOException {
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Path source = Path.of("src", "test", "resources", "ninjs", "golden", file);
            Files.createDirectories(source.getParent());
            Files.write(source, actual);
            return actual;
        }
        try (InputStream in = NinjsWriterTest.class.getResourceAsStream("/ninjs/golden/" + file)) {
            assertNotNull(in, "golden file missing: src/test/resources/ninjs/golden/" + file
                    + " (run with -Dcopydesk.golden.update=true to write it, then read it)");
            return in.readAllBytes();
        }
    }

    @Test
    void write_v2_writesTheLowerCaseNamesOf23() throws IOException {
        JsonNode v2 = JSON.readTree(V2_PRETTY.write(WireStories.rich()));
        assertEquals("2.3", v2.path("standard").path("version").textValue());
        assertTrue(v2.has("versioncreated") && v2.has("embargoed") && !v2.has("versionCreated"), v2::toString);
        assertEquals("text/plain", v2.path("bodies").path(0).path("contenttype").textValue());
        assertEquals("image/jpeg", v2.path("associations").path(0).path("renditions").path(0).path("contenttype").textValue());
        assertEquals("https://example.org/licenses/editorial-use",
                v2.path("associations").path(0).path("rightsinfo").path("linkedrights").textValue());
    }

    // ---- uri

    @Test
    void uri_isTheIdentifier_elseTheCanonicalUrl() throws IOException {
        Article a = WireStories.rich();
        assertEquals("urn:newsml:example.com:20240604:nato-russia", JSON.readTree(V3.write(a)).get("uri").textValue());
        Article noId = a.toBuilder().identifier(null).build();
        assertEquals("https://example.com/news/russia-offers-help", JSON.readTree(V3.write(noId)).get("uri").textValue());
    }

    @Test
    void uri_nonAsciiIdentifierAndUrl_arePercentEncoded() throws IOException {
        Article a = Article.builder().identifier("urn:x:caf\u00e9").build();
        assertEquals("urn:x:caf%C3%A9", JSON.readTree(V3.write(a)).get("uri").textValue());
        Article b = Article.builder().url("https://example.com/\u65e5\u672c").build();
        assertEquals("https://example.com/%E6%97%A5%E6%9C%AC", JSON.readTree(V3.write(b)).get("uri").textValue());
    }

    @Test
    void uri_neitherIdentifierNorUrl_isRefusedNamingUri() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> V3.write(Article.builder().headline("No id").build()));
        assertTrue(e.getMessage().startsWith("uri:"), e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A12345", "renditions-example", "urn:a b", "/relative/path"})
    void uri_identifierThatIsNoAbsoluteUri_isRefusedNamingUriAndTheValue(String identifier) {
        Article a = Article.builder().identifier(identifier).url("https://example.com/x").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> V3.write(a));
        assertTrue(e.getMessage().startsWith("uri:") && e.getMessage().contains(identifier), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> V3.write(a, new StringWriter()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> V3.write(a, out));
        assertEquals(0, out.size(), "nothing is written");
    }

    // ---- what is left out

    @Test
    void dates_dateOnlyIsLeftOut_dateTimesAreRfc3339() throws IOException {
        Article a = Article.builder().identifier("urn:x:1")
                .datePublished(NewsDate.parse("2024-06-04"))
                .dateModified(NewsDate.of(OffsetDateTime.of(2024, 6, 4, 10, 15, 0, 0, ZoneOffset.ofHours(2))))
                .dateCreated(NewsDate.of(OffsetDateTime.of(2024, 6, 4, 10, 15, 30, 0, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15))))
                .build();
        JsonNode json = JSON.readTree(V3.write(a));
        assertFalse(json.has("firstCreated"), "a date alone gets no invented time");
        assertEquals("2024-06-04T10:15:00+02:00", json.get("versionCreated").textValue(), "seconds written though zero");
        assertEquals("2024-06-04T04:45:15Z", json.get("contentCreated").textValue(), "an offset with seconds: the instant in UTC");
    }

    @Test
    void dates_beyondYear9999InUtc_areLeftOut() throws IOException {
        Article a = Article.builder().identifier("urn:x:1").dateCreated(NewsDate.of(
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutesSeconds(-1, 0, -1)))).build();
        assertFalse(JSON.readTree(V3.write(a)).has("contentCreated"));
    }

    @Test
    void media_withoutUrl_areLeftOut_andTheOthersKeepTheirOrder() throws IOException {
        JsonNode associations = JSON.readTree(V3.write(WireStories.rich())).get("associations");
        List<String> names = new ArrayList<>();
        associations.forEach(x -> names.add(x.get("name").textValue() + " " + x.get("type").textValue()));
        assertEquals(List.of("image1 picture", "video1 video", "audio1 audio"), names);
        Article onlyDraft = Article.builder().identifier("urn:x:1").addMedia(Image.draft()).build();
        assertFalse(JSON.readTree(V3.write(onlyDraft)).has("associations"));
    }

    @Test
    void write_minimal_writesOnlyUriStandardAndType() {
        assertEquals("{\"uri\":\"urn:x:1\",\"standard\":{\"name\":\"ninjs\",\"version\":\"3.2\","
                + "\"schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#\"},\"type\":\"text\"}",
                V3.write(Article.builder().identifier("urn:x:1").build()));
    }

    @Test
    void write_emptyKeywords_areLeftOut() throws IOException {
        Article a = Article.builder().identifier("urn:x:1").keywords(List.of("", "NATO", "")).build();
        assertEquals("[{\"name\":\"NATO\"}]", JSON.readTree(V3.write(a)).get("subjects").toString());
    }

    /** Regression: names the byline parser cannot read back ("By :", "By /", a no-break space) broke the round trip. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {":", "/", "and", "\u00a0", ", Reuters"})
    void by_aBylineTheParserCannotReadBack_isLeftOut(String name) throws IOException {
        Article a = Article.builder().identifier("urn:x:1").byline(Byline.authors(Person.of(name))).build();
        assertFalse(JSON.readTree(V3.write(a)).has("by"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "and", "\u00a0", ", Reuters"})
    void by_aCreatorTheParserCannotReadBack_isLeftOut(String name) throws IOException {
        Article a = Article.builder().identifier("urn:x:1")
                .addMedia(Image.of(URI.create("https://x.example/a.jpg")).withRights(Rights.NONE.withCreator(Person.of(name))))
                .build();
        assertFalse(JSON.readTree(V3.write(a)).get("associations").get(0).has("by"));
    }

    @Test
    void by_plainNames_areWrittenAsFormatted() throws IOException {
        Article a = Article.builder().identifier("urn:x:1")
                .byline(Byline.parse("By Jane Doe, Staff Writer, The Times; photographs by Sam Lee")).build();
        assertEquals("By Jane Doe, Staff Writer, The Times; photographs by Sam Lee", JSON.readTree(V3.write(a)).get("by").textValue());
    }

    // ---- HTML safety, options, threads, nulls

    @Test
    void write_hostile_neverHoldsScriptBreakingCharacters() throws IOException {
        String json = V3.write(WireStories.hostile());
        for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(json.contains(forbidden), "raw " + forbidden + " in " + json);
        }
        assertEquals(WireStories.hostile().headline(), JSON.readTree(json).get("headlines").get(0).get("value").textValue());
    }

    @Test
    void write_prettyAndCompact_holdTheSameJson() throws IOException {
        assertEquals(JSON.readTree(V3.write(WireStories.rich())), JSON.readTree(V3_PRETTY.write(WireStories.rich())));
        String pretty = V3_PRETTY.write(WireStories.rich());
        assertTrue(pretty.startsWith("{\n  \"uri\": "), pretty);
        assertFalse(V3.write(WireStories.rich()).contains("\n"));
    }

    @Test
    void builder_defaultsAndOptions() {
        assertEquals(NinjsVersion.V3, V3.version());
        assertFalse(V3.pretty());
        assertEquals(NinjsVersion.V2, V2_PRETTY.version());
        assertTrue(V2_PRETTY.pretty());
    }

    @Test
    void builder_version1_isRefusedNamingVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NinjsWriter.builder().version(NinjsVersion.V1));
        assertTrue(e.getMessage().startsWith("version"), e::getMessage);
    }

    @Test
    void write_fromManyThreads_givesTheSameBytes() throws Exception {
        String expected = V3.write(WireStories.rich());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> V3.write(WireStories.rich())));
            }
            for (Future<String> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void nulls_throwNamingTheParameter() {
        assertEquals("article", assertThrows(NullPointerException.class, () -> V3.write((Article) null)).getMessage());
        assertEquals("article", assertThrows(NullPointerException.class, () -> V3.write(null, new StringWriter())).getMessage());
        assertEquals("out", assertThrows(NullPointerException.class,
                () -> V3.write(WireStories.rich(), (StringWriter) null)).getMessage());
        assertEquals("out", assertThrows(NullPointerException.class,
                () -> V3.write(WireStories.rich(), (ByteArrayOutputStream) null)).getMessage());
        assertEquals("version", assertThrows(NullPointerException.class, () -> NinjsWriter.builder().version(null)).getMessage());
    }
}
