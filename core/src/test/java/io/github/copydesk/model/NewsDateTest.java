package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class NewsDateTest {

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    /** Epoch seconds whose local date-time stays within LocalDateTime's range in every offset. */
    private static final long MIN_EPOCH_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC) + MAX_OFFSET_SECONDS;
    private static final long MAX_EPOCH_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) - MAX_OFFSET_SECONDS;

    // ---- null parameters

    @Test
    void of_nullDate_throwsNamingDate() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> NewsDate.of((LocalDate) null));
        assertEquals("date", e.getMessage());
    }

    @Test
    void of_nullDateTime_throwsNamingDateTime() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> NewsDate.of((OffsetDateTime) null));
        assertEquals("dateTime", e.getMessage());
    }

    @Test
    void parse_null_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> NewsDate.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void isBefore_null_throwsNamingOther() {
        NewsDate date = NewsDate.parse("2016-07-27");
        NullPointerException e = assertThrows(NullPointerException.class, () -> date.isBefore(null));
        assertEquals("other", e.getMessage());
    }

    @Test
    void isAfter_null_throwsNamingOther() {
        NewsDate date = NewsDate.parse("2016-07-27");
        NullPointerException e = assertThrows(NullPointerException.class, () -> date.isAfter(null));
        assertEquals("other", e.getMessage());
    }

    // ---- the two forms

    @Test
    void of_localDate_staysDateOnlyWithNoInventedTime() {
        NewsDate date = NewsDate.of(LocalDate.of(2016, 7, 27));
        assertTrue(date.isDateOnly());
        assertEquals(LocalDate.of(2016, 7, 27), date.date());
        assertEquals(Optional.empty(), date.dateTime());
        assertEquals("2016-07-27", date.toString());
    }

    @Test
    void of_offsetDateTime_keepsItsOffsetAndDateInThatOffset() {
        OffsetDateTime late = OffsetDateTime.of(2016, 7, 27, 23, 30, 0, 0, ZoneOffset.ofHours(-5));
        NewsDate date = NewsDate.of(late);
        assertFalse(date.isDateOnly());
        assertEquals(Optional.of(late), date.dateTime());
        // 04:30 on the 28th in UTC, but the 27th on the calendar of its own offset
        assertEquals(LocalDate.of(2016, 7, 27), date.date());
        assertEquals("2016-07-27T23:30:00-05:00", date.toString());
    }

    // ---- parse and toString

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                arguments("2016-07-27", true),
                arguments("2016-02-29", true),
                arguments("0001-01-01", true),
                arguments("2016-07-27T10:15:00Z", false),
                arguments("2016-07-27T10:15:00+02:00", false),
                arguments("2016-07-27T23:30:00-05:00", false),
                arguments("2016-07-27T10:15:00+05:30", false),
                arguments("2016-07-27T10:15:30.5Z", false),
                arguments("2016-07-27T10:15:30.123+02:00", false),
                arguments("2016-07-27T10:15:30.123456789-03:00", false),
                arguments("2016-12-31T23:59:59.999999999+14:00", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalForms")
    void parse_canonicalForm_toStringWritesItBack(String text, boolean dateOnly) {
        NewsDate date = NewsDate.parse(text);
        assertEquals(text, date.toString());
        assertEquals(dateOnly, date.isDateOnly());
        assertEquals(date, NewsDate.parse(date.toString()));
    }

    static Stream<Arguments> nonCanonicalForms() {
        return Stream.of(
                arguments("2016-07-27T10:15+02:00", "2016-07-27T10:15:00+02:00"),
                arguments("2016-07-27T10:15:00+00:00", "2016-07-27T10:15:00Z"),
                arguments("2016-07-27T10:15:30.500Z", "2016-07-27T10:15:30.5Z"),
                arguments("2016-07-27T10:15:30.000+01:00", "2016-07-27T10:15:30+01:00"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("nonCanonicalForms")
    void parse_nonCanonicalForm_keepsValueAndOffset(String text, String canonical) {
        NewsDate date = NewsDate.parse(text);
        assertEquals(canonical, date.toString());
        assertEquals(NewsDate.of(OffsetDateTime.parse(text)), date);
        assertEquals(date, NewsDate.parse(date.toString()));
    }

    @Test
    void parse_dateTimeWithoutOffset_isRejectedNotGivenAZone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewsDate.parse("2016-07-27T10:15:00"));
        assertEquals("date must be an ISO 8601 date or a date-time with an offset: \"2016-07-27T10:15:00\"",
                e.getMessage());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("date-time without offset, no seconds", "2016-07-27T10:15"),
                arguments("US date as scraped", "07/27/2016"),
                arguments("no such day", "2016-02-30"),
                arguments("space instead of T", "2016-07-27 10:15:00+02:00"),
                arguments("offset without colon", "2016-07-27T10:15:00+0200"),
                arguments("zone id after the offset", "2016-07-27T10:15:00+02:00[Europe/Madrid]"),
                arguments("time only", "T10:15:00Z"),
                arguments("empty", ""),
                arguments("trailing text", "2016-07-27 Updated"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformed")
    void parse_malformed_throwsQuotingText(String kind, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsDate.parse(text));
        assertTrue(e.getMessage().startsWith("date must be an ISO 8601 date"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\"" + text + "\""), e.getMessage());
    }

    @Test
    void parse_toStringOfAnyOffsetDateTime_givesItBack() {
        Theories.qt(1000).forAll(offsetDateTimes()).checkAssert(dateTime -> {
            NewsDate date = NewsDate.of(dateTime);
            NewsDate back = NewsDate.parse(date.toString());
            assertEquals(date, back);
            assertEquals(Optional.of(dateTime), back.dateTime());
            assertEquals(dateTime.getOffset(), back.dateTime().orElseThrow().getOffset());
        });
    }

    /** Every instant whose local date-time fits LocalDateTime in every offset, in every offset to the second. */
    static Gen<OffsetDateTime> offsetDateTimes() {
        return longs().between(MIN_EPOCH_SECOND, MAX_EPOCH_SECOND).zip(
                integers().between(0, 999_999_999),
                integers().between(-MAX_OFFSET_SECONDS, MAX_OFFSET_SECONDS),
                (epochSecond, nanos, offsetSeconds) -> OffsetDateTime.ofInstant(
                        Instant.ofEpochSecond(epochSecond, nanos), ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }

    @Test
    void parse_toStringOfAnyLocalDate_givesItBackDateOnly() {
        Theories.qt(1000).forAll(localDates()).checkAssert(localDate -> {
            NewsDate back = NewsDate.parse(NewsDate.of(localDate).toString());
            assertEquals(NewsDate.of(localDate), back);
            assertTrue(back.isDateOnly());
            assertEquals(localDate, back.date());
        });
    }

    /** Every LocalDate, from LocalDate.MIN to LocalDate.MAX. */
    static Gen<LocalDate> localDates() {
        return longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    // ---- ordering

    @Test
    void isBefore_dateOnlyAndDateTimeOnSameCalendarDay_neitherBeforeNorAfter() {
        NewsDate day = NewsDate.parse("2016-07-27");
        NewsDate evening = NewsDate.parse("2016-07-27T23:30:00-05:00");
        assertFalse(day.isBefore(evening));
        assertFalse(day.isAfter(evening));
        assertFalse(evening.isBefore(day));
        assertFalse(evening.isAfter(day));
    }

    @Test
    void isBefore_dateOnly_comparesWithDateTimeOnTheCalendarOfItsOwnOffset() {
        // 2016-07-27T23:30-05:00 is already the 28th in UTC, but the 27th where it was written
        NewsDate evening = NewsDate.parse("2016-07-27T23:30:00-05:00");
        NewsDate nextDay = NewsDate.parse("2016-07-28");
        assertTrue(evening.isBefore(nextDay));
        assertTrue(nextDay.isAfter(evening));
        assertFalse(nextDay.isBefore(evening));
        assertFalse(evening.isAfter(nextDay));
    }

    @Test
    void isAfter_dateTimeEarlyOnNextDayInEasternOffset_isAfterDateOnly() {
        // 2016-07-28T00:30+14:00 is still the 27th in UTC, but the 28th where it was written
        NewsDate kiribatiMorning = NewsDate.parse("2016-07-28T00:30:00+14:00");
        NewsDate day = NewsDate.parse("2016-07-27");
        assertTrue(kiribatiMorning.isAfter(day));
        assertTrue(day.isBefore(kiribatiMorning));
    }

    @Test
    void isBefore_bothDateOnly_comparesDays() {
        NewsDate earlier = NewsDate.parse("2016-07-27");
        NewsDate later = NewsDate.parse("2016-07-28");
        assertTrue(earlier.isBefore(later));
        assertTrue(later.isAfter(earlier));
        assertFalse(earlier.isAfter(later));
        assertFalse(later.isBefore(earlier));
        assertFalse(earlier.isBefore(NewsDate.parse("2016-07-27")));
        assertFalse(earlier.isAfter(NewsDate.parse("2016-07-27")));
    }

    @Test
    void isAfter_bothDateTimes_comparesInstantsAcrossOffsets() {
        // 04:30Z on the 28th vs 01:00Z on the 28th: the earlier calendar date is the later instant
        NewsDate newYork = NewsDate.parse("2016-07-27T23:30:00-05:00");
        NewsDate madrid = NewsDate.parse("2016-07-28T03:00:00+02:00");
        assertTrue(newYork.isAfter(madrid));
        assertTrue(madrid.isBefore(newYork));
        assertFalse(newYork.isBefore(madrid));
        assertFalse(madrid.isAfter(newYork));
    }

    @Test
    void isBefore_sameInstantInDifferentOffsets_neitherBeforeNorAfterButNotEqual() {
        NewsDate utc = NewsDate.parse("2016-07-27T10:00:00Z");
        NewsDate madrid = NewsDate.parse("2016-07-27T12:00:00+02:00");
        assertFalse(utc.isBefore(madrid));
        assertFalse(utc.isAfter(madrid));
        assertFalse(madrid.isBefore(utc));
        assertFalse(madrid.isAfter(utc));
        assertNotEquals(utc, madrid, "the offset as written is part of the value");
    }

    @Test
    void isBefore_sameValue_neitherBeforeNorAfter() {
        NewsDate a = NewsDate.parse("2016-07-27T10:00:00+02:00");
        assertFalse(a.isBefore(a));
        assertFalse(a.isAfter(a));
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameDate_equalWithSameHashCode() {
        NewsDate parsed = NewsDate.parse("2016-07-27");
        NewsDate built = NewsDate.of(LocalDate.of(2016, 7, 27));
        assertEquals(built, parsed);
        assertEquals(built.hashCode(), parsed.hashCode());
    }

    @Test
    void equals_sameDateTime_equalWithSameHashCode() {
        NewsDate parsed = NewsDate.parse("2016-07-27T10:15:00+02:00");
        NewsDate built = NewsDate.of(OffsetDateTime.of(2016, 7, 27, 10, 15, 0, 0, ZoneOffset.ofHours(2)));
        assertEquals(built, parsed);
        assertEquals(built.hashCode(), parsed.hashCode());
    }

    @Test
    void equals_dateOnlyAndMidnightOfThatDay_notEqual() {
        assertNotEquals(NewsDate.parse("2016-07-27"), NewsDate.parse("2016-07-27T00:00:00Z"));
        assertNotEquals(NewsDate.parse("2016-07-27T00:00:00Z"), NewsDate.parse("2016-07-27"));
    }

    @Test
    void equals_differentDayOrOtherType_notEqual() {
        NewsDate date = NewsDate.parse("2016-07-27");
        assertNotEquals(date, NewsDate.parse("2016-07-28"));
        assertNotEquals(date, LocalDate.of(2016, 7, 27));
        assertNotEquals(date, null);
    }
}
