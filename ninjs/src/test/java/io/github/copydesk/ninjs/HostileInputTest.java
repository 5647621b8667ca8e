package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.regex.Pattern;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Image;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input made to hurt: nesting, size, associations that point at each other, markup and scripts in every
 * text. The reader stops at its limits in both modes with a clear exception, never overflows the stack
 * or runs away in time; and the text it gives never carries markup from a body's markup. (The JSON-LD
 * written from a hostile item is checked where both modules meet: the examples' {@code WireToPageTest}.)
 */
class HostileInputTest {

    /** Far beyond what any of these needs on a slow machine: only a runaway exceeds it. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** An HTML tag or comment: what no plain text read from a body's markup may hold. */
    private static final Pattern TAG = Pattern.compile("<[/!A-Za-z]");

    private static NinjsReader reader(boolean strict) {
        return strict ? NinjsReader.strict() : NinjsReader.lenient();
    }

    private static String repeat(String s, int n) {
        return String.join("", Collections.nCopies(n, s));
    }

    private static ReadException limit(NinjsReader reader, String doc) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(ReadException.class, () -> reader.read(doc)));
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void nestedArrays100000_exceedDepthWithPosition(boolean strict) {
        ReadException e = limit(reader(strict), "{\"uri\": \"urn:x:1\", \"subjects\": " + repeat("[", 100_000)
                + repeat("]", 100_000) + "}");
        assertEquals(ReadCode.LIMIT_EXCEEDED, e.code());
        assertEquals(ReadLimits.Limit.DEPTH, e.limit());
        assertEquals(1, e.line());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void associationsNested50000Deep_exceedDepth(boolean strict) {
        String doc = repeat("{\"uri\": \"urn:x:1\", \"type\": \"composite\", \"associations\": [", 50_000) + repeat("]}", 50_000);
        assertEquals(ReadLimits.Limit.DEPTH, limit(reader(strict), doc).limit());
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void hugeHeadline_exceedsTheStringLength(boolean strict) {
        NinjsReader reader = NinjsReader.builder().strict(strict).limits(ReadLimits.defaults().withMaxInputBytes(64L << 20)).build();
        ReadException e = limit(reader, "{\"uri\": \"urn:x:1\", \"headlines\": [{\"value\": \"" + "a".repeat(20 << 20) + "\"}]}");
        assertEquals(ReadLimits.Limit.STRING_LENGTH, e.limit());
    }

    @Test
    void hugeDocument_exceedsTheInputSize() {
        ReadException e = limit(NinjsReader.lenient(), "{\"uri\": \"urn:x:1\", \"bodies\": [{\"value\": \""
                + "a".repeat(5 << 20) + "\"}]}");
        assertEquals(ReadLimits.Limit.INPUT_BYTES, e.limit());
    }

    @Test
    void manyAssociations_exceedTheNodeCount() {
        String one = "{\"name\": \"a\", \"uri\": \"urn:x:1\", \"type\": \"picture\", \"renditions\": [{\"name\": \"r\","
                + " \"href\": \"https://x.example/a.jpg\"}]},";
        String doc = "{\"uri\": \"urn:x:1\", \"associations\": [" + repeat(one, 20_000) + "{}]}";
        assertEquals(ReadLimits.Limit.NODES, limit(NinjsReader.lenient(), doc).limit());
    }

    /** Associations name each other and the item by uri: the reader reads one level and follows no uri. */
    @Test
    void associationCyclesByUri_areReadOneLevelDeep() {
        String doc = "{\"uri\": \"urn:x:story\", \"type\": \"composite\", \"associations\": ["
                + "{\"name\": \"a\", \"uri\": \"urn:x:story\", \"type\": \"picture\", \"renditions\": [{\"name\": \"m\","
                + " \"href\": \"https://x.example/a.jpg\"}], \"associations\": [{\"name\": \"back\", \"uri\": \"urn:x:story\","
                + " \"type\": \"composite\"}]},"
                + "{\"name\": \"b\", \"uri\": \"urn:x:a\", \"type\": \"composite\", \"associations\": [{\"name\": \"c\","
                + " \"uri\": \"urn:x:b\"}]}]}";
        ReadResult r = assertTimeoutPreemptively(BOUND, () -> NinjsReader.lenient().read(doc));
        Article a = r.articles().get(0);
        assertEquals(1, a.media().size());
        assertEquals("https://x.example/a.jpg", ((Image) a.media().get(0)).url().toString());
        assertTrue(r.findings().stream().allMatch(f -> f.code() == ReadCode.PROPERTY_IGNORED), r::toString);
    }

    @Test
    void htmlBody_withScriptsStylesCommentsAndHandlers_givesTextWithoutMarkup() {
        String html = "<p onclick=\\\"alert(1)\\\">Safe <b>text</b></p><script>document.write('<p>evil</p>')</script>"
                + "<style>p { color: red }</style><!-- <script>alert(2)</script> --><noscript><img src=x></noscript>"
                + "<p><a href=\\\"javascript:alert(3)\\\">link</a> and <iframe src=\\\"//evil\\\"></iframe>more</p>"
                + "</body></html><script>alert(4)</script>";
        for (NinjsReader reader : new NinjsReader[] {NinjsReader.lenient(), NinjsReader.strict()}) {
            Article a = reader.read("{\"uri\": \"urn:x:1\", \"bodies\": [{\"contentType\": \"text/html\", \"value\": \"" + html
                    + "\"}]}").articles().get(0);
            assertEquals("Safe text\nlink and more", a.body());
            assertFalse(TAG.matcher(a.body()).find(), a.body());
        }
    }

    @Test
    void deeplyNestedMarkupInABody_isReadWithoutOverflow() {
        String doc = "{\"uri\": \"urn:x:1\", \"bodies\": [{\"contentType\": \"text/html\", \"value\": \"" + repeat("<div>", 50_000)
                + "deep" + repeat("</div>", 50_000) + "\"}], \"headlines\": [{\"value\": \"" + repeat("<b>", 100_000) + "head\"}]}";
        ReadResult r = assertTimeoutPreemptively(BOUND, () -> NinjsReader.lenient().read(doc));
        assertEquals("deep", r.articles().get(0).body());
        assertEquals("head", r.articles().get(0).headline());
    }

    @Test
    void plainBodyWithMarkup_lenientStripsIt() {
        Article a = NinjsReader.lenient().read("{\"uri\": \"urn:x:1\", \"bodies\": [{\"contentType\": \"text/plain\","
                + " \"value\": \"Before<script>alert(1)</script> after\"}]}").articles().get(0);
        assertEquals("Before after", a.body());
    }
}
