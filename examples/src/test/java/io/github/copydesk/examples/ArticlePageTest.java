package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

import org.junit.jupiter.api.Test;

class ArticlePageTest {

    @Test
    void render_putsTheScriptElementInTheHead() {
        Article article = SeedStory.article();
        String page = ArticlePage.render(article);
        int head = page.indexOf("<head>");
        int script = page.indexOf("<script type=\"application/ld+json\">");
        int headEnd = page.indexOf("</head>");
        assertTrue(head < script && script < headEnd, page);
        assertTrue(page.contains(JsonLdWriter.builder().pretty(true).build().scriptElement(article)));
    }

    @Test
    void render_hostileHeadline_isEscapedInBodyAndSafeInScript() {
        String hostile = "</script><script>alert(1)</script>";
        Article article = SeedStory.article().toBuilder().headline(hostile).build();
        String page = ArticlePage.render(article);
        assertEquals(-1, page.indexOf(hostile), "the raw headline must appear nowhere");
        assertTrue(page.contains("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), page);
        assertTrue(page.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), page);
        // exactly one script end tag: the element's own
        assertEquals(page.indexOf("</script>"), page.lastIndexOf("</script>"));
    }
}
