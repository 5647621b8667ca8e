package io.github.copydesk.ninjs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.copydesk.testing.SharedData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * IPTC's ninjs JSON Schemas (1.6, 1.7, 2.2, 2.3, 3.1, 3.2, from {@code ../shared/corpus/ninjs/schemas}),
 * ready to validate documents: {@code NinjsSchemas.validate(json, "3.2")} gives the violations, an empty
 * list for a valid document.
 *
 * <p>Offline: every schema, and the GeoJSON schema that the 2.x and 3.x schemas {@code $ref}, is
 * read from the local copies and registered under its {@code $id}; fetching remote resources is off, so
 * a reference to anything else fails instead of reaching the network. The schemas' {@code $id}s end in
 * an empty fragment ({@code ...ninjs-schema_3.2.json#}), which draft 2020-12 advises against; they are
 * registered without it. Format assertions are on ({@code uri}, {@code date-time}), unlike the JSON
 * Schema default for 2020-12 in which {@code format} is only an annotation, because Copydesk's writer
 * must produce documents that pass them. Violations carry JSONPath locations ({@code $.uri},
 * {@code $.renditions[0].width}) in the style of the readers' findings.
 *
 * <p>Thread-safe: the schemas are loaded once and shared.
 */
final class NinjsSchemas {

    /** The schema versions in the corpus, oldest first. */
    static final List<String> VERSIONS = List.of("1.6", "1.7", "2.2", "2.3", "3.1", "3.2");

    private static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** One violation of a schema: where in the document, and what. */
    record Violation(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private NinjsSchemas() {
    }

    /**
     * Validates a document against the ninjs schema of a version.
     *
     * @param jsonText the document
     * @param version one of {@link #VERSIONS}, such as {@code 3.2}
     * @return the violations in the validator's order, empty when the document is valid
     * @throws IllegalArgumentException if the version is not one of {@link #VERSIONS} or the text is not JSON
     */
    static List<Violation> validate(String jsonText, String version) {
        Objects.requireNonNull(jsonText, "jsonText");
        Schema schema = SCHEMAS.computeIfAbsent(version, NinjsSchemas::load);
        try {
            return schema.validate(jsonText, InputFormat.JSON).stream()
                    .map(e -> new Violation(e.getInstanceLocation().toString(), e.getMessage()))
                    .toList();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                throw new IllegalArgumentException("not JSON: " + e.getCause().getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * The {@code $id} of a version's schema, without its empty fragment.
     *
     * @param version one of {@link #VERSIONS}
     * @return the id, such as {@code http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json}
     */
    static String id(String version) {
        return "http://www.iptc.org/std/ninjs/ninjs-schema_" + version + ".json";
    }

    private static Schema load(String version) {
        if (!VERSIONS.contains(version)) {
            throw new IllegalArgumentException("no ninjs schema for version " + version + "; there are " + VERSIONS);
        }
        Map<String, String> resources = new HashMap<>();
        for (String v : VERSIONS) {
            resources.put(id(v), withoutEmptyFragment(read("ninjs-schema_" + v + ".json"), id(v)));
        }
        resources.put(GEOJSON_ID, read("GeoJSON-schema.json"));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .resourceLoaders(loaders -> loaders.resources(resources))));
        return registry.getSchema(SchemaLocation.of(id(version)));
    }

    /** The schema text with its {@code $id} set to {@code id}, which has no fragment. */
    private static String withoutEmptyFragment(String schemaText, String id) {
        try {
            ObjectNode schema = (ObjectNode) JSON.readTree(schemaText);
            String declared = schema.path("$id").asText();
            if (!declared.equals(id + "#")) {
                throw new IllegalStateException("unexpected $id " + declared + " (expected " + id + "#)");
            }
            schema.put("$id", id);
            return JSON.writeValueAsString(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String schemaFile) {
        Path file = SharedData.file("corpus/ninjs/schemas/" + schemaFile);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
