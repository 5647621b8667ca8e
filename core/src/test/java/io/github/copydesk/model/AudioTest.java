package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AudioTest {

    private static final URI URL = URI.create("https://example.com/audio/ivanov-news-conference.mp3");
    private static final Duration RUNTIME = Duration.ofMinutes(4).plusSeconds(12);
    private static final Rights RIGHTS = Rights.NONE.withCopyrightHolder(Organization.newsMedia("AP"));

    private static final Audio CLIP = new Audio(URL, "Ivanov speaks to reporters in Madrid", "AP Radio",
            "Recording of a news conference", "Ivanov answers four questions in Russian with an interpreter", RIGHTS,
            "Ivanov news conference", RUNTIME, "IVANOV: Cooperation with NATO may take many forms.\n\tThank you.");

    private static final String[][] UNPAIRED = {
            {"high surrogate alone", "Ivanov \uD83D", "\"Ivanov \\uD83D\""},
            {"low surrogate alone", "Ivanov \uDE00", "\"Ivanov \\uDE00\""},
            {"reversed pair", "Ivanov \uDE00\uD83D", "\"Ivanov \\uDE00\\uD83D\""}};

    // ---- factory

    @Test
    void of_url_isAudioWithNothingElse() {
        assertEquals(new Audio(URL, null, null, null, null, Rights.NONE, null, null, null), Audio.of(URL));
    }

    @Test
    void new_urlAbsent_isAllowedForADraft() {
        assertNull(new Audio(null, null, null, null, null, Rights.NONE, null, null, null).url());
    }

    @Test
    void audio_isMedia() {
        Media media = CLIP;
        assertEquals(URL, media.url());
        assertEquals("Recording of a news conference", media.altText());
        assertEquals(RIGHTS, media.rights());
    }

    // ---- null parameters

    @Test
    void of_nullUrl_throwsNamingUrl() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Audio.of(null));
        assertEquals("url", e.getMessage());
    }

    @Test
    void new_nullRights_throwsNamingRights() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Audio(URL, null, null, null, null, null, null, null, null));
        assertEquals("rights", e.getMessage());
    }

    @Test
    void withRights_null_throwsNamingRights() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> CLIP.withRights(null));
        assertEquals("rights", e.getMessage());
    }

    // ---- URL

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/audio/ivanov.mp3", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/audio/ivanov.mp3", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:radio@example.com", "must be an absolute http or https URL"),
                arguments("no host", "https:///audio/ivanov.mp3", "must name a host"));
    }

    static Stream<Arguments> badUrlInUrlField() {
        List<Object[]> fields = List.of(
                new Object[] {"of", (Function<URI, Audio>) Audio::of},
                new Object[] {"withUrl", (Function<URI, Audio>) CLIP::withUrl});
        return fields.stream().flatMap(field -> badUrls().map(bad -> arguments(
                field[0], bad.get()[0], bad.get()[1], bad.get()[2], field[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUrlInUrlField")
    void url_bad_throwsNamingUrlAndQuotingValue(String via, String kind, String url, String reason,
            Function<URI, Audio> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(URI.create(url)));
        assertEquals("url " + reason + ": \"" + url + "\"", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> textFields() {
        return Stream.of(
                arguments("caption", (Function<String, Audio>) CLIP::withCaption, (Function<Audio, String>) Audio::caption),
                arguments("credit", (Function<String, Audio>) CLIP::withCredit, (Function<Audio, String>) Audio::credit),
                arguments("altText", (Function<String, Audio>) CLIP::withAltText, (Function<Audio, String>) Audio::altText),
                arguments("extendedDescription", (Function<String, Audio>) CLIP::withExtendedDescription,
                        (Function<Audio, String>) Audio::extendedDescription),
                arguments("name", (Function<String, Audio>) CLIP::withName, (Function<Audio, String>) Audio::name),
                arguments("transcript", (Function<String, Audio>) CLIP::withTranscript,
                        (Function<Audio, String>) Audio::transcript));
    }

    static Stream<Arguments> unpairedSurrogateInTextField() {
        return textFields().flatMap(field -> Arrays.stream(UNPAIRED).map(bad -> arguments(
                field.get()[0], bad[0], bad[1], bad[2], field.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unpairedSurrogateInTextField")
    void new_unpairedSurrogateInText_throwsNamingFieldAndQuotingValue(String field, String kind, String bad,
            String quoted, Function<String, Audio> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
        assertTrue(e.getMessage().startsWith(field + " is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void new_supplementaryCharactersInText_areKept(String field, Function<String, Audio> make,
            Function<Audio, String> get) {
        String text = "Ivanov \uD83C\uDF99\uFE0F Madrid \uD83D\uDD0A";
        assertEquals(text, get.apply(make.apply(text)));
    }

    // ---- duration

    static Stream<Arguments> nonPositiveDurations() {
        return Stream.of(
                arguments(Duration.ZERO, "PT0S"),
                arguments(Duration.ofMillis(-1), "PT-0.001S"),
                arguments(Duration.ofMinutes(-4), "PT-4M"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("nonPositiveDurations")
    void withDuration_notPositive_throwsNamingDurationAndValue(Duration duration, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLIP.withDuration(duration));
        assertEquals("duration must be positive: " + text, e.getMessage());
    }

    @Test
    void new_zeroDuration_throwsNamingDuration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Audio(URL, null, null, null, null, Rights.NONE, null, Duration.ZERO, null));
        assertEquals("duration must be positive: PT0S", e.getMessage());
    }

    // ---- withX

    static Stream<Arguments> withers() {
        URI other = URI.create("https://example.org/other.ogg");
        String caption = "Ivanov speaks to reporters in Madrid";
        String alt = "Recording of a news conference";
        String ext = "Ivanov answers four questions in Russian with an interpreter";
        String name = "Ivanov news conference";
        String transcript = "IVANOV: Cooperation with NATO may take many forms.\n\tThank you.";
        return Stream.of(
                arguments("withUrl", CLIP.withUrl(other), new Audio(other, caption, "AP Radio", alt, ext, RIGHTS, name,
                        RUNTIME, transcript)),
                arguments("withCaption", CLIP.withCaption("x"), new Audio(URL, "x", "AP Radio", alt, ext, RIGHTS, name,
                        RUNTIME, transcript)),
                arguments("withCredit", CLIP.withCredit("AP"), new Audio(URL, caption, "AP", alt, ext, RIGHTS, name,
                        RUNTIME, transcript)),
                arguments("withAltText", CLIP.withAltText("x"), new Audio(URL, caption, "AP Radio", "x", ext, RIGHTS,
                        name, RUNTIME, transcript)),
                arguments("withExtendedDescription", CLIP.withExtendedDescription("x"), new Audio(URL, caption,
                        "AP Radio", alt, "x", RIGHTS, name, RUNTIME, transcript)),
                arguments("withRights", CLIP.withRights(Rights.NONE), new Audio(URL, caption, "AP Radio", alt, ext,
                        Rights.NONE, name, RUNTIME, transcript)),
                arguments("withName", CLIP.withName(null), new Audio(URL, caption, "AP Radio", alt, ext, RIGHTS, null,
                        RUNTIME, transcript)),
                arguments("withDuration", CLIP.withDuration(Duration.ofSeconds(1)), new Audio(URL, caption, "AP Radio",
                        alt, ext, RIGHTS, name, Duration.ofSeconds(1), transcript)),
                arguments("withTranscript", CLIP.withTranscript("x"), new Audio(URL, caption, "AP Radio", alt, ext,
                        RIGHTS, name, RUNTIME, "x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Audio actual, Audio expected) {
        assertEquals(expected, actual);
        assertEquals("Ivanov news conference", CLIP.name(), "the original is unchanged");
        assertEquals(RUNTIME, CLIP.duration(), "the original is unchanged");
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Audio copy = Audio.of(URL).withCaption("Ivanov speaks to reporters in Madrid").withCredit("AP Radio")
                .withAltText("Recording of a news conference")
                .withExtendedDescription("Ivanov answers four questions in Russian with an interpreter")
                .withRights(RIGHTS).withName("Ivanov news conference").withDuration(Duration.ofSeconds(252))
                .withTranscript("IVANOV: Cooperation with NATO may take many forms.\n\tThank you.");
        assertEquals(CLIP, copy);
        assertEquals(CLIP.hashCode(), copy.hashCode());
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        assertNotEquals(CLIP, CLIP.withName("Ivanov"));
        assertNotEquals(CLIP, CLIP.withRights(Rights.NONE));
    }

    @Test
    void toString_containsFieldValues() {
        String text = CLIP.toString();
        assertTrue(text.contains(URL.toString()), text);
        assertTrue(text.contains("Ivanov speaks to reporters in Madrid"), text);
        assertTrue(text.contains("AP Radio"), text);
        assertTrue(text.contains("Ivanov news conference"), text);
        assertTrue(text.contains("PT4M12S"), text);
        assertTrue(text.contains("Cooperation with NATO"), text);
    }
}
