package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RightsTest {

    private static final Person PHOTOGRAPHER = Person.of("Paul White");
    private static final Organization AP = Organization.newsMedia("The Associated Press");
    private static final URI LICENSE = URI.create("https://example.com/licenses/editorial");
    private static final URI ACQUIRE = URI.create("https://example.com/buy/ivanov-robertson");

    private static final Rights RIGHTS = new Rights(PHOTOGRAPHER, AP, "\u00A9 2016 AP", LICENSE, ACQUIRE, null);

    // ---- NONE and emptiness (Rights has no required parameter: every field may be absent)

    @Test
    void none_hasNoFieldAndIsEmpty() {
        assertNull(Rights.NONE.creator());
        assertNull(Rights.NONE.copyrightHolder());
        assertNull(Rights.NONE.copyrightNotice());
        assertNull(Rights.NONE.license());
        assertNull(Rights.NONE.acquireLicensePage());
        assertTrue(Rights.NONE.isEmpty());
    }

    @Test
    void new_allAbsent_equalsNoneAndIsEmpty() {
        Rights rights = new Rights(null, null, null, null, null, null);
        assertEquals(Rights.NONE, rights);
        assertTrue(rights.isEmpty());
    }

    static Stream<Arguments> oneFieldSet() {
        return Stream.of(
                arguments("creator", Rights.NONE.withCreator(PHOTOGRAPHER)),
                arguments("copyrightHolder", Rights.NONE.withCopyrightHolder(AP)),
                arguments("copyrightNotice", Rights.NONE.withCopyrightNotice("\u00A9 2016 AP")),
                arguments("empty copyrightNotice", Rights.NONE.withCopyrightNotice("")),
                arguments("license", Rights.NONE.withLicense(LICENSE)),
                arguments("acquireLicensePage", Rights.NONE.withAcquireLicensePage(ACQUIRE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldSet")
    void isEmpty_anyFieldPresent_isFalse(String field, Rights rights) {
        assertFalse(rights.isEmpty());
    }

    // ---- URLs

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/licenses/editorial", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/licenses/editorial", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:licensing@example.com", "must be an absolute http or https URL"),
                arguments("no host", "https:///licenses/editorial", "must name a host"));
    }

    static Stream<Arguments> badUrlInUrlField() {
        List<Object[]> fields = List.of(
                new Object[] {"license", (Function<URI, Rights>) RIGHTS::withLicense},
                new Object[] {"acquireLicensePage", (Function<URI, Rights>) RIGHTS::withAcquireLicensePage},
                new Object[] {"license", (Function<URI, Rights>) uri -> new Rights(null, null, null, uri, null, null)},
                new Object[] {"acquireLicensePage", (Function<URI, Rights>) uri -> new Rights(null, null, null, null, uri, null)});
        return fields.stream().flatMap(field -> badUrls().map(bad -> arguments(
                field[0], bad.get()[0], bad.get()[1], bad.get()[2], field[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUrlInUrlField")
    void new_badUrl_throwsNamingFieldAndQuotingValue(String field, String kind, String url, String reason,
            Function<URI, Rights> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(URI.create(url)));
        assertEquals(field + " " + reason + ": \"" + url + "\"", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                arguments("high surrogate alone", "\u00A9 2016 AP \uD83D", "\"\u00A9 2016 AP \\uD83D\""),
                arguments("low surrogate alone", "\u00A9 2016 AP \uDE00", "\"\u00A9 2016 AP \\uDE00\""),
                arguments("reversed pair", "\u00A9 2016 AP \uDE00\uD83D", "\"\u00A9 2016 AP \\uDE00\\uD83D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void new_unpairedSurrogateInCopyrightNotice_throwsNamingFieldAndQuotingValue(String kind, String bad,
            String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Rights(null, null, bad, null, null, null));
        assertTrue(e.getMessage().startsWith("copyrightNotice is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RIGHTS.withCopyrightNotice(bad));
    }

    @Test
    void new_supplementaryCharactersInCopyrightNotice_areKept() {
        String notice = "\u00A9 2016 \uD835\uDC00\uD835\uDC0F \uD83D\uDCF7";
        assertEquals(notice, RIGHTS.withCopyrightNotice(notice).copyrightNotice());
    }

    // ---- withX

    static Stream<Arguments> withers() {
        Person other = Person.of("Jane Roe");
        URI otherLicense = URI.create("https://creativecommons.org/licenses/by/4.0/");
        URI otherPage = URI.create("https://example.com/buy");
        return Stream.of(
                arguments("withCreator", RIGHTS.withCreator(other), new Rights(other, AP, "\u00A9 2016 AP", LICENSE, ACQUIRE, null)),
                arguments("withCopyrightHolder", RIGHTS.withCopyrightHolder(other),
                        new Rights(PHOTOGRAPHER, other, "\u00A9 2016 AP", LICENSE, ACQUIRE, null)),
                arguments("withCopyrightNotice", RIGHTS.withCopyrightNotice("\u00A9 AP"),
                        new Rights(PHOTOGRAPHER, AP, "\u00A9 AP", LICENSE, ACQUIRE, null)),
                arguments("withLicense", RIGHTS.withLicense(otherLicense),
                        new Rights(PHOTOGRAPHER, AP, "\u00A9 2016 AP", otherLicense, ACQUIRE, null)),
                arguments("withAcquireLicensePage", RIGHTS.withAcquireLicensePage(otherPage),
                        new Rights(PHOTOGRAPHER, AP, "\u00A9 2016 AP", LICENSE, otherPage, null)),
                arguments("withAcquireLicensePage(null)", RIGHTS.withAcquireLicensePage(null),
                        new Rights(PHOTOGRAPHER, AP, "\u00A9 2016 AP", LICENSE, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Rights actual, Rights expected) {
        assertEquals(expected, actual);
        assertEquals(new Rights(PHOTOGRAPHER, AP, "\u00A9 2016 AP", LICENSE, ACQUIRE, null), RIGHTS, "the original is unchanged");
    }

    @Test
    void withLicense_relative_throwsNamingLicense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RIGHTS.withLicense(URI.create("licenses/by")));
        assertEquals("license must be an absolute http or https URL: \"licenses/by\"", e.getMessage());
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Rights copy = new Rights(Person.of("Paul White"), Organization.newsMedia("The Associated Press"),
                "\u00A9 2016 AP", URI.create("https://example.com/licenses/editorial"), ACQUIRE, null);
        assertEquals(RIGHTS, copy);
        assertEquals(RIGHTS.hashCode(), copy.hashCode());
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        assertNotEquals(RIGHTS, RIGHTS.withCopyrightNotice("\u00A9 2017 AP"));
        assertNotEquals(RIGHTS, RIGHTS.withCreator(null));
    }

    @Test
    void toString_containsFieldValues() {
        String text = RIGHTS.toString();
        assertTrue(text.contains("Paul White"), text);
        assertTrue(text.contains("The Associated Press"), text);
        assertTrue(text.contains("\u00A9 2016 AP"), text);
        assertTrue(text.contains(LICENSE.toString()), text);
        assertTrue(text.contains(ACQUIRE.toString()), text);
    }
}
