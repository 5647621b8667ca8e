package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.copydesk.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the oracle itself ({@link ExamplesTable}) against the documents, before any reader uses it:
 * it covers every example exactly once, each row is complete, and what a row states about the
 * document as written (its type, uri, declared version, and every JSON path a finding, a body or a
 * medium points at) is true of the file. It says nothing about a reader: that comes with the reader.
 */
class ExamplesTableTest {

    private static final Pattern CODE = Pattern.compile("read\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_$]+)|\\[([0-9]+)]");
    private static final Set<String> READ_AS = Set.of("article", "media", "nothing");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");
    private static final List<String> FIELDS = List.of("path", "version", "versionFrom", "generation", "type", "readAs",
            "identifier", "headline", "body", "description", "byline", "dateline", "language", "dates", "keywords",
            "copyright", "media", "findings", "strict", "schema", "note");

    private static Path examples() {
        return SharedData.directory("corpus/ninjs/examples");
    }

    private static JsonNode document(String path) {
        try {
            return new ObjectMapper().readTree(examples().resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> rows() {
        return ExamplesTable.rows().stream().map(Arguments::of);
    }

    @Test
    void table_coversEveryExampleOnceInPathOrder() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(examples())) {
            files = walk.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> examples().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(65, files.size(), "64 in the version folders and one in not-valid/, as PROVENANCE.md counts them");
        assertEquals(files, ExamplesTable.rows().stream().map(ExamplesTable.Row::path).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row_isComplete(ExamplesTable.Row row) {
        JsonNode json = row.json();
        for (String field : FIELDS) {
            assertTrue(json.has(field), () -> "missing " + field);
        }
        assertTrue(READ_AS.contains(json.get("readAs").textValue()));
        assertFalse(json.get("note").textValue().isBlank());
        for (JsonNode finding : json.get("findings")) {
            assertTrue(SEVERITIES.contains(finding.get("severity").textValue()), finding::toString);
            assertTrue(CODE.matcher(finding.get("code").textValue()).matches(), finding::toString);
            assertTrue(finding.get("path").textValue().startsWith("$"), finding::toString);
        }
        JsonNode strict = json.get("strict");
        assertTrue(strict.has("reads") != strict.has("stops"), strict::toString);
        String readAs = json.get("readAs").textValue();
        if (readAs.equals("media")) {
            assertTrue(hasFinding(json, "read.item.not-article"));
            assertEquals(1, json.get("media").size());
        }
        if (readAs.equals("nothing")) {
            assertTrue(hasFinding(json, "read.item.unsupported"));
            assertEquals(0, json.get("media").size());
        }
        if (!readAs.equals("article")) {
            assertTrue(json.get("body").isNull() && json.get("byline").isNull() && json.get("keywords").isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row_statesTheDocumentAsWritten(ExamplesTable.Row row) throws URISyntaxException {
        JsonNode json = row.json();
        JsonNode doc = document(row.path());
        JsonNode item = doc.isArray() ? null : doc;

        String type = item == null || !item.has("type") ? null : item.get("type").textValue();
        assertEquals(type, json.get("type").textValue(), "type");

        String uri = item == null ? null : item.path("uri").textValue();
        String identifier = uri != null && new URI(uri).isAbsolute() ? uri : null;
        assertEquals(identifier, json.get("identifier").textValue(), "identifier");

        String versionFrom = json.get("versionFrom").textValue();
        String version = json.get("version").textValue();
        switch (versionFrom) {
            case "folder" -> assertEquals(row.path().substring(0, row.path().indexOf('/')), version);
            case "standard" -> assertEquals(version, item.get("standard").get("version").textValue());
            case "$standard" -> assertEquals(version, item.get("$standard").get("version").textValue());
            case "keys" -> assertTrue(row.path().startsWith("not-valid/"));
            default -> throw new AssertionError("versionFrom " + versionFrom);
        }
        if (!versionFrom.equals("keys")) {
            assertEquals(NinjsVersion.parse(version).name(), json.get("generation").textValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row_pointsOnlyAtValuesThatExist(ExamplesTable.Row row) {
        JsonNode json = row.json();
        JsonNode doc = document(row.path());
        List<String> paths = new ArrayList<>();
        json.get("findings").forEach(f -> paths.add(f.get("path").textValue()));
        if (json.get("body").isObject()) {
            paths.add(json.get("body").get("from").textValue());
        }
        json.get("media").forEach(m -> paths.add(m.get("from").textValue()));
        if (json.get("strict").has("stops")) {
            paths.add(json.get("strict").get("stops").get("path").textValue());
        }
        if (!json.get("schema").get("failsAt").isNull()) {
            paths.add(json.get("schema").get("failsAt").textValue());
        }
        for (String path : paths) {
            assertNotNull(resolve(doc, path), () -> path + " is not in the document");
        }
    }

    private static boolean hasFinding(JsonNode row, String code) {
        for (JsonNode finding : row.get("findings")) {
            if (finding.get("code").textValue().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The node at a JSONPath of the form {@code $.a.b[0].c}, or null. */
    private static JsonNode resolve(JsonNode doc, String path) {
        assertTrue(path.startsWith("$"), path);
        JsonNode node = doc;
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            assertTrue(m.find(at) && m.start() == at, () -> "not a simple JSONPath: " + path);
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
            if (node == null) {
                return null;
            }
            at = m.end();
        }
        return node;
    }
}
