package io.github.copydesk.examples;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

/**
 * Renders a small HTML page for an article as a CMS template would: the JSON-LD script element in
 * the page's {@code <head>}, the story in the body.
 *
 * <p>The script element goes in as is: {@link JsonLdWriter} escapes everything that could end the
 * script or start a comment. The visible text is HTML-escaped by the template, as any template
 * engine does; JSON-LD must never be HTML-escaped (entities would corrupt the data).
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.copydesk.examples.ArticlePage}.
 */
public final class ArticlePage {

    private static final JsonLdWriter WRITER = JsonLdWriter.builder().pretty(true).build();

    private ArticlePage() {
    }

    /**
     * The page of an article.
     *
     * @param article the article
     * @return the HTML page
     */
    public static String render(Article article) {
        StringBuilder page = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(article.language() == null ? "und" : article.language().toLanguageTag()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(article.headline()))
                .append("</title>\n")
                .append(WRITER.scriptElement(article))
                .append("\n</head>\n<body>\n<article>\n<h1>")
                .append(escape(article.headline()))
                .append("</h1>\n");
        if (article.body() != null) {
            for (String paragraph : article.body().split("\\R\\s*\\R")) {
                page.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        return page.append("</article>\n</body>\n</html>\n").toString();
    }

    /** HTML-escapes text for element content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Prints the seed story's page.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(render(SeedStory.article()));
    }
}
