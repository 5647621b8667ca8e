package io.github.copydesk.jsonld;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * HTML safety of the writer (DESIGN.md, "HTML safety"): laws that hold for every article whatever
 * its text, checked with QuickTheories on strings drawn from all Unicode scalar values and biased towards the
 * fragments that broke peers' embeddings, in every text field and in URLs; and regression tests named
 * after the bug class each one pins.
 *
 * <p>The laws, for every writer configuration ({@link Mode}):
 * <ol>
 * <li>the output holds no raw {@code <}, {@code >}, {@code &}, U+2028 or U+2029 (and so, without
 *   {@code &}, no HTML character reference);</li>
 * <li>{@code /} is never escaped, and nothing is escaped but what JSON or HTML needs: other
 *   non-ASCII text, emoji included, is written as itself;</li>
 * <li>a JSON parser gives back exactly each input string at its place;</li>
 * <li>an HTML5 parser reading a page with {@link JsonLdWriter#scriptElement(Article)} in its head
 *   finds exactly one script element, whose data is the JSON, and the rest of the page intact;</li>
 * <li>{@code String}, {@code Writer} and {@code OutputStream} give the same bytes.</li>
 * </ol>
 */
class HtmlSafetyTest {

    /** Tries per property; the whole class stays within a few seconds. */
    private static final int TRIES = 1000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final String PAGE_START = "<!DOCTYPE html><html><head><meta charset=utf-8>";
    static final String PAGE_END = "</head><body><p id=after>after</p></body></html>";

    /** U+FFFF, a noncharacter, which jsoup uses as its end-of-input sentinel. */
    private static final char JSOUP_EOF = '\uFFFF';

    @Test
    void uFFFF_onBufferBoundary_doesNotTruncatePage() {
        for (int before = 1890; before < 1910; before++) {
            String headline = "x".repeat(before) + JSOUP_EOF + "y";
            String json = JsonLdWriter.create().write(Article.builder().headline(headline).build());
            assertEquals(-1, json.indexOf(JSOUP_EOF), "U+FFFF must be escaped");
            assertTrue(json.contains("\\uffff"), json);
            Document page = Jsoup.parse(PAGE_START + "<script type=\"application/ld+json\">" + json + "</script>" + PAGE_END);
            assertNotNull(page.getElementById("after"), "the page after the script was lost at " + before);
            assertEquals(json, page.select("script").first().data());
        }
    }

    /** U+1F600 GRINNING FACE. */
    static final String GRINNING = "\uD83D\uDE00";
    /** The flag of the United States: regional indicators U and S. */
    static final String FLAG_US = "\uD83C\uDDFA\uD83C\uDDF8";
    /** The flag of England: a black flag and tag characters. */
    static final String FLAG_ENGLAND = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
    /** Family: man, woman, girl, joined by ZERO WIDTH JOINER. */
    static final String FAMILY_ZWJ = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    /** Thumbs up with a skin tone modifier. */
    static final String THUMBS_UP_TONE = "\uD83D\uDC4D\uD83C\uDFFD";
    /** U+1D11E MUSICAL SYMBOL G CLEF. */
    static final String G_CLEF = "\uD834\uDD1E";
    /** U+10FFFF, the last scalar value. */
    static final String LAST_SCALAR = "\uDBFF\uDFFF";

    /** Fragments that broke peers' {@code <script>} embeddings, or that escaping code gets wrong. */
    static final List<String> HOSTILE = List.of(
            "</script>", "</SCRIPT >", "</script\t>", "</script/>", "</ScRiPt\n>", "</script", "</SCRIPT",
            "<script>",
            "<!--<script>", "<!--", "-->", "--!>", "<!-->", "]]>", "<![CDATA[", "//<![CDATA[",
            "&amp;", "&lt;", "&gt;", "&#60;", "&#x3C;", "&quot;", "&", "<", ">",
            "<img src=x onerror=alert(1)>", "</style>", "<?php", "</title>",
            "\u2028", "\u2029", "\u0000", "\u0085", "\u007F", "\uFEFF", "\uFFFD", "\uFFFF", "\u200D",
            "\r\n", "\r", "\n", "\t", "\b", "\f",
            "\\", "\\\\", "\\/", "\\u003c", "\\u2028", "\\x3c", "\"", "'", "`", "/", "//", "*/", "/*",
            "%3C", "%26", "%", "?", "#", "=",
            GRINNING, FLAG_US, FLAG_ENGLAND, FAMILY_ZWJ, THUMBS_UP_TONE, G_CLEF, LAST_SCALAR, "e\u0301", "\u00E9");

    // ---- the writer configurations

    /** Every writer configuration the laws are checked for. */
    enum Mode {
        COMPACT(JsonLdWriter.create()),
        PRETTY(JsonLdWriter.builder().pretty(true).build()),
        GRAPH(JsonLdWriter.builder().graph(true).build()),
        GRAPH_PRETTY(JsonLdWriter.builder().graph(true).pretty(true).build());

        final JsonLdWriter writer;

        Mode(JsonLdWriter writer) {
            this.writer = writer;
        }

        boolean graph() {
            return writer.graph();
        }
    }

    // ---- the laws, for arbitrary text

    @Test
    void output_neverHoldsRawMarkupCharactersOrEntities() {
        forAnyStory((story, mode) -> assertNoRawMarkup(mode.writer.write(story.article()), mode));
    }

    @Test
    void output_neverEscapesSlashNorOtherText() {
        forAnyStory((story, mode) -> assertOnlyNeededEscapes(mode.writer.write(story.article()), mode));
    }

    @Test
    void output_parsesBackToEachInputAtItsPlace() {
        forAnyStory((story, mode) -> assertPlaces(mode.writer.write(story.article()), story, mode, "JSON parser"));
    }

    @Test
    void scriptElement_html5Parser_findsOneScriptHoldingTheJson() {
        forAnyStory(HtmlSafetyTest::assertOneScriptInPage);
    }

    @Test
    void sinks_giveTheSameBytes() {
        forAnyStory(HtmlSafetyTest::assertSameBytesThroughAllSinks);
    }

    /** A law, checked in every writer configuration for the stories of {@link #TRIES} drawn {@link Texts}. */
    private static void forAnyStory(BiConsumer<Story, Mode> law) {
        Theories.qt(TRIES).forAll(texts()).checkAssert(texts -> {
            Story story = Story.of(texts);
            for (Mode mode : Mode.values()) {
                law.accept(story, mode);
            }
        });
    }

    // ---- regression tests, each named after the bug class it pins

    @Test
    void scriptEndTagInHeadline_doesNotCloseScript() {
        Story story = Story.of(Texts.plain().with(Field.HEADLINE, "</script><script>alert(1)</script>"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains(
                "\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""), json);
        assertAllLaws(story);
    }

    @ParameterizedTest
    @ValueSource(strings = {"</SCRIPT >", "</script\t>", "</script/>", "</ScRiPt\n>", "</script\f>", "</script",
            "</script </script>", "<</script>>"})
    void scriptEndTagVariantInEveryField_doesNotCloseScript(String variant) {
        assertAllLaws(Story.of(Texts.all("x" + variant + "<script>alert(1)</script>")));
    }

    @Test
    void htmlCommentOpenerInBody_doesNotStartComment() {
        // in script data "<!--<script>" enters the double-escaped state, where the element's own end
        // tag no longer closes it: the rest of the page would vanish into the script
        Story story = Story.of(Texts.plain().with(Field.BODY, "Breaking <!--<script> news"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"articleBody\":\"Breaking \\u003c!--\\u003cscript\\u003e news\""), json);
        assertAllLaws(story);
    }

    @Test
    void htmlCommentMarkersInEveryField_areEscaped() {
        assertAllLaws(Story.of(Texts.all("<!-- --> --!> <!--> <!--<script>")));
    }

    @Test
    void cdataMarkersInText_areEscapedAndKept() {
        Story story = Story.of(Texts.all("//<![CDATA[ x ]]>"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"headline\":\"//\\u003c![CDATA[ x ]]\\u003e\""), json);
        assertAllLaws(story);
    }

    @Test
    void htmlEntitiesInText_areKeptVerbatimNeverDecodedNorEncoded() {
        String entities = "AT&amp;T &lt;b&gt; &#60; &#x3C; &quot; &nbsp;";
        Story story = Story.of(Texts.plain().with(Field.HEADLINE, entities));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"headline\":\"AT\\u0026amp;T \\u0026lt;b\\u0026gt; \\u0026#60; \\u0026#x3C; "
                + "\\u0026quot; \\u0026nbsp;\""), json);
        assertAllLaws(story);
    }

    @Test
    void lineSeparatorInBody_isEscaped() {
        // raw U+2028 and U+2029 end a line in JavaScript before ES2019: a script reading the block
        // as code would break
        Story story = Story.of(Texts.plain().with(Field.BODY, "one\u2028two\u2029three"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"articleBody\":\"one\\u2028two\\u2029three\""), json);
        assertAllLaws(story);
    }

    @Test
    void nulAndControlCharactersInText_areEscaped() {
        Story story = Story.of(Texts.plain().with(Field.BODY, "a\u0000b\u001Fc\td\ne\rf"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"articleBody\":\"a\\u0000b\\u001fc\\td\\ne\\rf\""), json);
        assertAllLaws(story);
    }

    @Test
    void backslashesAndQuotesInText_roundTrip() {
        Story story = Story.of(Texts.all("\\ \\\\ \\/ \\u003c \" \\\" ' `"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"headline\":\"\\\\ \\\\\\\\ \\\\/ \\\\u003c \\\" \\\\\\\" ' `\""), json);
        assertAllLaws(story);
    }

    @Test
    void slashInTextAndUrls_isNotEscaped() {
        Story story = Story.of(Texts.plain().with(Field.HEADLINE, "AC/DC 24/7 </").with(Field.ARTICLE_URL_PATH, "a/b"));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"headline\":\"AC/DC 24/7 \\u003c/\""), json);
        assertTrue(json.contains("\"url\":\"https://example.com/news/a/b\""), json);
        assertAllLaws(story);
    }

    @Test
    void ampersandInUrlQuery_isEscapedAndRoundTrips() {
        Story story = Story.of(Texts.plain().with(Field.LICENSE_QUERY, "a=1&b=<2>&c=" + GRINNING));
        String json = Mode.COMPACT.writer.write(story.article());
        assertTrue(json.contains("\"license\":\"https://example.com/license?a=1\\u0026b=%3C2%3E\\u0026c=" + GRINNING),
                json);
        assertAllLaws(story);
    }

    @Test
    void hostileUrlAsGraphNodeId_isEscapedAndStillLinks() {
        Story story = Story.of(Texts.plain().with(Field.AUTHOR_URL_PATH, "a&b/" + GRINNING + "/\u2028")
                .with(Field.PUBLISHER_URL_PATH, "&amp;"));
        String json = Mode.GRAPH.writer.write(story.article());
        assertTrue(json.contains("\"@id\":\"https://example.com/people/a\\u0026b/" + GRINNING + "/%E2%80%A8\""), json);
        assertTrue(json.contains("\"@id\":\"https://example.com/org/\\u0026amp;\""), json);
        assertAllLaws(story);
    }

    @Test
    void supplementaryCharacters_sameBytesThroughAllSinks() {
        // Jackson's UTF-8 generator writes characters outside the BMP as escaped surrogate pairs
        // unless told otherwise; the String and Writer sinks write them as themselves
        String emoji = GRINNING + FLAG_US + " " + FLAG_ENGLAND + FAMILY_ZWJ + THUMBS_UP_TONE + G_CLEF + LAST_SCALAR
                + " <" + GRINNING + "> &" + GRINNING;
        Story story = Story.of(Texts.all(emoji));
        for (Mode mode : Mode.values()) {
            byte[] bytes = assertSameBytesThroughAllSinks(story, mode);
            String json = new String(bytes, UTF_8);
            assertTrue(json.contains("\"" + emoji.replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026") + "\""), json);
            assertFalse(json.toLowerCase(Locale.ROOT).contains("\\ud83d"), json);
        }
        assertAllLaws(story);
    }

    @Test
    void longTextAcrossGeneratorBuffers_isEscapedEverywhere() {
        // a 7-char pattern (co-prime with the generator's buffer sizes) puts every escape, and the
        // halves of a surrogate pair, at every offset of a buffer boundary
        String pattern = "ab<\u2028" + GRINNING + "&";
        String body = pattern.repeat(9_000) + ">";
        Story story = Story.of(Texts.plain().with(Field.BODY, body).with(Field.DESCRIPTION, "/" + body)
                .with(Field.IMAGE_CAPTION, body.substring(1)));
        assertAllLaws(story);
    }

    @Test
    void hostileFragmentInEveryField_keepsAllLaws() {
        assertAllLaws(Story.of(Texts.all(String.join("", HOSTILE))));
        for (String fragment : HOSTILE) {
            assertAllLaws(Story.of(Texts.all(fragment)));
        }
    }

    @Test
    void emptyText_isOmittedAndNothingBreaks() {
        assertAllLaws(Story.of(Texts.all("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"</script><p>x", "<!--<script>", "</SCRIPT ><p>x"})
    void naiveEmbedding_isCaughtByTheHtmlLaw(String hostile) throws IOException {
        // the HTML law can fail: JSON without HTML escapes, as a plain JSON library writes it, breaks the page
        Story story = Story.of(Texts.plain().with(Field.BODY, hostile));
        String naive = JSON.writeValueAsString(JSON.readTree(Mode.COMPACT.writer.write(story.article())));
        assertTrue(naive.contains(hostile), naive);
        assertThrows(AssertionError.class, () -> assertOneScriptInPage(
                "<script type=\"application/ld+json\">" + naive + "</script>", naive, story, Mode.COMPACT));
    }

    // ---- the checks

    /** Every law, for every writer configuration. */
    static void assertAllLaws(Story story) {
        for (Mode mode : Mode.values()) {
            String json = mode.writer.write(story.article());
            assertNoRawMarkup(json, mode);
            assertOnlyNeededEscapes(json, mode);
            assertPlaces(json, story, mode, "JSON parser");
            assertOneScriptInPage(story, mode);
            assertSameBytesThroughAllSinks(story, mode);
        }
    }

    /** Law 1: no raw {@code <}, {@code >}, {@code &}, U+2028, U+2029; without {@code &} no entity. */
    static void assertNoRawMarkup(String json, Mode mode) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                fail(String.format(Locale.ROOT, "%s: raw U+%04X at index %d: %s", mode, (int) c, i, context(json, i)));
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
                        && Character.isLowSurrogate(json.charAt(i + 1));
                if (!paired) {
                    fail(String.format(Locale.ROOT, "%s: unpaired surrogate at index %d: %s", mode, i, context(json, i)));
                }
                i++;
            }
        }
    }

    /**
     * Law 2: every escape is one JSON requires ({@code \"}, {@code \\}, control characters) or one
     * HTML safety requires ({@code <}, {@code >}, {@code &}, U+2028, U+2029); {@code \/} never appears
     * as an escape (scanned escape by escape: the text {@code \/} is written as {@code \\/}).
     */
    static void assertOnlyNeededEscapes(String json, Mode mode) {
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) != '\\') {
                continue;
            }
            assertTrue(i + 1 < json.length(), () -> mode + ": output ends in a backslash");
            char next = json.charAt(i + 1);
            switch (next) {
                case '"', '\\', 'b', 'f', 'n', 'r', 't' -> i++;
                case 'u' -> {
                    int at = i;
                    assertTrue(i + 6 <= json.length(), () -> mode + ": truncated escape: " + context(json, at));
                    int escaped = Integer.parseInt(json.substring(i + 2, i + 6), 16);
                    boolean needed = escaped < 0x20 || escaped == '<' || escaped == '>' || escaped == '&'
                            || escaped == 0x2028 || escaped == 0x2029 || escaped == 0xFFFE || escaped == 0xFFFF;
                    assertTrue(needed, () -> String.format(Locale.ROOT,
                            "%s: needless escape of U+%04X: %s", mode, escaped, context(json, at)));
                    i += 5;
                }
                case '/' -> {
                    int at = i;
                    fail(() -> mode + ": escaped slash: " + context(json, at));
                }
                default -> {
                    int at = i;
                    fail(() -> mode + ": not a JSON escape: " + context(json, at));
                }
            }
        }
    }

    /** Law 3: a JSON parser gives back exactly each input string at its place. */
    static void assertPlaces(String json, Story story, Mode mode, String reader) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(mode + ": " + reader + " cannot parse the output: " + e.getMessage(), e);
        }
        for (At at : story.places(mode.graph())) {
            JsonNode found = at(root, mode.graph(), at.path());
            if (at.value() == null) {
                assertTrue(found.isMissingNode(), () -> mode + " (" + reader + "): " + at.path()
                        + " must be absent (empty text), but is " + found);
            } else if (!found.isTextual() || !at.value().equals(found.textValue())) {
                fail(mode + " (" + reader + "): " + at.path() + " is " + (found.isTextual() ? show(found.textValue())
                        : found.toString()) + ", expected " + show(at.value()));
            }
        }
    }

    /**
     * Law 4: an HTML5 parser finds exactly one script element, in the head, of type
     * {@code application/ld+json}, whose data is the JSON and parses back to the same strings; the
     * paragraph after it is still in the body, and nothing else reached the body.
     */
    static void assertOneScriptInPage(Story story, Mode mode) {
        // jsoup takes U+FFFF, its end-of-input sentinel, for the end of the page when the character
        // lands on a 2048-character boundary of its buffer (jhy/jsoup#341). The writer escapes U+FFFE
        // and U+FFFF (regression: uFFFF_onBufferBoundary_doesNotTruncatePage), so no text can end a
        // page early for a jsoup reader either.
        assertOneScriptInPage(mode.writer.scriptElement(story.article()), mode.writer.write(story.article()), story, mode);
    }

    private static void assertOneScriptInPage(String element, String json, Story story, Mode mode) {
        Document page = Jsoup.parse(PAGE_START + element + PAGE_END);
        Elements scripts = page.select("script");
        assertEquals(1, scripts.size(), () -> mode + ": script elements in " + page.outerHtml());
        Element script = scripts.first();
        assertNotNull(script);
        assertEquals("application/ld+json", script.attr("type"), mode::toString);
        assertSame(page.head(), script.parent(), () -> mode + ": the script left the head: " + page.outerHtml());
        assertEquals(json, script.data(), () -> mode + ": the script's data is not the JSON");
        Element after = page.getElementById("after");
        assertNotNull(after, () -> mode + ": the paragraph after the script was swallowed: " + page.outerHtml());
        assertSame(page.body(), after.parent(), () -> mode + ": the paragraph moved: " + page.outerHtml());
        assertEquals("after", page.body().wholeText(), () -> mode + ": something reached the body");
        assertPlaces(script.data(), story, mode, "HTML5 parser");
    }

    /** Law 5: the three sinks give the same bytes; returns them. */
    static byte[] assertSameBytesThroughAllSinks(Story story, Mode mode) {
        try {
            byte[] fromString = mode.writer.write(story.article()).getBytes(UTF_8);
            StringWriter writer = new StringWriter();
            mode.writer.write(story.article(), writer);
            byte[] fromWriter = writer.toString().getBytes(UTF_8);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            mode.writer.write(story.article(), stream);
            byte[] fromStream = stream.toByteArray();
            assertArrayEquals(fromString, fromWriter, () -> mode + ": String and Writer differ");
            assertArrayEquals(fromString, fromStream, () -> mode + ": String and OutputStream differ");
            return fromString;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The node at a path of names and array indexes below the article node; in graph mode a
     * reference ({@code {"@id": ...}} alone) is followed to its node in the {@code @graph}.
     */
    static JsonNode at(JsonNode root, boolean graph, String path) {
        JsonNode node = graph ? articleNode(root) : root;
        for (String step : path.split("/")) {
            node = graph ? follow(root, node) : node;
            node = node.isArray() ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        return node;
    }

    private static JsonNode articleNode(JsonNode root) {
        for (JsonNode node : root.path("@graph")) {
            if ("NewsArticle".equals(node.path("@type").textValue())) {
                return node;
            }
        }
        throw new AssertionError("no NewsArticle node in the @graph: " + root);
    }

    private static JsonNode follow(JsonNode root, JsonNode node) {
        if (node.isObject() && node.size() == 1 && node.has("@id")) {
            for (JsonNode candidate : root.path("@graph")) {
                if (candidate.path("@id").equals(node.get("@id"))) {
                    return candidate;
                }
            }
        }
        return node;
    }

    private static String context(String json, int index) {
        int from = Math.max(0, index - 40);
        int to = Math.min(json.length(), index + 40);
        return show(json.substring(from, to));
    }

    /** A string in double quotes, with every character but printable ASCII as {@code \}{@code u{...}}. */
    static String show(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u{%X}", c));
            }
        });
        return out.append('"').toString();
    }

    // ---- generators

    /** One {@link #text()} per {@link Field}. */
    static Gen<Texts> texts() {
        return lists().of(text()).ofSize(Field.values().length).map(values -> new Texts(values));
    }

    /**
     * Strings of up to 16 fragments: {@link #HOSTILE} ones, ASCII, BMP and all scalar values (never a
     * lone surrogate).
     */
    static Gen<String> text() {
        return TextGenerators.strings(Generate.frequency(List.of(
                Pair.of(5, Generate.pick(HOSTILE)),
                Pair.of(4, TextGenerators.asciiCharacters()),
                Pair.of(2, TextGenerators.bmpCharacters()),
                Pair.of(2, TextGenerators.scalarValues()))), 16);
    }

    // ---- the fixture: an article with a given text in every text field and URL

    /** Each place of text in an article (and the URL parts), in the order of the generated strings. */
    enum Field {
        ARTICLE_URL_PATH, HEADLINE, ALTERNATIVE_HEADLINE, DESCRIPTION, BODY, SECTION, KEYWORD_1, KEYWORD_2,
        DATELINE_TEXT, LOCALITY, REGION, COUNTRY,
        AUTHOR_NAME, AUTHOR_HONORIFIC_PREFIX, AUTHOR_HONORIFIC_SUFFIX, AUTHOR_JOB_TITLE, AUTHOR_DESCRIPTION,
        AUTHOR_URL_PATH, AUTHOR_SAME_AS_PATH, AFFILIATION_NAME, PHOTOGRAPHER_NAME,
        PUBLISHER_NAME, PUBLISHER_URL_PATH,
        QUOTE_TEXT, QUOTE_ATTRIBUTION, SPEAKER_NAME, SPEAKER_JOB_TITLE,
        IMAGE_URL_PATH, IMAGE_CAPTION, IMAGE_CREDIT, IMAGE_ALT_TEXT, IMAGE_EXTENDED_DESCRIPTION,
        IMAGE_CREATOR_NAME, IMAGE_COPYRIGHT_NOTICE, LICENSE_QUERY, LICENSE_FRAGMENT,
        VIDEO_URL_PATH, VIDEO_NAME, VIDEO_CAPTION, VIDEO_ALT_TEXT, VIDEO_TRANSCRIPT,
        AUDIO_NAME, AUDIO_CAPTION, AUDIO_TRANSCRIPT,
        CORRECTION_TEXT, PAYWALL_SELECTOR, COPYRIGHT_HOLDER_NAME, COPYRIGHT_NOTICE
    }

    /** One string per {@link Field}. */
    record Texts(List<String> values) {

        Texts {
            values = List.copyOf(values);
            if (values.size() != Field.values().length) {
                throw new IllegalArgumentException("one text per field: " + values.size());
            }
        }

        /** Each field's own name in lower case: distinct, harmless text. */
        static Texts plain() {
            List<String> values = new ArrayList<>();
            for (Field field : Field.values()) {
                values.add(field.name().toLowerCase(Locale.ROOT));
            }
            return new Texts(values);
        }

        /** The same text in every field. */
        static Texts all(String text) {
            return new Texts(Collections.nCopies(Field.values().length, text));
        }

        String get(Field field) {
            return values.get(field.ordinal());
        }

        Texts replace(char from, char to) {
            return new Texts(values.stream().map(value -> value.replace(from, to)).toList());
        }

        Texts with(Field field, String text) {
            List<String> copy = new ArrayList<>(values);
            copy.set(field.ordinal(), text);
            return new Texts(copy);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("Texts[");
            for (Field field : Field.values()) {
                if (!get(field).isEmpty()) {
                    out.append("\n  ").append(field).append('=').append(show(get(field)));
                }
            }
            return out.append(']').toString();
        }
    }

    /** Where a string must be found below the article node; {@code value} null: must be absent. */
    record At(String path, String value) {
    }

    /** An article built from {@link Texts}, and where each string must appear in its JSON-LD. */
    record Story(Texts texts, Article article, URI articleUrl, URI authorUrl, URI sameAs, URI publisherUrl,
            URI imageUrl, URI licenseUrl, URI videoUrl, Place place) {

        private static final URI AUDIO_URL = URI.create("https://example.com/audio/1.mp3");

        static Story of(Texts t) {
            URI articleUrl = url("/news/" + t.get(Field.ARTICLE_URL_PATH), null, null);
            URI authorUrl = url("/people/" + t.get(Field.AUTHOR_URL_PATH), null, null);
            URI sameAs = url("/same-as/" + t.get(Field.AUTHOR_SAME_AS_PATH), null, null);
            URI publisherUrl = url("/org/" + t.get(Field.PUBLISHER_URL_PATH), null, null);
            URI imageUrl = url("/media/" + t.get(Field.IMAGE_URL_PATH), null, null);
            URI licenseUrl = url("/license", t.get(Field.LICENSE_QUERY), t.get(Field.LICENSE_FRAGMENT));
            URI videoUrl = url("/video/" + t.get(Field.VIDEO_URL_PATH), null, null);
            Place place = new Place(t.get(Field.LOCALITY), t.get(Field.REGION), null, t.get(Field.COUNTRY), null);

            Person author = new Person(t.get(Field.AUTHOR_NAME), t.get(Field.AUTHOR_DESCRIPTION),
                    t.get(Field.AUTHOR_JOB_TITLE), t.get(Field.AUTHOR_HONORIFIC_PREFIX),
                    t.get(Field.AUTHOR_HONORIFIC_SUFFIX), Organization.of(t.get(Field.AFFILIATION_NAME)), authorUrl,
                    List.of(sameAs));
            Person speaker = Person.of(t.get(Field.SPEAKER_NAME)).withJobTitle(t.get(Field.SPEAKER_JOB_TITLE));
            Rights imageRights = new Rights(Person.of(t.get(Field.IMAGE_CREATOR_NAME)), null,
                    t.get(Field.IMAGE_COPYRIGHT_NOTICE), licenseUrl, null, null);

            Article article = Article.builder()
                    .url(articleUrl)
                    .headline(t.get(Field.HEADLINE))
                    .alternativeHeadline(t.get(Field.ALTERNATIVE_HEADLINE))
                    .description(t.get(Field.DESCRIPTION))
                    .body(t.get(Field.BODY))
                    .section(t.get(Field.SECTION))
                    .keywords(List.of(t.get(Field.KEYWORD_1), t.get(Field.KEYWORD_2)))
                    .language("en")
                    .datePublished(NewsDate.parse("2016-07-27T10:15:00+02:00"))
                    .dateline(new Dateline(t.get(Field.DATELINE_TEXT), place, null, null, null))
                    .byline(Byline.of(Contributor.author(author),
                            Contributor.of(ContributorRole.PHOTOGRAPHER, Person.of(t.get(Field.PHOTOGRAPHER_NAME)))))
                    .publisher(Organization.newsMedia(t.get(Field.PUBLISHER_NAME)).withUrl(publisherUrl))
                    .addQuote(new Quote(t.get(Field.QUOTE_TEXT), speaker, false, t.get(Field.QUOTE_ATTRIBUTION)))
                    .addMedia(new Image(imageUrl, t.get(Field.IMAGE_CAPTION), t.get(Field.IMAGE_CREDIT),
                            t.get(Field.IMAGE_ALT_TEXT), t.get(Field.IMAGE_EXTENDED_DESCRIPTION), imageRights,
                            1200, 800, "image/jpeg"))
                    .addMedia(new Video(videoUrl, t.get(Field.VIDEO_CAPTION), null, t.get(Field.VIDEO_ALT_TEXT), null,
                            Rights.NONE, t.get(Field.VIDEO_NAME), null, null, null, null,
                            t.get(Field.VIDEO_TRANSCRIPT)))
                    .addMedia(new Audio(AUDIO_URL, t.get(Field.AUDIO_CAPTION), null, null, null, Rights.NONE,
                            t.get(Field.AUDIO_NAME), null, t.get(Field.AUDIO_TRANSCRIPT)))
                    .addCorrection(Correction.of(correction(t), NewsDate.parse("2016-07-28")))
                    .paywall(Paywall.of(selector(t)))
                    .copyright(new Copyright(2016, Organization.of(t.get(Field.COPYRIGHT_HOLDER_NAME)),
                            t.get(Field.COPYRIGHT_NOTICE)))
                    .build();
            return new Story(t, article, articleUrl, authorUrl, sameAs, publisherUrl, imageUrl, licenseUrl, videoUrl,
                    place);
        }

        /** Where each input string must be found (alt texts and attributions are not written). */
        List<At> places(boolean graph) {
            List<At> at = new ArrayList<>();
            exact(at, "url", articleUrl.toString());
            if (graph) {
                exact(at, "@id", articleUrl + "#article");
                exact(at, "mainEntityOfPage/@id", articleUrl.toString());
                exact(at, "mainEntityOfPage/url", articleUrl.toString());
            } else {
                exact(at, "mainEntityOfPage", articleUrl.toString());
            }
            text(at, "headline", Field.HEADLINE);
            text(at, "alternativeHeadline", Field.ALTERNATIVE_HEADLINE);
            text(at, "description", Field.DESCRIPTION);
            text(at, "articleBody", Field.BODY);
            text(at, "articleSection", Field.SECTION);
            // empty keywords are omitted like other empty text, and no keywords leaves the property out
            List<String> keywords = Stream.of(Field.KEYWORD_1, Field.KEYWORD_2).map(texts::get)
                    .filter(keyword -> !keyword.isEmpty()).toList();
            if (keywords.isEmpty()) {
                at.add(new At("keywords", null));
            }
            for (int i = 0; i < keywords.size(); i++) {
                exact(at, "keywords/" + i, keywords.get(i));
            }
            at.add(new At("keywords/" + keywords.size(), null));
            // the dateline text as written; without text, the dateline in the plain style (writer Javadoc)
            String dateline = texts.get(Field.DATELINE_TEXT);
            text(at, "dateline", dateline.isEmpty() ? article.dateline().format(DatelineStyle.PLAIN) : dateline);
            text(at, "locationCreated/name", place.displayName());
            text(at, "locationCreated/address/addressLocality", Field.LOCALITY);
            text(at, "locationCreated/address/addressRegion", Field.REGION);
            text(at, "locationCreated/address/addressCountry", Field.COUNTRY);

            if (graph) {
                exact(at, "author/0/@id", authorUrl.toString());
            }
            text(at, "author/0/name", Field.AUTHOR_NAME);
            text(at, "author/0/honorificPrefix", Field.AUTHOR_HONORIFIC_PREFIX);
            text(at, "author/0/honorificSuffix", Field.AUTHOR_HONORIFIC_SUFFIX);
            text(at, "author/0/jobTitle", Field.AUTHOR_JOB_TITLE);
            text(at, "author/0/description", Field.AUTHOR_DESCRIPTION);
            exact(at, "author/0/url", authorUrl.toString());
            exact(at, "author/0/sameAs/0", sameAs.toString());
            text(at, "author/0/affiliation/name", Field.AFFILIATION_NAME);
            exact(at, "contributor/0/roleName", "photographer");
            text(at, "contributor/0/contributor/name", Field.PHOTOGRAPHER_NAME);
            if (graph) {
                exact(at, "publisher/@id", publisherUrl.toString());
            }
            text(at, "publisher/name", Field.PUBLISHER_NAME);
            exact(at, "publisher/url", publisherUrl.toString());

            exact(at, "image/0/contentUrl", imageUrl.toString());
            exact(at, "image/0/url", imageUrl.toString());
            text(at, "image/0/caption", Field.IMAGE_CAPTION);
            text(at, "image/0/creditText", Field.IMAGE_CREDIT);
            text(at, "image/0/creator/name", Field.IMAGE_CREATOR_NAME);
            text(at, "image/0/copyrightNotice", Field.IMAGE_COPYRIGHT_NOTICE);
            exact(at, "image/0/license", licenseUrl.toString());
            exact(at, "video/0/contentUrl", videoUrl.toString());
            text(at, "video/0/name", Field.VIDEO_NAME);
            text(at, "video/0/description", Field.VIDEO_CAPTION);
            text(at, "video/0/transcript", Field.VIDEO_TRANSCRIPT);
            exact(at, "audio/0/contentUrl", AUDIO_URL.toString());
            text(at, "audio/0/name", Field.AUDIO_NAME);
            text(at, "audio/0/description", Field.AUDIO_CAPTION);
            text(at, "audio/0/transcript", Field.AUDIO_TRANSCRIPT);

            text(at, "hasPart/0/text", Field.QUOTE_TEXT);
            text(at, "hasPart/0/creator/name", Field.SPEAKER_NAME);
            text(at, "hasPart/0/creator/jobTitle", Field.SPEAKER_JOB_TITLE);
            exact(at, "hasPart/1/cssSelector", selector(texts));
            exact(at, "correction/0/text", correction(texts));
            text(at, "copyrightHolder/name", Field.COPYRIGHT_HOLDER_NAME);
            text(at, "copyrightNotice", Field.COPYRIGHT_NOTICE);
            return at;
        }

        private void text(List<At> at, String path, Field field) {
            text(at, path, texts.get(field));
        }

        /** Text written only when not empty. */
        private static void text(List<At> at, String path, String value) {
            at.add(new At(path, value.isEmpty() ? null : value));
        }

        private static void exact(List<At> at, String path, String value) {
            at.add(new At(path, value));
        }

        /** A correction's text must not be blank. */
        private static String correction(Texts t) {
            return "Correction: " + t.get(Field.CORRECTION_TEXT);
        }

        /** A paywalled section's selector must be one non-blank line. */
        private static String selector(Texts t) {
            return ".paywall " + t.get(Field.PAYWALL_SELECTOR).replace('\r', ' ').replace('\n', ' ');
        }

        /** An https URL on example.com; the multi-argument constructor percent-encodes what must be. */
        private static URI url(String path, String query, String fragment) {
            try {
                return new URI("https", "example.com", path, query, fragment);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cannot build a URL from " + show(path), e);
            }
        }

        @Override
        public String toString() {
            return texts.toString();
        }
    }
}
