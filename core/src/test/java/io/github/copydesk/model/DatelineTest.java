package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.internal.Places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineTest {

    private static final LocalDate JUNE_4_2024 = LocalDate.of(2024, 6, 4);

    private static Place place(String locality, String region, String regionCode, String country, String countryCode) {
        return new Place(locality, region, regionCode, country, countryCode);
    }

    // --- parse: the forms read, every part asserted ----------------------------------------------

    /** Input, then the expected place, date text, date and source. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("MADRID, Spain --", place("MADRID", null, null, "Spain", "ES"), null, null, null),
                Arguments.of("GROSSETO, Italy (AP) \u2014", place("GROSSETO", null, null, "Italy", "IT"), null, null, "AP"),
                Arguments.of("WASHINGTON (AP) \u2014", place("WASHINGTON", null, null, null, null), null, null, "AP"),
                Arguments.of("BEIRUT, Lebanon, June 2.", place("BEIRUT", null, null, "Lebanon", "LB"), "June 2", null, null),
                Arguments.of("MOSCOW, Monday (Reuters)", place("MOSCOW", null, null, null, null), "Monday", null, "Reuters"),
                Arguments.of("LONDON, June 4 (Reuters) -", place("LONDON", null, null, null, null), "June 4", null, "Reuters"),
                Arguments.of("STATE COLLEGE, Pa. \u2014", place("STATE COLLEGE", "Pa.", "US-PA", null, "US"), null, null, null),
                Arguments.of("PARIS, June 4, 2024 (AFP) -", place("PARIS", null, null, null, null), "June 4, 2024", JUNE_4_2024, "AFP"),
                Arguments.of("LONDON, Monday, June 3, 2024 (Reuters) -", place("LONDON", null, null, null, null),
                        "Monday, June 3, 2024", LocalDate.of(2024, 6, 3), "Reuters"),
                Arguments.of("NEW YORK, Sept. 12 (AP) \u2014", place("NEW YORK", null, null, null, null), "Sept. 12", null, "AP"),
                Arguments.of("WASHINGTON, Sept 12 (Reuters) -", place("WASHINGTON", null, null, null, null), "Sept 12", null, "Reuters"),
                Arguments.of("CHICAGO, Jan. 5, 2023:", place("CHICAGO", null, null, null, null), "Jan. 5, 2023", LocalDate.of(2023, 1, 5), null),
                Arguments.of("BERLIN, 4 June (dpa) \u2013", place("BERLIN", null, null, null, null), "4 June", null, "dpa"),
                Arguments.of("PORTLAND, Maine, USA", place("PORTLAND", "Maine", "US-ME", "USA", "US"), null, null, null),
                Arguments.of("ATLANTA, Ga.", place("ATLANTA", "Ga.", "US-GA", null, "US"), null, null, null),
                Arguments.of("ST. LOUIS, Mo. \u2014", place("ST. LOUIS", "Mo.", "US-MO", null, "US"), null, null, null),
                Arguments.of("WINSTON-SALEM, N.C. (AP) \u2014", place("WINSTON-SALEM", "N.C.", "US-NC", null, "US"), null, null, "AP"),
                Arguments.of("SPOKANE, Washington:", place("SPOKANE", "Washington", "US-WA", null, "US"), null, null, null),
                Arguments.of("HALIFAX, Nova Scotia, Canada -", place("HALIFAX", "Nova Scotia", "CA-NS", "Canada", "CA"), null, null, null),
                Arguments.of("NAPLES, Campania, Italy (AP) \u2014", place("NAPLES", "Campania", null, "Italy", "IT"), null, null, "AP"),
                Arguments.of("TBILISI, Georgia (AP) \u2014", place("TBILISI", null, null, "Georgia", "GE"), null, null, "AP"),
                Arguments.of("DUBAI, U.A.E.", place("DUBAI", null, null, "U.A.E.", "AE"), null, null, null),
                Arguments.of("LONDON, U.K. \u2014", place("LONDON", null, null, "U.K.", "GB"), null, null, null),
                Arguments.of("ABIDJAN, Ivory Coast", place("ABIDJAN", null, null, "Ivory Coast", "CI"), null, null, null),
                Arguments.of("KINSHASA, Congo (AP) \u2014", place("KINSHASA", null, null, "Congo", "CD"), null, null, "AP"),
                Arguments.of("S\u00c3O PAULO, Brazil", place("S\u00c3O PAULO", null, null, "Brazil", "BR"), null, null, null),
                Arguments.of("Madrid, SPAIN", place("Madrid", null, null, "SPAIN", "ES"), null, null, null),
                Arguments.of("ZARAGOZA, Aragon", place("ZARAGOZA", null, null, "Aragon", null), null, null, null),
                Arguments.of("WASHINGTON (AP).", place("WASHINGTON", null, null, null, null), null, null, "AP"),
                Arguments.of("LONDON.", place("LONDON", null, null, null, null), null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void parse_form_readsEveryPart(String text, Place place, String dateText, LocalDate date, String source) {
        Dateline dateline = Dateline.parse(text);
        assertAll(
                () -> assertEquals(text, dateline.text(), "text"),
                () -> assertEquals(place, dateline.place(), "place"),
                () -> assertEquals(dateText, dateline.dateText(), "dateText"),
                () -> assertEquals(date, dateline.date(), "date"),
                () -> assertEquals(source, dateline.source(), "source"));
    }

    @Test
    void parse_seedDateline_isMadridSpain() {
        Dateline dateline = Dateline.parse("MADRID, Spain --");
        assertEquals(new Dateline("MADRID, Spain --", place("MADRID", null, null, "Spain", "ES"), null, null, null),
                dateline);
    }

    @Test
    void parse_countryAlone_isTheCountryWithNoLocality() {
        assertEquals(new Place(null, null, null, "Portugal", "PT"), Dateline.parse("Portugal").place());
        assertEquals(new Place(null, null, null, "PORTUGAL", "PT"), Dateline.parse("PORTUGAL --").place());
    }

    @Test
    void parse_cityStateAlone_isTheCity() {
        assertEquals(Place.of("SINGAPORE"), Dateline.parse("SINGAPORE (AP) --").place());
        assertEquals(Place.of("MONACO"), Dateline.parse("MONACO").place());
    }

    @Test
    void parse_agencyMarker_isSource() {
        assertEquals("Reuters", Dateline.parse("LONDON, June 4 (Reuters) -").source());
    }

    @Test
    void parse_localityInCapitals_keepsLetterCase() {
        assertEquals("MADRID", Dateline.parse("MADRID, Spain --").place().locality());
    }

    @Test
    void parse_surroundingWhiteSpace_isStrippedFromText() {
        assertEquals("MADRID, Spain --", Dateline.parse("  MADRID, Spain --\n").text());
    }

    @Test
    void parse_stateAbbreviationAtEnd_keepsItsFullStop() {
        assertEquals("Pa.", Dateline.parse("STATE COLLEGE, Pa.").place().region());
    }

    @Test
    void parse_fullStopAfterCountry_isPunctuation() {
        assertEquals("Spain", Dateline.parse("MADRID, Spain.").place().country());
    }

    @Test
    void parse_dateWithoutYear_keepsTextWithoutDate() {
        Dateline dateline = Dateline.parse("BEIRUT, Lebanon, June 2.");
        assertAll(() -> assertEquals("June 2", dateline.dateText()), () -> assertNull(dateline.date()));
    }

    @Test
    void parse_dateWithYear_isDate() {
        assertEquals(JUNE_4_2024, Dateline.parse("PARIS, June 4, 2024 (AFP) -").date());
    }

    @Test
    void parse_leapDay_isDate() {
        assertEquals(LocalDate.of(2024, 2, 29), Dateline.parse("ROME, Feb. 29, 2024 (AP) \u2014").date());
    }

    @Test
    void parse_georgiaAlone_isCountryNotState() {
        Place place = Dateline.parse("TBILISI, Georgia").place();
        assertAll(() -> assertEquals("GE", place.countryCode()), () -> assertNull(place.region()));
    }

    @Test
    void parse_unknownNameAlone_isCountryWithoutCode() {
        Place place = Dateline.parse("ZARAGOZA, Aragon").place();
        assertAll(
                () -> assertEquals("Aragon", place.country()),
                () -> assertNull(place.countryCode()),
                () -> assertNull(place.region()));
    }

    @Test
    void parse_unknownNameBeforeCountry_isRegion() {
        Place place = Dateline.parse("ZARAGOZA, Aragon, Spain").place();
        assertEquals(place("ZARAGOZA", "Aragon", null, "Spain", "ES"), place);
    }

    @Test
    void parse_stateBeforeOtherCountry_dropsRegionCode() {
        Place place = Dateline.parse("ATLANTA, Ga., Spain").place();
        assertEquals(place("ATLANTA", "Ga.", null, "Spain", "ES"), place);
    }

    // --- parse: rejections ---------------------------------------------------------------------

    static Stream<Arguments> unreadable() {
        return Stream.of(
                "",
                "   ",
                "\u2014",
                "...",
                "-- : --",
                "(AP) \u2014",
                "the story begins here and goes on.",
                "The story begins here, and goes on.",
                "WASHINGTON (AP) \u2014 The president said Monday that he would sign the bill.",
                "MADRID; Spain",
                "MADRID,, Spain",
                "MADRID, Spain,",
                "MADRID ()",
                "MADRID (\u2014)",
                "LONDON, June 4 Reuters) -",
                "LONDON, June 4 (Reuters",
                "123 MAIN STREET",
                "MADRID, 2024",
                "LONDON, June 31 (Reuters) -",
                "PARIS, Feb. 30, 2024",
                "ROME, Feb. 29, 2023",
                "LONDON, Tuesday, June 3, 2024",
                "LONDON, June 4, Spain",
                "MADRID, Castile, Spain, Europe",
                "SANTA MARIA DE LA PAZ DEL NORTE Y SUR",
                "A".repeat(201))
                .map(text -> Arguments.of(text.isBlank() ? "blank " + Checks.quote(text) : text, text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void parse_notADateline_isRejectedQuotingInput(String name, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dateline.parse(text));
        assertTrue(e.getMessage().contains(Checks.quote(text)), e.getMessage());
    }

    @Test
    void parse_exactlyTwoHundredChars_isRead() {
        String locality = "A".repeat(200);
        assertEquals(locality, Dateline.parse(locality).place().locality());
    }

    @Test
    void parse_unpairedSurrogate_isRejectedQuotingInput() {
        String text = "MADRID\uD800, Spain";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dateline.parse(text));
        assertTrue(e.getMessage().contains(Checks.quote(text)), e.getMessage());
    }

    // --- format --------------------------------------------------------------------------------

    static Stream<Arguments> formats() {
        Place madrid = Place.of("MADRID").withCountry("Spain");
        Place grosseto = Place.of("GROSSETO").withCountry("Italy");
        Place stateCollege = Place.of("STATE COLLEGE").withRegion("Pa.");
        Place portland = Place.of("PORTLAND").withRegion("Maine").withCountry("USA");
        Dateline london = Dateline.of(Place.of("LONDON"));
        return Stream.of(
                Arguments.of("AP, city that stands alone", Dateline.of(madrid), DatelineStyle.AP, "MADRID (AP) \u2014"),
                Arguments.of("AP, city and country", Dateline.of(grosseto), DatelineStyle.AP, "GROSSETO, Italy (AP) \u2014"),
                Arguments.of("AP, locality in upper case", Dateline.of(Place.of("Grosseto").withCountry("Italy")),
                        DatelineStyle.AP, "GROSSETO, Italy (AP) \u2014"),
                Arguments.of("AP, Madrid written in lower case", Dateline.of(Place.of("Madrid")), DatelineStyle.AP, "MADRID (AP) \u2014"),
                Arguments.of("AP, other source", Dateline.of(grosseto).withSource("Reuters"), DatelineStyle.AP,
                        "GROSSETO, Italy (Reuters) \u2014"),
                Arguments.of("AP, state abbreviation", Dateline.of(stateCollege), DatelineStyle.AP, "STATE COLLEGE, Pa. (AP) \u2014"),
                Arguments.of("AP, state in full becomes abbreviation", Dateline.of(Place.of("State College").withRegion("Pennsylvania")),
                        DatelineStyle.AP, "STATE COLLEGE, Pa. (AP) \u2014"),
                Arguments.of("AP, state never abbreviated", Dateline.of(Place.of("AUSTIN").withRegion("Texas")),
                        DatelineStyle.AP, "AUSTIN, Texas (AP) \u2014"),
                Arguments.of("AP, state code only", Dateline.of(new Place("STATE COLLEGE", null, "US-PA", null, "US")),
                        DatelineStyle.AP, "STATE COLLEGE, Pa. (AP) \u2014"),
                Arguments.of("AP, region preferred over country", Dateline.of(portland), DatelineStyle.AP, "PORTLAND, Maine (AP) \u2014"),
                Arguments.of("AP, province preferred over country",
                        Dateline.of(Place.of("HALIFAX").withRegion("Nova Scotia").withCountry("Canada")),
                        DatelineStyle.AP, "HALIFAX, Nova Scotia (AP) \u2014"),
                Arguments.of("AP, country over region without code",
                        Dateline.of(Place.of("NAPLES").withRegion("Campania").withCountry("Italy")),
                        DatelineStyle.AP, "NAPLES, Italy (AP) \u2014"),
                Arguments.of("AP, region without code and without country", Dateline.of(Place.of("NAPLES").withRegion("Campania")),
                        DatelineStyle.AP, "NAPLES, Campania (AP) \u2014"),
                Arguments.of("AP, Paris in Texas does not stand alone", Dateline.of(Place.of("PARIS").withRegion("Texas")),
                        DatelineStyle.AP, "PARIS, Texas (AP) \u2014"),
                Arguments.of("AP, London in Ontario does not stand alone", Dateline.of(Place.of("LONDON").withRegion("Ontario")),
                        DatelineStyle.AP, "LONDON, Ontario (AP) \u2014"),
                Arguments.of("AP, London with unknown country does not stand alone",
                        Dateline.of(Place.of("LONDON").withCountry("Mars")), DatelineStyle.AP, "LONDON, Mars (AP) \u2014"),
                Arguments.of("AP, Washington D.C. stands alone", Dateline.of(Place.of("WASHINGTON").withRegion("D.C.")),
                        DatelineStyle.AP, "WASHINGTON (AP) \u2014"),
                Arguments.of("AP, Sao Paulo with accent stands alone", Dateline.of(Place.of("S\u00c3O PAULO").withCountry("Brazil")),
                        DatelineStyle.AP, "S\u00c3O PAULO (AP) \u2014"),
                Arguments.of("AP, no date shown", Dateline.of(grosseto).withDateText("June 4"), DatelineStyle.AP,
                        "GROSSETO, Italy (AP) \u2014"),
                Arguments.of("AP, locality only", Dateline.of(Place.of("SMALLVILLE")), DatelineStyle.AP, "SMALLVILLE (AP) \u2014"),
                Arguments.of("REUTERS, date text", london.withDateText("June 4"), DatelineStyle.REUTERS, "LONDON, June 4 (Reuters) -"),
                Arguments.of("REUTERS, weekday", Dateline.of(Place.of("MOSCOW")).withDateText("Monday").withSource("Reuters"),
                        DatelineStyle.REUTERS, "MOSCOW, Monday (Reuters) -"),
                Arguments.of("REUTERS, date text preferred over date", london.withDateText("June 4").withDate(LocalDate.of(2024, 9, 12)),
                        DatelineStyle.REUTERS, "LONDON, June 4 (Reuters) -"),
                Arguments.of("REUTERS, date in June", london.withDate(JUNE_4_2024), DatelineStyle.REUTERS, "LONDON, June 4 (Reuters) -"),
                Arguments.of("REUTERS, date in September", london.withDate(LocalDate.of(2024, 9, 12)), DatelineStyle.REUTERS,
                        "LONDON, Sept 12 (Reuters) -"),
                Arguments.of("REUTERS, no date", Dateline.of(grosseto), DatelineStyle.REUTERS, "GROSSETO (Reuters) -"),
                Arguments.of("REUTERS, other source", london.withDateText("June 4").withSource("AFP"), DatelineStyle.REUTERS,
                        "LONDON, June 4 (AFP) -"),
                Arguments.of("REUTERS, locality in upper case", Dateline.of(Place.of("London")).withDateText("June 4"),
                        DatelineStyle.REUTERS, "LONDON, June 4 (Reuters) -"),
                Arguments.of("PLAIN, city and country", Dateline.of(madrid), DatelineStyle.PLAIN, "MADRID, Spain"),
                Arguments.of("PLAIN, no date nor source", Dateline.of(madrid).withDateText("June 4").withSource("AP"),
                        DatelineStyle.PLAIN, "MADRID, Spain"),
                Arguments.of("PLAIN, as written", Dateline.of(Place.of("Madrid").withCountry("spain")), DatelineStyle.PLAIN,
                        "Madrid, spain"),
                Arguments.of("PLAIN, all three", Dateline.of(portland), DatelineStyle.PLAIN, "PORTLAND, Maine, USA"),
                Arguments.of("PLAIN, no locality", Dateline.of(new Place(null, null, null, "Spain", "ES")), DatelineStyle.PLAIN, "Spain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void format_style_writesDateline(String name, Dateline dateline, DatelineStyle style, String expected) {
        assertEquals(expected, dateline.format(style));
    }

    @Test
    void format_apWithoutLocality_throwsIllegalState() {
        Dateline dateline = Dateline.of(new Place(null, null, null, "Spain", "ES"));
        assertThrows(IllegalStateException.class, () -> dateline.format(DatelineStyle.AP));
    }

    @Test
    void format_reutersWithBlankLocality_throwsIllegalState() {
        Dateline dateline = Dateline.of(Place.of(" "));
        assertThrows(IllegalStateException.class, () -> dateline.format(DatelineStyle.REUTERS));
    }

    // --- the round-trip law: parse(format(d, style)) gives back what the style shows ---------------

    static List<Dateline> lawTable() {
        return List.of(
                Dateline.of(Place.of("MADRID").withCountry("Spain")),
                Dateline.of(Place.of("GROSSETO").withCountry("Italy")).withSource("AP"),
                Dateline.of(Place.of("WASHINGTON")),
                Dateline.of(Place.of("WASHINGTON").withRegion("D.C.")),
                Dateline.of(Place.of("BEIRUT").withCountry("Lebanon")).withDateText("June 2"),
                Dateline.of(Place.of("MOSCOW")).withDateText("Monday").withSource("Reuters"),
                Dateline.of(Place.of("LONDON")).withDateText("June 4").withSource("Reuters"),
                Dateline.of(Place.of("LONDON")).withDate(LocalDate.of(2024, 9, 12)),
                Dateline.of(Place.of("PARIS")).withDateText("June 4, 2024").withDate(JUNE_4_2024).withSource("AFP"),
                Dateline.of(Place.of("BERLIN").withCountry("Germany")).withDateText("Monday, June 3, 2024")
                        .withDate(LocalDate.of(2024, 6, 3)).withSource("dpa"),
                Dateline.of(Place.of("STATE COLLEGE").withRegion("Pa.")),
                Dateline.of(Place.of("State College").withRegion("Pennsylvania")).withDateText("Sept. 12"),
                Dateline.of(Place.of("PORTLAND").withRegion("Maine").withCountry("USA")),
                Dateline.of(Place.of("PARIS").withRegion("Texas")).withSource("AP"),
                Dateline.of(Place.of("NAPLES").withRegion("Campania").withCountry("Italy")),
                Dateline.of(Place.of("HALIFAX").withRegion("Nova Scotia").withCountry("Canada")),
                Dateline.of(Place.of("TBILISI").withCountry("Georgia")),
                Dateline.of(Place.of("KINSHASA").withCountry("Congo")),
                Dateline.of(Place.of("DUBAI").withCountry("U.A.E.")),
                Dateline.of(Place.of("Madrid").withCountry("Spain")),
                Dateline.of(Place.of("S\u00c3O PAULO").withCountry("Brazil")),
                Dateline.of(Place.of("WINSTON-SALEM").withRegion("N.C.")).withSource("AP"),
                Dateline.of(Place.of("ST. LOUIS").withRegion("Mo.")));
    }

    static Stream<Arguments> lawCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Dateline dateline : lawTable()) {
            for (DatelineStyle style : DatelineStyle.values()) {
                cases.add(Arguments.of(style + " " + dateline.place().displayName() + " "
                        + dateline.dateText() + " " + dateline.date() + " " + dateline.source(), dateline, style));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lawCases")
    void parse_format_givesBackEveryPartTheStyleShows(String name, Dateline dateline, DatelineStyle style) {
        String written = dateline.format(style);
        Dateline read = Dateline.parse(written);
        Place original = dateline.place();
        Place parsed = read.place();
        assertEquals(written, read.text(), "text");
        switch (style) {
            case PLAIN:
                assertAll(
                        () -> assertEquals(original, parsed, "place"),
                        () -> assertNull(read.dateText(), "dateText"),
                        () -> assertNull(read.source(), "source"));
                break;
            case AP:
                assertAll(
                        () -> assertEquals(original.locality().toUpperCase(Locale.ROOT), parsed.locality(), "locality"),
                        () -> assertShownPlace(original, parsed),
                        () -> assertNull(read.dateText(), "dateText"),
                        () -> assertEquals(dateline.source() == null ? "AP" : dateline.source(), read.source(), "source"));
                break;
            case REUTERS:
                assertAll(
                        () -> assertEquals(original.locality().toUpperCase(Locale.ROOT), parsed.locality(), "locality"),
                        () -> assertEquals(place(parsed.locality(), null, null, null, null), parsed, "no region or country"),
                        () -> assertEquals(shownDate(dateline), read.dateText(), "dateText"),
                        () -> {
                            if (read.date() != null || (read.dateText() != null && read.dateText().matches(".*\\d{4}$"))) {
                                assertEquals(dateline.date(), read.date(), "date");
                            }
                        },
                        () -> assertEquals(dateline.source() == null ? "Reuters" : dateline.source(), read.source(), "source"));
                break;
            default:
                throw new AssertionError(style);
        }
    }

    /** The date text Reuters shows: the date text, else the date as Reuters writes it. */
    private static String shownDate(Dateline dateline) {
        if (dateline.dateText() != null) {
            return dateline.dateText();
        }
        if (dateline.date() == null) {
            return null;
        }
        return dateline.date().getMonthValue() == 9 ? "Sept " + dateline.date().getDayOfMonth()
                : dateline.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + " " + dateline.date().getDayOfMonth();
    }

    /**
     * AP shows one place name after the locality, unless the city stands alone: the parsed name must be
     * the original's (a US state in its AP form), with the same code, and there must be one when AP
     * shows one.
     */
    private static void assertShownPlace(Place original, Place parsed) {
        boolean alone = Places.standsAlone(original.locality(), original.region(), original.regionCode(),
                original.country(), original.countryCode());
        boolean hasName = original.region() != null || original.country() != null || original.regionCode() != null;
        if (alone || !hasName) {
            assertEquals(place(parsed.locality(), null, null, null, null), parsed, "nothing after the locality");
            return;
        }
        if (parsed.region() != null) {
            String apState = Places.apState(original.regionCode());
            assertEquals(apState != null ? apState : original.region(), parsed.region(), "region");
            assertEquals(original.regionCode(), parsed.regionCode(), "regionCode");
            assertEquals(original.countryCode(), parsed.countryCode(), "countryCode");
        } else {
            assertNotNull(parsed.country(), "a region or country after the locality");
            assertEquals(original.country(), parsed.country(), "country");
            assertEquals(original.countryCode(), parsed.countryCode(), "countryCode");
        }
    }

    // --- of, withers, nulls, equality --------------------------------------------------------

    @Test
    void of_place_hasNoOtherPart() {
        Place madrid = Place.of("MADRID");
        assertEquals(new Dateline(null, madrid, null, null, null), Dateline.of(madrid));
    }

    @Test
    void withers_changeOnlyTheirPart() {
        Dateline base = Dateline.parse("LONDON, June 4 (Reuters) -");
        Place paris = Place.of("PARIS");
        assertAll(
                () -> assertEquals(new Dateline("x", base.place(), "June 4", null, "Reuters"), base.withText("x")),
                () -> assertEquals(new Dateline(base.text(), paris, "June 4", null, "Reuters"), base.withPlace(paris)),
                () -> assertEquals(new Dateline(base.text(), base.place(), "Monday", null, "Reuters"), base.withDateText("Monday")),
                () -> assertEquals(new Dateline(base.text(), base.place(), "June 4", JUNE_4_2024, "Reuters"), base.withDate(JUNE_4_2024)),
                () -> assertEquals(new Dateline(base.text(), base.place(), "June 4", null, "AFP"), base.withSource("AFP")));
    }

    @Test
    void withSource_unpairedSurrogate_isRejectedNamingSource() {
        Dateline dateline = Dateline.of(Place.of("LONDON"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dateline.withSource("AP\uD800"));
        assertTrue(e.getMessage().startsWith("source "), e.getMessage());
    }

    @Test
    void parse_nullText_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Dateline.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void format_nullStyle_throwsNamingStyle() {
        Dateline dateline = Dateline.of(Place.of("MADRID"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> dateline.format(null));
        assertEquals("style", e.getMessage());
    }

    @Test
    void of_nullPlace_throwsNamingPlace() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Dateline.of(null));
        assertEquals("place", e.getMessage());
    }

    @Test
    void withPlace_null_throwsNamingPlace() {
        Dateline dateline = Dateline.of(Place.of("MADRID"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> dateline.withPlace(null));
        assertEquals("place", e.getMessage());
    }

    @Test
    void constructor_nullPlace_throwsNamingPlace() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Dateline("MADRID", null, null, null, null));
        assertEquals("place", e.getMessage());
    }

    @Test
    void equals_sameText_parsesToEqualDatelinesWithSameHashCode() {
        Dateline a = Dateline.parse("LONDON, June 4 (Reuters) -");
        Dateline b = Dateline.parse("LONDON, June 4 (Reuters) -");
        assertAll(() -> assertEquals(a, b), () -> assertEquals(a.hashCode(), b.hashCode()));
    }

    @Test
    void equals_otherSource_isNotEqual() {
        Dateline reuters = Dateline.parse("LONDON, June 4 (Reuters) -");
        assertNotEquals(reuters, reuters.withSource("AFP"));
    }

    @Test
    void equals_otherTextSameParts_isNotEqual() {
        assertNotEquals(Dateline.parse("MADRID, Spain --"), Dateline.parse("MADRID, Spain \u2014"));
    }
}
