package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorrectionTest {

    private static final String TEXT = "An earlier version of this story misstated the date NATO takes command in Kabul."
            + " It is Aug. 11.";
    private static final NewsDate DATE = NewsDate.parse("2016-07-28T09:00:00+02:00");

    // ---- factory

    @Test
    void of_textAndDate_keepsBoth() {
        Correction correction = Correction.of(TEXT, DATE);
        assertEquals(TEXT, correction.text());
        assertEquals(DATE, correction.datePublished());
    }

    @Test
    void of_noDate_isAllowed() {
        assertNull(Correction.of(TEXT, null).datePublished());
    }

    @Test
    void of_multiLineText_isKept() {
        String text = "Corrected: the date.\nPreviously: the wrong date.";
        assertEquals(text, Correction.of(text, null).text());
    }

    // ---- null parameters

    @Test
    void of_nullText_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Correction.of(null, DATE));
        assertEquals("text", e.getMessage());
    }

    @Test
    void new_nullText_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Correction(null, DATE));
        assertEquals("text", e.getMessage());
    }

    // ---- blank text

    static Stream<Arguments> blankTexts() {
        return Stream.of(
                arguments("empty", "", "\"\""),
                arguments("spaces", "   ", "\"   \""),
                arguments("line breaks and tab", "\n\t\r\n", "\"\\u000A\\u0009\\u000D\\u000A\""),
                arguments("em space", "\u2003", "\"\u2003\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankTexts")
    void of_blankText_throwsNamingTextAndQuotingValue(String kind, String blank, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Correction.of(blank, DATE));
        assertEquals("text must not be blank when present: " + quoted, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankTexts")
    void new_blankText_throws(String kind, String blank, String quoted) {
        assertThrows(IllegalArgumentException.class, () -> new Correction(blank, null));
    }

    // ---- text

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                arguments("high surrogate alone", "Aug. 11 \uD83D", "\"Aug. 11 \\uD83D\""),
                arguments("low surrogate alone", "Aug. 11 \uDE00", "\"Aug. 11 \\uDE00\""),
                arguments("reversed pair", "Aug. 11 \uDE00\uD83D", "\"Aug. 11 \\uDE00\\uD83D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void of_unpairedSurrogateInText_throwsNamingTextAndQuotingValue(String kind, String bad, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Correction.of(bad, DATE));
        assertTrue(e.getMessage().startsWith("text is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @Test
    void of_supplementaryCharactersInText_areKept() {
        String text = "The flag shown was \uD83C\uDDF7\uD83C\uDDFA, not \uD83C\uDDFA\uD83C\uDDE6.";
        assertEquals(text, Correction.of(text, DATE).text());
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Correction a = Correction.of(TEXT, DATE);
        Correction b = new Correction(TEXT, NewsDate.parse("2016-07-28T09:00:00+02:00"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void equals_differentTextOrDate_notEqual() {
        assertNotEquals(Correction.of(TEXT, DATE), Correction.of(TEXT + " ", DATE));
        assertNotEquals(Correction.of(TEXT, DATE), Correction.of(TEXT, NewsDate.parse("2016-07-28")));
        assertNotEquals(Correction.of(TEXT, DATE), Correction.of(TEXT, null));
    }

    @Test
    void toString_containsFieldValues() {
        String text = Correction.of(TEXT, DATE).toString();
        assertTrue(text.contains(TEXT), text);
        assertTrue(text.contains("2016-07-28T09:00:00+02:00"), text);
    }
}
