package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.internal.TextCleaner.Kind;
import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Cleaning at the unit level: what every format's text goes through. The cleaning of entities,
 * markup and white space in a page's values is a table in jsonld's {@code JsonLdReaderTest}.
 */
class TextCleanerTest {

    private static final JsonPath PATH = JsonPath.ROOT.child("headline");

    /** Text, and the fragments of markup, entities and broken Unicode that pages hold. */
    private static final Gen<String> PAGE_TEXT = TextGenerators.strings(Generate.frequency(
            Pair.of(6, TextGenerators.text()),
            Pair.of(3, Generate.pick(List.of("<b>", "</b>", "<p>", "</p>", "<br>", "<!-- c -->", "<script>x</script>", "a < b",
                    "&amp;", "&lt;", "&gt;", "&eacute;", "&amp;uuml;", "&", "&notes", "\uD800", "\uDC00", "\uD83D", " ", "  ",
                    "\n", "\r\n", "\t", "\u2028", "\u2029", "\u0085", "\u0000", "\u007F", "\u009F", "\u00A0", "\u000B")))), 6);

    private record Cleaned(String text, List<ReadFinding> findings) {
    }

    private static Cleaned clean(String text, Kind kind) {
        Findings findings = new Findings(false);
        String cleaned = TextCleaner.clean(text, kind, 2, PATH, findings);
        return new Cleaned(cleaned, findings.list());
    }

