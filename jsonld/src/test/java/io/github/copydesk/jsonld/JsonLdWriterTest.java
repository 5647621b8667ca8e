package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.mapping.Mappings;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;
import io.github.copydesk.testing.Sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The writer's output, byte for byte against golden files, and its contract: order, absence, graph
 * linking, options, HTML safety, sinks, threads, nulls.
 *
 * <p>Run with {@code -Dcopydesk.golden.update=true} to rewrite the golden files under
 * {@code src/test/resources/golden} from the current writer; then read every changed line against
 * DESIGN.md's mapping before committing them.
 */
class JsonLdWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonLdWriter COMPACT = JsonLdWriter.create();
    private static final JsonLdWriter COMPACT_PRETTY = JsonLdWriter.builder().pretty(true).build();
    private static final JsonLdWriter GRAPH = JsonLdWriter.builder().graph(true).build();
    private static final JsonLdWriter GRAPH_PRETTY = JsonLdWriter.builder().graph(true).pretty(true).build();

    private static final String SCRIPT_START = "<script type=\"application/ld+json\">";
    private static final String SCRIPT_END = "</script>";

    // ---- golden files, through every sink

    /** The bytes a writer writes one way. */
    static byte[] write(Sink sink, JsonLdWriter writer, Article article) throws IOException {
        return sink.write(article, writer::write, writer::write, writer::write);
    }

    /** A golden file and how it is written. */
    record Golden(String file, JsonLdWriter writer, Supplier<Article> article) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Golden> goldens() {
        return List.of(
                new Golden("rich-compact.jsonld", COMPACT, TestArticles::rich),
                new Golden("rich-compact-pretty.jsonld", COMPACT_PRETTY, TestArticles::rich),
                new Golden("rich-graph.jsonld", GRAPH, TestArticles::rich),
                new Golden("rich-graph-pretty.jsonld", GRAPH_PRETTY, TestArticles::rich),
                new Golden("hostile-compact.jsonld", COMPACT, TestArticles::hostile));
    }

    static Stream<Arguments> goldensThroughSinks() {
        return goldens().stream().flatMap(golden -> Stream.of(Sink.values())
                .map(sink -> arguments(golden.file() + " via " + sink, golden, sink)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldensThroughSinks")
    void write_richAndHostile_equalGoldenFileByteForByte(String name, Golden golden, Sink sink) throws IOException {
        byte[] actual = write(sink, golden.writer(), golden.article().get());
        byte[] expected = golden(golden.file(), actual);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), name);
        assertArrayEquals(expected, actual, name);
    }

    /** The golden file's bytes; in update mode, first rewrites the source file with {@code actual}. */
    private static byte[] golden(String file, byte[] actual) throws IOException {
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Path source = Path.of("src", "test", "resources", "golden", file);
            Files.createDirectories(source.getParent());
            Files.write(source, actual);
            return actual;
        }
        try (InputStream in = JsonLdWriterTest.class.getResourceAsStream("/golden/" + file)) {
            assertNotNull(in, "golden file missing: src/test/resources/golden/" + file
                    + " (run with -Dcopydesk.golden.update=true to write it, then read it)");
            return in.readAllBytes();
        }
    }

    @Test
    void write_prettyAndCompact_holdTheSameJson() throws IOException {
        for (Article article : TestArticles.named().values()) {
            assertEquals(JSON.readTree(COMPACT.write(article)), JSON.readTree(COMPACT_PRETTY.write(article)));
            assertEquals(JSON.readTree(GRAPH.write(article)), JSON.readTree(GRAPH_PRETTY.write(article)));
        }
    }

    @Test
    void write_pretty_isTwoSpaceIndentedWithLineFeedsAndNoTrailingNewline() {
        String pretty = COMPACT_PRETTY.write(TestArticles.rich());
        assertTrue(pretty.startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"NewsArticle\",\n"), pretty);
        assertFalse(pretty.contains("\r"), "no carriage returns");
        assertFalse(pretty.contains(" : "), "\"key\": value, not \"key\" : value");
        assertTrue(pretty.endsWith("\n}"), "ends with the closing brace");
        for (String line : pretty.split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            assertEquals(0, indent % 2, "two spaces per level: [" + line + "]");
            assertFalse(line.endsWith(" "), "no trailing white space: [" + line + "]");
        }
        String compact = COMPACT.write(TestArticles.rich());
        assertFalse(compact.contains("\n"), "compact output is one line");
    }

    // ---- absent values

    @Test
    void write_minimal_writesOnlyContextTypeAndHeadline() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Russia Offers Help in Afghanistan\"}", COMPACT.write(TestArticles.minimal()));
    }

    @Test
    void write_minimalInGraphMode_writesTheArticleAloneWithoutIdOrPage() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Russia Offers Help in Afghanistan\"}]}", GRAPH.write(TestArticles.minimal()));
    }

    static Stream<Arguments> namedArticlesAndWriters() {
        List<Arguments> all = new ArrayList<>();
        for (Map.Entry<String, Article> e : TestArticles.named().entrySet()) {
            all.add(arguments(e.getKey() + ", compact", e.getValue(), COMPACT));
            all.add(arguments(e.getKey() + ", graph", e.getValue(), GRAPH));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedArticlesAndWriters")
    void write_anyArticle_neverWritesNullEmptyStringOrEmptyContainer(String name, Article article, JsonLdWriter writer)
            throws IOException {
        List<String> problems = new ArrayList<>();
        emptiness(JSON.readTree(writer.write(article)), "$", problems);
        assertEquals(List.of(), problems, name);
    }

    private static void emptiness(JsonNode node, String path, List<String> problems) {
        if (node.isNull()) {
            problems.add(path + ": null");
        } else if (node.isTextual() && node.asText().isEmpty()) {
            problems.add(path + ": \"\"");
        } else if (node.isContainerNode() && node.isEmpty()) {
            problems.add(path + ": empty " + (node.isArray() ? "array" : "object"));
        } else if (node.isObject()) {
            node.properties().forEach(e -> emptiness(e.getValue(), path + "." + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                emptiness(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    @Test
    void write_emptyStrings_areWrittenLikeAbsentValues() {
        Article absent = Article.builder().headline("Headline")
                .byline(Byline.authors(Person.of("Jane Doe")))
                .addQuote(Quote.of("Words", Person.of("Igor Ivanov")))
                .build();
        Article empty = absent.toBuilder()
                .alternativeHeadline("").description("").section("")
                .byline(Byline.authors(new Person("Jane Doe", "", "", "", "", null, null, List.of())))
                .quotes(List.of(new Quote("Words", new Person("Igor Ivanov", "", "", "", "", null, null, List.of()), false, "")))
                .build();
        assertEquals(COMPACT.write(absent), COMPACT.write(empty));
        assertEquals(GRAPH.write(absent), GRAPH.write(empty));
    }

    /** Regression: an empty body was left out as {@code articleBody} but still counted as {@code "wordCount": 0}. */
    @Test
    void write_emptyBody_writesNeitherArticleBodyNorWordCount() {
        String json = COMPACT.write(TestArticles.minimal().toBuilder().body("").build());
        assertEquals(COMPACT.write(TestArticles.minimal()), json);
    }

    /** Regression: an empty keyword was written as {@code ""} inside {@code keywords}. */
    @Test
    void write_emptyKeyword_isLeftOut() {
        String json = COMPACT.write(TestArticles.minimal().toBuilder().keywords(List.of("", "NATO", "")).build());
        assertTrue(json.endsWith(",\"keywords\":[\"NATO\"]}"), json);
        assertEquals(COMPACT.write(TestArticles.minimal()),
                COMPACT.write(TestArticles.minimal().toBuilder().keywords(List.of("")).build()));
    }

    /** Regression: a dateline whose text is empty lost its {@code dateline} instead of being formatted like one without text. */
    @Test
    void write_emptyDatelineText_isFormattedLikeNoText() {
        Dateline noText = Dateline.of(Place.of("TORONTO").withCountry("Canada"));
        Article withNoText = TestArticles.minimal().toBuilder().dateline(noText).build();
        Article withEmptyText = TestArticles.minimal().toBuilder().dateline(noText.withText("")).build();
        assertEquals(COMPACT.write(withNoText), COMPACT.write(withEmptyText));
    }

    // ---- property order

    @Test
    void write_rich_writesEveryArticlePropertyInTermOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Term term : Mappings.articleOrder()) {
            if (term != Term.ID) {
                expected.add(term.term());
            }
        }
        Article rich = TestArticles.rich().toBuilder().identifier("urn:newsml:example.com:20240301:harbour").build();
        assertEquals(expected, keys(JSON.readTree(COMPACT.write(rich))));

        List<String> expectedInGraph = new ArrayList<>();
        for (Term term : Mappings.articleOrder()) {
            if (term != Term.CONTEXT) {
                expectedInGraph.add(term.term());
            }
        }
        assertEquals(expectedInGraph, keys(JSON.readTree(GRAPH.write(rich)).get("@graph").get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedArticlesAndWriters")
    void write_anyArticle_keepsTermOrder(String name, Article article, JsonLdWriter writer) throws IOException {
        JsonNode root = JSON.readTree(writer.write(article));
        JsonNode node = writer.graph() ? root.get("@graph").get(0) : root;
        List<String> keys = keys(node);
        List<String> order = Mappings.articleOrder().stream().map(Term::term).toList();
        List<String> inOrder = order.stream().filter(keys::contains).toList();
        assertTrue(order.containsAll(keys), name + ": unknown article keys in " + keys);
        assertEquals(inOrder, keys, name);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    // ---- the mapping, spot checks a reader of the output would make

    @Test
    void write_rich_mapsTheBylineQuotesAndMediaAsDesigned() throws IOException {
        JsonNode a = JSON.readTree(COMPACT.write(TestArticles.rich()));
        assertEquals(2, a.get("author").size());
        assertEquals("Person", a.get("author").get(0).get("@type").asText());
        assertEquals("AP Diplomatic Writer", a.get("author").get(0).get("jobTitle").asText());
        assertEquals("NewsMediaOrganization", a.get("author").get(1).get("@type").asText());
        assertEquals("John Roe", a.get("editor").get(0).get("name").asText());
        List<String> roles = new ArrayList<>();
        a.get("contributor").forEach(role -> {
            assertEquals("Role", role.get("@type").asText());
            roles.add(role.get("roleName").asText() + ":" + role.get("contributor").get("name").asText());
        });
        assertEquals(List.of("contributor:Ana Lima", "photographer:Maria Garcia", "videographer:Sam Lee",
                "illustrator:Copydesk Daily Graphics", "translator:Pierre Martin"), roles);
        // the photographer of the lead image is its creator
        assertEquals("Maria Garcia", a.get("image").get(0).get("creator").get("name").asText());
        // images, then videos, then audio; order within a kind kept
        assertEquals(List.of("https://example.com/media/ivanov-robertson.jpg", "https://example.com/media/kabul-map.png"),
                List.of(a.get("image").get(0).get("contentUrl").asText(), a.get("image").get(1).get("contentUrl").asText()));
        assertEquals(1, a.get("video").size());
        assertEquals(1, a.get("audio").size());
        // five quotes then the two paywalled sections
        JsonNode parts = a.get("hasPart");
        assertEquals(7, parts.size());
        JsonNode unnamed = parts.get(3).get("creator");
        assertEquals("{\"@type\":\"Person\",\"description\":\"a senior NATO official\"}", unnamed.toString());
        assertEquals("{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".paywall\"}",
                parts.get(5).toString());
        assertFalse(a.get("isAccessibleForFree").asBoolean());
        // dates keep their offsets; a date-only correction stays date-only
        assertEquals("2024-06-04T09:30:00+02:00", a.get("datePublished").asText());
        assertEquals("2024-06-04T17:05:30-04:00", a.get("dateModified").asText());
        assertEquals("2024-06-04T06:15:00+05:30", a.get("dateCreated").asText());
        assertEquals("2024-06-05", a.get("correction").get(1).get("datePublished").asText());
        // what schema.org cannot carry is not written
        String json = a.toString();
        for (String lost : List.of("said on condition of anonymity", "said in a statement", "Two men in dark suits",
                "A street map of Kabul", "\"partial\"", "CA-ON")) {
            assertFalse(json.contains(lost), "not part of the projection: " + lost);
        }
    }

    // ---- graph mode

    @Test
    void write_richInGraphMode_linksArticlePageAndParties() throws IOException {
        JsonNode root = JSON.readTree(GRAPH.write(TestArticles.rich()));
        assertEquals(List.of("@context", "@graph"), keys(root));
        assertEquals("https://schema.org", root.get("@context").asText());
        JsonNode graph = root.get("@graph");

        JsonNode article = graph.get(0);
        assertEquals(TestArticles.RICH_URL + "#article", article.get("@id").asText());
        assertEquals("{\"@id\":\"" + TestArticles.RICH_URL + "\"}", article.get("mainEntityOfPage").toString());
        assertEquals("{\"@type\":\"WebPage\",\"@id\":\"" + TestArticles.RICH_URL + "\",\"url\":\"" + TestArticles.RICH_URL
                + "\"}", graph.get(1).toString());

        // every top-level node has a unique @id
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        for (JsonNode node : graph) {
            assertTrue(node.has("@id"), "top-level node without @id: " + node);
            assertNull(nodes.put(node.get("@id").asText(), node), "two nodes with @id " + node.get("@id"));
        }
        // each party with a url (else a first sameAs) is one node, with that @id
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://example.com/staff/jane-doe", "Jane Doe");
        expected.put("https://example.org/ap", "The Associated Press");
        expected.put("https://example.org/wiki/Example_Wire_Service", "Example Wire Service");
        expected.put("https://example.com/", "Copydesk Daily");
        expected.put("https://example.com/staff/maria-garcia", "Maria Garcia");
        expected.put("https://example.org/people/pierre-martin", "Pierre Martin");
        expected.put("https://example.org/people/lord-robertson", "Lord Robertson");
        expected.put("https://example.org/nato", "NATO");
        Map<String, String> partyNodes = new LinkedHashMap<>();
        for (int i = 2; i < graph.size(); i++) {
            partyNodes.put(graph.get(i).get("@id").asText(), graph.get(i).get("name").asText());
        }
        assertEquals(expected.keySet(), partyNodes.keySet(), "party nodes");
        assertEquals(expected, Map.copyOf(partyNodes));

        // elsewhere, an object with an @id is a bare reference to one of the nodes, and every party node is referenced
        Map<String, Integer> references = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            for (Map.Entry<String, JsonNode> field : graph.get(i).properties()) {
                references(field.getValue(), "$.@graph[" + i + "]." + field.getKey(), nodes.keySet(), references, problems);
            }
        }
        assertEquals(List.of(), problems);
        for (String id : partyNodes.keySet()) {
            assertTrue(references.getOrDefault(id, 0) > 0, "node never referenced: " + id);
        }
        assertEquals(2, references.get("https://example.com/staff/maria-garcia"), "byline photographer and image creator");
        assertEquals(5, references.get("https://example.com/"), "publisher, copyright holder (3x), audio creator");
        assertEquals(2, references.get("https://example.org/nato"), "affiliation and speaker");
        assertEquals(1, references.get(TestArticles.RICH_URL), "mainEntityOfPage");

        // a person with neither url nor sameAs stays embedded
        assertEquals("{\"@type\":\"Person\",\"name\":\"John Roe\",\"jobTitle\":\"World Editor\"}",
                article.get("editor").get(0).toString());
        // the second author is referenced by its first sameAs
        assertEquals("{\"@id\":\"https://example.org/wiki/Example_Wire_Service\"}", article.get("author").get(1).toString());
    }

    private static void references(JsonNode node, String path, Set<String> ids, Map<String, Integer> references,
            List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), path + "[" + i + "]", ids, references, problems);
            }
        } else if (node.isObject()) {
            if (node.has("@id")) {
                String id = node.get("@id").asText();
                if (node.size() != 1) {
                    problems.add(path + ": embedded node with @id " + id + " (should be a reference)");
                } else if (!ids.contains(id)) {
                    problems.add(path + ": reference to no node: " + id);
                } else {
                    references.merge(id, 1, Integer::sum);
                }
            }
            node.properties().forEach(e -> references(e.getValue(), path + "." + e.getKey(), ids, references, problems));
        }
    }

    @Test
    void write_twoDifferentPartiesWithOneUrl_doNotMerge() throws IOException {
        URI shared = URI.create("https://example.com/staff/desk");
        Person jane = Person.of("Jane Doe").withUrl(shared);
        Person john = Person.of("John Roe").withUrl(shared);
        Article article = TestArticles.minimal().toBuilder()
                .byline(Byline.of(Contributor.author(jane), Contributor.of(ContributorRole.EDITOR, john)))
                .addQuote(Quote.of("Words", jane))
                .build();
        JsonNode root = JSON.readTree(GRAPH.write(article));
        JsonNode graph = root.get("@graph");
        assertEquals(2, graph.size(), "the article and one person node: " + graph);
        assertEquals("{\"@type\":\"Person\",\"@id\":\"https://example.com/staff/desk\",\"name\":\"Jane Doe\","
                + "\"url\":\"https://example.com/staff/desk\"}", graph.get(1).toString());
        JsonNode a = graph.get(0);
        assertEquals("{\"@id\":\"https://example.com/staff/desk\"}", a.get("author").get(0).toString());
        assertEquals("{\"@id\":\"https://example.com/staff/desk\"}", a.get("hasPart").get(0).get("creator").toString());
        // the other person keeps everything but the @id, so a processor does not merge the two
        assertEquals("{\"@type\":\"Person\",\"name\":\"John Roe\",\"url\":\"https://example.com/staff/desk\"}",
                a.get("editor").get(0).toString());
    }

    static Stream<Arguments> namedArticles() {
        return TestArticles.named().entrySet().stream().map(e -> arguments(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedArticles")
    void write_anyArticleInGraphMode_hasUniqueNodeIdsAndOnlyResolvableReferences(String name, Article article)
            throws IOException {
        JsonNode graph = JSON.readTree(GRAPH.write(article)).get("@graph");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode node : graph) {
            if (node.has("@id") && !ids.add(node.get("@id").asText())) {
                problems.add("two nodes with @id " + node.get("@id").asText());
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            for (Map.Entry<String, JsonNode> field : graph.get(i).properties()) {
                references(field.getValue(), "$.@graph[" + i + "]." + field.getKey(), ids, new LinkedHashMap<>(), problems);
            }
        }
        assertEquals(List.of(), problems, name);
    }

    /**
     * Regression: a party whose url is the canonical URL got the page's {@code @id}, so a JSON-LD
     * processor merged the two into one node (a WebPage that is also a NewsMediaOrganization).
     */
    @Test
    void write_partyWhoseUrlIsTheCanonicalUrl_doesNotMergeWithThePage() throws IOException {
        URI home = URI.create("https://example.com/");
        Article article = TestArticles.minimal().toBuilder().url(home)
                .publisher(TestArticles.PUBLISHER.withUrl(home)).build();
        JsonNode graph = JSON.readTree(GRAPH.write(article)).get("@graph");
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode node : graph) {
            assertTrue(ids.add(node.path("@id").asText()), "two nodes with @id " + node.get("@id") + " in " + graph);
        }
    }

    @Test
    void write_graphWithoutUrl_writesNoArticleIdNoPageButStillLinksParties() throws IOException {
        Article article = TestArticles.rich().toBuilder().url((URI) null).build();
        JsonNode graph = JSON.readTree(GRAPH.write(article)).get("@graph");
        JsonNode a = graph.get(0);
        assertFalse(a.has("@id"));
        assertFalse(a.has("url"));
        assertFalse(a.has("mainEntityOfPage"));
        for (JsonNode node : graph) {
            assertFalse("WebPage".equals(node.path("@type").asText()), "no page without a url");
        }
        assertEquals("{\"@id\":\"https://example.com/staff/jane-doe\"}", a.get("author").get(0).toString());
    }

    // ---- options

    @Test
    void create_hasTheDocumentedDefaults() {
        JsonLdWriter writer = JsonLdWriter.create();
        assertFalse(writer.pretty());
        assertFalse(writer.graph());
        assertTrue(writer.quotes());
        assertNull(writer.datelineStyle());
        JsonLdWriter configured = JsonLdWriter.builder().pretty(true).graph(true).quotes(false)
                .datelineStyle(DatelineStyle.AP).build();
        assertTrue(configured.pretty());
        assertTrue(configured.graph());
        assertFalse(configured.quotes());
        assertSame(DatelineStyle.AP, configured.datelineStyle());
    }

    @Test
    void write_quotesOff_dropsQuotationsButKeepsPaywalledSections() throws IOException {
        JsonLdWriter noQuotes = JsonLdWriter.builder().quotes(false).build();
        String json = noQuotes.write(TestArticles.rich());
        assertFalse(json.contains("Quotation"), json);
        assertEquals("[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".paywall\"},"
                + "{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".premium\"}]",
                JSON.readTree(json).get("hasPart").toString());
        // with no paywall either, there is no hasPart at all
        String free = noQuotes.write(TestArticles.rich().toBuilder().paywall(Paywall.FREE).build());
        assertFalse(free.contains("hasPart"), free);
        assertTrue(free.contains("\"isAccessibleForFree\":true"), free);
        // and nothing else changes
        ObjectNode withQuotes = (ObjectNode) JSON.readTree(COMPACT.write(TestArticles.rich()));
        ObjectNode without = (ObjectNode) JSON.readTree(json);
        withQuotes.remove("hasPart");
        without.remove("hasPart");
        assertEquals(withQuotes, without);
    }

    @Test
    void write_quotesOffInGraphMode_writesNoNodeOnlyQuotesReferTo() {
        String json = JsonLdWriter.builder().graph(true).quotes(false).build().write(TestArticles.rich());
        assertFalse(json.contains("https://example.org/people/lord-robertson"), json);
        assertFalse(json.contains("https://example.org/nato"), json);
        assertFalse(json.contains("Government of Russia"), json);
        assertTrue(json.contains("\"@id\":\"https://example.com/staff/jane-doe\""), json);
    }

    static Stream<Arguments> datelineStyles() {
        return Stream.of(
                arguments("as written", null, "TORONTO, Ontario, Canada, June 4, 2024 (AP) —"),
                arguments("AP: Toronto stands alone", DatelineStyle.AP, "TORONTO (AP) —"),
                arguments("REUTERS", DatelineStyle.REUTERS, "TORONTO, June 4, 2024 (AP) -"),
                arguments("PLAIN", DatelineStyle.PLAIN, "TORONTO, Ontario, Canada"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datelineStyles")
    void write_datelineStyle_writesTheDatelineInThatStyle(String name, DatelineStyle style, String expected)
            throws IOException {
        JsonLdWriter writer = JsonLdWriter.builder().datelineStyle(style).build();
        JsonNode a = JSON.readTree(writer.write(TestArticles.rich()));
        assertEquals(expected, a.get("dateline").asText());
        assertEquals("{\"@type\":\"Place\",\"name\":\"TORONTO, Ontario, Canada\",\"address\":{\"@type\":\"PostalAddress\","
                + "\"addressLocality\":\"TORONTO\",\"addressRegion\":\"Ontario\",\"addressCountry\":\"CA\"}}",
                a.get("locationCreated").toString(), "the place does not depend on the style");
    }

    @Test
    void write_datelineWithoutText_isFormattedInThePlainStyle() throws IOException {
        Article article = TestArticles.minimal().toBuilder()
                .dateline(Dateline.of(Place.of("MADRID").withCountry("Spain"))).build();
        assertEquals("MADRID, Spain", JSON.readTree(COMPACT.write(article)).get("dateline").asText());
        assertEquals("MADRID (AP) —", JSON.readTree(JsonLdWriter.builder().datelineStyle(DatelineStyle.AP).build()
                .write(article)).get("dateline").asText());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatelineStyle.class)
    void write_datelineWithoutLocality_fallsBackToThePlainStyle(DatelineStyle style) throws IOException {
        Article article = TestArticles.minimal().toBuilder()
                .dateline(Dateline.of(new Place(null, null, null, "Spain", "ES"))).build();
        JsonNode a = JSON.readTree(JsonLdWriter.builder().datelineStyle(style).build().write(article));
        assertEquals("Spain", a.get("dateline").asText());
        assertEquals("{\"@type\":\"Place\",\"name\":\"Spain\",\"address\":{\"@type\":\"PostalAddress\",\"addressCountry\":\"ES\"}}",
                a.get("locationCreated").toString());
    }

    @Test
    void write_datelineWithAnEmptyPlace_writesNoDatelineNorLocation() {
        Article article = TestArticles.minimal().toBuilder()
                .dateline(Dateline.of(new Place(null, null, null, null, null))).build();
        assertEquals(COMPACT.write(TestArticles.minimal()), COMPACT.write(article));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArticleType.class)
    void write_type_isTheSchemaOrgSubtype(ArticleType type) throws IOException {
        JsonNode a = JSON.readTree(COMPACT.write(TestArticles.ofType(type)));
        assertEquals(type.schemaOrgType(), a.get("@type").asText());
        assertTrue(type.schemaOrgType().endsWith("NewsArticle"));
    }

    // ---- HTML safety and the script element

    @Test
    void scriptElement_wrapsTheOutputExactly() {
        for (Article article : List.of(TestArticles.rich(), TestArticles.hostile(), TestArticles.minimal())) {
            for (JsonLdWriter writer : List.of(COMPACT, GRAPH_PRETTY)) {
                assertEquals(SCRIPT_START + writer.write(article) + SCRIPT_END, writer.scriptElement(article));
            }
        }
    }

    @Test
    void scriptElement_hostileText_staysInsideTheElementAndDecodesBack() throws IOException {
        Article hostile = TestArticles.hostile();
        String element = COMPACT_PRETTY.scriptElement(hostile);
        String lower = element.toLowerCase(Locale.ROOT);
        assertEquals(lower.length() - SCRIPT_END.length(), lower.indexOf("</script"), "only the closing tag: " + element);
        assertFalse(element.contains("<!--"), element);

        Document page = Jsoup.parse("<!DOCTYPE html><html><head>" + element + "</head><body><p id=after>after</p></body></html>");
        Elements scripts = page.select("script");
        assertEquals(1, scripts.size(), page.outerHtml());
        assertEquals("application/ld+json", scripts.get(0).attr("type"));
        assertEquals(COMPACT_PRETTY.write(hostile), scripts.get(0).data());
        assertEquals("after", page.getElementById("after").text());

        JsonNode a = JSON.readTree(scripts.get(0).data());
        assertEquals(hostile.headline(), a.get("headline").asText());
        assertEquals(hostile.description(), a.get("description").asText());
        assertEquals(hostile.body(), a.get("articleBody").asText());
        assertEquals(hostile.url().toString(), a.get("url").asText());
        assertEquals(hostile.quotes().get(0).text(), a.get("hasPart").get(0).get("text").asText());
    }

    @Test
    void write_hostile_escapesOnlyWhatHtmlNeeds() {
        String json = COMPACT.write(TestArticles.hostile());
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, json.indexOf(c), () -> String.format("raw U+%04X in %s", (int) c, json));
        }
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertTrue(json.contains("\\u2028") && json.contains("\\u2029"), json);
        assertTrue(json.contains("?a=1\\u0026b="), json);
        // the emoji and other non-ASCII text are written as themselves, never as escapes or HTML entities
        assertTrue(json.contains("Grinning \uD83D\uDE00 "), json);
        assertTrue(json.contains("Zoë"), json);
        assertFalse(json.contains("\\ud83d") || json.contains("\\uD83D"), json);
        assertFalse(json.contains("&lt;") || json.contains("&amp;"), json);
        // '/' stays readable
        assertTrue(json.contains("https://example.com/news/hostile"), json);
    }

    @Test
    void writeToStream_emoji_isFourBytesOfUtf8NotAnEscapedSurrogatePair() throws IOException {
        String bytes = new String(write(Sink.OUTPUT_STREAM, COMPACT, TestArticles.hostile()), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("Grinning \u00F0\u009F\u0098\u0080 "), "U+1F600 as F0 9F 98 80");
        assertFalse(bytes.toLowerCase(Locale.ROOT).contains("\\ud83d"), bytes);
    }

    @Test
    void write_anyHeadline_isHtmlSafeAndDecodesBack() {
        Theories.qt(1000).forAll(hostileText()).checkAssert(headline -> {
            try {
                assertHtmlSafeAndDecodesBack(headline);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void assertHtmlSafeAndDecodesBack(String headline) throws IOException {
        Article article = Article.builder().headline(headline).build();
        String json = COMPACT.write(article);
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, json.indexOf(c), () -> String.format("raw U+%04X in %s", (int) c, json));
        }
        JsonNode a = JSON.readTree(json);
        if (headline.isEmpty()) {
            assertFalse(a.has("headline"), json);
        } else {
            assertEquals(headline, a.get("headline").asText());
        }
        assertArrayEquals(write(Sink.STRING, COMPACT, article), write(Sink.OUTPUT_STREAM, COMPACT, article));
    }

    /** Up to 30 parts, each a Unicode scalar value or one of {@link HtmlSafetyTest#HOSTILE}'s fragments. */
    static Gen<String> hostileText() {
        Gen<String> part = Generate.oneOf(TextGenerators.scalarValues(), Generate.pick(HtmlSafetyTest.HOSTILE));
        return TextGenerators.strings(part, 30);
    }

    // ---- sinks

    @Test
    void write_doesNotCloseTheCallersWriterOrStream() throws IOException {
        TrackingWriter writer = new TrackingWriter();
        COMPACT.write(TestArticles.rich(), writer);
        assertFalse(writer.closed, "Writer closed");
        assertTrue(writer.flushed, "Writer flushed");
        writer.write("!");
        assertEquals(COMPACT.write(TestArticles.rich()) + "!", writer.toString());

        TrackingStream stream = new TrackingStream();
        COMPACT.write(TestArticles.rich(), stream);
        assertFalse(stream.closed, "OutputStream closed");
        assertTrue(stream.flushed, "OutputStream flushed");
        stream.write('!');
        assertEquals(COMPACT.write(TestArticles.rich()) + "!", stream.toString(StandardCharsets.UTF_8));
    }

    @Test
    void write_twiceToOneStream_appendsTheSameBytesTwice() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GRAPH_PRETTY.write(TestArticles.hostile(), out);
        GRAPH_PRETTY.write(TestArticles.hostile(), out);
        String once = GRAPH_PRETTY.write(TestArticles.hostile());
        assertEquals(once + once, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void write_failingSink_throwsItsIOException() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        IOException e = assertThrows(IOException.class, () -> COMPACT.write(TestArticles.rich(), failing));
        assertEquals("disk full", e.getMessage());
        OutputStream failingStream = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        IOException e2 = assertThrows(IOException.class, () -> COMPACT.write(TestArticles.rich(), failingStream));
        assertEquals("disk full", e2.getMessage());
    }

    // ---- threads

    @Test
    void write_fromEightThreadsAtOnce_givesTheSingleThreadedBytes() throws Exception {
        List<JsonLdWriter> writers = List.of(COMPACT, COMPACT_PRETTY, GRAPH, GRAPH_PRETTY,
                JsonLdWriter.builder().graph(true).quotes(false).datelineStyle(DatelineStyle.AP).build());
        List<Article> articles = new ArrayList<>(TestArticles.named().values());
        byte[][][] expected = new byte[writers.size()][articles.size()][];
        for (int w = 0; w < writers.size(); w++) {
            for (int a = 0; a < articles.size(); a++) {
                expected[w][a] = write(Sink.STRING, writers.get(w), articles.get(a));
            }
        }
        int threads = 8;
        int writesPerThread = 200;
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int writes = 0;
                    for (int i = 0; i < writesPerThread; i++) {
                        int w = (i + thread) % writers.size();
                        int a = (i * 7 + thread * 3) % articles.size();
                        Sink sink = Sink.values()[(i + thread) % Sink.values().length];
                        byte[] actual;
                        try {
                            actual = write(sink, writers.get(w), articles.get(a));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (!Arrays.equals(expected[w][a], actual)) {
                            mismatches.add("thread " + thread + " write " + i + ": writer " + w + ", article " + a + ", " + sink);
                        }
                        writes++;
                    }
                    return writes;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(2, TimeUnit.MINUTES);
            }
            assertEquals(threads * writesPerThread, total);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(mismatches));
    }

    // ---- null parameters

    @Test
    void write_nullArticle_throwsNamingArticle() {
        assertEquals("article", assertThrows(NullPointerException.class, () -> COMPACT.write(null)).getMessage());
    }

    @Test
    void writeToWriter_nullArticle_throwsNamingArticle() {
        assertEquals("article", assertThrows(NullPointerException.class,
                () -> COMPACT.write(null, new StringWriter())).getMessage());
    }

    @Test
    void writeToWriter_nullOut_throwsNamingOut() {
        assertEquals("out", assertThrows(NullPointerException.class,
                () -> COMPACT.write(TestArticles.rich(), (Writer) null)).getMessage());
    }

    @Test
    void writeToStream_nullArticle_throwsNamingArticle() {
        assertEquals("article", assertThrows(NullPointerException.class,
                () -> COMPACT.write(null, new ByteArrayOutputStream())).getMessage());
    }

    @Test
    void writeToStream_nullOut_throwsNamingOut() {
        assertEquals("out", assertThrows(NullPointerException.class,
                () -> COMPACT.write(TestArticles.rich(), (OutputStream) null)).getMessage());
    }

    @Test
    void scriptElement_nullArticle_throwsNamingArticle() {
        assertEquals("article", assertThrows(NullPointerException.class, () -> COMPACT.scriptElement(null)).getMessage());
    }

    /** A Writer that records whether it was flushed or closed. */
    private static final class TrackingWriter extends StringWriter {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    /** An OutputStream that records whether it was flushed or closed. */
    private static final class TrackingStream extends ByteArrayOutputStream {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() throws IOException {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
