package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "<!DOCTYPE html><html>|true",
        "  <html><head>|true",
        "<script type=\"application/ld+json\">{}</script>|true",
        "{\"@type\": \"NewsArticle\"}|false",
        "[{\"@type\": \"NewsArticle\"}]|false",
        "//<![CDATA[ {\"@type\": \"NewsArticle\"}|false",
        "   <![CDATA[ {\"@type\": \"NewsArticle\"}]]>|false",
        "<!-- {\"@type\": \"NewsArticle\"} -->|false",
        "<!-- a comment --><html>|true",
        "\ufeff<html>|true",
        "''|false",
    })
    void looksLikeHtml_fromFirstCharacters(String head, boolean html) {
        assertEquals(html, Page.looksLikeHtml(head.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}|JSONLD",
        "{\"headline\": \"Harbour reopens\", \"@type\": \"NewsArticle\"}|JSONLD",
        "[{\"@type\": \"NewsArticle\"}]|JSONLD",
        "{\"uri\": \"urn:example:1\", \"headlines\": []}|NINJS",
        "[{\"uri\": \"urn:example:1\"}]|NINJS",
        "{\"nested\": {\"@type\": \"x\"}, \"versionCreated\": \"2026-11-30T10:00:00Z\"}|NINJS",
        "{\"headline_main\": \"x\", \"byline\": \"Ana Ribeiro\"}|NINJS",
        "{\"name\": \"neither\"}|JSONLD",
        "not JSON at all|JSONLD",
        "{\"uri\": \"urn:example:1|NINJS",
        "''|JSONLD",
    })
    void jsonFormat_fromTheFirstObjectsNames(String json, Page.Format format) {
        assertEquals(format, Page.jsonFormat(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonFormat_looksAtBoundedNames() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 64; i++) {
            json.append("\"x").append(i).append("\": [1, {\"uri\": 2}], ");
        }
        json.append("\"uri\": \"urn:example:1\"}");
        assertEquals(Page.Format.JSONLD, Page.jsonFormat(json.toString().getBytes(StandardCharsets.UTF_8)),
                "the 65th name is not looked at, nor names inside values");
        assertEquals(Page.Format.NINJS, Page.jsonFormat(json.toString().replace("\"x0\"", "\"uri\"").getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<Path> ninjsExamples() throws IOException {
        return files("corpus/ninjs/examples", ".json").stream();
    }

    static Stream<Path> jsonLdCorpus() throws IOException {
        return files("corpus/jsonld", ".jsonld").stream();
    }

    private static List<Path> files(String directory, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(SharedData.directory(directory))) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ninjsExamples")
    void jsonFormat_everyIptcExample_isNinjs(Path file) throws IOException {
        assertEquals(Page.Format.NINJS, Page.jsonFormat(Files.readAllBytes(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLdCorpus")
    void jsonFormat_everyCorpusBlock_isJsonLd(Path file) throws IOException {
        assertEquals(Page.Format.JSONLD, Page.jsonFormat(Files.readAllBytes(file)));
    }
}
