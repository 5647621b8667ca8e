package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.model.NewsDate;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.testing.theories.Theories;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The strict/lenient split and the epoch rule. The lenient forms a page writes are a table in
 * jsonld's {@code JsonLdReaderTest.datePublished_forms}; the rows here are those it does not hold.
 */
class DatesTest {

    private static final JsonPath PATH = JsonPath.ROOT.child("datePublished");

    /** ISO 8601 dates and date-times with offsets as NewsDate writes them, and as other writers do. */
    private static final Gen<String> ISO = integers().between(0, 4).zip(
            longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                    .zip(integers().between(0, 86_399), (day, second) -> LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(second)),
            integers().between(0, 9).zip(integers().between(0, 999_999_999),
                    (digits, nano) -> digits == 0 ? "" : "." + String.format(Locale.ROOT, "%09d", nano).substring(0, digits)),
            integers().between(-18 * 60, 18 * 60), DatesTest::iso);

    /** Those, and the same texts changed the ways pages change them: only some of them are ISO 8601. */
    private static final Gen<String> ALMOST_ISO = ISO.zip(Generate.pick(List.of("", "colon", "space", "t", "no offset",
            "z", "trailing", "short")), DatesTest::mutate);

    private static String iso(int form, LocalDateTime local, String fraction, int offsetMinutes) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        String time = local.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT)) + fraction;
        return switch (form) {
            case 0 -> local.toLocalDate().toString();
            case 1 -> time + offset.getId();
            case 2 -> time + (offsetMinutes == 0 ? "+00:00" : offset.getId());
            case 3 -> OffsetDateTime.of(local, offset).toString();
            default -> time + (offsetMinutes == 0 ? "-00:00" : offset.getId());
        };
    }

    private static String mutate(String s, String how) {
        return switch (how) {
            case "colon" -> s.length() > 3 && s.charAt(s.length() - 3) == ':' ? s.substring(0, s.length() - 3) + s.substring(s.length() - 2) : s;
            case "space" -> s.replace('T', ' ');
            case "t" -> s.replace('T', 't');
            case "no offset" -> s.length() > 19 ? s.substring(0, 19) : s;
            case "z" -> s.replace('Z', 'z');
            case "trailing" -> s + " ";
            case "short" -> s.substring(0, s.length() - 1);
            default -> s;
        };
    }

    private record Read(NewsDate date, List<ReadFinding> findings) {
    }

    private static Read lenient(String text) {
        Findings findings = new Findings(false);
        NewsDate date = Dates.read(text, 1, PATH, findings);
        return new Read(date, findings.list());
    }

    private static NewsDate strict(String text) {
        Findings findings = new Findings(true);
        NewsDate date = Dates.read(text, 1, PATH, findings);
        assertEquals(List.of(), findings.list());
        return date;
    }

    private static NewsDate parseOrNull(String text) {
        try {
            return NewsDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- strict: exactly NewsDate.parse

    @Test
    void strict_readsExactlyWhatNewsDateParseReads() {
        Theories.qt(3_000).forAll(ALMOST_ISO).checkAssert(text -> {
            NewsDate expected = parseOrNull(text);
            if (expected == null) {
                ReadException e = assertThrows(ReadException.class, () -> strict(text), text);
                assertEquals(ReadCode.DATE_UNREADABLE, e.code());
            } else {
                assertEquals(expected, strict(text), text);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-28T10:00:23+0000", "2024-04-30 16:38:37+02:00", "2024-02-24T10:00:00", "2022/05/10",
        "Sat Feb 24 10:00:00 UTC 2024", "2024-01-02T10:00:00UTC", "2024-01-02t10:00:00Z", " 2024-01-02", "2024-01-02T10:00:00,5Z"})
    void strict_rejectsWhatOnlyLenientReads_withTheValuesPlace(String text) {
        assertTrue(lenient(text).date() != null, "lenient mode reads it");
        ReadException e = assertThrows(ReadException.class, () -> strict(text));
        assertEquals(new ReadFinding(Severity.ERROR, ReadCode.DATE_UNREADABLE, 1, "$.datePublished", 0, 0,
                "not an ISO 8601 date or date-time with offset: \"" + text + "\""), e.finding());
    }

    // ---- lenient: ISO 8601 as is, silently

    @Test
    void lenient_readsIso8601AsIs_withoutAFinding() {
        Theories.qt(3_000).forAll(ISO).assuming(text -> !NewsDate.parse(text).dateTime()
                .map(t -> t.toEpochSecond() == 0 && t.getNano() == 0).orElse(false)).checkAssert(text -> {
                    Read read = lenient(text);
                    assertEquals(NewsDate.parse(text), read.date(), text);
                    assertEquals(List.of(), read.findings(), text);
                });
    }

    // ---- the epoch: a CMS's placeholder

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000000000Z", "1970-01-01T01:00:00+01:00",
        "1969-12-31T19:00:00-05:00", "1970-01-01T00:00Z"})
    void lenient_theEpochInAnyOffset_isLeftOutAsAnError(String text) {
        Read read = lenient(text);
        assertNull(read.date());
        assertEquals(1, read.findings().size(), read.findings()::toString);
        ReadFinding f = read.findings().get(0);
        assertEquals(List.of(Severity.ERROR, ReadCode.DATE_UNREADABLE, 1, "$.datePublished"),
                List.of(f.severity(), f.code(), f.block(), f.path()));
        assertTrue(f.message().contains("the Unix epoch"), f.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1970-01-01 00:00:00 +0000", "Thu Jan 01 00:00:00 UTC 1970"})
    void lenient_theEpochAfterARepair_isLeftOutToo(String text) {
        Read read = lenient(text);
        assertNull(read.date());
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), read.findings().stream().map(ReadFinding::severity).toList());
        assertTrue(read.findings().get(1).message().contains("the Unix epoch"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1970-01-01", "1970-01-01T00:00:00.001Z", "1970-01-01T00:00:01Z", "1969-12-31T23:59:59Z",
        "1970-01-01T00:00:00+01:00"})
    void lenient_nearTheEpoch_isADate(String text) {
        Read read = lenient(text);
        assertEquals(NewsDate.parse(text), read.date());
        assertEquals(List.of(), read.findings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "1970-01-01T02:00:00+02:00"})
    void strict_keepsTheEpoch_asWritten(String text) {
        assertEquals(NewsDate.parse(text), strict(text));
    }

    // ---- lenient repairs that jsonld's table does not hold

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-02T10:00:00-0530|2024-01-02T10:00:00-05:30",
        "2024-01-02T10:00:00-05|2024-01-02T10:00:00-05:00",
        "2024-01-02t10:00:00Z|2024-01-02T10:00:00Z",
        "2024-01-02T10:00:00z|2024-01-02T10:00:00Z",
        "2024-01-02T10:00:00UTC|2024-01-02T10:00:00Z",
        "2024-01-02T10:00:00 GMT|2024-01-02T10:00:00Z",
        "2024-01-02  10:00:00+01:00|2024-01-02T10:00:00+01:00",
        "2022/5/1|2022-05-01",
        "Sat Feb 24 10:00:00 GMT 2024|2024-02-24T10:00:00Z",
        "Sat Feb 24 10:00:00 ut 2024|2024-02-24T10:00:00Z",
        "Sat Feb 24 10:00:00 EST 2024|2024-02-24"})
    void lenient_repair_isReadAndReportedAsAWarning(String text, String expected) {
        Read read = lenient(text);
        assertEquals(NewsDate.parse(expected), read.date());
        assertEquals(1, read.findings().size(), read.findings()::toString);
        ReadFinding f = read.findings().get(0);
        assertEquals(List.of(Severity.WARNING, ReadCode.DATE_REPAIRED, 1, "$.datePublished"),
                List.of(f.severity(), f.code(), f.block(), f.path()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-02-30", "2024-02-30T10:00:00Z", "2023-02-29 10:00:00+00:00", "2024-01-02T25:00:00Z",
        "2024-01-02T10:00:00+19:00", "2022/13/01", "Sat Feb 30 10:00:00 UTC 2024", "Fri Feb 24 10:00:00 UTC 2024",
        "24.02.2024", "2024-01-02T10:00:00Z and more text that makes it longer than any date"})
    void lenient_noDate_isLeftOutAsAnError(String text) {
        Read read = lenient(text);
        assertNull(read.date());
        assertEquals(List.of(ReadCode.DATE_UNREADABLE), read.findings().stream().map(ReadFinding::code).toList());
        assertEquals(Severity.ERROR, read.findings().get(0).severity());
        assertTrue(read.findings().get(0).message().contains(text.strip()), read.findings().get(0).message());
    }
}
