package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    private static final JsonPath URL = JsonPath.ROOT.child("image").index(1).child("url");

    private record Read(URI url, List<ReadFinding> findings) {
        List<String> kinds() {
            return findings.stream().map(f -> f.severity() + " " + f.code().id() + " " + f.block() + " " + f.path()).toList();
        }
    }

    private static Read lenient(String text) {
        Findings findings = new Findings(false);
        URI url = new Urls(findings).parse(text, 3, URL);
        return new Read(url, findings.list());
    }

    private static URI strict(String text) {
        Findings findings = new Findings(true);
        URI url = new Urls(findings).parse(text, 3, URL);
        assertEquals(List.of(), findings.list());
        return url;
    }

    private static final List<String> REPAIRED = List.of("WARNING read.url.repaired 3 $.image[1].url");
    private static final List<String> UNREADABLE = List.of("ERROR read.url.unreadable 3 $.image[1].url");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x.example/a?b=1&c=2#d", "http://x.example", "HTTPS://X.EXAMPLE/A", "https://x.example/%41%20b",
        "https://x.example:8443/a", "http://[::1]:8080/", "https://x.example/\u00fcber?q=caf\u00e9",
        "https://b\u00fccher.example/a", "https://\u4f8b\u3048.jp/", "https://b\u00fccher.example:8080/"})
    void urlAsWritten_isReadInBothModesWithoutAFinding(String text) {
        Read read = lenient(text);
        assertEquals(URI.create(text), read.url());
        assertEquals(List.of(), read.findings());
        assertEquals(URI.create(text), strict(text));
    }

    @Test
    void strict_readsAnEntityInAUrlAsWritten() {
        // "&amp;" is a valid part of a query: only a lenient reader, which knows pages, reads it as "&"
        assertEquals(URI.create("https://x.example/?a=1&amp;b=2"), strict("https://x.example/?a=1&amp;b=2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://x.example/?a=1&amp;b=2|https://x.example/?a=1&b=2",
        "https://x.example/a b|https://x.example/a%20b",
        "https://x.example/100%|https://x.example/100%25",
        "https://x.example/%zz|https://x.example/%25zz",
        "'https://x.example/\"q\"<>\\^`{|}'|https://x.example/%22q%22%3C%3E%5C%5E%60%7B%7C%7D",
        "https://x.example/tab\there|https://x.example/tab%09here",
        "https://x.example/\u00fc ber|https://x.example/\u00fc%20ber"})
    void lenient_repair_isReadAndReportedOnce(String text, String expected) {
        Read read = lenient(text);
        assertEquals(URI.create(expected), read.url());
        assertEquals(REPAIRED, read.kinds());
        assertTrue(read.findings().get(0).message().contains(text.contains("&amp;") ? "&amp;" : Checks.quote(text)),
                read.findings().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://example.com\\@evil.com/|example.com|evil.com",
        "https://example.com\\.evil.com/a|example.com|example.com%5c.evil.com",
        "'http://example.com\\\\x@evil.com/'|example.com|evil.com"})
    void lenient_repairThatWouldChangeTheHost_isUnreadable(String text, String browser, String encoded) {
        // issue 11: a browser reads a backslash as the end of the host; its percent-encoded form is not
        assertEquals(browser, Urls.browserHost(text));
        Read read = lenient(text);

        assertNull(read.url());
        assertEquals(List.of(ReadCode.URL_UNREADABLE), read.findings().stream().map(ReadFinding::code).toList());
        assertTrue(read.findings().get(0).message().contains("would change its host from \"" + browser + "\""),
                read.findings().get(0).message());
        assertTrue(read.findings().get(0).message().contains("to \"" + encoded + "\""), read.findings().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://x.example/a b|x.example",
        "https://User@X.Example:8080/p|x.example",
        "https://[::1]:8080/|[::1]",
        "HTTP://x.example?q|x.example",
        "https://a@b@x.example#f|x.example",
        "ftp://x.example/|"})
    void browserHost_asTheUrlStandardReadsHttp(String text, String host) {
        assertEquals(host, Urls.browserHost(text));
    }

    @Test
    void lenient_entityAndIllegalCharacters_areTwoRepairs() {
        Read read = lenient("https://x.example/a&amp;b c");
        assertEquals(URI.create("https://x.example/a&b%20c"), read.url());
        assertEquals(List.of(REPAIRED.get(0), REPAIRED.get(0)), read.kinds());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x.example/a b", "https://x.example/100%", "https://x.example/<x>", " https://x.example/"})
    void strict_rejectsWhatLenientRepairs(String text) {
        ReadException e = assertThrows(ReadException.class, () -> strict(text));
        assertEquals(ReadCode.URL_UNREADABLE, e.code());
        assertEquals(Severity.ERROR, e.finding().severity());
        assertEquals("$.image[1].url", e.path());
        assertEquals(3, e.block());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/news/a", "news/a", "//x.example/a", "?page=2", "javascript:alert(1)", "mailto:desk@x.example",
        "ftp://x.example/a", "data:image/png;base64,AAAA", "https:///a", "https:x.example", "https://x.exa_mple/",
        "https://-x-.b\u00fccher.example/", "https://user@b\u00fccher.example/", "https://x.example/a\uD800"})
    void notAnAbsoluteHttpUrlWithAHost_isLeftOutInBothModes(String text) {
        Read read = lenient(text);
        assertNull(read.url());
        assertEquals(UNREADABLE, read.kinds());
        assertTrue(read.findings().get(0).message().endsWith("; left out"), read.findings().get(0).message());
        ReadException e = assertThrows(ReadException.class, () -> strict(text));
        assertEquals(ReadCode.URL_UNREADABLE, e.code());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void lenient_emptyOrBlank_isNoUrlAndNoFinding(String text) {
        Read read = lenient(text);
        assertNull(read.url());
        assertEquals(List.of(), read.findings());
    }

    @Test
    void strict_empty_isNoUrlAndNoFinding() {
        assertNull(strict(""));
    }

    @Test
    void lenient_whiteSpaceAroundTheUrl_isTrimmedAndReported() {
        Read read = lenient("  https://x.example/a\n");
        assertEquals(URI.create("https://x.example/a"), read.url());
        assertEquals(REPAIRED, read.kinds());
        assertEquals("white space around the URL trimmed: \"  https://x.example/a\\u000A\"", read.findings().get(0).message());
    }

    @Test
    void lenient_whiteSpaceAroundAUrlReadBefore_isReportedAgain() {
        Findings findings = new Findings(false);
        Urls urls = new Urls(findings);
        assertEquals(URI.create("https://x.example/a"), urls.parse("https://x.example/a", 3, URL));
        assertEquals(URI.create("https://x.example/a"), urls.parse(" https://x.example/a", 3, URL));
        assertEquals(REPAIRED, new Read(null, findings.list()).kinds());
    }

    // ---- one instance per read

    @Test
    void repeatedUrl_isParsedOnceWithinARead() {
        Urls urls = new Urls(new Findings(false));
        URI first = urls.parse("https://x.example/a", 0, URL);
        assertSame(first, urls.parse("https://x.example/a", 1, JsonPath.ROOT.child("url")));
        assertNotSame(first, new Urls(new Findings(false)).parse("https://x.example/a", 0, URL), "a new read parses anew");
    }

    @Test
    void repeatedRepairOrFailure_isReportedAtEachPlace() {
        Findings findings = new Findings(false);
        Urls urls = new Urls(findings);
        JsonPath other = JsonPath.ROOT.child("url");
        for (String text : List.of("https://x.example/?a=1&amp;b=2", "https://x.example/a b", "/relative")) {
            URI first = urls.parse(text, 3, URL);
            URI second = urls.parse(text, 4, other);
            assertEquals(first, second, text);
        }
        assertEquals(List.of(
                "WARNING 3 $.image[1].url", "WARNING 4 $.url",
                "WARNING 3 $.image[1].url", "WARNING 4 $.url",
                "ERROR 3 $.image[1].url", "ERROR 4 $.url"),
                findings.list().stream().map(f -> f.severity() + " " + f.block() + " " + f.path()).toList());
    }

    @Test
    void cache_doesNotCarryAReadOverToAnotherMode() {
        Urls lenient = new Urls(new Findings(false));
        assertEquals(URI.create("https://x.example/a%20b"), lenient.parse("https://x.example/a b", 0, URL));
        assertThrows(ReadException.class, () -> new Urls(new Findings(true)).parse("https://x.example/a b", 0, URL));
    }

    // ---- several URLs in one text

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "https://x.example/1.jpg,https://x.example/2.jpg|https://x.example/1.jpg;https://x.example/2.jpg",
        "' https://x.example/1.jpg , http://x.example/2.jpg, https://x.example/3.jpg '|https://x.example/1.jpg;http://x.example/2.jpg;https://x.example/3.jpg"})
    void commaSeparated_httpUrls_areSplit(String text, String expected) {
        assertArrayEquals(expected.split(";"), Urls.commaSeparated(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"https://x.example/1.jpg", "https://x.example/?a=b,c", "https://x.example/1.jpg,", ",https://x.example/1.jpg",
        "https://x.example/1.jpg, /2.jpg", "https://x.example/1.jpg,https://x.example/a b", "Smith, John", ""})
    void commaSeparated_anythingElse_isNoList(String text) {
        assertNull(Urls.commaSeparated(text));
    }
}
