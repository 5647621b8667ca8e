package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.testing.ModelGenerators;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document the writer writes validates against IPTC's schema of its version, formats asserted
 * ({@code uri} an absolute URI, dates RFC 3339 date-times), through {@link NinjsSchemas}: for each
 * article read from IPTC's 65 examples, and for generated articles of every shape
 * ({@link ModelGenerators#articles()}: every field, text from all of Unicode, non-ASCII URLs, offsets to
 * the second, dates from year 1 to 9999), compact and pretty.
 */
class WriterConformanceTest {

    /** Each writer and the schema of what it writes. */
    private static final Map<NinjsWriter, String> WRITERS = Map.of(
            NinjsWriter.create(), "3.2",
            NinjsWriter.builder().version(NinjsVersion.V2).pretty(true).build(), "2.3");

    static Stream<Arguments> rows() {
        return ExamplesTable.rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void example_readThenWritten_validates(ExamplesTable.Row row) throws IOException {
        byte[] bytes = Files.readAllBytes(SharedData.directory("corpus/ninjs/examples").resolve(row.path()));
        ReadResult read = NinjsReader.lenient().read(bytes, StandardCharsets.UTF_8);
        for (Article a : read.articles()) {
            for (Map.Entry<NinjsWriter, String> w : WRITERS.entrySet()) {
                if (a.identifier() == null && a.url() == null) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.getKey().write(a));
                    assertTrue(e.getMessage().startsWith("uri:"), e::getMessage);
                } else {
                    String json = w.getKey().write(a);
                    assertEquals(List.of(), NinjsSchemas.validate(json, w.getValue()), () -> w.getValue() + ": " + json);
                }
            }
        }
    }

    @Test
    void generatedArticle_written_validatesAgainstBothVersions() {
        Theories.qt(200).forAll(NinjsWriterTest.writableArticles()).checkAssert(a -> {
            for (Map.Entry<NinjsWriter, String> w : WRITERS.entrySet()) {
                String json = w.getKey().write(a);
                assertEquals(List.of(), NinjsSchemas.validate(json, w.getValue()), () -> w.getValue() + ": " + json);
            }
        });
    }
}
