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
import org.junit.jupiter.params.provider.ValueSource;

class CopyrightTest {

    private static final Organization AP = Organization.newsMedia("The Associated Press");
    private static final String NOTICE = "\u00A9 2016 The Associated Press. All rights reserved.";

    // ---- factory (Copyright has no required parameter: every field may be absent)

    @Test
    void of_yearAndHolder_hasNoNotice() {
        Copyright copyright = Copyright.of(2016, AP);
        assertEquals(2016, copyright.year());
        assertEquals(AP, copyright.holder());
        assertNull(copyright.notice());
    }

    @Test
    void of_noHolder_isAllowed() {
        assertNull(Copyright.of(2016, null).holder());
    }

    @Test
    void new_allAbsent_isAllowedForADraft() {
        Copyright draft = new Copyright(null, null, null);
        assertNull(draft.year());
        assertNull(draft.holder());
        assertNull(draft.notice());
    }

    @Test
    void new_personAsHolder_isAllowed() {
        assertEquals(Person.of("Paul White"), new Copyright(2016, Person.of("Paul White"), null).holder());
    }

    // ---- year

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, -2016, 10000, 20160, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void of_yearOutOfRange_throwsNamingYearAndValue(int year) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Copyright.of(year, AP));
        assertEquals("year must be between 1 and 9999: " + year, e.getMessage());
    }

    @Test
    void new_yearOutOfRange_throwsNamingYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Copyright(0, AP, NOTICE));
        assertEquals("year must be between 1 and 9999: 0", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 1846, 2016, 9999})
    void of_yearInRange_isKept(int year) {
        assertEquals(year, Copyright.of(year, AP).year());
    }

    // ---- notice

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                arguments("high surrogate alone", "\u00A9 2016 AP \uD83D", "\"\u00A9 2016 AP \\uD83D\""),
                arguments("low surrogate alone", "\u00A9 2016 AP \uDE00", "\"\u00A9 2016 AP \\uDE00\""),
                arguments("reversed pair", "\u00A9 2016 AP \uDE00\uD83D", "\"\u00A9 2016 AP \\uDE00\\uD83D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void new_unpairedSurrogateInNotice_throwsNamingNoticeAndQuotingValue(String kind, String bad, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Copyright(2016, AP, bad));
        assertTrue(e.getMessage().startsWith("notice is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @Test
    void new_supplementaryCharactersInNotice_areKept() {
        String notice = "\u00A9 2016 \uD835\uDC00\uD835\uDC0F \uD83D\uDCF0";
        assertEquals(notice, new Copyright(2016, AP, notice).notice());
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Copyright a = new Copyright(2016, AP, NOTICE);
        Copyright b = new Copyright(2016, Organization.newsMedia("The Associated Press"),
                "\u00A9 2016 The Associated Press. All rights reserved.");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Copyright.of(2016, AP), new Copyright(2016, AP, null));
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        assertNotEquals(Copyright.of(2016, AP), Copyright.of(2017, AP));
        assertNotEquals(Copyright.of(2016, AP), Copyright.of(2016, Organization.of("The Associated Press")));
        assertNotEquals(Copyright.of(2016, AP), new Copyright(2016, AP, NOTICE));
    }

    @Test
    void toString_containsFieldValues() {
        String text = new Copyright(2016, AP, NOTICE).toString();
        assertTrue(text.contains("2016"), text);
        assertTrue(text.contains("The Associated Press"), text);
        assertTrue(text.contains(NOTICE), text);
    }
}
