package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;

/**
 * A wire item on its way to a page: whatever a ninjs item's text holds, the JSON-LD written from what the
 * reader read is as HTML-safe as any other, so its script element can go into the page as is.
 */
class WireToPageTest {

    private static final String SCRIPT_START = "<script type=\"application/ld+json\">";
    private static final String SCRIPT_END = "</script>";

    @Test
    void hostileWireItem_givesJsonLdThatNeverClosesItsScriptElement() {
        String evil = "</script><script>alert(1)</script><!--\\u2028\\u2029";
        String item = "{\"uri\": \"urn:x:1?a=1&b=2\", \"headlines\": [{\"contentType\": \"text/plain\", \"value\": \"" + evil + "\"}],"
                + " \"by\": \"By Jane " + evil + "\", \"located\": \"" + evil + "\", \"subjects\": [{\"name\": \"" + evil + "\"}],"
                + " \"bodies\": [{\"contentType\": \"text/plain\", \"value\": \"" + evil + "\"}],"
                + " \"associations\": [{\"name\": \"p\", \"uri\": \"urn:x:p\", \"type\": \"picture\", \"descriptions\":"
                + " [{\"role\": \"caption\", \"contentType\": \"text/plain\", \"value\": \"" + evil + "\"}], \"renditions\":"
                + " [{\"name\": \"m\", \"href\": \"https://x.example/a.jpg?q=%3C/script%3E\"}]}]}";
        // strict mode keeps the text as written, markup and all: the strongest test of the escaping
        ReadResult read = NinjsReader.strict().read(item);
        List<Article> articles = read.articles();
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).headline().contains("</script>"), "the text as written reaches the writer");
        String element = JsonLdWriter.create().scriptElement(articles.get(0));
        assertTrue(element.startsWith(SCRIPT_START) && element.endsWith(SCRIPT_END), element);
        String inside = element.substring(SCRIPT_START.length(), element.length() - SCRIPT_END.length());
        for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(inside.contains(forbidden), () -> "raw " + forbidden + " in " + inside);
        }
    }
}
