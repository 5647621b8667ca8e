package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaceTest {

    // --- construction checks -----------------------------------------------------------------

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("countryCode in lower case", (Supplier<Place>) () -> new Place("MADRID", null, null, "Spain", "es"),
                        "countryCode", "\"es\""),
                Arguments.of("countryCode not ISO", (Supplier<Place>) () -> new Place("MADRID", null, null, "Spain", "XX"),
                        "countryCode", "\"XX\""),
                Arguments.of("countryCode alpha-3", (Supplier<Place>) () -> new Place("MADRID", null, null, "Spain", "ESP"),
                        "countryCode", "\"ESP\""),
                Arguments.of("regionCode without country", (Supplier<Place>) () -> new Place("STATE COLLEGE", "Pa.", "PA", null, null),
                        "regionCode", "\"PA\""),
                Arguments.of("regionCode in lower case", (Supplier<Place>) () -> new Place("STATE COLLEGE", "Pa.", "us-pa", null, null),
                        "regionCode", "\"us-pa\""),
                Arguments.of("regionCode in another country", (Supplier<Place>) () -> new Place("STATE COLLEGE", "Pa.", "US-PA", null, "ES"),
                        "regionCode", "\"US-PA\""),
                Arguments.of("unpaired surrogate in locality", (Supplier<Place>) () -> new Place("MADRID\uD800", null, null, null, null),
                        "locality", "unpaired surrogate"),
                Arguments.of("unpaired surrogate in region", (Supplier<Place>) () -> new Place("X", "\uDC00Pa.", null, null, null),
                        "region", "unpaired surrogate"),
                Arguments.of("unpaired surrogate in country", (Supplier<Place>) () -> new Place("X", null, null, "Spain\uD83D", null),
                        "country", "unpaired surrogate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void constructor_malformedValue_isRejectedNamingFieldAndValue(String name, Supplier<Place> construction,
            String field, String detail) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::get);
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void constructor_regionCodeInAnotherCountry_messageNamesBothCodes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Place("STATE COLLEGE", "Pa.", "US-PA", "Spain", "ES"));
        assertEquals("regionCode \"US-PA\" is not in countryCode \"ES\"", e.getMessage());
    }

    @Test
    void constructor_pairedSurrogate_isAccepted() {
        assertEquals("\uD83C\uDF0D CITY", new Place("\uD83C\uDF0D CITY", null, null, null, null).locality());
    }

    @Test
    void constructor_everyPartAbsent_isAccepted() {
        Place empty = new Place(null, null, null, null, null);
        assertAll(() -> assertNull(empty.locality()), () -> assertEquals("", empty.displayName()));
    }

    @Test
    void of_nullLocality_throwsNamingLocality() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Place.of(null));
        assertEquals("locality", e.getMessage());
    }

    @Test
    void of_locality_hasNoOtherPart() {
        assertEquals(new Place("MADRID", null, null, null, null), Place.of("MADRID"));
    }

    // --- withCountry ------------------------------------------------------------------------------

    static Stream<Arguments> countries() {
        return Stream.of(
                Arguments.of("Spain", "ES"),
                Arguments.of("SPAIN", "ES"),
                Arguments.of("spain", "ES"),
                Arguments.of("Italy", "IT"),
                Arguments.of("Lebanon", "LB"),
                Arguments.of("Britain", "GB"),
                Arguments.of("Great Britain", "GB"),
                Arguments.of("England", "GB"),
                Arguments.of("U.K.", "GB"),
                Arguments.of("UK", "GB"),
                Arguments.of("United Kingdom", "GB"),
                Arguments.of("U.S.", "US"),
                Arguments.of("US", "US"),
                Arguments.of("USA", "US"),
                Arguments.of("United States", "US"),
                Arguments.of("Ivory Coast", "CI"),
                Arguments.of("C\u00f4te d\u2019Ivoire", "CI"),
                Arguments.of("Cote d'Ivoire", "CI"),
                Arguments.of("Congo", "CD"),
                Arguments.of("Republic of Congo", "CG"),
                Arguments.of("Czech Republic", "CZ"),
                Arguments.of("Burma", "MM"),
                Arguments.of("St. Kitts and Nevis", "KN"),
                Arguments.of("Saint Lucia", "LC"),
                Arguments.of("the Netherlands", "NL"),
                Arguments.of("Hong Kong", "HK"),
                Arguments.of("Georgia", "GE"),
                Arguments.of("Narnia", null),
                Arguments.of("Pa.", null),
                Arguments.of("", null))
                .map(row -> {
                    String country = (String) row.get()[0];
                    return Arguments.of(country.isEmpty() ? "empty" : country, country, row.get()[1]);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void withCountry_name_infersCountryCode(String name, String country, String expectedCode) {
        Place place = Place.of("CITY").withCountry(country);
        assertAll(
                () -> assertEquals(country, place.country()),
                () -> assertEquals(expectedCode, place.countryCode()),
                () -> assertNull(place.regionCode()));
    }

    @Test
    void withCountry_null_clearsCountryAndCode() {
        Place place = Place.of("MADRID").withCountry("Spain").withCountry(null);
        assertEquals(Place.of("MADRID"), place);
    }

    @Test
    void withCountry_unknownNameAfterKnownOne_clearsCode() {
        assertNull(Place.of("MADRID").withCountry("Spain").withCountry("Espa\u00f1a del Norte").countryCode());
    }

    @Test
    void withCountry_unknownNameWithRegionCode_takesCountryOfRegionCode() {
        Place place = Place.of("PORTLAND").withRegion("Maine").withCountry("Estados Unidos");
        assertAll(
                () -> assertEquals("Estados Unidos", place.country()),
                () -> assertEquals("US", place.countryCode()),
                () -> assertEquals("US-ME", place.regionCode()));
    }

    @Test
    void withCountry_contradictingRegionCode_leavesCountryCodeOut() {
        Place place = Place.of("STATE COLLEGE").withRegion("Pa.").withCountry("Spain");
        assertAll(
                () -> assertEquals("Spain", place.country()),
                () -> assertNull(place.countryCode()),
                () -> assertEquals("US-PA", place.regionCode()));
    }

    // --- withRegion -------------------------------------------------------------------------------

    static Stream<Arguments> regions() {
        return Stream.of(
                Arguments.of("Pa.", "US-PA", "US"),
                Arguments.of("Pennsylvania", "US-PA", "US"),
                Arguments.of("PENNSYLVANIA", "US-PA", "US"),
                Arguments.of("Calif.", "US-CA", "US"),
                Arguments.of("N.Y.", "US-NY", "US"),
                Arguments.of("W.Va.", "US-WV", "US"),
                Arguments.of("Texas", "US-TX", "US"),
                Arguments.of("Washington", "US-WA", "US"),
                Arguments.of("D.C.", "US-DC", "US"),
                Arguments.of("Georgia", "US-GA", "US"),
                Arguments.of("Ontario", "CA-ON", "CA"),
                Arguments.of("Qu\u00e9bec", "CA-QC", "CA"),
                Arguments.of("Bavaria", null, null),
                Arguments.of("PA", null, null),
                Arguments.of("Pa", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void withRegion_name_infersRegionCodeAndCountryCode(String region, String regionCode, String countryCode) {
        Place place = Place.of("CITY").withRegion(region);
        assertAll(
                () -> assertEquals(region, place.region()),
                () -> assertEquals(regionCode, place.regionCode()),
                () -> assertEquals(countryCode, place.countryCode()),
                () -> assertNull(place.country()));
    }

    @Test
    void withRegion_countryCodeAlreadySet_isKept() {
        Place place = Place.of("PORTLAND").withCountry("USA").withRegion("Maine");
        assertAll(
                () -> assertEquals("US-ME", place.regionCode()),
                () -> assertEquals("US", place.countryCode()),
                () -> assertEquals("USA", place.country()));
    }

    @Test
    void withRegion_contradictingCountryCode_leavesRegionCodeOut() {
        Place place = Place.of("MADRID").withCountry("Spain").withRegion("Pa.");
        assertAll(
                () -> assertEquals("Pa.", place.region()),
                () -> assertNull(place.regionCode()),
                () -> assertEquals("ES", place.countryCode()));
    }

    @Test
    void withRegion_unknownNameAfterKnownOne_clearsRegionCode() {
        Place place = Place.of("X").withRegion("Pa.").withRegion("Bavaria");
        assertAll(
                () -> assertEquals("Bavaria", place.region()),
                () -> assertNull(place.regionCode()));
    }

    // --- explicit codes, other withers --------------------------------------------------------

    @Test
    void withRegionCode_setsOnlyTheCode() {
        Place place = Place.of("STATE COLLEGE").withRegionCode("US-PA");
        assertEquals(new Place("STATE COLLEGE", null, "US-PA", null, null), place);
    }

    @Test
    void withRegionCode_otherCountryThanCountryCode_isRejected() {
        Place spain = Place.of("MADRID").withCountry("Spain");
        assertThrows(IllegalArgumentException.class, () -> spain.withRegionCode("US-PA"));
    }

    @Test
    void withCountryCode_setsOnlyTheCode() {
        assertEquals(new Place("MADRID", null, null, null, "ES"), Place.of("MADRID").withCountryCode("ES"));
    }

    @Test
    void withCountryCode_malformed_isRejectedNamingFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Place.of("MADRID").withCountryCode("Spain"));
        assertAll(
                () -> assertTrue(e.getMessage().startsWith("countryCode "), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("\"Spain\""), e.getMessage()));
    }

    @Test
    void withLocality_changesOnlyLocality() {
        Place madrid = Place.of("MADRID").withCountry("Spain");
        assertEquals(new Place("BARCELONA", null, null, "Spain", "ES"), madrid.withLocality("BARCELONA"));
    }

    // --- displayName -----------------------------------------------------------------------------

    static Stream<Arguments> displayNames() {
        return Stream.of(
                Arguments.of("locality and country", Place.of("MADRID").withCountry("Spain"), "MADRID, Spain"),
                Arguments.of("locality and region", Place.of("STATE COLLEGE").withRegion("Pa."), "STATE COLLEGE, Pa."),
                Arguments.of("all three", Place.of("PORTLAND").withRegion("Maine").withCountry("USA"), "PORTLAND, Maine, USA"),
                Arguments.of("locality as written", Place.of("Madrid"), "Madrid"),
                Arguments.of("blank region left out", Place.of("MADRID").withRegion(" ").withCountry("Spain"), "MADRID, Spain"),
                Arguments.of("no locality", new Place(null, "Pa.", "US-PA", "USA", "US"), "Pa., USA"),
                Arguments.of("codes only", new Place(null, null, "US-PA", null, "US"), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("displayNames")
    void displayName_joinsPresentPartsAsWritten(String name, Place place, String expected) {
        assertEquals(expected, place.displayName());
    }

    // --- equality --------------------------------------------------------------------------------

    @Test
    void equals_sameParts_areEqualWithSameHashCode() {
        Place a = Place.of("MADRID").withCountry("Spain");
        Place b = new Place("MADRID", null, null, "Spain", "ES");
        assertAll(() -> assertEquals(a, b), () -> assertEquals(a.hashCode(), b.hashCode()));
    }

    @Test
    void equals_localityInOtherLetterCase_isNotEqual() {
        assertNotEquals(Place.of("MADRID"), Place.of("Madrid"));
    }
}
