package io.github.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    // ---- text

    @Test
    void text_null_returnsNull() {
        assertNull(Checks.text(null, "caption"));
    }

    @Test
    void text_validWithSupplementaryCharacters_returnsSameString() {
        String value = "Ivanov \uD83D\uDE00 \uD834\uDD1E Madrid";
        assertSame(value, Checks.text(value, "caption"));
    }

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                arguments("high surrogate alone", "AP \uD83D", "U+D83D", 3, "\"AP \\uD83D\""),
                arguments("high surrogate before a letter", "AP \uD83Dx", "U+D83D", 3, "\"AP \\uD83Dx\""),
                arguments("low surrogate alone", "AP \uDE00", "U+DE00", 3, "\"AP \\uDE00\""),
                arguments("reversed pair", "AP \uDE00\uD83D", "U+DE00", 3, "\"AP \\uDE00\\uD83D\""),
                arguments("valid pair then high alone", "\uD83D\uDE00\uD83D", "U+D83D", 2, "\"\\uD83D\\uDE00\\uD83D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void text_unpairedSurrogate_throwsNamingFieldCodePointIndexAndValue(
            String kind, String value, String codePoint, int index, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.text(value, "caption"));
        assertEquals("caption is not valid Unicode: unpaired surrogate " + codePoint + " at index " + index + " in " + quoted,
                e.getMessage());
    }

    @Test
    void requiredText_null_throwsNamingField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Checks.requiredText(null, "text"));
        assertEquals("text", e.getMessage());
    }

    @Test
    void requiredText_empty_isAllowedForADraft() {
        assertEquals("", Checks.requiredText("", "text"));
    }

    @Test
    void requiredText_unpairedSurrogate_throwsNamingField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.requiredText("x\uDE00", "text"));
        assertTrue(e.getMessage().startsWith("text is not valid Unicode"), e.getMessage());
    }

    @Test
    void nonBlankText_null_returnsNull() {
        assertNull(Checks.nonBlankText(null, "text"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void nonBlankText_blank_throwsNamingFieldAndQuotingValue(String blank) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.nonBlankText(blank, "text"));
        assertTrue(e.getMessage().startsWith("text must not be blank"), e.getMessage());
        assertTrue(e.getMessage().endsWith(Checks.quote(blank)), e.getMessage());
    }

    @Test
    void nonBlankText_unpairedSurrogate_throwsNamingField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.nonBlankText("x\uD83D", "text"));
        assertTrue(e.getMessage().startsWith("text is not valid Unicode"), e.getMessage());
    }

    // ---- url

    @Test
    void url_null_returnsNull() {
        assertNull(Checks.url((URI) null, "url"));
        assertNull(Checks.url((String) null, "url"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/news/a", "http://example.com", "HTTPS://EXAMPLE.COM/A?b=c#d",
            "https://example.com:8443/a%20b"})
    void url_absoluteHttpOrHttps_returnsSameUri(String text) {
        URI uri = URI.create(text);
        assertSame(uri, Checks.url(uri, "url"));
    }

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative path", "/news/russia-offers-help", "must be an absolute http or https URL"),
                arguments("relative without slash", "news/a.html", "must be an absolute http or https URL"),
                arguments("scheme-relative", "//example.com/a", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/a.jpg", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:desk@example.com", "must be an absolute http or https URL"),
                arguments("javascript", "javascript:alert(1)", "must be an absolute http or https URL"),
                arguments("no host, empty authority", "http:///news/a", "must name a host"),
                arguments("no host, opaque", "https:example.com", "must name a host"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUrls")
    void url_badUri_throwsNamingFieldAndQuotingValue(String kind, String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.url(URI.create(text), "logo"));
        assertEquals("logo " + reason + ": \"" + text + "\"", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUrls")
    void url_badText_throwsNamingFieldAndQuotingValue(String kind, String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.url(text, "logo"));
        assertEquals("logo " + reason + ": \"" + text + "\"", e.getMessage());
    }

    @Test
    void url_unpairedSurrogateInPath_throwsNamingField() throws Exception {
        URI uri = new URI("https://example.com/\uD83D");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.url(uri, "url"));
        assertTrue(e.getMessage().startsWith("url is not valid Unicode"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/news/a", "http://example.com", "HTTPS://EXAMPLE.COM/A?b=c#d",
            "https://example.com:8443/a%20b", "https://ex\u00e4mple.com/"})
    void isUrl_aUrlTheModelAccepts_isTrue(String text) throws Exception {
        assertTrue(Checks.isUrl(new URI(text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUrls")
    void isUrl_whatUrlRejects_isFalse(String kind, String text, String reason) {
        assertFalse(Checks.isUrl(URI.create(text)));
    }

    @Test
    void isUrl_unpairedSurrogateOrNull_isFalse() throws Exception {
        assertFalse(Checks.isUrl(new URI("https://example.com/\uD83D")));
        assertFalse(Checks.isUrl(null));
    }

    @Test
    void url_textWithSurroundingWhiteSpace_isStripped() {
        assertEquals(URI.create("https://example.com/a"), Checks.url("  https://example.com/a\n", "url"));
    }

    @Test
    void url_textNotAUri_throwsNamingFieldAndQuotingValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.url("https://exa mple.com/", "url"));
        assertTrue(e.getMessage().startsWith("url is not a valid URL: \"https://exa mple.com/\""), e.getMessage());
    }

    // ---- lists

    @Test
    void list_null_throwsNamingField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Checks.list(null, "quotes"));
        assertEquals("quotes", e.getMessage());
    }

    @Test
    void list_nullElement_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Checks.list(Arrays.asList("a", "b", null), "quotes"));
        assertEquals("quotes[2]", e.getMessage());
    }

    @Test
    void list_sourceChangedAfterwards_copyUnchanged() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        List<String> copy = Checks.list(source, "keywords");
        source.add("c");
        source.set(0, "z");
        assertEquals(List.of("a", "b"), copy);
    }

    @Test
    void list_returned_rejectsAddAndSet() {
        List<String> copy = Checks.list(new ArrayList<>(List.of("a")), "keywords");
        assertThrows(UnsupportedOperationException.class, () -> copy.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> copy.set(0, "b"));
    }

    @Test
    void urls_nullElement_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Checks.urls(Arrays.asList(URI.create("https://example.com/"), null), "sameAs"));
        assertEquals("sameAs[1]", e.getMessage());
    }

    @Test
    void urls_relativeElement_throwsNamingIndexAndQuotingValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.urls(List.of(URI.create("https://example.com/"), URI.create("/people/ivanov")), "sameAs"));
        assertEquals("sameAs[1] must be an absolute http or https URL: \"/people/ivanov\"", e.getMessage());
    }

    @Test
    void texts_unpairedSurrogateInElement_throwsNamingIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.texts(List.of("NATO", "Russia\uD83D"), "keywords"));
        assertTrue(e.getMessage().startsWith("keywords[1] is not valid Unicode"), e.getMessage());
    }

    // ---- positive

    @Test
    void positiveInteger_nullOrPositive_returnsValue() {
        assertNull(Checks.positive((Integer) null, "width"));
        assertEquals(1, Checks.positive(1, "width"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void positiveInteger_notPositive_throwsNamingFieldAndValue(int value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.positive(value, "width"));
        assertEquals("width must be positive: " + value, e.getMessage());
    }

    @Test
    void positiveDuration_nullOrPositive_returnsValue() {
        assertNull(Checks.positive((Duration) null, "duration"));
        assertEquals(Duration.ofNanos(1), Checks.positive(Duration.ofNanos(1), "duration"));
    }

    @Test
    void positiveDuration_zero_throwsNamingFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.positive(Duration.ZERO, "duration"));
        assertEquals("duration must be positive: PT0S", e.getMessage());
    }

    @Test
    void positiveDuration_negative_throwsNamingFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.positive(Duration.ofSeconds(-90), "duration"));
        assertEquals("duration must be positive: PT-1M-30S", e.getMessage());
    }

    // ---- country and subdivision codes

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ES", "US", "GB", "AF"})
    void countryCode_isoCode_returnsIt(String code) {
        assertEquals(code, Checks.countryCode(code, "countryCode"));
    }

    @Test
    void countryCode_null_returnsNull() {
        assertNull(Checks.countryCode(null, "countryCode"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"es", "Es", "XX", "ESP", "E", "", "Spain"})
    void countryCode_notAnUpperCaseIsoCode_throwsNamingFieldAndQuotingValue(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.countryCode(code, "countryCode"));
        assertTrue(e.getMessage().startsWith("countryCode "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": \"" + code + "\""), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"US-PA", "ES-M", "GB-ENG", "ES-MD", "FR-75"})
    void subdivisionCode_isoCode_returnsIt(String code) {
        assertEquals(code, Checks.subdivisionCode(code, "regionCode"));
    }

    @Test
    void subdivisionCode_null_returnsNull() {
        assertNull(Checks.subdivisionCode(null, "regionCode"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"US-", "US-PENN", "us-pa", "US-pa", "XX-PA", "USPA", "US", "U-SPA", "-PA", "US-P A", ""})
    void subdivisionCode_notAnIsoCode_throwsNamingFieldAndQuotingValue(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.subdivisionCode(code, "regionCode"));
        assertEquals("regionCode must be an ISO 3166-2 code such as US-PA: \"" + code + "\"", e.getMessage());
    }

    // ---- language

    static Stream<Arguments> wellFormedTags() {
        return Stream.of(
                arguments("en", "en"),
                arguments("pt-BR", "pt-BR"),
                arguments("zh-Hant-TW", "zh-Hant-TW"),
                arguments("EN-us", "en-US"),
                arguments("es-419", "es-419"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormedTags")
    void languageTag_wellFormed_returnsLocale(String tag, String normalized) {
        assertEquals(normalized, Checks.languageTag(tag, "language").toLanguageTag());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"en_US!", "en_US", "english language", "e", "en-", "-en", "123", ""})
    void languageTag_illFormed_throwsNamingFieldAndQuotingValue(String tag) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.languageTag(tag, "language"));
        assertEquals("language is not a well-formed BCP 47 language tag: \"" + tag + "\"", e.getMessage());
    }

    @Test
    void languageTag_undetermined_throwsNamingField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.languageTag("und", "language"));
        assertEquals("language must name a language: \"und\"", e.getMessage());
    }

    @Test
    void languageTag_null_throwsNamingField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Checks.languageTag(null, "language"));
        assertEquals("language", e.getMessage());
    }

    @Test
    void language_nullOrNamed_returnsValue() {
        assertNull(Checks.language(null, "language"));
        assertSame(Locale.ENGLISH, Checks.language(Locale.ENGLISH, "language"));
    }

    @Test
    void language_rootLocale_throwsNamingFieldAndQuotingTag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.language(Locale.ROOT, "language"));
        assertEquals("language must name a language: \"und\"", e.getMessage());
    }

    // ---- quote

    @Test
    void quote_shortValue_isWrappedInDoubleQuotes() {
        assertEquals("\"MADRID, Spain --\"", Checks.quote("MADRID, Spain --"));
    }

    @Test
    void quote_eightyCharacters_isNotShortened() {
        String value = "x".repeat(80);
        assertEquals("\"" + value + "\"", Checks.quote(value));
    }

    @Test
    void quote_longValue_isShortenedToEightyCharactersWithLength() {
        String value = "a".repeat(80) + "b".repeat(920);
        assertEquals("\"" + "a".repeat(80) + "...(1000 chars)\"", Checks.quote(value));
    }

    @Test
    void quote_controlCharacters_areEscaped() {
        assertEquals("\"a\\u0009b\\u000Ac\\u000Dd\\u0000e\\u001Bf\\u007F\"", Checks.quote("a\tb\nc\rd\u0000e\u001Bf\u007F"));
    }

    @Test
    void quote_unpairedSurrogate_isEscaped() {
        assertEquals("\"AP \\uD83D\"", Checks.quote("AP \uD83D"));
    }

    @Test
    void quote_c1ControlCharacters_areEscaped() {
        // U+0085 NEXT LINE is a line break for many log viewers; U+009B is the C1 CSI terminal escape.
        assertEquals("\"a\\u0085b\\u009Bc\"", Checks.quote("a\u0085b\u009Bc"));
    }

    @Test
    void quote_lineAndParagraphSeparators_areEscaped() {
        assertEquals("\"a\\u2028b\\u2029c\"", Checks.quote("a\u2028b\u2029c"));
    }

    @Test
    void quote_printableNonAscii_isKeptAsIs() {
        assertEquals("\"\u201CM\u00E1laga\u201D \u2014 \u00A9\"", Checks.quote("\u201CM\u00E1laga\u201D \u2014 \u00A9"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://example.com/a?b=c#d|https://example.com/a?b=c#d",
        "https://example.com/p\u00e4th?q=\u00fc#f\u00fc|https://example.com/p%C3%A4th?q=%C3%BC#f%C3%BC",
        "https://ex\u00e4mple.com/|https://xn--exmple-cua.com/",
        "https://ex\u00e4mple.com:8080/p\u00e4th?q=\u00fc#f|https://xn--exmple-cua.com:8080/p%C3%A4th?q=%C3%BC#f",
        "http://example.agency.co\u00e9m/rights/x|http://example.agency.xn--com-cma/rights/x",
        "urn:x:\u00fc|urn:x:%C3%BC",
    })
    void ascii_internationalHostInIdna_restPercentEncoded(String uri, String ascii) {
        String written = Checks.ascii(URI.create(uri));
        assertEquals(ascii, written);
        // what is written is a URL with the same host for java.net.URI
        if (uri.startsWith("http")) {
            assertTrue(Checks.isUrl(URI.create(written)), written);
        }
    }
}
