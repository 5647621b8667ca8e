package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
