package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteTest {

    private static final Person IVANOV = Person.of("Igor Ivanov").withJobTitle("Foreign Minister");
    private static final Person ROBERTSON = Person.of("Lord Robertson").withJobTitle("Secretary-General")
            .withAffiliation(Organization.of("NATO"));
    private static final String COOPERATION = "Cooperation with NATO may take many forms, but not direct military participation";

    private static final Quote QUOTE = new Quote(COOPERATION, IVANOV, false, "told a news conference");

    private static final String[][] UNPAIRED = {
            {"high surrogate alone", "NATO \uD83D", "\"NATO \\uD83D\""},
            {"low surrogate alone", "NATO \uDE00", "\"NATO \\uDE00\""},
            {"reversed pair", "NATO \uDE00\uD83D", "\"NATO \\uDE00\\uD83D\""}};

    // ---- factories

    @Test
    void of_textAndSpeaker_isFullQuoteWithoutAttribution() {
        Quote quote = Quote.of(COOPERATION, IVANOV);
        assertEquals(COOPERATION, quote.text());
        assertEquals(IVANOV, quote.speaker());
        assertFalse(quote.partial());
        assertNull(quote.attribution());
    }

    @Test
    void partial_textAndSpeaker_isPartialQuote() {
        Quote quote = Quote.partial("military restraint", IVANOV);
        assertEquals("military restraint", quote.text());
        assertEquals(IVANOV, quote.speaker());
        assertTrue(quote.partial());
    }

    @Test
    void of_unnamedSourceOrOrganization_isSpeaker() {
        Person official = Person.unnamed("a senior NATO official");
        assertEquals(official, Quote.of("We are ready", official).speaker());
        Organization nato = Organization.of("NATO");
        assertEquals(nato, Quote.of("We are ready", nato).speaker());
    }

    @Test
    void new_textAndSpeakerAbsent_isAllowedForADraft() {
        Quote draft = new Quote(null, null, false, null);
        assertNull(draft.text());
        assertNull(draft.speaker());
    }

    // ---- null parameters

    @Test
    void of_nullText_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Quote.of(null, IVANOV));
        assertEquals("text", e.getMessage());
    }

    @Test
    void of_nullSpeaker_throwsNamingSpeaker() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Quote.of(COOPERATION, null));
        assertEquals("speaker", e.getMessage());
    }

    @Test
    void partial_nullText_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Quote.partial(null, IVANOV));
        assertEquals("text", e.getMessage());
    }

    @Test
    void partial_nullSpeaker_throwsNamingSpeaker() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Quote.partial("military restraint", null));
        assertEquals("speaker", e.getMessage());
    }

    @Test
    void unquote_null_throwsNamingQuoted() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Quote.unquote(null));
        assertEquals("quoted", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> textFields() {
        return Stream.of(
                arguments("text", (Function<String, Quote>) QUOTE::withText, (Function<Quote, String>) Quote::text),
                arguments("attribution", (Function<String, Quote>) QUOTE::withAttribution,
                        (Function<Quote, String>) Quote::attribution),
                arguments("text", (Function<String, Quote>) s -> Quote.of(s, IVANOV), (Function<Quote, String>) Quote::text),
                arguments("text", (Function<String, Quote>) s -> Quote.partial(s, IVANOV),
                        (Function<Quote, String>) Quote::text));
    }

    static Stream<Arguments> unpairedSurrogateInTextField() {
        return textFields().flatMap(field -> Arrays.stream(UNPAIRED).map(bad -> arguments(
                field.get()[0], bad[0], bad[1], bad[2], field.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unpairedSurrogateInTextField")
    void new_unpairedSurrogateInText_throwsNamingFieldAndQuotingValue(String field, String kind, String bad,
            String quoted, Function<String, Quote> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
        assertTrue(e.getMessage().startsWith(field + " is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void new_supplementaryCharactersInText_areKept(String field, Function<String, Quote> make,
            Function<Quote, String> get) {
        String text = "We agree \uD83E\uDD1D with \uD83C\uDDF7\uD83C\uDDFA";
        assertEquals(text, get.apply(make.apply(text)));
    }

    // ---- unquote

    static Stream<Arguments> quotations() {
        return Stream.of(
                arguments("straight, attribution comma", "\"" + COOPERATION + ",\"", COOPERATION),
                arguments("typographic, attribution comma",
                        "\u201CIn today's world the NATO allies and Russia need each other more than ever,\u201D",
                        "In today's world the NATO allies and Russia need each other more than ever"),
                arguments("straight, no comma", "\"military restraint\"", "military restraint"),
                arguments("typographic, no comma", "\u201Cmilitary restraint\u201D", "military restraint"),
                arguments("German low-high", "\u201EZusammenarbeit mit der NATO\u201C", "Zusammenarbeit mit der NATO"),
                arguments("guillemets", "\u00ABLa coop\u00E9ration avec l'OTAN\u00BB", "La coop\u00E9ration avec l'OTAN"),
                arguments("guillemets with inner spaces", "\u00AB Bonjour, \u00BB", "Bonjour"),
                arguments("single typographic", "\u2018goodwill shown by Russia\u2019", "goodwill shown by Russia"),
                arguments("single straight", "'goodwill'", "goodwill"),
                arguments("surrounding white space", "  \"military restraint,\"\n", "military restraint"),
                arguments("space before the comma", "\"military restraint ,\"", "military restraint"),
                arguments("inner straight single quotes kept", "\"He called it 'military restraint',\"",
                        "He called it 'military restraint'"),
                arguments("inner typographic quotes kept", "\u201CHe said \u2018no\u2019 to NATO,\u201D",
                        "He said \u2018no\u2019 to NATO"),
                arguments("inner straight double quotes kept", "\"The \"goodwill\" is real\"", "The \"goodwill\" is real"),
                arguments("inner comma kept", "\"Yes, we will\"", "Yes, we will"),
                arguments("question mark kept", "\"Why now?\"", "Why now?"),
                arguments("only one trailing comma removed", "\"and so,,\"", "and so,"),
                arguments("empty quotation", "\"\"", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotations")
    void unquote_quotation_givesTheWords(String kind, String quoted, String words) {
        assertEquals(words, Quote.unquote(quoted));
    }

    static Stream<Arguments> notQuotations() {
        return Stream.of(
                arguments("no marks", "Cooperation with NATO", "\"Cooperation with NATO\""),
                arguments("no closing mark", "\"Cooperation with NATO,", "\"\"Cooperation with NATO,\""),
                arguments("no opening mark", "Cooperation with NATO,\"", "\"Cooperation with NATO,\"\""),
                arguments("comma after the closing mark", "\"Cooperation with NATO\",", "\"\"Cooperation with NATO\",\""),
                arguments("a lone mark", "\"", "\"\"\""),
                arguments("empty", "", "\"\""),
                arguments("blank", "   ", "\"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notQuotations")
    void unquote_notEnclosedInQuotationMarks_throwsQuotingInput(String kind, String input, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quote.unquote(input));
        assertEquals("quoted must be enclosed in quotation marks: " + quoted, e.getMessage());
    }

    @Test
    void unquote_stringBuilder_isRead() {
        assertEquals("military restraint", Quote.unquote(new StringBuilder("\"military restraint\"")));
    }

    // ---- withX

    static Stream<Arguments> withers() {
        return Stream.of(
                arguments("withText", QUOTE.withText("Cooperation with NATO may take many forms"),
                        new Quote("Cooperation with NATO may take many forms", IVANOV, false, "told a news conference")),
                arguments("withSpeaker", QUOTE.withSpeaker(ROBERTSON),
                        new Quote(COOPERATION, ROBERTSON, false, "told a news conference")),
                arguments("withSpeaker(null)", QUOTE.withSpeaker(null),
                        new Quote(COOPERATION, null, false, "told a news conference")),
                arguments("withPartial", QUOTE.withPartial(true),
                        new Quote(COOPERATION, IVANOV, true, "told a news conference")),
                arguments("withAttribution", QUOTE.withAttribution("said"), new Quote(COOPERATION, IVANOV, false, "said")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Quote actual, Quote expected) {
        assertEquals(expected, actual);
        assertEquals(new Quote(COOPERATION, IVANOV, false, "told a news conference"), QUOTE, "the original is unchanged");
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Quote copy = new Quote(COOPERATION, Person.of("Igor Ivanov").withJobTitle("Foreign Minister"), false,
                "told a news conference");
        assertEquals(QUOTE, copy);
        assertEquals(QUOTE.hashCode(), copy.hashCode());
    }

    @Test
    void equals_partialFlagOrSpeakerDifferent_notEqual() {
        assertNotEquals(Quote.of("military restraint", IVANOV), Quote.partial("military restraint", IVANOV));
        assertNotEquals(Quote.of("military restraint", IVANOV), Quote.of("military restraint", ROBERTSON));
    }

    @Test
    void toString_containsFieldValues() {
        String text = QUOTE.toString();
        assertTrue(text.contains(COOPERATION), text);
        assertTrue(text.contains("Igor Ivanov"), text);
        assertTrue(text.contains("partial=false"), text);
        assertTrue(text.contains("told a news conference"), text);
    }

    @Test
    void of_seedStorySpeaker_keepsJobTitleAndAffiliation() {
        Quote quote = Quote.of("In today's world the NATO allies and Russia need each other more than ever", ROBERTSON)
                .withAttribution("said");
        Person speaker = (Person) quote.speaker();
        assertEquals("Lord Robertson", speaker.name());
        assertEquals("Secretary-General", speaker.jobTitle());
        assertEquals(Organization.of("NATO"), speaker.affiliation());
        assertEquals("said", quote.attribution());
    }
}
