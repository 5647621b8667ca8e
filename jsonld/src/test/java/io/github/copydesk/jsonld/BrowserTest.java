package io.github.copydesk.jsonld;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.copydesk.jsonld.HtmlSafetyTest.At;
import io.github.copydesk.jsonld.HtmlSafetyTest.Field;
import io.github.copydesk.jsonld.HtmlSafetyTest.Mode;
import io.github.copydesk.jsonld.HtmlSafetyTest.Story;
import io.github.copydesk.jsonld.HtmlSafetyTest.Texts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writer's script element in a real browser: headless Chromium loads a page whose head holds
 * {@link JsonLdWriter#scriptElement} for an article full of hostile text, some of it trying to
 * break out and run script; a trusted script after it parses the block with {@code JSON.parse}, checks
 * each field against the expected strings (embedded as base64 of UTF-8, independent of the writer) and
 * writes its verdict into the DOM, which Chromium dumps.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian package {@code chromium}). Without it the tests fail
 * when the environment variable {@code CI} is {@code true}, and are skipped otherwise.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    /** What a successful breakout does: marks the document. */
    private static final String PWN = "document.documentElement.setAttribute('data-pwned','1')";

    /** Attacks, spread over the fields so that every field carries one. */
    private static final List<String> ATTACKS = List.of(
            "</script><script>" + PWN + "</script>",
            "<img src=x onerror=\"" + PWN + "\">",
            "<!--<script>" + PWN + "</script>-->",
            "</SCRIPT ><script>" + PWN + "</script >",
            "</script\t><svg onload=\"" + PWN + "\">",
            "--><script>" + PWN + "</script><!--",
            "]]></script><script>" + PWN + "</script><![CDATA[",
            "&lt;/script&gt; &amp; &#60;/script&#62;",
            "line\u2028separator\u2029paragraph \u0000 nul \\ \\/ \\u003c \" ' `",
            HtmlSafetyTest.GRINNING + HtmlSafetyTest.FLAG_US + HtmlSafetyTest.FAMILY_ZWJ
                    + HtmlSafetyTest.FLAG_ENGLAND + " </" + HtmlSafetyTest.G_CLEF + "script> \uFFFE\uFFFF noncharacters");

    @TempDir
    Path dir;

    @BeforeEach
    void chromiumIsInstalled() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "headless Chromium is not installed at " + CHROMIUM + " (Debian package chromium)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI=true requires it (.ci/run installs it)");
        }
        // The one deliberate skip in the build: Chromium is a system package that Maven cannot fetch, so a
        // developer without it still gets a green local build; under CI=true the test never skips (above),
        // and .ci/run installs the package first. jsoup's HTML5 parse in HtmlSafetyTest covers the same
        // property on every machine.
        assumeTrue(false, message + "; skipping the browser test outside CI");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void hostileArticle_inChromium_staysDataAndParsesBack(Mode mode) throws Exception {
        Story story = Story.of(hostileTexts());
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Copydesk</title>\n"
                + mode.writer.scriptElement(story.article()) + "\n</head><body>\n"
                + "<pre id=\"verdict\">NOT RUN</pre>\n<pre id=\"count\">NOT RUN</pre>\n<p id=\"after\">after</p>\n"
                + "<script>\n" + check(story.places(mode.graph()), mode.graph()) + "</script>\n</body></html>\n";

        Document dom = Jsoup.parse(dumpDom(page));

        Element verdict = dom.getElementById("verdict");
        assertNotNull(verdict, () -> "no verdict in the page: " + dom.outerHtml());
        assertEquals("PASS", verdict.wholeText(), mode::toString);
        Element count = dom.getElementById("count");
        assertNotNull(count, () -> "no count in the page: " + dom.outerHtml());
        assertEquals("1", count.wholeText(),
                () -> mode + ": application/ld+json scripts counted by the page");
        assertEquals(1, dom.select("script[type=application/ld+json]").size(), () -> mode + ": " + dom.outerHtml());
        assertTrue(dom.select("[data-pwned]").isEmpty(), () -> mode + ": a script broke out: " + dom.outerHtml());
        Element after = dom.getElementById("after");
        assertNotNull(after, () -> mode + ": the paragraph after the block was swallowed");
        assertSame(dom.body(), after.parent(), () -> mode + ": the paragraph after the block moved");
    }

    @Test
    void naiveEmbedding_inChromium_breaksOut() throws Exception {
        // the harness can fail: the same attack without HTML escapes runs its script
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<script type=\"application/ld+json\">"
                + "{\"headline\": \"" + ATTACKS.get(0) + "\"}</script>\n</head><body><p id=\"after\">after</p></body></html>\n";

        Document dom = Jsoup.parse(dumpDom(page));

        assertFalse(dom.select("[data-pwned]").isEmpty(), dom::outerHtml);
    }

    /** One attack per field, each followed by the field's name so that every value differs. */
    private static Texts hostileTexts() {
        Texts texts = Texts.plain();
        for (Field field : Field.values()) {
            texts = texts.with(field, ATTACKS.get(field.ordinal() % ATTACKS.size()) + " "
                    + field.name().toLowerCase(Locale.ROOT));
        }
        return texts;
    }

    /**
     * The trusted check: parses the block, compares each place with its expected string (base64 of
     * UTF-8, absent as {@code null}), and writes the verdict and the number of ld+json scripts.
     */
    private static String check(List<At> places, boolean graph) {
        List<String> expected = new ArrayList<>();
        for (At at : places) {
            String value = at.value() == null ? "null"
                    : "'" + Base64.getEncoder().encodeToString(at.value().getBytes(UTF_8)) + "'";
            expected.add("['" + at.path() + "', " + value + "]");
        }
        return String.join("\n",
                "(function () {",
                "  'use strict';",
                "  var graph = " + graph + ";",
                "  var expected = [" + String.join(",\n    ", expected) + "];",
                "  function decode(b64) {",
                "    var binary = atob(b64);",
                "    var bytes = new Uint8Array(binary.length);",
                "    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }",
                "    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);",
                "  }",
                "  var verdict = 'PASS';",
                "  try {",
                "    var block = document.querySelector('script[type=\"application/ld+json\"]');",
                "    var root = JSON.parse(block.textContent);",
                "    var nodes = graph ? root['@graph'] : [root];",
                "    var article = nodes.filter(function (n) { return n['@type'] === 'NewsArticle'; })[0];",
                "    var follow = function (v) {",
                "      if (graph && v !== null && typeof v === 'object' && !Array.isArray(v)",
                "          && Object.keys(v).length === 1 && typeof v['@id'] === 'string') {",
                "        var node = nodes.filter(function (n) { return n['@id'] === v['@id']; })[0];",
                "        return node === undefined ? v : node;",
                "      }",
                "      return v;",
                "    };",
                "    var at = function (path) {",
                "      var v = article;",
                "      var steps = path.split('/');",
                "      for (var i = 0; i < steps.length; i++) {",
                "        v = follow(v);",
                "        if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, steps[i])) {",
                "          return undefined;",
                "        }",
                "        v = v[steps[i]];",
                "      }",
                "      return v;",
                "    };",
                "    for (var i = 0; i < expected.length; i++) {",
                "      var want = expected[i][1] === null ? undefined : decode(expected[i][1]);",
                "      var got = at(expected[i][0]);",
                "      if (got !== want) {",
                "        verdict = 'MISMATCH at ' + expected[i][0] + ': got ' + JSON.stringify(got)",
                "            + ', expected ' + JSON.stringify(want);",
                "        break;",
                "      }",
                "    }",
                "  } catch (e) {",
                "    verdict = 'ERROR ' + e;",
                "  }",
                "  document.getElementById('verdict').textContent = verdict;",
                "  var count = 0;",
                "  for (var j = 0; j < document.scripts.length; j++) {",
                "    if (document.scripts[j].type === 'application/ld+json') { count++; }",
                "  }",
                "  document.getElementById('count').textContent = String(count);",
                "})();",
                "");
    }

    /** Loads the page in headless Chromium with a new profile and returns the DOM it dumps. */
    private String dumpDom(String page) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("page.html"), page, UTF_8);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Path out = dir.resolve("dom.html");
        Path err = dir.resolve("chromium.log");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", file.toUri().toString());
        Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s; its log: " + tail(err));
            }
            assertEquals(0, chromium.exitValue(), () -> "Chromium failed; its log: " + tail(err));
            String dom = Files.readString(out, UTF_8);
            assertFalse(dom.isBlank(), () -> "Chromium dumped nothing; its log: " + tail(err));
            return dom;
        } finally {
            List<ProcessHandle> children = chromium.descendants().toList();
            chromium.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            chromium.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, UTF_8);
            return text.substring(Math.max(0, text.length() - 2000));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