    private static boolean lineBreakOrControl(char c, Kind kind) {
        boolean allowed = kind == Kind.PARAGRAPHS && (c == '\n' || c == '\t' || c == '\r');
        return !allowed && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029);
    }

    private static void assertClean(String text, Kind kind) {
        assertFalse(text.isEmpty());
        assertEquals(text.strip(), text, "trimmed");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(lineBreakOrControl(c, kind), () -> "a control character or line break remains: " + text);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                assertFalse(Character.isSurrogate(c), () -> "an unpaired surrogate remains: " + text);
            }
        }
    }

    // ---- laws

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void clean_givesTrimmedValidTextWithoutControlCharacters_andReportsEveryChange(Kind kind) {
        Theories.qt(1_000).forAll(PAGE_TEXT).checkAssert(text -> {
            Cleaned cleaned = clean(text, kind);
            if (cleaned.text() != null) {
                assertClean(cleaned.text(), kind);
            }
            if (text.equals(cleaned.text())) {
                assertEquals(List.of(), cleaned.findings(), "nothing changed, nothing reported");
            } else {
                assertFalse(cleaned.findings().isEmpty() && !text.isEmpty(), "a change must be reported");
            }
        });
    }

    @Test
    void cleanText_isReturnedItself_withoutAFinding() {
        Gen<String> clean = TextGenerators.strings(Generate.frequency(Pair.of(8, TextGenerators.scalarValues()),
                Pair.of(1, Generate.pick(List.of(" ", "\u00A0", "\uD83D\uDE00", ">", "'", "\"")))), 16)
                .map(s -> "x" + s.replace("<", "").replace("&", "").replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "").strip() + "y");
        Theories.qt(1_000).forAll(clean).checkAssert(text -> {
            Findings findings = new Findings(false);
            assertSame(text, TextCleaner.clean(text, Kind.LINE, 0, PATH, findings));
            assertSame(text, TextCleaner.clean(text, Kind.PARAGRAPHS, 0, PATH, findings));
            assertEquals(List.of(), findings.list());
        });
    }

    // ---- what is reported

    @Test
    void empty_isNothing_andNotReported() {
        Cleaned cleaned = clean("", Kind.LINE);
        assertNull(cleaned.text());
        assertEquals(List.of(), cleaned.findings());
    }

    @Test
    void blank_isNothing_andReported() {
        Cleaned cleaned = clean(" \n\t ", Kind.PARAGRAPHS);
        assertNull(cleaned.text());
        assertEquals(List.of(new ReadFinding(Severity.INFO, ReadCode.TEXT_CLEANED, 2, "$.headline", 0, 0,
                "text cleaned: white space trimmed")), cleaned.findings());
    }

    @Test
    void severalChanges_areOneFindingListingThemInOrder() {
        assertEquals(List.of(new ReadFinding(Severity.INFO, ReadCode.TEXT_CLEANED, 2, "$.headline", 0, 0,
                "text cleaned: HTML markup stripped")), clean("  <b>Harbour</b> reopens ", Kind.LINE).findings());
        assertEquals("text cleaned: HTML entities decoded, line breaks and control characters replaced, white space trimmed",
                clean(" Caf&eacute;\nBar ", Kind.LINE).findings().get(0).message());
        assertEquals("text cleaned: control characters removed", clean("a\u0000b", Kind.PARAGRAPHS).findings().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a\uD800b", "\uDC00ab", "ab\uD83D", "a\uDE00\uD83Db"})
    void unpairedSurrogate_isReplacedWithAWarning(String text) {
        Cleaned cleaned = clean(text, Kind.LINE);
        assertEquals(text.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD"), cleaned.text());
        assertEquals(List.of(new ReadFinding(Severity.WARNING, ReadCode.TEXT_CLEANED, 2, "$.headline", 0, 0,
                "unpaired surrogate replaced by U+FFFD")), cleaned.findings());
    }

    @Test
    void unpairedSurrogateAndOtherChanges_areAWarningAndAnInformation() {
        Cleaned cleaned = clean(" a\uD800 ", Kind.LINE);
        assertEquals("a\uFFFD", cleaned.text());
        assertEquals(List.of(Severity.WARNING, Severity.INFO), cleaned.findings().stream().map(ReadFinding::severity).toList());
    }

    // ---- one line and paragraphs

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'a\r\n\tb'|'a b'", "'a\n\n\nb'|'a b'", "'a\u2028\u2029b'|'a b'", "'a\u0085b'|'a b'", "'a\u000Bb\u000Cc'|'a b c'",
        "'a\u0000b\u0007c'|'abc'", "'a\u007Fb\u009Fc'|'abc'", "'a \nb'|'a b'", "'a\u00A0\nb'|'a\u00A0 b'",
        "'a \n b'|'a b'", "'a  \t \r\n  b'|'a b'", "'a\n\u0000 b'|'a b'", "'a  b\nc'|'a  b c'"})
    void line_lineBreaksBecomeOneSpace_andControlCharactersGo(String text, String expected) {
        assertEquals(expected, clean(text, Kind.LINE).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'a\r\n\tb\n\nc'|'a\r\n\tb\n\nc'", "'a\u2028b\u2029c'|'a\nb\nc'", "'a\u0000b\u0007c\u007Fd\u0085e'|'abcde'",
        "'<h2>Title</h2><ul><li>one</li><li>two</li></ul>end'|'Title\none\ntwo\nend'"})
    void paragraphs_keepLineBreaksAndTabs_andControlCharactersGo(String text, String expected) {
        assertEquals(expected, clean(text, Kind.PARAGRAPHS).text());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "<b>x</b>|true", "</b>|true", "<!-- c -->|true", "a <br/> b|true", "<b|false", "a < b|false", "x<y|false", "<3 you|false",
        "1 <2> 3|false", "a</ b>|false", "a > b|false", "''|false", "<|false"})
    void hasTag_findsTagsAndComments_notComparisons(String text, boolean tag) {
        assertEquals(tag, TextCleaner.hasTag(text));
    }

    @Test
    void comparison_isNoMarkup_andStaysAsWritten() {
        Cleaned cleaned = clean("Inflation < 2% & rates > 4%", Kind.LINE);
        assertEquals("Inflation < 2% & rates > 4%", cleaned.text());
        assertEquals(List.of(), cleaned.findings());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "LINE|'Head&#10;line'|'Head line'", "LINE|'a&#1;b'|'ab'", "LINE|'a&#x2028;b'|'a b'", "LINE|'a&NewLine;b'|'a b'",
        "LINE|'a&#9;b'|'a b'", "LINE|'a &amp;#10; b'|'a b'", "PARAGRAPHS|'a&#0;b'|'ab'", "PARAGRAPHS|'a&#x2029;b'|'a\nb'",
        "LINE|'a&#xD800;b'|'a\uFFFDb'"})
    void characterReferencesToControlCharacters_areCleanedToo(Kind kind, String text, String expected) {
        Cleaned cleaned = clean(text, kind);
        assertEquals(expected, cleaned.text());
        assertClean(cleaned.text(), kind);
    }
}
