package io.github.copydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.testing.theories.Theories;

import org.quicktheories.core.Gen;

/**
 * The one table of the model's own JSON that both Jackson modules (copydesk-jackson and copydesk-jackson2)
 * must pass: JSON files under {@code io/github/copydesk/testing/model-json/}, each with the model value it
 * must read as, or the error it must give (the Jackson exception's simple name, which both lines share,
 * the JSON path to the fault, and a part of the message).
 *
 * <p>A valid fixture marked canonical is also what writing its value gives, property for property and in
 * order (white space aside); the others spell the same values differently (explicit nulls, {@code "type"}
 * last, defaults written out). {@link Fixture#check} runs a fixture against one Jackson line, through the
 * {@link Mapper} its test supplies, so that what the table means is written once.
 */
public final class ModelJsonFixtures {

    private static final String DIRECTORY = "model-json/";

    /**
     * The error an invalid fixture must give.
     *
     * @param exception the simple name of the Jackson exception, such as {@code InvalidFormatException}
     * @param path the JSON path to the fault, as {@link #path} writes it; empty for the value itself
     * @param message a part of the exception's original message
     */
    public record Failure(String exception, String path, String message) {
    }

    /**
     * One Jackson line's mapper, as the table's checks use it. The mapper must fail on unknown properties.
     */
    public interface Mapper {

        /**
         * Reads JSON as a model type.
         *
         * @param json the JSON
         * @param type the type
         * @return the value
         * @throws Exception the line's exception when the JSON does not read
         */
        Object read(String json, Class<?> type) throws Exception;

        /**
         * Writes a model value.
         *
         * @param value the value
         * @return the JSON, compact
         * @throws Exception if writing fails
         */
        String write(Object value) throws Exception;

        /**
         * Writes JSON again, compact, in its own order, through the line's tree model.
         *
         * @param json the JSON
         * @return the same JSON, compact
         * @throws Exception if it is not JSON
         */
        String rewrite(String json) throws Exception;

        /**
         * The path of a failure of {@link #read}: its property names ({@code String}) and indexes
         * ({@code Integer}), outermost first.
         *
         * @param failure the line's exception
         * @return the steps
         */
        List<Object> path(Exception failure);

        /**
         * The message of a failure of {@link #read}, without the location and path Jackson adds.
         *
         * @param failure the line's exception
         * @return the message
         */
        String originalMessage(Exception failure);
    }

    /**
     * One fixture.
     *
     * @param file the file name below {@code model-json/}
     * @param type the model type it is read as
     * @param expected the value it must read as, or null for an invalid fixture
     * @param canonical whether writing {@code expected} gives this JSON
     * @param failure the error it must give, or null for a valid fixture
     */
    public record Fixture(String file, Class<?> type, Object expected, boolean canonical, Failure failure) {

