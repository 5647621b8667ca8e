package io.github.copydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** HTML pages and JSON-LD blocks the tests write. */
final class Pages {

    private Pages() {
    }

    /** An article block that names its publisher only by {@code @id}. */
    static final String ARTICLE_BLOCK = """
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "url": "https://example.com/news/harbour-reopens",
             "headline": "Harbour reopens after storm",
             "datePublished": "2026-03-02T08:00:00+01:00",
             "author": {"@type": "Person", "name": "Ana Ruiz", "url": "https://example.com/staff/ana-ruiz"},
             "publisher": {"@id": "https://example.com/#publisher"}}
            """;

    /** The publisher block the article block references. */
    static final String PUBLISHER_BLOCK = """
            {"@context": "https://schema.org", "@type": "NewsMediaOrganization",
             "@id": "https://example.com/#publisher", "name": "Example Harbour Times",
             "url": "https://example.com/"}
            """;

    /** A page with the two blocks, which resolve only together. */
    static String twoBlockPage() {
        return page(script(ARTICLE_BLOCK) + "\n<p>The harbour reopened on Monday.</p>\n" + script(PUBLISHER_BLOCK));
    }

    /** A paywalled article with the given sections, on a page with the given body. */
    static String paywallPage(String body, String... selectors) {
        StringBuilder parts = new StringBuilder();
        for (String s : selectors) {
            if (parts.length() > 0) {
                parts.append(", ");
            }
            parts.append("{\"@type\": \"WebPageElement\", \"isAccessibleForFree\": false, \"cssSelector\": \"").append(s).append("\"}");
        }
        String block = """
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "url": "https://example.com/news/budget",
                 "headline": "The budget, line by line",
                 "isAccessibleForFree": false,
                 "hasPart": [%s]}
                """.formatted(parts);
        return page(script(block) + "\n" + body);
    }

    static String script(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test page</title></head>\n<body>\n"
                + body + "\n</body></html>\n";
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
