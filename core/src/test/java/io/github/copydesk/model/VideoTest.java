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

class VideoTest {

    private static final URI URL = URI.create("https://example.com/video/nato-madrid.mp4");
    private static final URI THUMBNAIL = URI.create("https://example.com/video/nato-madrid.jpg");
    private static final URI EMBED = URI.create("https://example.com/embed/nato-madrid");
    private static final NewsDate UPLOADED = NewsDate.parse("2016-07-27T14:05:00+02:00");
    private static final Duration RUNTIME = Duration.ofSeconds(95);
    private static final Rights RIGHTS = Rights.NONE.withCopyrightNotice("\u00A9 2016 AP");

    private static final Video CLIP = new Video(URL, "NATO ministers meet in Madrid", "AP", "Ministers at a table",
            "Foreign ministers seated around a round table", RIGHTS, "NATO meets Russia in Madrid", THUMBNAIL, UPLOADED,
            RUNTIME, EMBED, "IVANOV: Cooperation with NATO may take many forms.\nROBERTSON: Thank you.");

    private static final String[][] UNPAIRED = {
            {"high surrogate alone", "Madrid \uD83D", "\"Madrid \\uD83D\""},
            {"low surrogate alone", "Madrid \uDE00", "\"Madrid \\uDE00\""},
            {"reversed pair", "Madrid \uDE00\uD83D", "\"Madrid \\uDE00\\uD83D\""}};

    // ---- factory

    @Test
    void of_urlAndName_isVideoWithNothingElse() {
        assertEquals(new Video(URL, null, null, null, null, Rights.NONE, "NATO meets Russia in Madrid", null, null, null,
                null, null), Video.of(URL, "NATO meets Russia in Madrid"));
    }

    @Test
    void new_urlAndNameAbsent_isAllowedForADraft() {
        Video draft = new Video(null, null, null, null, null, Rights.NONE, null, null, null, null, null, null);
        assertNull(draft.url());
        assertNull(draft.name());
    }

    @Test
    void video_isMedia() {
        Media media = CLIP;
        assertEquals(URL, media.url());
        assertEquals("NATO ministers meet in Madrid", media.caption());
        assertEquals(RIGHTS, media.rights());
    }

    // ---- null parameters