        /**
         * The fixture's JSON.
         *
         * @return the file's text
         */
        public String json() {
            try (InputStream in = ModelJsonFixtures.class.getResourceAsStream(DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture " + DIRECTORY + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Checks the fixture against one Jackson line: a valid fixture reads as its value (and a canonical one
         * is what writing the value gives); an invalid one fails with its exception, path and message.
         *
         * @param mapper the line's mapper
         * @throws Exception if the mapper fails where it should not
         */
        public void check(Mapper mapper) throws Exception {
            if (failure == null) {
                assertEquals(expected, mapper.read(json(), type));
                if (canonical) {
                    assertEquals(mapper.rewrite(json()), mapper.write(expected));
                }
                return;
            }
            Exception e = assertThrows(Exception.class, () -> mapper.read(json(), type));
            assertEquals(failure.exception(), e.getClass().getSimpleName(), e::getMessage);
            assertEquals(failure.path(), path(mapper.path(e)), e::getMessage);
            assertTrue(mapper.originalMessage(e).contains(failure.message()), () -> mapper.originalMessage(e));
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /**
     * A model type and the generator of its values, for the round-trip law of the model's JSON: reading
     * what is written gives an equal value.
     *
     * @param <T> the type
     * @param type the type the JSON is read as (a sealed family is read as the family)
     * @param values its values, from {@link ModelGenerators}
     * @param tries how many values a property tries
     */
    public record Generated<T>(Class<T> type, Gen<? extends T> values, int tries) {

        /**
         * Checks the law on one Jackson line: for every value tried, reading what is written gives an equal
         * value.
         *
         * @param mapper the line's mapper
         */
        public void check(Mapper mapper) {
            Theories.qt(tries).forAll(values).checkAssert(value -> {
                String json;
                Object back;
                try {
                    json = mapper.write(value);
                    back = mapper.read(json, type);
                } catch (Exception e) {
                    throw new AssertionError("cannot write and read back " + value, e);
                }
                assertEquals(value, back, json);
            });
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    private static final List<Fixture> ALL = table();

    private ModelJsonFixtures() {
    }

    /**
     * Every fixture.
     *
     * @return the fixtures, valid ones first
     */
    public static List<Fixture> all() {
        return ALL;
    }

    /**
     * The fixture of a file.
     *
     * @param file the file name below {@code model-json/}
     * @return the fixture
     * @throws IllegalArgumentException if the table has no such file
     */
    public static Fixture of(String file) {
        return ALL.stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + file));
    }

    /**
     * Every model type with its own JSON, each with the generator of its values: the article, each of its
     * parts (the party and media families read as the family and as each member), and {@code NewsDate}.
     *
     * @return the types, the article first
     */
    public static List<Generated<?>> generated() {
        return List.of(
                new Generated<>(Article.class, ModelGenerators.articles(), 1000),
                new Generated<>(Dateline.class, ModelGenerators.datelines(), 300),
                new Generated<>(Place.class, ModelGenerators.places(), 300),
                new Generated<>(Byline.class, ModelGenerators.bylines(), 300),
                new Generated<>(Contributor.class, ModelGenerators.contributors(), 300),
                new Generated<>(Party.class, ModelGenerators.parties(), 300),
                new Generated<>(Person.class, ModelGenerators.persons(), 300),
                new Generated<>(Organization.class, ModelGenerators.organizations(), 300),
                new Generated<>(Quote.class, ModelGenerators.quotes(), 300),
                new Generated<>(Media.class, ModelGenerators.media(), 300),
                new Generated<>(Image.class, ModelGenerators.images(), 300),
                new Generated<>(Video.class, ModelGenerators.videos(), 300),
                new Generated<>(Audio.class, ModelGenerators.audios(), 300),
                new Generated<>(Rights.class, ModelGenerators.rights(), 300),
                new Generated<>(Correction.class, ModelGenerators.corrections(), 300),
                new Generated<>(Paywall.class, ModelGenerators.paywalls(), 300),
                new Generated<>(Copyright.class, ModelGenerators.copyrights(), 300),
                new Generated<>(NewsDate.class, ModelGenerators.newsDates(), 1000));
    }

    /**
     * Writes a JSON path as the table does: property names joined by dots, indexes in brackets
     * ({@code media[0].width}).
     *
     * @param steps property names ({@code String}) and indexes ({@code Integer}), outermost first
     * @return the path
     */
    static String path(List<?> steps) {
        StringBuilder out = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(Objects.requireNonNull(step, "step"));
            }
        }
        return out.toString();
    }

    /**
     * The seed story's article as README shows it in the model's JSON: {@code article-seed.json}.
     *
     * @return the article
     */
    public static Article seedArticle() {
        Person robertson = Person.of("Lord Robertson").withJobTitle("Secretary-General")
                .withAffiliation(Organization.of("NATO"));
        return Article.builder()
                .url("https://example.com/news/russia-offers-help-in-afghanistan")
                .headline("Russia Offers Help in Afghanistan")
                .language("en")
                .dateModified(NewsDate.of(LocalDate.of(2016, 7, 27)))
                .dateline(new Dateline("MADRID, Spain --", new Place("MADRID", null, null, "Spain", "ES"), null, null, null))
                .byline(Byline.authors(Person.of("Jane Doe")))
                .addQuote(Quote.of("In today's world the NATO allies and Russia need each other more than ever", robertson)
                        .withAttribution("said"))
                .addQuote(Quote.partial("not direct military participation", Person.of("Igor Ivanov")))
                .addMedia(Image.of(uri("https://example.com/media/ivanov-robertson.jpg"))
                        .withCaption("Ivanov and Robertson shaking hands at the NATO meeting in Madrid on Wednesday.")
                        .withCredit("AP"))
                .build();
    }

    private static Article fullArticle() {
        ZoneOffset cet = ZoneOffset.ofHours(1);
        Organization ap = Organization.newsMedia("Associated Press");
        Person ana = Person.of("Ana Ruiz").withJobTitle("Correspondent").withAffiliation(ap)
                .withUrl(uri("https://example.com/staff/ana-ruiz"))
                .withSameAs(List.of(uri("https://social.example/@anaruiz")));
        Organization agency = Organization.of("Islay Photo Agency").withUrl(uri("https://photos.example.com/"));
        Organization times = Organization.newsMedia("Example Harbour Times").withUrl(uri("https://example.com/"))
                .withLogo(uri("https://example.com/logo.png"))
                .withSameAs(List.of(uri("https://social.example/@harbourtimes")));
        Image image = new Image(uri("https://example.com/media/harbour.jpg"), "The first ferry docks at Port Ellen.",
                "AP Photo/Ana Ruiz", "A white ferry beside a stone pier",
                "A ferry with a red funnel ties up at the pier while people wave from the quay.",
                new Rights(Person.of("Ana Ruiz"), Organization.of("Associated Press"), "\u00a9 2026 AP",
                        uri("https://example.com/license"), uri("https://example.com/buy"), null),
                1600, 900, "image/jpeg");
        Video video = new Video(uri("https://example.com/media/harbour.mp4"), "The ferry arrives.", null, null, null,
                Rights.NONE, "The ferry arrives", uri("https://example.com/media/harbour-thumb.jpg"),
                NewsDate.of(OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, cet)), Duration.ofSeconds(150),
                uri("https://example.com/embed/harbour"), "Engines.\nCheers.");
        Audio audio = Audio.of(uri("https://example.com/media/harbour.mp3")).withName("The harbour master")
                .withDuration(Duration.ofSeconds(245)).withTranscript("We are back.");
        return Article.builder()
                .url("https://example.com/news/2026/harbour-reopens")
                .type(ArticleType.REPORTAGE)
                .headline("Harbour reopens after storm")
                .alternativeHeadline("Ships return to Port Ellen")
                .description("Three days after the storm, the first ferry docked on Monday.")
                .body("PORT ELLEN, Scotland (AP) \u2014 The harbour reopened on Monday.\n\n\"We are back,\" said the harbour"
                        + " master.\tCaf\u00e9 owners cheered \ud83c\udf89.")
                .section("Scotland")
                .keywords(List.of("storm", "ferries", "Islay"))
                .language(Locale.forLanguageTag("en-GB"))
                .datePublished(NewsDate.of(OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, cet)))
                .dateModified(NewsDate.of(OffsetDateTime.of(2026, 3, 2, 14, 12, 30, 500_000_000, ZoneOffset.UTC)))
                .dateCreated(NewsDate.of(LocalDate.of(2026, 3, 1)))
                .dateline(new Dateline("PORT ELLEN, Scotland, March 2 (AP) \u2014",
                        new Place("PORT ELLEN", "Scotland", "GB-SCT", "United Kingdom", "GB"), "March 2",
                        LocalDate.of(2026, 3, 2), "AP"))
                .byline(Byline.of(Contributor.author(ana), Contributor.of(ContributorRole.PHOTOGRAPHER, agency)))
                .addQuote(Quote.of("We are back", new Person("Mhairi Campbell", null, "Harbour master", "Capt.", "MBE",
                        null, null, List.of())).withAttribution("said the harbour master"))
                .addQuote(Quote.partial("a long three days", Person.unnamed("a ferry passenger")))
                .media(List.of(image, video, audio))
                .publisher(times)
                .addCorrection(Correction.of("An earlier version misspelt the harbour master's name.",
                        NewsDate.of(OffsetDateTime.of(2026, 3, 2, 15, 0, 0, 0, cet))))
                .addCorrection(Correction.of("A caption named the wrong pier.", null))
                .paywall(Paywall.of(".paywall", ".premium-box"))
                .copyright(new Copyright(2026, Organization.of("Example Harbour Times"),
                        "\u00a9 2026 Example Harbour Times"))
                .build();
    }

