package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.copydesk.ninjs.NinjsSchemas.Violation;
import io.github.copydesk.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema conformance harness ({@link NinjsSchemas}) checked three ways: IPTC's own schema test
 * suite must come out as its folders say (a check of the validator and its offline, format-asserting
 * configuration); every example of {@code ../shared/corpus/ninjs/examples} must validate, or fail where
 * its row of {@code ninjs/examples-expected.json} says (as PROVENANCE.md records); and a few documents
 * made here show that the GeoJSON reference is followed and formats are asserted.
 */
class NinjsSchemaTest {

    /** The schemas each test-suite folder is run against: its own version and the newer one of its generation. */
    private static final Map<String, List<String>> SUITE_SCHEMAS = Map.of(
            "1.6", List.of("1.6", "1.7"),
            "2.2", List.of("2.2", "2.3"),
            "3.0", List.of("3.1", "3.2"),
            "3.1", List.of("3.1", "3.2"));

    /** One document of the test suite against one schema. */
    record SuiteCase(String file, String schema, boolean mustPass) {
        @Override
        public String toString() {
            return file + " against " + schema;
        }
    }

    private static Path ninjs() {
        return SharedData.directory("corpus/ninjs");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> suite() throws IOException {
        Path suite = ninjs().resolve("test-suite");
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(suite)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Path relative = suite.relativize(file);
                String folder = relative.getName(0).toString();
                String verdict = relative.getName(1).toString();
                assertTrue(verdict.equals("should_pass") || verdict.equals("should_fail"), relative::toString);
                for (String schema : SUITE_SCHEMAS.get(folder)) {
                    cases.add(Arguments.of(new SuiteCase(relative.toString(), schema, verdict.equals("should_pass"))));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void suite_hasTheFilesProvenanceLists() throws IOException {
        try (Stream<Path> files = Files.walk(ninjs().resolve("test-suite"))) {
            assertEquals(41, files.filter(p -> p.toString().endsWith(".json")).count());
        }
        assertEquals(82, suite().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void suite_passesOrFailsAsItsFolderSays(SuiteCase c) {
        List<Violation> violations = NinjsSchemas.validate(read(ninjs().resolve("test-suite").resolve(c.file())), c.schema());
        if (c.mustPass()) {
            assertEquals(List.of(), violations);
        } else {
            assertFalse(violations.isEmpty(), "should fail, but is valid");
        }
    }

    static Stream<Arguments> examples() {
        return ExamplesTable.rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_validatesOrFailsWhereTheTableSays(ExamplesTable.Row row) {
        String text = read(ninjs().resolve("examples").resolve(row.path()));
        JsonNode expected = row.json().get("schema");
        for (JsonNode version : expected.get("versions")) {
            List<Violation> violations = NinjsSchemas.validate(text, version.textValue());
            JsonNode failsAt = expected.get("failsAt");
            if (failsAt.isNull()) {
                assertEquals(List.of(), violations, () -> "against " + version);
            } else {
                assertFalse(violations.isEmpty(), () -> "should fail against " + version + " at " + failsAt);
                assertEquals(failsAt.textValue(), violations.get(0).path(), () -> violations.toString());
                assertTrue(violations.get(0).message().contains(expected.get("because").textValue()), violations::toString);
            }
        }
    }

    @Test
    void geoJson_isFollowedToTheLocalSchema() {
        String point = "{\"uri\": \"urn:x:1\", \"places\": [{\"name\": \"Gotland\", \"geoJSON\": {\"type\": \"Point\", \"coordinates\": [18.3, 57.6]}}]}";
        String notGeoJson = "{\"uri\": \"urn:x:1\", \"places\": [{\"name\": \"Gotland\", \"geoJSON\": {\"type\": \"Foo\", \"co-ordinates\": [\"dog\"]}}]}";
        for (String version : List.of("3.1", "3.2")) {
            assertEquals(List.of(), NinjsSchemas.validate(point, version));
            List<Violation> violations = NinjsSchemas.validate(notGeoJson, version);
            assertFalse(violations.isEmpty());
            assertEquals("$.places[0].geoJSON", violations.get(0).path(), violations::toString);
        }
        String lowerCase = notGeoJson.replace("geoJSON", "geojson");
        for (String version : List.of("2.2", "2.3")) {
            assertEquals("$.places[0].geojson", NinjsSchemas.validate(lowerCase, version).get(0).path());
        }
    }

    /**
     * A violation inside {@code ninjsType} also makes the root's {@code unevaluatedProperties} report
     * the properties it could not evaluate (2020-12 drops the annotations of a failing subschema), so
     * only the first violation is compared.
     */
    @Test
    void formats_areAsserted() {
        String relativeUri = "{\"uri\": \"renditions-example\"}";
        String badDate = "{\"uri\": \"urn:x:1\", \"versionCreated\": \"2023-10-05 14:27\"}";
        String good = "{\"uri\": \"urn:x:1\", \"versionCreated\": \"2023-10-05T14:27:32+02:00\"}";
        for (String version : List.of("1.7", "2.3", "3.2")) {
            assertEquals("$.uri", NinjsSchemas.validate(relativeUri, version).get(0).path());
        }
        assertEquals("$.versionCreated", NinjsSchemas.validate(badDate, "3.2").get(0).path());
        assertEquals(List.of(), NinjsSchemas.validate(good, "3.2"));
    }

    @Test
    void uri_isRequiredByEveryVersion() {
        for (String version : NinjsSchemas.VERSIONS) {
            List<Violation> violations = NinjsSchemas.validate("{}", version);
            assertEquals(1, violations.size(), () -> version + ": " + violations);
            assertTrue(violations.get(0).message().contains("uri"), violations::toString);
        }
    }

    @Test
    void validate_unknownVersion_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NinjsSchemas.validate("{}", "3.0"));
        assertTrue(e.getMessage().contains("3.0"), e::getMessage);
    }
}
