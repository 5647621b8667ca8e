package io.github.copydesk.testing;

import static io.github.copydesk.testing.TextGenerators.nonBlankText;
import static io.github.copydesk.testing.TextGenerators.text;
import static io.github.copydesk.testing.TextGenerators.urls;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
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

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of Copydesk's model, for round-trip and other properties in every
 * module's tests. Each generator sets every field of its type: text from {@link TextGenerators#text()}
 * (all Unicode scalar values, biased towards the characters escaping code gets wrong), URLs from
 * {@link TextGenerators#urls(String)} on a host named after the field, and {@code null} or an empty
 * list wherever the model allows absence, so that drafts are generated as well as complete articles.
 * Every value passes the model's construction checks; nothing here says whether it is publishable.
 *
 * <pre>{@code
 * Theories.qt(300).forAll(ModelGenerators.articles()).checkAssert(article -> ...);
 * }</pre>
 *
 * <p>Every generator is stateless and may be shared; QuickTheories shrinks what they draw towards
 * absent values, shorter lists and earlier choices.
 */
public final class ModelGenerators {

    /** Well-formed BCP 47 tags: a language alone, with script, region, UN M.49 region, variant, extension. */
    private static final List<String> LANGUAGE_TAGS = List.of("en", "fr", "en-US", "de-CH", "pt-BR", "zh-Hant-TW",
            "sr-Latn", "es-419", "gsw", "de-DE-1996", "ja-JP-u-ca-japanese");

    /** Country codes, and region codes (ISO 3166-2) of each. */
    private static final Map<String, List<String>> REGION_CODES = Map.of(
            "US", List.of("US-PA", "US-NY", "US-DC"),
            "ES", List.of("ES-MD", "ES-CT"),
            "DE", List.of("DE-BY"),
            "JP", List.of("JP-13"),
            "GB", List.of("GB-ENG", "GB-SCT"),
            "CA", List.of("CA-ON"));
    private static final List<String> COUNTRY_CODES = REGION_CODES.keySet().stream().sorted().toList();
    private static final List<String> ALL_REGION_CODES = REGION_CODES.values().stream().flatMap(List::stream).sorted()
            .toList();

    /** Datelines as agencies and papers write them, read with {@link Dateline#parse(CharSequence)}. */
    private static final List<String> DATELINE_TEXTS = List.of("MADRID, Spain --", "LONDON, June 4 (Reuters) -",
            "STATE COLLEGE, Pa. —", "WASHINGTON (AP) —", "PARIS, Monday, June 3, 2024 (AFP) -",
            "GROSSETO, Italy (AP) —", "TORONTO, Ontario, Canada, June 4, 2024 (AP) —");

    private static final List<String> IMAGE_FORMATS = List.of("image/jpeg", "image/png", "image/webp", "image/svg+xml",
            "image/avif");

    /** CSS selectors of paywalled sections as sites write them. */
    private static final List<String> SELECTORS = List.of(".paywall", ".meteredContent", "#x .y", " .spaced ", ".ü");

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private ModelGenerators() {
    }

    // ---------------------------------------------------------------------------------------------
    // values

    /**
     * Every {@link ArticleType}.
     *
     * @return the generator
     */
    public static Gen<ArticleType> articleTypes() {
        return Generate.enumValues(ArticleType.class);
    }

    /**
     * Every {@link ContributorRole}.
     *
     * @return the generator
     */
    public static Gen<ContributorRole> contributorRoles() {
        return Generate.enumValues(ContributorRole.class);
    }

    /**
     * Every {@link DatelineStyle}.
     *
     * @return the generator
     */
    public static Gen<DatelineStyle> datelineStyles() {
        return Generate.enumValues(DatelineStyle.class);
    }

    /**
     * Languages from well-formed BCP 47 tags: a language alone ({@code en}, {@code gsw}), with a
     * script ({@code sr-Latn}), a region ({@code pt-BR}, {@code es-419}), a variant
     * ({@code de-DE-1996}) or a Unicode extension ({@code ja-JP-u-ca-japanese}).
     *
     * @return the generator; never {@code null}
     */
    public static Gen<Locale> languages() {
        return Generate.pick(LANGUAGE_TAGS).map(Locale::forLanguageTag);
    }

    /**
     * Calendar dates from 0001-01-01 to 9999-12-31, the years ISO 8601 writes with four digits.
     *
     * @return the generator
     */
    public static Gen<LocalDate> localDates() {
        return longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * {@link NewsDate}s in both forms: date-only, and date-times of any second of a {@link #localDates()}
     * day with whole, fractional or nanosecond seconds in UTC, a quarter-hour offset or any offset to
     * the second.
     *
     * @return the generator
     */
    public static Gen<NewsDate> newsDates() {
        return Generate.oneOf(localDates().map(NewsDate::of), dateTimes());
    }

    /**
     * Date-times with their offset only: UTC, quarter-hour or to-the-second offsets, varied nanos.
     *
     * @return the generator
     */
    public static Gen<NewsDate> dateTimes() {
        Gen<ZoneOffset> offset = Generate.frequency(
                Pair.of(3, Generate.constant(ZoneOffset.UTC)),
                Pair.of(4, integers().between(-18 * 4, 18 * 4)
                        .map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 900))),
                Pair.of(1, integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds)));
        Gen<Integer> nanos = Generate.pick(List.of(0, 0, 500_000_000, 123_000_000, 1, 999_999_999));
        return localDates().zip(integers().between(0, 86_399), nanos, offset,
                (day, second, nano, zone) -> NewsDate.of(OffsetDateTime.of(
                        LocalDateTime.of(day, LocalTime.ofSecondOfDay(second).withNano(nano)), zone)));
    }

    /**
     * Positive durations: milliseconds up to about 2.8 hours, or whole seconds up to about 11.5 days.
     *
     * @return the generator
     */
    public static Gen<Duration> durations() {
        return Generate.frequency(
                Pair.of(4, longs().between(1, 10_000_000).map(millis -> Duration.ofMillis(millis))),
                Pair.of(1, longs().between(1, 1_000_000).map(seconds -> Duration.ofSeconds(seconds))));
    }

    // ---------------------------------------------------------------------------------------------
    // parties and bylines

    /**
     * {@link Organization}s with every field: name (or none), news media or not, url, logo, and up
     * to two sameAs URLs.
     *
     * @return the generator
     */
    public static Gen<Organization> organizations() {
        Gen<String> name = orNull(text(), 30);
        Gen<Boolean> newsMedia = booleans().all();
        Gen<URI> url = orNull(urls("org.example"), 40);
        Gen<URI> logo = orNull(urls("logo.example"), 40);
        Gen<List<URI>> sameAs = lists().of(urls("same.example")).ofSizeBetween(0, 2);
        return in -> new Organization(name.generate(in), newsMedia.generate(in), url.generate(in), logo.generate(in),
                sameAs.generate(in));
    }

    /**
     * {@link Person}s with every field: name (or none: an unnamed source), description, job title,
     * honorific prefix and suffix, an affiliation from {@link #organizations()}, url, and up to two
     * sameAs URLs.
     *
     * @return the generator
     */
    public static Gen<Person> persons() {
        Gen<String> name = orNull(text(), 30);
        Gen<String> description = orNull(text(), 70);
        Gen<String> jobTitle = orNull(text(), 65);
        Gen<String> honorificPrefix = orNull(text(), 80);
        Gen<String> honorificSuffix = orNull(text(), 80);
        Gen<Organization> affiliation = orNull(organizations(), 60);
        Gen<URI> url = orNull(urls("people.example"), 40);
        Gen<List<URI>> sameAs = lists().of(urls("profiles.example")).ofSizeBetween(0, 2);
        return in -> new Person(name.generate(in), description.generate(in), jobTitle.generate(in),
                honorificPrefix.generate(in), honorificSuffix.generate(in), affiliation.generate(in), url.generate(in),
                sameAs.generate(in));
    }

    /**
     * {@link Party}s: three {@link #persons()} for every one of the {@link #organizations()}.
     *
     * @return the generator
     */
    public static Gen<Party> parties() {
        return Generate.frequency(Pair.of(3, persons().map(Party.class::cast)),
                Pair.of(1, organizations().map(Party.class::cast)));
    }

    /**
     * {@link Contributor}s of every role.
     *
     * @return the generator
     */
    public static Gen<Contributor> contributors() {
        return contributorRoles().zip(parties(), Contributor::of);
    }

    /**
     * {@link Byline}s of one to five {@link #contributors()}.
     *
     * @return the generator
     */
    public static Gen<Byline> bylines() {
        return lists().of(contributors()).ofSizeBetween(1, 5).map(contributors -> Byline.of(contributors));
    }

    // ---------------------------------------------------------------------------------------------
    // where, what was said

    /**
     * {@link Place}s with every field: locality, region and country as written (or none), a country
     * code, and a region code that lies in the country code when both are present.
     *
     * @return the generator
     */
    public static Gen<Place> places() {
        Gen<String> locality = orNull(text(), 30);
        Gen<String> region = orNull(text(), 30);
        Gen<String> country = orNull(text(), 30);
        Gen<String> countryCode = orNull(Generate.pick(COUNTRY_CODES), 50);
        Map<String, Gen<String>> regionCodeIn = new HashMap<>();
        REGION_CODES.forEach((code, regions) -> regionCodeIn.put(code, orNull(Generate.pick(regions), 60)));
        Gen<String> anyRegionCode = orNull(Generate.pick(ALL_REGION_CODES), 60);
        return in -> {
            String code = countryCode.generate(in);
            String regionCode = (code == null ? anyRegionCode : regionCodeIn.get(code)).generate(in);
            return new Place(locality.generate(in), region.generate(in), regionCode, country.generate(in), code);
        };
    }

    /**
     * {@link Dateline}s: half read from texts as agencies write them ({@code LONDON, June 4 (Reuters) -}),
     * half built from parts with every field: text, a {@link #places() place}, date text, date and
     * source, each but the place possibly absent.
     *
     * @return the generator
     */
    public static Gen<Dateline> datelines() {
        Gen<Dateline> parsed = Generate.pick(DATELINE_TEXTS).map(Dateline::parse);
        Gen<String> text = orNull(text(), 30);
        Gen<Place> place = places();
        Gen<String> dateText = orNull(text(), 70);
        Gen<LocalDate> date = orNull(localDates(), 70);
        Gen<String> source = orNull(Generate.frequency(Pair.of(1, Generate.pick(List.of("AP", "Reuters", "AFP"))),
                Pair.of(1, text())), 70);
        Gen<Dateline> built = in -> new Dateline(text.generate(in), place.generate(in), dateText.generate(in),
                date.generate(in), source.generate(in));
        return Generate.oneOf(parsed, built);
    }

    /**
     * {@link Quote}s with every field: words (or none yet), a speaker from {@link #parties()} (or none
     * yet), full or partial, and an attribution.
     *
     * @return the generator
     */
    public static Gen<Quote> quotes() {
        Gen<String> text = orNull(text(), 30);
        Gen<Party> speaker = orNull(parties(), 20);
        Gen<Boolean> partial = booleans().all();
        Gen<String> attribution = orNull(text(), 30);
        return in -> new Quote(text.generate(in), speaker.generate(in), partial.generate(in), attribution.generate(in));
    }

    // ---------------------------------------------------------------------------------------------
    // media

    /**
     * {@link Rights} with every field: creator, copyright holder, copyright notice, license,
     * acquire-license page and usage terms; all absent ({@link Rights#NONE}) now and then.
     *
     * @return the generator
     */
    public static Gen<Rights> rights() {
        Gen<Party> creator = orNull(parties(), 60);
        Gen<Party> holder = orNull(parties(), 70);
        Gen<String> notice = orNull(text(), 65);
        Gen<URI> license = orNull(urls("license.example"), 40);
        Gen<URI> acquireLicensePage = orNull(urls("acquire.example"), 40);
        Gen<String> usageTerms = orNull(text(), 70);
        return in -> new Rights(creator.generate(in), holder.generate(in), notice.generate(in), license.generate(in),
                acquireLicensePage.generate(in), usageTerms.generate(in));
    }

    /**
     * {@link Image}s with every field: url (or none: not yet uploaded), caption, credit, alt text,
     * extended description, {@link #rights()}, width and height, and a media type.
     *
     * @return the generator
     */
    public static Gen<Image> images() {
        MediaParts parts = new MediaParts("img.example");
        Gen<Integer> size = orNull(integers().between(1, 100_000), 30);
        Gen<String> format = orNull(Generate.pick(IMAGE_FORMATS), 50);
        return in -> new Image(parts.url.generate(in), parts.caption.generate(in), parts.credit.generate(in),
                parts.altText.generate(in), parts.extendedDescription.generate(in), parts.rights.generate(in),
                size.generate(in), size.generate(in), format.generate(in));
    }

    /**
     * {@link Video}s with every field: url, caption, credit, alt text, extended description,
     * {@link #rights()}, name, thumbnail, upload date, duration, embed URL and transcript.
     *
     * @return the generator
     */
    public static Gen<Video> videos() {
        MediaParts parts = new MediaParts("video.example");
        Gen<String> name = orNull(text(), 30);
        Gen<URI> thumbnail = orNull(urls("thumb.example"), 40);
        Gen<NewsDate> uploadDate = orNull(newsDates(), 30);
        Gen<Duration> duration = orNull(durations(), 30);
        Gen<URI> embedUrl = orNull(urls("embed.example"), 40);
        Gen<String> transcript = orNull(text(), 30);
        return in -> new Video(parts.url.generate(in), parts.caption.generate(in), parts.credit.generate(in),
                parts.altText.generate(in), parts.extendedDescription.generate(in), parts.rights.generate(in),
                name.generate(in), thumbnail.generate(in), uploadDate.generate(in), duration.generate(in),
                embedUrl.generate(in), transcript.generate(in));
    }

    /**
     * {@link Audio} recordings with every field: url, caption, credit, alt text, extended
     * description, {@link #rights()}, name, duration and transcript.
     *
     * @return the generator
     */
    public static Gen<Audio> audios() {
        MediaParts parts = new MediaParts("audio.example");
        Gen<String> name = orNull(text(), 30);
        Gen<Duration> duration = orNull(durations(), 30);
        Gen<String> transcript = orNull(text(), 30);
        return in -> new Audio(parts.url.generate(in), parts.caption.generate(in), parts.credit.generate(in),
                parts.altText.generate(in), parts.extendedDescription.generate(in), parts.rights.generate(in),
                name.generate(in), duration.generate(in), transcript.generate(in));
    }

    /**
     * {@link Media} of every kind: four {@link #images()} for each of {@link #videos()} and
     * {@link #audios()}.
     *
     * @return the generator
     */
    public static Gen<Media> media() {
        return Generate.frequency(Pair.of(4, images().map(Media.class::cast)),
                Pair.of(1, videos().map(Media.class::cast)), Pair.of(1, audios().map(Media.class::cast)));
    }

    /** The fields every {@link Media} kind shares, drawn in their declared order. */
    private static final class MediaParts {

        final Gen<URI> url;
        final Gen<String> caption = orNull(text(), 30);
        final Gen<String> credit = orNull(text(), 30);
        final Gen<String> altText = orNull(text(), 30);
        final Gen<String> extendedDescription = orNull(text(), 30);
        final Gen<Rights> rights = rights();

        MediaParts(String host) {
            url = orNull(urls(host), 40);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // publishing

    /**
     * {@link Correction}s: non-blank text and a publication date (or none).
     *
     * @return the generator
     */
    public static Gen<Correction> corrections() {
        return nonBlankText().zip(orNull(newsDates(), 30), Correction::new);
    }

    /**
     * {@link Paywall}s: free, or paywalled with up to three sections, whose selectors are common ones
     * ({@code .paywall}, {@code #x .y}, with spaces, non-ASCII) or a class of any one-line text.
     *
     * @return the generator
     */
    public static Gen<Paywall> paywalls() {
        Gen<String> selector = Generate.frequency(Pair.of(3, Generate.pick(SELECTORS)),
                Pair.of(1, text().map(text -> "." + text.replace('\n', ' ').replace('\r', ' '))));
        return Generate.oneOf(Generate.constant(Paywall.FREE),
                lists().of(selector).ofSizeBetween(0, 3).map(sections -> new Paywall(false, sections)));
    }

    /**
     * {@link Copyright}s with every field: a year from 1 to 9999, a holder from {@link #parties()}
     * and a notice, each possibly absent.
     *
     * @return the generator
     */
    public static Gen<Copyright> copyrights() {
        return orNull(integers().between(1, 9999), 30).zip(orNull(parties(), 40), orNull(text(), 30),
                Copyright::new);
    }

    /**
     * {@link Article}s with every field: canonical URL, type, headline, alternative headline,
     * description, body, section, up to three keywords, language, the three dates, dateline, byline,
     * up to three quotes, up to four media (kinds interleaved), publisher, up to two corrections,
     * paywall and copyright; every optional one sometimes absent.
     *
     * @return the generator
     */
    public static Gen<Article> articles() {
        Gen<URI> url = orNull(urls("news.example"), 40);
        Gen<String> identifier = orNull(identifiers(), 50);
        Gen<NewsDate> embargo = orNull(dateTimes(), 70);
        Gen<Set<String>> unexpressed = unexpressed();
        Gen<ArticleType> type = articleTypes();
        Gen<String> text = orNull(text(), 30);
        Gen<List<String>> keywords = lists().of(text()).ofSizeBetween(0, 3);
        Gen<Locale> language = orNull(languages(), 30);
        Gen<NewsDate> date = orNull(newsDates(), 30);
        Gen<Dateline> dateline = orNull(datelines(), 30);
        Gen<Byline> byline = orNull(bylines(), 20);
        Gen<List<Quote>> quotes = lists().of(quotes()).ofSizeBetween(0, 3);
        Gen<List<Media>> media = lists().of(media()).ofSizeBetween(0, 4);
        Gen<Organization> publisher = orNull(organizations(), 30);
        Gen<List<Correction>> corrections = lists().of(corrections()).ofSizeBetween(0, 2);
        Gen<Paywall> paywall = orNull(paywalls(), 40);
        Gen<Copyright> copyright = orNull(copyrights(), 50);
        return in -> Article.builder()
                .url(url.generate(in))
                .identifier(identifier.generate(in))
                .type(type.generate(in))
                .headline(text.generate(in))
                .alternativeHeadline(text.generate(in))
                .description(text.generate(in))
                .body(text.generate(in))
                .section(text.generate(in))
                .keywords(keywords.generate(in))
                .language(language.generate(in))
                .datePublished(date.generate(in))
                .dateModified(date.generate(in))
                .dateCreated(date.generate(in))
                .embargoedUntil(embargo.generate(in))
                .dateline(dateline.generate(in))
                .byline(byline.generate(in))
                .quotes(quotes.generate(in))
                .media(media.generate(in))
                .publisher(publisher.generate(in))
                .corrections(corrections.generate(in))
                .paywall(paywall.generate(in))
                .copyright(copyright.generate(in))
                .unexpressed(unexpressed.generate(in))
                .build();
    }

    /**
     * Identifiers of items: URNs, tag URIs, URLs and plain ids.
     *
     * @return the generator
     */
    public static Gen<String> identifiers() {
        Gen<Integer> n = integers().between(1, 999_999);
        Gen<Integer> form = integers().between(0, 3);
        return in -> {
            int id = n.generate(in);
            return switch (form.generate(in)) {
                case 0 -> "urn:newsml:dpa.com:20090101:" + id;
                case 1 -> "tag:wire.example,2026:" + id;
                case 2 -> "https://api.wire.example/items/" + id;
                default -> "A" + id;
            };
        };
    }

    /**
     * What a source could not express: none, or some of the property paths readers record.
     *
     * @return the generator
     */
    public static Gen<Set<String>> unexpressed() {
        List<String> known = List.of("media[*].altText", "media[*].extendedDescription", "quotes[*].partial",
                "quotes[*].attribution", "media[1].altText", "embargoedUntil");
        Gen<Integer> mask = integers().between(0, (1 << known.size()) - 1);
        return in -> {
            int m = mask.generate(in);
            Set<String> out = new java.util.TreeSet<>();
            for (int i = 0; i < known.size(); i++) {
                if ((m & (1 << i)) != 0) {
                    out.add(known.get(i));
                }
            }
            return out;
        };
    }

    /** {@code gen}'s values, or {@code null} about {@code percent} times in a hundred. */
    private static <T> Gen<T> orNull(Gen<T> gen, int percent) {
        return gen.toOptionals(percent).map(value -> value.orElse(null));
    }
}