    private static List<Fixture> table() {
        List<Fixture> t = new ArrayList<>();
        URI photo = uri("https://example.com/p.jpg");

        canonical(t, "article-seed.json", Article.class, seedArticle());
        canonical(t, "article-full.json", Article.class, fullArticle());
        canonical(t, "article-minimal.json", Article.class, Article.builder().build());
        canonical(t, "news-date-date-only.json", NewsDate.class, NewsDate.of(LocalDate.of(2016, 7, 27)));
        canonical(t, "news-date-offset.json", NewsDate.class,
                NewsDate.of(OffsetDateTime.of(2016, 7, 27, 10, 15, 30, 0, ZoneOffset.ofHours(2))));
        canonical(t, "person-unnamed-source.json", Person.class, Person.unnamed("a senior NATO official"));
        canonical(t, "organization-news-media.json", Organization.class,
                Organization.newsMedia("Associated Press").withUrl(uri("https://apnews.com/")));
        canonical(t, "party-organization.json", Party.class, Organization.of("NATO"));
        canonical(t, "media-video.json", Media.class, Video.of(uri("https://example.com/v.mp4"), "Harbour")
                .withUploadDate(NewsDate.of(LocalDate.of(2026, 3, 2))).withDuration(Duration.parse("PT1H2M3.25S")));
        canonical(t, "media-audio-rights.json", Media.class, Audio.of(uri("https://example.com/a.mp3"))
                .withRights(Rights.NONE.withCopyrightNotice("\u00a9 BBC")));

        valid(t, "article-nulls-and-empties.json", Article.class, Article.builder().build());
        valid(t, "article-type-absent.json", Article.class, Article.builder().headline("Harbour reopens").build());
        valid(t, "party-type-last.json", Party.class,
                Person.of("Jane Doe").withSameAs(List.of(uri("https://example.com/jane"))));
        valid(t, "media-type-last-nested.json", Media.class, Image.of(photo).withSize(10, 20)
                .withRights(Rights.NONE.withCreator(Person.of("Ana Ruiz")).withLicense(uri("https://example.com/l"))));
        valid(t, "image-empty-rights.json", Image.class, Image.of(photo));
        valid(t, "quote-defaults-written.json", Quote.class, Quote.of("We are back", Person.of("Mhairi Campbell")));
        valid(t, "organization-type-absent.json", Organization.class, Organization.of("NATO"));

        invalid(t, "invalid-article-not-object.json", Article.class,
                "MismatchedInputException", "", "expected an object, found a string");
        invalid(t, "invalid-headline-number.json", Article.class,
                "MismatchedInputException", "headline", "expected a string, found a whole number");
        invalid(t, "invalid-headline-unpaired-surrogate.json", Article.class,
                "ValueInstantiationException", "headline", "headline is not valid Unicode");
        invalid(t, "invalid-url-not-http.json", Article.class,
                "ValueInstantiationException", "url", "url must be an absolute http or https URL: \"ftp://example.com/news\"");
        invalid(t, "invalid-url-syntax.json", Article.class,
                "InvalidFormatException", "url", "\"https://example.com/news story\" is not a URL");
        invalid(t, "invalid-type-unknown.json", Article.class,
                "InvalidFormatException", "type", "\"GOSSIP\" is not one of NEWS, REPORTAGE, ANALYSIS");
        invalid(t, "invalid-language-tag.json", Article.class,
                "InvalidFormatException", "language", "\"en_GB\" is not a well-formed BCP 47 language tag");
        invalid(t, "invalid-date-month.json", Article.class,
                "InvalidFormatException", "datePublished", "\"2016-13-01\"");
        invalid(t, "invalid-date-time-without-offset.json", Article.class,
                "InvalidFormatException", "dateModified", "\"2016-07-27T10:15:30\"");
        invalid(t, "invalid-keywords-null-element.json", Article.class,
                "ValueInstantiationException", "keywords[1]", "keywords[1] is required");
        invalid(t, "invalid-keywords-not-array.json", Article.class,
                "MismatchedInputException", "keywords", "expected an array, found a string");
        invalid(t, "invalid-unknown-property.json", Article.class,
                "UnrecognizedPropertyException", "subtitle", "Article has no property \"subtitle\"");
        invalid(t, "invalid-byline-empty.json", Article.class,
                "ValueInstantiationException", "byline.contributors", "contributors must not be empty");
        invalid(t, "invalid-contributor-role-missing.json", Article.class,
                "ValueInstantiationException", "byline.contributors[0].role", "role is required");
        invalid(t, "invalid-contributor-role-unknown.json", Article.class,
                "InvalidFormatException", "byline.contributors[0].role", "\"WRITER\" is not one of AUTHOR, EDITOR");
        invalid(t, "invalid-party-type-missing.json", Article.class,
                "InvalidTypeIdException", "byline.contributors[0].party", "the property type is missing: a Party is one of Person, Organization");
        invalid(t, "invalid-quote-speaker-string.json", Article.class,
                "MismatchedInputException", "quotes[0].speaker", "expected an object, found a string");
        invalid(t, "invalid-media-type-unknown.json", Article.class,
                "InvalidTypeIdException", "media[0].type", "unknown type \"Podcast\": a Media is one of Image, Video, Audio");
        invalid(t, "invalid-media-type-not-string.json", Article.class,
                "InvalidTypeIdException", "media[0].type", "expected a string, found a whole number");
        invalid(t, "invalid-image-width-zero.json", Article.class,
                "ValueInstantiationException", "media[0].width", "width must be positive: 0");
        invalid(t, "invalid-image-width-too-large.json", Article.class,
                "InvalidFormatException", "media[0].width", "3000000000 is too large");
        invalid(t, "invalid-image-width-decimal.json", Article.class,
                "MismatchedInputException", "media[0].width", "expected a whole number, found a decimal number");
        invalid(t, "invalid-video-duration.json", Article.class,
                "InvalidFormatException", "media[0].duration", "\"2 minutes\" is not an ISO 8601 duration");
        invalid(t, "invalid-person-sameas-relative.json", Person.class,
                "ValueInstantiationException", "sameAs[1]", "sameAs[1] must be an absolute http or https URL: \"/staff/jane\"");
        invalid(t, "invalid-person-is-organization.json", Person.class,
                "InvalidTypeIdException", "type", "expected the type \"Person\", found \"Organization\"");
        invalid(t, "invalid-dateline-place-missing.json", Article.class,
                "ValueInstantiationException", "dateline.place", "place is required");
        invalid(t, "invalid-dateline-region-outside-country.json", Article.class,
                "ValueInstantiationException", "dateline.place.regionCode", "regionCode \"US-PA\" is not in countryCode \"ES\"");
        invalid(t, "invalid-paywall-free-with-sections.json", Article.class,
                "ValueInstantiationException", "paywall", "a free article has no paywalled sections");
        invalid(t, "invalid-paywall-flag-missing.json", Article.class,
                "MismatchedInputException", "paywall.accessibleForFree", "accessibleForFree is required");
        invalid(t, "invalid-copyright-year.json", Article.class,
                "ValueInstantiationException", "copyright.year", "year must be between 1 and 9999: 0");
        invalid(t, "invalid-news-date.json", NewsDate.class,
                "InvalidFormatException", "", "\"yesterday\"");
        return List.copyOf(t);
    }

    private static void canonical(List<Fixture> table, String file, Class<?> type, Object expected) {
        table.add(new Fixture(file, type, expected, true, null));
    }

    private static void valid(List<Fixture> table, String file, Class<?> type, Object expected) {
        table.add(new Fixture(file, type, expected, false, null));
    }

    private static void invalid(List<Fixture> table, String file, Class<?> type, String exception, String path,
            String message) {
        table.add(new Fixture(file, type, null, false, new Failure(exception, path, message)));
    }

    private static URI uri(String text) {
        return URI.create(text);
    }
}
