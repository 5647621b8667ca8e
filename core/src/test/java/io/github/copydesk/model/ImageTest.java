package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTest {

    private static final URI URL = URI.create("https://example.com/media/ivanov-robertson.jpg");
    private static final String CAPTION = "Ivanov and Robertson shaking hands at the NATO meeting in Madrid on Wednesday.";
    private static final Rights RIGHTS = new Rights(Person.of("Paul White"), Organization.newsMedia("AP"),
            "\u00A9 2016 AP", null, null, null);

    private static final Image PHOTO = new Image(URL, CAPTION, "AP", "Two men shaking hands",
            "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 1024, 683, "image/jpeg");

    private static final String[][] UNPAIRED = {
            {"high surrogate alone", "Madrid \uD83D", "\"Madrid \\uD83D\""},
            {"low surrogate alone", "Madrid \uDE00", "\"Madrid \\uDE00\""},
            {"reversed pair", "Madrid \uDE00\uD83D", "\"Madrid \\uDE00\\uD83D\""}};

    // ---- factories

    @Test
    void of_url_isImageWithNothingElse() {
        assertEquals(new Image(URL, null, null, null, null, Rights.NONE, null, null, null), Image.of(URL));
    }

    @Test
    void draft_hasNoUrlAndNoRights() {
        Image draft = Image.draft();
        assertNull(draft.url());
        assertEquals(Rights.NONE, draft.rights());
        assertNull(draft.width());
        assertNull(draft.format());
    }

    @Test
    void image_isMedia() {
        Media media = PHOTO;
        assertEquals(URL, media.url());
        assertEquals("AP", media.credit());
        assertEquals(RIGHTS, media.rights());
    }

    // ---- null parameters

    @Test
    void of_nullUrl_throwsNamingUrl() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Image.of(null));
        assertEquals("url", e.getMessage());
    }

    @Test
    void new_nullRights_throwsNamingRights() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Image(URL, null, null, null, null, null, null, null, null));
        assertEquals("rights", e.getMessage());
    }

    @Test
    void withRights_null_throwsNamingRights() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> PHOTO.withRights(null));
        assertEquals("rights", e.getMessage());
    }

    // ---- URL

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/media/ivanov-robertson.jpg", "must be an absolute http or https URL"),
                arguments("relative without slash", "ivanov-robertson.jpg", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/media/ivanov-robertson.jpg", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:photos@example.com", "must be an absolute http or https URL"),
                arguments("data", "data:image/png;base64,iVBORw0KGgo=", "must be an absolute http or https URL"),
                arguments("no host", "https:///media/ivanov-robertson.jpg", "must name a host"));
    }

    static Stream<Arguments> badUrlInUrlField() {
        List<Object[]> fields = List.of(
                new Object[] {"of", (Function<URI, Image>) Image::of},
                new Object[] {"withUrl", (Function<URI, Image>) PHOTO::withUrl},
                new Object[] {"new", (Function<URI, Image>) uri ->
                        new Image(uri, null, null, null, null, Rights.NONE, null, null, null)});
        return fields.stream().flatMap(field -> badUrls().map(bad -> arguments(
                field[0], bad.get()[0], bad.get()[1], bad.get()[2], field[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badUrlInUrlField")
    void url_bad_throwsNamingUrlAndQuotingValue(String via, String kind, String url, String reason,
            Function<URI, Image> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(URI.create(url)));
        assertEquals("url " + reason + ": \"" + url + "\"", e.getMessage());
    }

    // ---- text

    static Stream<Arguments> textFields() {
        return Stream.of(
                arguments("caption", (Function<String, Image>) PHOTO::withCaption, (Function<Image, String>) Image::caption),
                arguments("credit", (Function<String, Image>) PHOTO::withCredit, (Function<Image, String>) Image::credit),
                arguments("altText", (Function<String, Image>) PHOTO::withAltText, (Function<Image, String>) Image::altText),
                arguments("extendedDescription", (Function<String, Image>) PHOTO::withExtendedDescription,
                        (Function<Image, String>) Image::extendedDescription));
    }

    static Stream<Arguments> unpairedSurrogateInTextField() {
        return textFields().flatMap(field -> Arrays.stream(UNPAIRED).map(bad -> arguments(
                field.get()[0], bad[0], bad[1], bad[2], field.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unpairedSurrogateInTextField")
    void new_unpairedSurrogateInText_throwsNamingFieldAndQuotingValue(String field, String kind, String bad,
            String quoted, Function<String, Image> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
        assertTrue(e.getMessage().startsWith(field + " is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void new_supplementaryCharactersInText_areKept(String field, Function<String, Image> make,
            Function<Image, String> get) {
        String text = "Handshake \uD83E\uDD1D in Madrid \uD83C\uDDEA\uD83C\uDDF8";
        assertEquals(text, get.apply(make.apply(text)));
    }

    // ---- size

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void withSize_nonPositiveWidth_throwsNamingWidthAndValue(int width) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PHOTO.withSize(width, 683));
        assertEquals("width must be positive: " + width, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void withSize_nonPositiveHeight_throwsNamingHeightAndValue(int height) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PHOTO.withSize(1024, height));
        assertEquals("height must be positive: " + height, e.getMessage());
    }

    @Test
    void new_nonPositiveWidthOrHeight_throws() {
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> new Image(URL, null, null, null, null, Rights.NONE, 0, 683, null));
        assertEquals("width must be positive: 0", width.getMessage());
        IllegalArgumentException height = assertThrows(IllegalArgumentException.class,
                () -> new Image(URL, null, null, null, null, Rights.NONE, 1024, -683, null));
        assertEquals("height must be positive: -683", height.getMessage());
    }

    @Test
    void withSize_onePixel_isAccepted() {
        Image image = PHOTO.withSize(1, 1);
        assertEquals(1, image.width());
        assertEquals(1, image.height());
    }

    @Test
    void new_unknownSize_isAllowed() {
        Image image = new Image(URL, null, null, null, null, Rights.NONE, null, null, null);
        assertNull(image.width());
        assertNull(image.height());
    }

    // ---- format

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"image/jpeg", "image/png", "image/webp", "image/svg+xml", "image/vnd.microsoft.icon",
            "image/x-icon"})
    void withFormat_mediaType_isKept(String format) {
        assertEquals(format, PHOTO.withFormat(format).format());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"jpeg", "JPEG", "image/JPEG", "Image/jpeg", "image/", "/jpeg", "image//jpeg",
            "image/jpeg; charset=binary", "image jpeg", "image/jpeg\n", "", ".jpg"})
    void withFormat_notAMediaType_throwsNamingFormatAndQuotingValue(String format) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PHOTO.withFormat(format));
        assertTrue(e.getMessage().startsWith("format must be a lower-case media type"), e.getMessage());
        String quoted = "\"" + format.replace("\n", "\\u000A") + "\"";
        assertTrue(e.getMessage().endsWith(": " + quoted), e.getMessage());
    }

    // ---- withX

    static Stream<Arguments> withers() {
        URI otherUrl = URI.create("https://example.com/media/other.jpg");
        return Stream.of(
                arguments("withUrl", PHOTO.withUrl(otherUrl), new Image(otherUrl, CAPTION, "AP", "Two men shaking hands",
                        "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 1024, 683, "image/jpeg")),
                arguments("withUrl(null)", PHOTO.withUrl(null), new Image(null, CAPTION, "AP", "Two men shaking hands",
                        "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 1024, 683, "image/jpeg")),
                arguments("withCaption", PHOTO.withCaption("Ivanov and Robertson"), new Image(URL, "Ivanov and Robertson",
                        "AP", "Two men shaking hands", "Igor Ivanov, left, and Lord Robertson in front of NATO flags",
                        RIGHTS, 1024, 683, "image/jpeg")),
                arguments("withCredit", PHOTO.withCredit("AP Photo/Paul White"), new Image(URL, CAPTION,
                        "AP Photo/Paul White", "Two men shaking hands",
                        "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 1024, 683, "image/jpeg")),
                arguments("withAltText", PHOTO.withAltText("Handshake"), new Image(URL, CAPTION, "AP", "Handshake",
                        "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 1024, 683, "image/jpeg")),
                arguments("withExtendedDescription", PHOTO.withExtendedDescription(null), new Image(URL, CAPTION, "AP",
                        "Two men shaking hands", null, RIGHTS, 1024, 683, "image/jpeg")),
                arguments("withRights", PHOTO.withRights(Rights.NONE), new Image(URL, CAPTION, "AP",
                        "Two men shaking hands", "Igor Ivanov, left, and Lord Robertson in front of NATO flags",
                        Rights.NONE, 1024, 683, "image/jpeg")),
                arguments("withSize", PHOTO.withSize(800, 600), new Image(URL, CAPTION, "AP", "Two men shaking hands",
                        "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 800, 600, "image/jpeg")),
                arguments("withFormat", PHOTO.withFormat("image/webp"), new Image(URL, CAPTION, "AP",
                        "Two men shaking hands", "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS,
                        1024, 683, "image/webp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withers")
    void withX_changesOnlyThatField(String method, Image actual, Image expected) {
        assertEquals(expected, actual);
        assertEquals(new Image(URL, CAPTION, "AP", "Two men shaking hands",
                "Igor Ivanov, left, and Lord Robertson in front of NATO flags", RIGHTS, 1024, 683, "image/jpeg"), PHOTO,
                "the original is unchanged");
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Image copy = Image.of(URI.create("https://example.com/media/ivanov-robertson.jpg")).withCaption(CAPTION)
                .withCredit("AP").withAltText("Two men shaking hands")
                .withExtendedDescription("Igor Ivanov, left, and Lord Robertson in front of NATO flags")
                .withRights(RIGHTS).withSize(1024, 683).withFormat("image/jpeg");
        assertEquals(PHOTO, copy);
        assertEquals(PHOTO.hashCode(), copy.hashCode());
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        assertNotEquals(PHOTO, PHOTO.withSize(1024, 684));
        assertNotEquals(PHOTO, PHOTO.withCredit("Reuters"));
    }

    @Test
    void toString_containsFieldValues() {
        String text = PHOTO.toString();
        assertTrue(text.contains(URL.toString()), text);
        assertTrue(text.contains(CAPTION), text);
        assertTrue(text.contains("credit=AP"), text);
        assertTrue(text.contains("Two men shaking hands"), text);
        assertTrue(text.contains("Paul White"), text);
        assertTrue(text.contains("1024"), text);
        assertTrue(text.contains("683"), text);
        assertTrue(text.contains("image/jpeg"), text);
    }
}
