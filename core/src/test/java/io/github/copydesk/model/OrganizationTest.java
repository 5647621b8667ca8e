package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrganizationTest {

    private static final URI HOME = URI.create("https://apnews.example.com/");
    private static final URI LOGO = URI.create("https://apnews.example.com/logo.png");
    private static final URI WIKI = URI.create("https://en.wikipedia.org/wiki/Associated_Press");
    private static final URI PROFILE = URI.create("https://example.org/agencies/ap");

    private static final Organization AP = new Organization("The Associated Press", true, HOME, LOGO,
            List.of(WIKI, PROFILE));

    // ---- factories

    @Test
    void of_name_isPlainOrganizationWithNothingElse() {
        assertEquals(new Organization("NATO", false, null, null, List.of()), Organization.of("NATO"));
    }

    @Test
    void newsMedia_name_isNewsMediaOrganization() {
        Organization ap = Organization.newsMedia("The Associated Press");
        assertTrue(ap.newsMedia());
        assertEquals("The Associated Press", ap.name());
        assertNull(ap.url());
        assertNull(ap.logo());
        assertEquals(List.of(), ap.sameAs());
    }

    @Test
    void new_noName_isAllowedForADraft() {
        assertNull(new Organization(null, false, null, null, List.of()).name());
    }

    // ---- null parameters

    @Test
    void of_nullName_throwsNamingName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Organization.of(null));
        assertEquals("name", e.getMessage());
    }

    @Test
    void newsMedia_nullName_throwsNamingName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Organization.newsMedia(null));
        assertEquals("name", e.getMessage());
    }

    @Test
    void new_nullSameAs_throwsNamingSameAs() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Organization("NATO", false, null, null, null));
        assertEquals("sameAs", e.getMessage());
    }

    @Test
    void new_nullSameAsElement_throwsNamingIndex() {
        List<URI> sameAs = Arrays.asList(WIKI, null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Organization("NATO", false, null, null, sameAs));
        assertEquals("sameAs[1]", e.getMessage());
    }

    @Test
    void withSameAs_nullElement_throwsNamingIndex() {
        List<URI> sameAs = Arrays.asList((URI) null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> AP.withSameAs(sameAs));
        assertEquals("sameAs[0]", e.getMessage());
    }

    // ---- URLs

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/logo.png", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://apnews.example.com/logo.png", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:info@apnews.example.com", "must be an absolute http or https URL"),
                arguments("no host", "https:///logo.png", "must name a host"));
    }

    static Stream<Arguments> badUrlInUrlField() {
        List<Object[]> fields = List.of(
                new Object[] {"url", (Function<URI, Organization>) AP::withUrl},
                new Object[] {"logo", (Function<URI, Organization>) AP::withLogo},
                new Object[] {"sameAs[1]", (Function<URI, Organization>) uri -> AP.withSameAs(List.of(WIKI, uri))},
                new Object[] {"logo", (Function<URI, Organization>) uri ->
                        new Organization("NATO", false, null, uri, List.of())});
        return fields.stream().flatMap(field -> badUrls().map(bad -> arguments(
                field[0], bad.get()[0], bad.get()[1], bad.get()[2], field[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUrlInUrlField")
    void new_badUrl_throwsNamingFieldAndQuotingValue(String field, String kind, String url, String reason,
            Function<URI, Organization> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(URI.create(url)));
        assertEquals(field + " " + reason + ": \"" + url + "\"", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                arguments("high surrogate alone", "AP \uD83D", "\"AP \\uD83D\""),
                arguments("low surrogate alone", "AP \uDE00", "\"AP \\uDE00\""),
                arguments("reversed pair", "AP \uDE00\uD83D", "\"AP \\uDE00\\uD83D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void new_unpairedSurrogateInName_throwsNamingNameAndQuotingValue(String kind, String bad, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Organization.of(bad));
        assertTrue(e.getMessage().startsWith("name is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AP.withName(bad));
    }

    @Test
    void new_supplementaryCharactersInName_areKept() {
        String name = "\uD835\uDD38\uD835\uDD3B News \uD83D\uDCF0";
        assertEquals(name, Organization.of(name).name());
    }

    // ---- immutability

    @Test
    void new_sameAsChangedAfterwards_organizationUnchanged() {
        List<URI> sameAs = new ArrayList<>(List.of(WIKI));
        Organization nato = new Organization("NATO", false, null, null, sameAs);
        sameAs.add(PROFILE);
        sameAs.set(0, HOME);
        assertEquals(List.of(WIKI), nato.sameAs());
    }

    @Test
    void sameAs_returned_rejectsAddAndSet() {
        List<URI> sameAs = AP.withSameAs(new ArrayList<>(List.of(WIKI))).sameAs();
        assertThrows(UnsupportedOperationException.class, () -> sameAs.add(PROFILE));
        assertThrows(UnsupportedOperationException.class, () -> sameAs.set(0, PROFILE));
    }

    // ---- withX

    static Stream<Arguments> withers() {
        URI otherHome = URI.create("https://ap.example.org/");
        URI otherLogo = URI.create("https://ap.example.org/logo.svg");
        return Stream.of(
                arguments("withName", AP.withName("AP"), new Organization("AP", true, HOME, LOGO, List.of(WIKI, PROFILE))),
                arguments("withNewsMedia", AP.withNewsMedia(false),
                        new Organization("The Associated Press", false, HOME, LOGO, List.of(WIKI, PROFILE))),
                arguments("withUrl", AP.withUrl(otherHome),
                        new Organization("The Associated Press", true, otherHome, LOGO, List.of(WIKI, PROFILE))),
                arguments("withLogo", AP.withLogo(otherLogo),
                        new Organization("The Associated Press", true, HOME, otherLogo, List.of(WIKI, PROFILE))),
                arguments("withLogo(null)", AP.withLogo(null),
                        new Organization("The Associated Press", true, HOME, null, List.of(WIKI, PROFILE))),
                arguments("withSameAs", AP.withSameAs(List.of(PROFILE)),
                        new Organization("The Associated Press", true, HOME, LOGO, List.of(PROFILE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Organization actual, Organization expected) {
        assertEquals(expected, actual);
        assertEquals(new Organization("The Associated Press", true, HOME, LOGO, List.of(WIKI, PROFILE)), AP,
                "the original is unchanged");
    }

    @Test
    void withLogo_relative_throwsNamingLogo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AP.withLogo(URI.create("logo.png")));
        assertEquals("logo must be an absolute http or https URL: \"logo.png\"", e.getMessage());
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Organization copy = new Organization("The Associated Press", true, URI.create("https://apnews.example.com/"),
                LOGO, new ArrayList<>(List.of(WIKI, PROFILE)));
        assertEquals(AP, copy);
        assertEquals(AP.hashCode(), copy.hashCode());
    }

    @Test
    void equals_newsMediaFlagDifferent_notEqual() {
        assertNotEquals(Organization.of("The Associated Press"), Organization.newsMedia("The Associated Press"));
        assertFalse(Organization.of("NATO").equals(Organization.of("Nato")));
    }

    @Test
    void toString_containsFieldValues() {
        String text = AP.toString();
        assertTrue(text.contains("The Associated Press"), text);
        assertTrue(text.contains("newsMedia=true"), text);
        assertTrue(text.contains(HOME.toString()), text);
        assertTrue(text.contains(LOGO.toString()), text);
        assertTrue(text.contains(WIKI.toString()), text);
    }
}
