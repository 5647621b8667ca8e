package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed story's JSON-LD, compact and graph, byte for byte against golden files, through every
 * sink. To regenerate after a deliberate change: {@code -Dcopydesk.golden.update=true}, then review
 * the diff line by line.
 */
class SeedStoryJsonLdTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("seed-compact.jsonld", JsonLdWriter.create()),
                Arguments.of("seed-compact-pretty.jsonld", JsonLdWriter.builder().pretty(true).build()),
                Arguments.of("seed-graph-pretty.jsonld", JsonLdWriter.builder().graph(true).pretty(true).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void write_seedStory_matchesGoldenThroughEverySink(String file, JsonLdWriter writer) throws IOException {
        Article article = SeedStory.article();
        String string = writer.write(article);
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("copydesk.golden.update")) {
            Files.writeString(golden, string, StandardCharsets.UTF_8);
        }
        byte[] expected = Files.readAllBytes(golden);

        StringWriter chars = new StringWriter();
        writer.write(article, chars);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(article, bytes);

        assertEquals(new String(expected, StandardCharsets.UTF_8), string);
        assertArrayEquals(expected, string.getBytes(StandardCharsets.UTF_8), "String sink");
        assertArrayEquals(expected, chars.toString().getBytes(StandardCharsets.UTF_8), "Writer sink");
        assertArrayEquals(expected, bytes.toByteArray(), "OutputStream sink");
    }
}
