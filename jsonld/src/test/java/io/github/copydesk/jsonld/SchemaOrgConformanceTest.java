package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.mapping.Mappings;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.testing.SharedData;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's output conforms to schema.org 30.0 (the shared vocabulary and context, read offline).
 *
 * <p>First, against the vocabulary: every {@code @type} is a schema.org class (not a data type, not
 * superseded), every property is a schema.org property (not superseded) whose
 * {@code schema:domainIncludes} holds the node's type or one of its superclasses
 * ({@code rdfs:subClassOf}, transitively; a superseded property without a domain of its own has
 * its successor's), and every typed node value is in the property's {@code schema:rangeIncludes}
 * (or a subclass). A {@code Role} follows schema.org's role pattern: it stands in for the value of a
 * property, so besides Role's own properties it carries that one property (a {@code contributor}
 * Role holds a {@code contributor}).
 *
 * <p>Second, through a JSON-LD processor (Titanium) with the schema.org context served from the
 * shared file by an offline document loader: expansion succeeds, every expanded property and type
 * is a schema.org term (the context maps to {@code http://schema.org/}, the vocabulary uses
 * {@code https://schema.org/}: the scheme is normalised), and expansion drops nothing: the
 * property/value leaves of the output and of its expansion are the same multiset.
 */
class SchemaOrgConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Vocabulary vocabulary;
    private static OfflineSchemaOrgLoader loader;

    @BeforeAll
    static void loadSchemaOrg() throws IOException, JsonLdError {
        vocabulary = Vocabulary.read(JSON.readTree(
                SharedData.file("schemaorg/30.0/schemaorg-current-https.jsonld").toFile()));
        Path context = SharedData.file("schemaorg/30.0/schemaorgcontext.jsonld");
        try (InputStream in = Files.newInputStream(context)) {
            loader = new OfflineSchemaOrgLoader(JsonDocument.of(MediaType.JSON_LD, in).getJsonContent().orElseThrow());
        }
    }

    /** An article written by one writer configuration, named for the test report. */
    record Case(String name, Article article, JsonLdWriter writer) {
        @Override
        public String toString() {
            return name;
        }

        String json() {
            return writer.write(article);
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (ArticleType type : ArticleType.values()) {
            for (boolean graph : new boolean[] {false, true}) {
                for (boolean quotes : new boolean[] {true, false}) {
                    cases.add(new Case("rich " + type + (graph ? ", graph" : ", compact") + (quotes ? "" : ", no quotes"),
                            TestArticles.ofType(type), JsonLdWriter.builder().graph(graph).quotes(quotes).build()));
                }
            }
        }
        for (Map.Entry<String, Article> named : TestArticles.named().entrySet()) {
            if (named.getKey().startsWith("rich ")) {
                continue;
            }
            for (boolean graph : new boolean[] {false, true}) {
                cases.add(new Case(named.getKey() + (graph ? ", graph" : ", compact"), named.getValue(),
                        JsonLdWriter.builder().graph(graph).build()));
            }
        }
        for (DatelineStyle style : DatelineStyle.values()) {
            cases.add(new Case("rich, dateline " + style, TestArticles.rich(),
                    JsonLdWriter.builder().datelineStyle(style).pretty(true).build()));
        }
        return cases.stream();
    }

    // ---- against the vocabulary

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void write_everyTypeAndProperty_isSchemaOrgAndAllowedWhereWritten(Case c) throws IOException {
        assertEquals(List.of(), vocabulary.violations(JSON.readTree(c.json())), c.name());
    }

    @Test
    void violations_ofBrokenMarkup_areEachReportedWithTheirPath() throws IOException {
        String broken = """
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "jobTitle": "Editor", "fooBar": "x", "language": "en", "interactionCount": "5",
                 "author": [{"@type": "Persn", "name": "A"}, {"@type": "Text"}],
                 "publisher": {"@type": "Person", "name": "B", "headline": "C"},
                 "image": {"@type": "Person", "name": "D"},
                 "contributor": {"@type": "Role", "roleName": "x", "author": {"@type": "Person"},
                   "contributor": {"@type": "ImageObject"}},
                 "hasPart": {"name": "no type"}}""";
        assertEquals(List.of(
                "$.jobTitle: jobTitle is not a property of NewsArticle (domainIncludes: Person)",
                "$.fooBar: not a schema.org property",
                "$.language: superseded by inLanguage",
                "$.language: language is not a property of NewsArticle (domainIncludes: CommunicateAction, WriteAction)",
                "$.interactionCount: superseded by interactionStatistic",
                "$.author[0].@type: Persn is not a schema.org class",
                "$.author[1].@type: Text is a data type, not a node type",
                "$.publisher.headline: headline is not a property of Person (domainIncludes: CreativeWork)",
                "$.image: Person is not in the range of image (rangeIncludes: ImageObject, URL)",
                "$.contributor.author: author is not a property of Role (domainIncludes: CreativeWork, Rating)",
                "$.contributor.contributor: ImageObject is not in the range of contributor (rangeIncludes: Organization, Person)",
                "$.hasPart: a node without @type"),
                vocabulary.violations(JSON.readTree(broken)));
    }

    @Test
    void violations_ofTheRolePatternAndInheritedProperties_areNone() throws IOException {
        String fine = """
                {"@context": "https://schema.org", "@type": "ReviewNewsArticle", "name": "n", "dateline": "X",
                 "itemReviewed": {"@type": "Book", "name": "b"},
                 "contributor": [{"@type": "Role", "roleName": "translator", "startDate": "2024",
                   "contributor": {"@type": "Person", "name": "P"}}],
                 "publisher": {"@type": "NewsMediaOrganization", "name": "O", "logo": {"@type": "ImageObject", "url": "https://example.com/l.png"}}}""";
        assertEquals(List.of(), vocabulary.violations(JSON.readTree(fine)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArticleType.class)
    void terms_everyArticleProperty_isAllowedOnEveryArticleType(ArticleType type) {
        List<String> problems = new ArrayList<>();
        for (Term term : Mappings.articleOrder()) {
            String name = term.term();
            if (!name.startsWith("@") && !vocabulary.anyIsA(List.of(type.schemaOrgType()), vocabulary.domain(name))) {
                problems.add(name + " is not a property of " + type.schemaOrgType());
            }
        }
        assertEquals(List.of(), problems);
    }

    static Stream<Arguments> nodeTypes() {
        return Mappings.nodeTypes().entrySet().stream()
                .map(e -> Arguments.of(e.getKey().term(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeTypes")
    void tables_everyTypeAndEachOfItsProperties_existInSchemaOrgAndFitTogether(String type, List<Term> properties) {
        assertTrue(vocabulary.isNodeClass(type), type + " is not a schema.org type");
        List<String> problems = new ArrayList<>();
        for (Term term : properties) {
            if (!vocabulary.isProperty(term.term())) {
                problems.add(term.term() + " is not a schema.org property");
            } else if (!vocabulary.anyIsA(List.of(type), vocabulary.domain(term.term()))
                    && !(type.equals(Term.ROLE.term()) && term == Term.CONTRIBUTOR)) {
                // the role pattern: a Role that stands for a contributor holds that contributor
                problems.add(term.term() + " is not a property of " + type);
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- through a JSON-LD processor

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expand_withTheSchemaOrgContext_keepsEveryValueAsSchemaOrgTerms(Case c) throws IOException, JsonLdError {
        String json = c.json();
        int loadsBefore = loader.loads.get();
        JsonArray expanded = expand(json);
        assertTrue(loader.loads.get() > loadsBefore, "the context came through the offline loader");

        List<String> problems = new ArrayList<>();
        Map<String, Integer> expandedLeaves = new TreeMap<>();
        for (int i = 0; i < expanded.size(); i++) {
            expandedNode(expanded.get(i).asJsonObject(), "$[" + i + "]", expandedLeaves, problems);
        }
        assertEquals(List.of(), problems, c.name());

        Map<String, Integer> writtenLeaves = new TreeMap<>();
        compactNode(JSON.readTree(json), writtenLeaves);
        assertEquals(difference(writtenLeaves, expandedLeaves), List.of(), c.name() + ": dropped by expansion");
        assertEquals(difference(expandedLeaves, writtenLeaves), List.of(), c.name() + ": added by expansion");
        assertTrue(writtenLeaves.containsKey("@type=" + c.article().type().schemaOrgType()), "compared something");
    }

    @Test
    void expand_termsOutsideSchemaOrgOrDroppedValues_areCaught() throws IOException, JsonLdError {
        String json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"fooBar\":\"x\",\"alternativeHeadline\":null,\"ex:thing\":\"y\"}";
        List<String> problems = new ArrayList<>();
        Map<String, Integer> expandedLeaves = new TreeMap<>();
        JsonArray expanded = expand(json);
        expandedNode(expanded.get(0).asJsonObject(), "$[0]", expandedLeaves, problems);
        assertEquals(List.of("$[0].ex:thing: not a schema.org IRI", "$[0].http://schema.org/fooBar: not a schema.org property"),
                problems.stream().sorted().toList());
        Map<String, Integer> writtenLeaves = new TreeMap<>();
        compactNode(JSON.readTree(json), writtenLeaves);
        assertEquals(List.of("alternativeHeadline=null"), difference(writtenLeaves, expandedLeaves));
        assertEquals(List.of(), difference(expandedLeaves, writtenLeaves));
    }

    @Test
    void loader_servesOnlySchemaOrg_andNeverTheNetwork() {
        for (String url : List.of("https://schema.org", "http://schema.org", "https://schema.org/", "http://schema.org/",
                "https://www.schema.org", "https://schema.org/docs/jsonldcontext.jsonld")) {
            assertTrue(OfflineSchemaOrgLoader.isSchemaOrg(URI.create(url)), url);
        }
        for (String url : List.of("https://example.com/context.jsonld", "https://schema.org.example.com/",
                "ftp://schema.org/", "https://schema.org/Person")) {
            assertFalse(OfflineSchemaOrgLoader.isSchemaOrg(URI.create(url)), url);
        }
        JsonLdError e = assertThrows(JsonLdError.class,
                () -> expand("{\"@context\":\"https://example.com/context.jsonld\",\"name\":\"x\"}"));
        assertEquals(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getCode(), String.valueOf(e));
    }

    private static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(MediaType.JSON_LD, new StringReader(json)))
                .loader(loader)
                .undefinedTermsPolicy(ProcessingPolicy.Fail)
                .get();
    }

    /** Walks an expanded node: checks its IRIs, collects {@code property=value} leaves. */
    private static void expandedNode(JsonObject node, String path, Map<String, Integer> leaves, List<String> problems) {
        for (Map.Entry<String, JsonValue> entry : node.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (key.equals("@id")) {
                add(leaves, "@id=" + ((JsonString) value).getString());
            } else if (key.equals("@type")) {
                for (JsonValue type : value.asJsonArray()) {
                    String iri = ((JsonString) type).getString();
                    String local = Vocabulary.localName(iri);
                    if (local == null || !vocabulary.isNodeClass(local)) {
                        problems.add(path + ".@type: " + iri + " is not a schema.org class");
                    }
                    add(leaves, "@type=" + (local == null ? iri : local));
                }
            } else if (key.startsWith("@")) {
                problems.add(path + "." + key + ": unexpected keyword in expanded form");
            } else {
                String property = Vocabulary.localName(key);
                if (property == null) {
                    problems.add(path + "." + key + ": not a schema.org IRI");
                    property = key;
                } else if (!vocabulary.isProperty(property)) {
                    problems.add(path + "." + key + ": not a schema.org property");
                }
                JsonArray values = value.asJsonArray();
                for (int i = 0; i < values.size(); i++) {
                    JsonObject v = values.get(i).asJsonObject();
                    String at = path + "." + property + "[" + i + "]";
                    if (v.containsKey("@value")) {
                        add(leaves, property + "=" + literal(v.get("@value")));
                    } else if (v.containsKey("@id") && v.size() == 1) {
                        add(leaves, property + "=" + v.getString("@id"));
                    } else if (v.containsKey("@list") || v.containsKey("@set")) {
                        problems.add(at + ": unexpected list or set");
                    } else {
                        add(leaves, property + "={node}");
                        expandedNode(v, at, leaves, problems);
                    }
                }
            }
        }
    }

    private static String literal(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return value.toString();
    }

    /** Collects the {@code property=value} leaves of the written (compact) form, as expansion should keep them. */
    private static void compactNode(JsonNode node, Map<String, Integer> leaves) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "@context" -> {
                    // consumed by expansion
                }
                case "@graph" -> value.forEach(n -> compactNode(n, leaves));
                case "@id" -> add(leaves, "@id=" + value.asText());
                case "@type" -> {
                    for (JsonNode type : value.isArray() ? value : List.of(value)) {
                        add(leaves, "@type=" + type.asText());
                    }
                }
                default -> compactValue(key, value, leaves);
            }
        }
    }

    private static void compactValue(String property, JsonNode value, Map<String, Integer> leaves) {
        if (value.isArray()) {
            value.forEach(v -> compactValue(property, v, leaves));
        } else if (value.isObject() && value.size() == 1 && value.has("@id")) {
            add(leaves, property + "=" + value.get("@id").asText());
        } else if (value.isObject()) {
            add(leaves, property + "={node}");
            compactNode(value, leaves);
        } else {
            add(leaves, property + "=" + value.asText());
        }
    }

    private static void add(Map<String, Integer> multiset, String leaf) {
        multiset.merge(leaf, 1, Integer::sum);
    }

    /** What {@code a} holds more often than {@code b}, one entry per extra occurrence. */
    private static List<String> difference(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> extra = new ArrayList<>();
        a.forEach((leaf, count) -> {
            for (int i = b.getOrDefault(leaf, 0); i < count; i++) {
                extra.add(leaf);
            }
        });
        return extra;
    }

    /**
     * Serves the shared schema.org context for every way of naming it, and fails every other load:
     * nothing goes to the network.
     */
    static final class OfflineSchemaOrgLoader implements DocumentLoader {
        private final JsonStructure context;
        final AtomicInteger loads = new AtomicInteger();

        OfflineSchemaOrgLoader(JsonStructure context) {
            this.context = context;
        }

        static boolean isSchemaOrg(URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
            String path = url.getPath() == null ? "" : url.getPath();
            return (scheme.equals("https") || scheme.equals("http"))
                    && (host.equals("schema.org") || host.equals("www.schema.org"))
                    && (path.isEmpty() || path.equals("/") || path.equals("/docs/jsonldcontext.jsonld")
                            || path.equals("/docs/jsonldcontext.json"));
        }

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!isSchemaOrg(url)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: no document for " + url);
            }
            loads.incrementAndGet();
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, context);
            document.setDocumentUrl(url);
            return document;
        }
    }

    /** The schema.org vocabulary: classes with their superclasses, properties with domains and ranges. */
    static final class Vocabulary {
        private static final String PREFIX = "schema:";

        private final Map<String, Set<String>> superclasses = new HashMap<>();
        private final Set<String> dataTypes = new HashSet<>();
        private final Map<String, List<String>> domains = new HashMap<>();
        private final Map<String, List<String>> ranges = new HashMap<>();
        private final Map<String, String> supersededBy = new HashMap<>();
        private final Map<String, Set<String>> ancestors = new HashMap<>();

        static Vocabulary read(JsonNode file) {
            Vocabulary v = new Vocabulary();
            for (JsonNode node : file.get("@graph")) {
                String id = node.path("@id").asText();
                if (!id.startsWith(PREFIX)) {
                    continue;
                }
                String name = id.substring(PREFIX.length());
                List<String> types = ids(node.get("@type"));
                if (types.contains("rdfs:Class")) {
                    v.superclasses.put(name, new LinkedHashSet<>(local(ids(node.get("rdfs:subClassOf")))));
                    if (types.contains("schema:DataType") || name.equals("DataType")) {
                        v.dataTypes.add(name);
                    }
                }
                if (types.contains("rdf:Property")) {
                    v.domains.put(name, local(ids(node.get("schema:domainIncludes"))));
                    v.ranges.put(name, local(ids(node.get("schema:rangeIncludes"))));
                }
                List<String> successor = local(ids(node.get("schema:supersededBy")));
                if (!successor.isEmpty()) {
                    v.supersededBy.put(name, successor.get(0));
                }
            }
            return v;
        }

        private static List<String> ids(JsonNode value) {
            List<String> ids = new ArrayList<>();
            if (value == null) {
                return ids;
            }
            for (JsonNode v : value.isArray() ? value : List.of(value)) {
                ids.add(v.isTextual() ? v.asText() : v.path("@id").asText());
            }
            return ids;
        }

        private static List<String> local(List<String> ids) {
            return ids.stream().filter(id -> id.startsWith(PREFIX)).map(id -> id.substring(PREFIX.length())).toList();
        }

        /** The schema.org local name of an IRI in either scheme, or null if it is not a schema.org IRI. */
        static String localName(String iri) {
            for (String ns : List.of("https://schema.org/", "http://schema.org/")) {
                if (iri.startsWith(ns) && iri.length() > ns.length()) {
                    return iri.substring(ns.length());
                }
            }
            return null;
        }

        boolean isClass(String name) {
            return superclasses.containsKey(name);
        }

        boolean isDataType(String name) {
            return ancestors(name).stream().anyMatch(dataTypes::contains);
        }

        boolean isNodeClass(String name) {
            return isClass(name) && !isDataType(name) && !supersededBy.containsKey(name);
        }

        boolean isProperty(String name) {
            return domains.containsKey(name);
        }

        /** The class and all its superclasses. */
        Set<String> ancestors(String name) {
            return ancestors.computeIfAbsent(name, n -> {
                Set<String> all = new LinkedHashSet<>();
                Deque<String> todo = new ArrayDeque<>(List.of(n));
                while (!todo.isEmpty()) {
                    String c = todo.removeFirst();
                    if (all.add(c)) {
                        todo.addAll(superclasses.getOrDefault(c, Set.of()));
                    }
                }
                return all;
            });
        }

        /** The domain of a property; a superseded property without its own has its successor's. */
        List<String> domain(String property) {
            List<String> domain = domains.getOrDefault(property, List.of());
            String successor = supersededBy.get(property);
            return domain.isEmpty() && successor != null && !successor.equals(property) ? domain(successor) : domain;
        }

        private boolean anyIsA(Collection<String> types, Collection<String> classes) {
            for (String type : types) {
                for (String ancestor : ancestors(type)) {
                    if (classes.contains(ancestor)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Every violation in a written document, as {@code <json path>: <why>}, in document order. */
        List<String> violations(JsonNode root) {
            List<String> out = new ArrayList<>();
            Map<String, List<String>> nodeTypes = new HashMap<>();
            if (root.has("@graph")) {
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (!e.getKey().equals("@context") && !e.getKey().equals("@graph")) {
                        out.add("$." + e.getKey() + ": a graph document holds only @context and @graph");
                    }
                }
                context(root, out);
                for (JsonNode node : root.get("@graph")) {
                    if (node.has("@id")) {
                        nodeTypes.put(node.get("@id").asText(), types(node));
                    }
                }
                int i = 0;
                for (JsonNode node : root.get("@graph")) {
                    node(node, "$.@graph[" + i++ + "]", null, nodeTypes, out);
                }
            } else {
                context(root, out);
                node(root, "$", null, nodeTypes, out);
            }
            return out;
        }

        private static void context(JsonNode root, List<String> out) {
            if (!"https://schema.org".equals(root.path("@context").asText(null))) {
                out.add("$.@context: not \"https://schema.org\": " + root.get("@context"));
            }
        }

        private static List<String> types(JsonNode node) {
            List<String> types = new ArrayList<>();
            JsonNode type = node.get("@type");
            if (type != null) {
                for (JsonNode t : type.isArray() ? type : List.of(type)) {
                    types.add(t.asText());
                }
            }
            return types;
        }

        /**
         * Checks one node.
         *
         * @param via the property whose value this node is (null for a top-level node): what a Role
         *        stands in for
         */
        private void node(JsonNode node, String path, String via, Map<String, List<String>> nodeTypes, List<String> out) {
            List<String> types = types(node);
            if (types.isEmpty()) {
                out.add(path + ": a node without @type");
                return;
            }
            for (String type : types) {
                if (!isClass(type)) {
                    out.add(path + ".@type: " + type + " is not a schema.org class");
                } else if (isDataType(type)) {
                    out.add(path + ".@type: " + type + " is a data type, not a node type");
                } else if (supersededBy.containsKey(type)) {
                    out.add(path + ".@type: " + type + " is superseded by " + supersededBy.get(type));
                }
            }
            boolean role = types.stream().anyMatch(t -> ancestors(t).contains("Role"));
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                String at = path + "." + key;
                if (key.equals("@type") || key.equals("@context") && path.equals("$")) {
                    continue;
                }
                if (key.equals("@id")) {
                    if (!e.getValue().isTextual() || !URI.create(e.getValue().asText()).isAbsolute()) {
                        out.add(at + ": not an absolute IRI: " + e.getValue());
                    }
                    continue;
                }
                if (key.startsWith("@")) {
                    out.add(at + ": unexpected keyword");
                    continue;
                }
                if (!isProperty(key)) {
                    out.add(at + ": not a schema.org property");
                    continue;
                }
                if (supersededBy.containsKey(key)) {
                    out.add(at + ": superseded by " + supersededBy.get(key));
                }
                List<String> domain = domain(key);
                boolean allowed = anyIsA(types, domain) || role && key.equals(via)
                        || types.stream().noneMatch(this::isNodeClass); // the type is reported already
                if (!allowed) {
                    out.add(at + ": " + key + " is not a property of " + String.join(", ", types)
                            + " (domainIncludes: " + String.join(", ", domain.stream().sorted().toList()) + ")");
                }
                JsonNode value = e.getValue();
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        value(key, value.get(i), at + "[" + i + "]", nodeTypes, out);
                    }
                } else {
                    value(key, value, at, nodeTypes, out);
                }
            }
        }

        private void value(String property, JsonNode value, String path, Map<String, List<String>> nodeTypes,
                List<String> out) {
            if (value.isArray()) {
                out.add(path + ": nested array");
                return;
            }
            if (value.isBoolean() && !ranges.getOrDefault(property, List.of()).contains("Boolean")) {
                out.add(path + ": a boolean, but the range of " + property + " is " + ranges.get(property));
                return;
            }
            if (!value.isObject()) {
                return;
            }
            List<String> types;
            boolean reference = value.size() == 1 && value.has("@id");
            if (reference) {
                types = nodeTypes.get(value.get("@id").asText());
                if (types == null) {
                    out.add(path + ": reference to no node of the graph: " + value.get("@id").asText());
                    return;
                }
            } else {
                types = types(value);
            }
            boolean role = types.stream().anyMatch(t -> isClass(t) && ancestors(t).contains("Role"));
            List<String> range = ranges.getOrDefault(property, List.of());
            if (!types.isEmpty() && !role && types.stream().allMatch(this::isNodeClass) && !anyIsA(types, range)) {
                out.add(path + ": " + String.join(", ", types) + " is not in the range of " + property
                        + " (rangeIncludes: " + String.join(", ", range.stream().sorted().toList()) + ")");
            }
            if (!reference) {
                node(value, path, property, nodeTypes, out);
            }
        }
    }
}
