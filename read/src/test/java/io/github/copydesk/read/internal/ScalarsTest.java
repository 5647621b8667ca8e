package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarsTest {

    private static final JsonPath PATH = JsonPath.ROOT.child("x");

    private record Read<T>(T value, List<ReadFinding> findings) {
        List<String> severities() {
            return findings.stream().map(f -> f.severity() + " " + f.code().id() + " " + f.block() + " " + f.path()).toList();
        }
    }

    private static <T> Read<T> lenient(Function<Findings, T> read) {
        Findings findings = new Findings(false);
        T value = read.apply(findings);
        return new Read<>(value, findings.list());
    }

    private static final List<String> NONE = List.of();
    private static final List<String> REPAIRED = List.of("WARNING read.value.repaired 2 $.x");
    private static final List<String> UNREADABLE = List.of("ERROR read.value.unreadable 2 $.x");

    // ---- language

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, en", "en-US, en-US", "de-CH-1996, de-CH-1996", "zh-Hant-TW, zh-Hant-TW"})
    void language_bcp47Tag_isReadInBothModes(String tag, String expected) {
        Read<Locale> read = lenient(f -> Scalars.language(tag, 2, PATH, f));
        assertEquals(Locale.forLanguageTag(expected), read.value());
        assertEquals(NONE, read.severities());
        assertEquals(Locale.forLanguageTag(expected), Scalars.language(tag, 2, PATH, new Findings(true)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en_US, en-US", "pt_BR, pt-BR"})
    void language_withUnderscore_lenientRepairs_strictRejects(String tag, String expected) {
        Read<Locale> read = lenient(f -> Scalars.language(tag, 2, PATH, f));
        assertEquals(Locale.forLanguageTag(expected), read.value());
        assertEquals(REPAIRED, read.severities());
        assertEquals(ReadCode.VALUE_UNREADABLE,
                assertThrows(ReadException.class, () -> Scalars.language(tag, 2, PATH, new Findings(true))).code());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"not a tag", "e", "und", "en-", "-en", "en__US"})
    void language_noTag_isLeftOutAsAnError(String tag) {
        Read<Locale> read = lenient(f -> Scalars.language(tag, 2, PATH, f));
        assertNull(read.value());
        assertEquals(UNREADABLE, read.severities().subList(read.severities().size() - 1, read.severities().size()));
    }

    // ---- media type

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"image/jpeg", "image/svg+xml", "video/mp4", "application/vnd.apple.mpegurl"})
    void mediaType_asWritten_isReadInBothModes(String type) {
        Read<String> read = lenient(f -> Scalars.mediaType(type, 2, PATH, f));
        assertEquals(type, read.value());
        assertEquals(NONE, read.severities());
        assertEquals(type, Scalars.mediaType(type, 2, PATH, new Findings(true)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"image/JPEG, image/jpeg", "Video/MP4, video/mp4"})
    void mediaType_inCapitals_lenientLowersIt_strictRejectsIt(String type, String expected) {
        Read<String> read = lenient(f -> Scalars.mediaType(type, 2, PATH, f));
        assertEquals(expected, read.value());
        assertEquals(REPAIRED, read.severities());
        assertThrows(ReadException.class, () -> Scalars.mediaType(type, 2, PATH, new Findings(true)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"jpeg", "image/", "/jpeg", "image/jpeg; charset=x", "image jpeg", ""})
    void mediaType_noType_isLeftOutAsAnError(String type) {
        Read<String> read = lenient(f -> Scalars.mediaType(type, 2, PATH, f));
        assertNull(read.value());
        assertEquals(UNREADABLE, read.severities());
    }

    // ---- duration

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PT1M30S, 90", "PT2H, 7200", "P1DT1S, 86401", "PT0.5S, 0"})
    void duration_positiveIso8601_isRead(String text, long seconds) {
        Read<Duration> read = lenient(f -> Scalars.duration(text, 2, PATH, f));
        assertEquals(text.equals("PT0.5S") ? Duration.ofMillis(500) : Duration.ofSeconds(seconds), read.value());
        assertEquals(NONE, read.severities());
        assertEquals(read.value(), Scalars.duration(text, 2, PATH, new Findings(true)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"PT0S", "-PT1M", "PT-5S", "1:30", "90", "P1M", "PT9999999999999999999H"})
    void duration_notAPositiveDuration_isLeftOutAsAnError(String text) {
        Read<Duration> read = lenient(f -> Scalars.duration(text, 2, PATH, f));
        assertNull(read.value());
        assertEquals(UNREADABLE, read.severities());
    }

    // ---- size and year as text (lenient only)

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"1440|1440", "1440px|1440", "344 px|344", "12PX|12", "1 pixel|1", "800 pixels|800",
        "1024.0|1024", "' 640 '|640"})
    void sizeText_lenient_isReadWithAWarning(String text, int expected) {
        Read<Integer> read = lenient(f -> Scalars.sizeText(text, 2, PATH, f));
        assertEquals(expected, read.value());
        assertEquals(REPAIRED, read.severities());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0px", "-3", "12.5", "wide", "1e3", "1440 em", "9999999999", ""})
    void sizeText_noSize_isNullAndLeftToTheCaller(String text) {
        Read<Integer> read = lenient(f -> Scalars.sizeText(text, 2, PATH, f));
        assertNull(read.value());
        assertEquals(NONE, read.severities());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"2024|2024", "' 1999 '|1999", "1|1"})
    void yearText_lenient_isReadWithAWarning(String text, int expected) {
        Read<Integer> read = lenient(f -> Scalars.yearText(text, 2, PATH, f));
        assertEquals(expected, read.value());
        assertEquals(REPAIRED, read.severities());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0000", "-2024", "12345", "2024a", "MMXXIV", ""})
    void yearText_noYear_isNullAndLeftToTheCaller(String text) {
        Read<Integer> read = lenient(f -> Scalars.yearText(text, 2, PATH, f));
        assertNull(read.value());
        assertEquals(NONE, read.severities());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1440", "1440px", "2024"})
    void sizeAndYearText_strict_areNoNumbers(String text) {
        Findings strict = new Findings(true);
        assertNull(Scalars.sizeText(text, 2, PATH, strict));
        assertNull(Scalars.yearText(text, 2, PATH, strict));
        assertEquals(List.of(), strict.list());
    }
}
