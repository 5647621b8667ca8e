package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsVersionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1, V1", "1.4, V1", "1.7, V1",
        "2.1, V2", "2.3, V2",
        "3, V3", "3.0, V3", "3.0.1, V3", "3.2, V3",
    })
    void parse_declaredVersion_isItsGeneration(String declared, NinjsVersion expected) {
        assertEquals(expected, NinjsVersion.parse(declared));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "4.0", "0.9", "10.1", "v3", "3.", "3.1.2.4", "ninjs 3.1", " 3.1", "TTNINJS"})
    void parse_notAVersionOfAGeneration_isRejectedQuotingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NinjsVersion.parse(text));
        assertTrue(e.getMessage().contains("\"" + text + "\""), e::getMessage);
    }

    @Test
    void parse_null_namesTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> NinjsVersion.parse(null));
        assertEquals("version", e.getMessage());
    }

    @Test
    void parse_longText_isQuotedShortened() {
        String text = "3".repeat(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NinjsVersion.parse(text));
        assertTrue(e.getMessage().length() < 120, e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"V1, 1, 1.7", "V2, 2, 2.3", "V3, 3, 3.2"})
    void majorAndNewest_areThoseOfTheGeneration(NinjsVersion version, int major, String newest) {
        assertEquals(major, version.major());
        assertEquals(newest, version.newest());
        assertEquals(version, NinjsVersion.parse(version.newest()));
    }
}