    @Test
    void of_nullUrl_throwsNamingUrl() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Video.of(null, "NATO"));
        assertEquals("url", e.getMessage());
    }

    @Test
    void of_nullName_throwsNamingName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Video.of(URL, null));
        assertEquals("name", e.getMessage());
    }

    @Test
    void new_nullRights_throwsNamingRights() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Video(URL, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals("rights", e.getMessage());
    }

    @Test
    void withRights_null_throwsNamingRights() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> CLIP.withRights(null));
        assertEquals("rights", e.getMessage());
    }

    // ---- URLs

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/video/nato-madrid.mp4", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/video/nato-madrid.mp4", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:video@example.com", "must be an absolute http or https URL"),
                arguments("no host", "https:///video/nato-madrid.mp4", "must name a host"));
    }

    static Stream<Arguments> badUrlInUrlField() {
        List<Object[]> fields = List.of(
                new Object[] {"url", (Function<URI, Video>) CLIP::withUrl},
                new Object[] {"url", (Function<URI, Video>) uri -> Video.of(uri, "NATO")},
                new Object[] {"thumbnail", (Function<URI, Video>) CLIP::withThumbnail},
                new Object[] {"embedUrl", (Function<URI, Video>) CLIP::withEmbedUrl});
        return fields.stream().flatMap(field -> badUrls().map(bad -> arguments(
                field[0], bad.get()[0], bad.get()[1], bad.get()[2], field[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUrlInUrlField")
    void new_badUrl_throwsNamingFieldAndQuotingValue(String field, String kind, String url, String reason,
            Function<URI, Video> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(URI.create(url)));
        assertEquals(field + " " + reason + ": \"" + url + "\"", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> textFields() {
        return Stream.of(
                arguments("caption", (Function<String, Video>) CLIP::withCaption, (Function<Video, String>) Video::caption),
                arguments("credit", (Function<String, Video>) CLIP::withCredit, (Function<Video, String>) Video::credit),
                arguments("altText", (Function<String, Video>) CLIP::withAltText, (Function<Video, String>) Video::altText),
                arguments("extendedDescription", (Function<String, Video>) CLIP::withExtendedDescription,
                        (Function<Video, String>) Video::extendedDescription),
                arguments("name", (Function<String, Video>) CLIP::withName, (Function<Video, String>) Video::name),
                arguments("name", (Function<String, Video>) s -> Video.of(URL, s), (Function<Video, String>) Video::name),
                arguments("transcript", (Function<String, Video>) CLIP::withTranscript,
                        (Function<Video, String>) Video::transcript));
    }

    static Stream<Arguments> unpairedSurrogateInTextField() {
        return textFields().flatMap(field -> Arrays.stream(UNPAIRED).map(bad -> arguments(
                field.get()[0], bad[0], bad[1], bad[2], field.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unpairedSurrogateInTextField")
    void new_unpairedSurrogateInText_throwsNamingFieldAndQuotingValue(String field, String kind, String bad,
            String quoted, Function<String, Video> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
        assertTrue(e.getMessage().startsWith(field + " is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void new_supplementaryCharactersInText_areKept(String field, Function<String, Video> make,
            Function<Video, String> get) {
        String text = "NATO \uD83C\uDDEA\uD83C\uDDF8 Madrid \uD83C\uDFA5";
        assertEquals(text, get.apply(make.apply(text)));
    }

    // ---- duration

    static Stream<Arguments> nonPositiveDurations() {
        return Stream.of(
                arguments(Duration.ZERO, "PT0S"),
                arguments(Duration.ofNanos(-1), "PT-0.000000001S"),
                arguments(Duration.ofSeconds(-95), "PT-1M-35S"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("nonPositiveDurations")
    void withDuration_notPositive_throwsNamingDurationAndValue(Duration duration, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CLIP.withDuration(duration));
        assertEquals("duration must be positive: " + text, e.getMessage());
    }

    @Test
    void withDuration_oneNanosecondOrUnknown_isAccepted() {
        assertEquals(Duration.ofNanos(1), CLIP.withDuration(Duration.ofNanos(1)).duration());
        assertNull(CLIP.withDuration(null).duration());
    }

    // ---- withX

    static Stream<Arguments> withers() {
        URI other = URI.create("https://example.org/other");
        NewsDate otherDate = NewsDate.parse("2016-07-28");
        Duration otherDuration = Duration.ofMinutes(2);
        String caption = "NATO ministers meet in Madrid";
        String alt = "Ministers at a table";
        String ext = "Foreign ministers seated around a round table";
        String name = "NATO meets Russia in Madrid";
        String transcript = "IVANOV: Cooperation with NATO may take many forms.\nROBERTSON: Thank you.";
        return Stream.of(
                arguments("withUrl", CLIP.withUrl(other), new Video(other, caption, "AP", alt, ext, RIGHTS, name,
                        THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withCaption", CLIP.withCaption("x"), new Video(URL, "x", "AP", alt, ext, RIGHTS, name,
                        THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withCredit", CLIP.withCredit("AP Video"), new Video(URL, caption, "AP Video", alt, ext, RIGHTS,
                        name, THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withAltText", CLIP.withAltText("x"), new Video(URL, caption, "AP", "x", ext, RIGHTS, name,
                        THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withExtendedDescription", CLIP.withExtendedDescription("x"), new Video(URL, caption, "AP",
                        alt, "x", RIGHTS, name, THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withRights", CLIP.withRights(Rights.NONE), new Video(URL, caption, "AP", alt, ext,
                        Rights.NONE, name, THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withName", CLIP.withName("x"), new Video(URL, caption, "AP", alt, ext, RIGHTS, "x",
                        THUMBNAIL, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withThumbnail", CLIP.withThumbnail(other), new Video(URL, caption, "AP", alt, ext, RIGHTS,
                        name, other, UPLOADED, RUNTIME, EMBED, transcript)),
                arguments("withUploadDate", CLIP.withUploadDate(otherDate), new Video(URL, caption, "AP", alt, ext,
                        RIGHTS, name, THUMBNAIL, otherDate, RUNTIME, EMBED, transcript)),
                arguments("withDuration", CLIP.withDuration(otherDuration), new Video(URL, caption, "AP", alt, ext,
                        RIGHTS, name, THUMBNAIL, UPLOADED, otherDuration, EMBED, transcript)),
                arguments("withEmbedUrl", CLIP.withEmbedUrl(other), new Video(URL, caption, "AP", alt, ext, RIGHTS,
                        name, THUMBNAIL, UPLOADED, RUNTIME, other, transcript)),
                arguments("withTranscript", CLIP.withTranscript(null), new Video(URL, caption, "AP", alt, ext, RIGHTS,
                        name, THUMBNAIL, UPLOADED, RUNTIME, EMBED, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Video actual, Video expected) {
        assertEquals(expected, actual);
        assertEquals("NATO meets Russia in Madrid", CLIP.name(), "the original is unchanged");
        assertEquals(URL, CLIP.url(), "the original is unchanged");
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Video copy = Video.of(URL, "NATO meets Russia in Madrid").withCaption("NATO ministers meet in Madrid")
                .withCredit("AP").withAltText("Ministers at a table")
                .withExtendedDescription("Foreign ministers seated around a round table").withRights(RIGHTS)
                .withThumbnail(THUMBNAIL).withUploadDate(NewsDate.parse("2016-07-27T14:05:00+02:00"))
                .withDuration(Duration.ofSeconds(95)).withEmbedUrl(EMBED)
                .withTranscript("IVANOV: Cooperation with NATO may take many forms.\nROBERTSON: Thank you.");
        assertEquals(CLIP, copy);
        assertEquals(CLIP.hashCode(), copy.hashCode());
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        assertNotEquals(CLIP, CLIP.withDuration(Duration.ofSeconds(96)));
        assertNotEquals(CLIP, CLIP.withUploadDate(NewsDate.parse("2016-07-27")));
    }

    @Test
    void toString_containsFieldValues() {
        String text = CLIP.toString();
        assertTrue(text.contains(URL.toString()), text);
        assertTrue(text.contains("NATO meets Russia in Madrid"), text);
        assertTrue(text.contains(THUMBNAIL.toString()), text);
        assertTrue(text.contains("2016-07-27T14:05:00+02:00"), text);
        assertTrue(text.contains("PT1M35S"), text);
        assertTrue(text.contains(EMBED.toString()), text);
        assertTrue(text.contains("Cooperation with NATO"), text);
    }
}
