package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class PersonTest {

    private static final Organization GOVERNMENT = Organization.of("Russian Foreign Ministry");
    private static final URI PAGE = URI.create("https://example.com/people/igor-ivanov");
    private static final URI WIKI = URI.create("https://en.wikipedia.org/wiki/Igor_Ivanov");
    private static final URI PROFILE = URI.create("https://example.org/profiles/ivanov");

    private static final Person IVANOV = new Person("Igor Ivanov", "Russian foreign minister", "Foreign Minister",
            "Dr.", "PhD", GOVERNMENT, PAGE, List.of(WIKI, PROFILE));

    private static final String[][] UNPAIRED = {
            {"high surrogate alone", "Ivanov \uD83D", "\"Ivanov \\uD83D\""},
            {"low surrogate alone", "Ivanov \uDE00", "\"Ivanov \\uDE00\""},
            {"reversed pair", "Ivanov \uDE00\uD83D", "\"Ivanov \\uDE00\\uD83D\""}};

    // ---- factories

    @Test
    void of_name_isNamedPersonWithNothingElse() {
        Person person = Person.of("Igor Ivanov");
        assertEquals(new Person("Igor Ivanov", null, null, null, null, null, null, List.of()), person);
    }

    @Test
    void unnamed_description_hasNoNameButTheDescription() {
        Person source = Person.unnamed("a senior NATO official");
        assertNull(source.name());
        assertEquals("a senior NATO official", source.description());
        assertEquals(List.of(), source.sameAs());
    }

    @Test
    void new_everythingAbsentButSameAs_isAllowedForADraft() {
        Person draft = new Person(null, null, null, null, null, null, null, List.of());
        assertNull(draft.name());
        assertNull(draft.url());
    }

    // ---- null parameters

    @Test
    void of_nullName_throwsNamingName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Person.of(null));
        assertEquals("name", e.getMessage());
    }

    @Test
    void unnamed_nullDescription_throwsNamingDescription() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Person.unnamed(null));
        assertEquals("description", e.getMessage());
    }

    @Test
    void new_nullSameAs_throwsNamingSameAs() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Person("Igor Ivanov", null, null, null, null, null, null, null));
        assertEquals("sameAs", e.getMessage());
    }

    @Test
    void new_nullSameAsElement_throwsNamingIndex() {
        List<URI> sameAs = Arrays.asList(WIKI, null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Person("Igor Ivanov", null, null, null, null, null, null, sameAs));
        assertEquals("sameAs[1]", e.getMessage());
    }

    @Test
    void withSameAs_nullElement_throwsNamingIndex() {
        List<URI> sameAs = Arrays.asList(null, WIKI);
        NullPointerException e = assertThrows(NullPointerException.class, () -> IVANOV.withSameAs(sameAs));
        assertEquals("sameAs[0]", e.getMessage());
    }

    // ---- URLs

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/people/igor-ivanov", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/people/igor-ivanov", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:ivanov@example.com", "must be an absolute http or https URL"),
                arguments("no host", "https:///people/igor-ivanov", "must name a host"));
    }

    static Stream<Arguments> badUrlInUrlField() {
        List<Object[]> fields = List.of(
                new Object[] {"url", (Function<URI, Person>) IVANOV::withUrl},
                new Object[] {"sameAs[1]", (Function<URI, Person>) uri -> IVANOV.withSameAs(List.of(WIKI, uri))},
                new Object[] {"sameAs[0]", (Function<URI, Person>) uri ->
                        new Person("Igor Ivanov", null, null, null, null, null, null, List.of(uri))});
        return fields.stream().flatMap(field -> badUrls().map(bad -> arguments(
                field[0], bad.get()[0], bad.get()[1], bad.get()[2], field[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUrlInUrlField")
    void new_badUrl_throwsNamingFieldAndQuotingValue(String field, String kind, String url, String reason,
            Function<URI, Person> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(URI.create(url)));
        assertEquals(field + " " + reason + ": \"" + url + "\"", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> textFields() {
        return Stream.of(
                arguments("name", (Function<String, Person>) IVANOV::withName, (Function<Person, String>) Person::name),
                arguments("description", (Function<String, Person>) IVANOV::withDescription,
                        (Function<Person, String>) Person::description),
                arguments("jobTitle", (Function<String, Person>) IVANOV::withJobTitle,
                        (Function<Person, String>) Person::jobTitle),
                arguments("honorificPrefix", (Function<String, Person>) IVANOV::withHonorificPrefix,
                        (Function<Person, String>) Person::honorificPrefix),
                arguments("honorificSuffix", (Function<String, Person>) IVANOV::withHonorificSuffix,
                        (Function<Person, String>) Person::honorificSuffix));
    }

    static Stream<Arguments> unpairedSurrogateInTextField() {
        return textFields().flatMap(field -> Arrays.stream(UNPAIRED).map(bad -> arguments(
                field.get()[0], bad[0], bad[1], bad[2], field.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unpairedSurrogateInTextField")
    void new_unpairedSurrogateInText_throwsNamingFieldAndQuotingValue(String field, String kind, String bad,
            String quoted, Function<String, Person> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
        assertTrue(e.getMessage().startsWith(field + " is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void new_supplementaryCharactersInText_areKept(String field, Function<String, Person> make,
            Function<Person, String> get) {
        String text = "Ivanov \uD83C\uDDF7\uD83C\uDDFA \uD83D\uDE00";
        assertEquals(text, get.apply(make.apply(text)));
    }

    // ---- immutability

    @Test
    void new_sameAsChangedAfterwards_personUnchanged() {
        List<URI> sameAs = new ArrayList<>(List.of(WIKI));
        Person person = new Person("Igor Ivanov", null, null, null, null, null, null, sameAs);
        sameAs.add(PROFILE);
        sameAs.set(0, PAGE);
        assertEquals(List.of(WIKI), person.sameAs());
    }

    @Test
    void withSameAs_listChangedAfterwards_personUnchanged() {
        List<URI> sameAs = new ArrayList<>(List.of(PROFILE));
        Person person = IVANOV.withSameAs(sameAs);
        sameAs.clear();
        assertEquals(List.of(PROFILE), person.sameAs());
    }

    @Test
    void sameAs_returned_rejectsAddAndSet() {
        Person person = new Person("Igor Ivanov", null, null, null, null, null, null, new ArrayList<>(List.of(WIKI)));
        List<URI> sameAs = person.sameAs();
        assertThrows(UnsupportedOperationException.class, () -> sameAs.add(PROFILE));
        assertThrows(UnsupportedOperationException.class, () -> sameAs.set(0, PROFILE));
    }

    // ---- withX

    static Stream<Arguments> withers() {
        Organization nato = Organization.of("NATO");
        URI other = URI.create("https://example.com/people/ivanov");
        return Stream.of(
                arguments("withName", IVANOV.withName("I. Ivanov"), new Person("I. Ivanov", "Russian foreign minister",
                        "Foreign Minister", "Dr.", "PhD", GOVERNMENT, PAGE, List.of(WIKI, PROFILE))),
                arguments("withDescription", IVANOV.withDescription("a minister"), new Person("Igor Ivanov",
                        "a minister", "Foreign Minister", "Dr.", "PhD", GOVERNMENT, PAGE, List.of(WIKI, PROFILE))),
                arguments("withJobTitle", IVANOV.withJobTitle("Minister"), new Person("Igor Ivanov",
                        "Russian foreign minister", "Minister", "Dr.", "PhD", GOVERNMENT, PAGE, List.of(WIKI, PROFILE))),
                arguments("withHonorificPrefix", IVANOV.withHonorificPrefix("Prof."), new Person("Igor Ivanov",
                        "Russian foreign minister", "Foreign Minister", "Prof.", "PhD", GOVERNMENT, PAGE,
                        List.of(WIKI, PROFILE))),
                arguments("withHonorificSuffix", IVANOV.withHonorificSuffix(null), new Person("Igor Ivanov",
                        "Russian foreign minister", "Foreign Minister", "Dr.", null, GOVERNMENT, PAGE,
                        List.of(WIKI, PROFILE))),
                arguments("withAffiliation", IVANOV.withAffiliation(nato), new Person("Igor Ivanov",
                        "Russian foreign minister", "Foreign Minister", "Dr.", "PhD", nato, PAGE, List.of(WIKI, PROFILE))),
                arguments("withUrl", IVANOV.withUrl(other), new Person("Igor Ivanov", "Russian foreign minister",
                        "Foreign Minister", "Dr.", "PhD", GOVERNMENT, other, List.of(WIKI, PROFILE))),
                arguments("withSameAs", IVANOV.withSameAs(List.of()), new Person("Igor Ivanov",
                        "Russian foreign minister", "Foreign Minister", "Dr.", "PhD", GOVERNMENT, PAGE, List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Person actual, Person expected) {
        assertEquals(expected, actual);
        assertEquals("Igor Ivanov", IVANOV.name(), "the original is unchanged");
        assertEquals(List.of(WIKI, PROFILE), IVANOV.sameAs(), "the original is unchanged");
    }

    @Test
    void withUrl_relative_throwsNamingUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IVANOV.withUrl(URI.create("/people/igor-ivanov")));
        assertTrue(e.getMessage().startsWith("url "), e.getMessage());
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Person copy = new Person("Igor Ivanov", "Russian foreign minister", "Foreign Minister", "Dr.", "PhD",
                Organization.of("Russian Foreign Ministry"), URI.create("https://example.com/people/igor-ivanov"),
                new ArrayList<>(List.of(WIKI, PROFILE)));
        assertEquals(IVANOV, copy);
        assertEquals(IVANOV.hashCode(), copy.hashCode());
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        assertNotEquals(IVANOV, IVANOV.withJobTitle("Prime Minister"));
        assertNotEquals(IVANOV, IVANOV.withSameAs(List.of(PROFILE, WIKI)), "sameAs order matters");
        assertNotEquals(Person.of("NATO"), Organization.of("NATO"));
    }

    @Test
    void toString_containsFieldValues() {
        String text = IVANOV.toString();
        assertTrue(text.contains("Igor Ivanov"), text);
        assertTrue(text.contains("Russian foreign minister"), text);
        assertTrue(text.contains("Foreign Minister"), text);
        assertTrue(text.contains("Russian Foreign Ministry"), text);
        assertTrue(text.contains(PAGE.toString()), text);
        assertTrue(text.contains(WIKI.toString()), text);
    }
}
