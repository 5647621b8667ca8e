package io.github.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The place names of the vocabulary that other modules ask for; datelines test the rest through {@code Dateline}. */
class PlacesTest {

    @Test
    void isCountryCode_everyIsoCode() {
        for (String code : Locale.getISOCountries()) {
            assertTrue(Places.isCountryCode(code), code);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"es", "ESP", "XX", "UK", "", "Spain", "US-PA"})
    void isCountryCode_notAnUpperCaseIsoCode(String text) {
        assertFalse(Places.isCountryCode(text), text);
    }

    @Test
    void isCountryCode_null_isFalse() {
        assertFalse(Places.isCountryCode(null));
    }

    @Test
    void countryCode_ofNamesAsWritten() {
        assertEquals("ES", Places.countryCode("SPAIN"));
        assertEquals("GB", Places.countryCode("Britain"));
        assertEquals("US", Places.countryCode("U.S."));
        assertEquals("CI", Places.countryCode("Côte d’Ivoire"));
        assertNull(Places.countryCode("Atlantis"));
        assertNull(Places.countryCode(null));
    }
}
