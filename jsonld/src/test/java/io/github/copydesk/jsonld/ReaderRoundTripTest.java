package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import io.github.copydesk.read.ReadResult;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict reader reads back exactly what the writer writes: {@code read(write(a))} equals the
 * projection of {@code a} that {@link JsonLdWriter}'s Javadoc defines, for whole articles whose text
 * is drawn from all Unicode scalar values, in compact and graph form, pretty or not, with and
 * without quotes, for every dateline style.
 */
class ReaderRoundTripTest {

    private static final JsonLdReader STRICT = JsonLdReader.strict();
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    // ---------------------------------------------------------------------------------------------
    // the laws

    @Property(tries = 300)
    void strictRead_ofCompactOutput_isTheProjection(@ForAll("articles") Article article, @ForAll boolean pretty) {
        assertRoundTrip(article, JsonLdWriter.builder().pretty(pretty).build());
    }

    @Property(tries = 300)
    void strictRead_ofGraphOutput_isTheProjection(@ForAll("articles") Article article, @ForAll boolean pretty) {
        assertRoundTrip(article, JsonLdWriter.builder().graph(true).pretty(pretty).build());
    }

    @Property(tries = 150)
    void strictRead_withEveryWriterOption_isTheProjection(@ForAll("articles") Article article, @ForAll boolean graph,
            @ForAll boolean quotes, @ForAll("styles") DatelineStyle style) {
        assertRoundTrip(article, JsonLdWriter.builder().graph(graph).quotes(quotes).datelineStyle(style).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\u2003"})
    void strictRead_ofStyledDatelineWithBlankLocality_isThePlainProjection(String locality) {
        // the writer falls back to the plain style when an AP or Reuters dateline has no locality to show
        Place place = new Place(locality, null, "US-PA", null, null);
        Article a = Article.builder().url("https://news.example/blank").dateline(Dateline.of(place)).build();
        for (DatelineStyle style : List.of(DatelineStyle.AP, DatelineStyle.REUTERS)) {
            assertRoundTrip(a, JsonLdWriter.builder().datelineStyle(style).build());
            assertRoundTrip(a, JsonLdWriter.builder().graph(true).datelineStyle(style).build());
        }
    }

    @Test
    void strictRead_ofEmptyArticle_isEmptyArticle() {
        Article empty = Article.builder().build();
        assertRoundTrip(empty, JsonLdWriter.create());
        assertRoundTrip(empty, JsonLdWriter.builder().graph(true).build());
    }

    @Test
    void strictRead_ofDraftParts_keepsThem() {
        // a draft image, a nameless person, an empty keyword: the strict reader keeps what the writer writes
        Article drafts = Article.builder()
                .url("https://news.example/a")
                .keywords(List.of("", "x"))
                .byline(Byline.authors(new Person(null, null, null, null, null, null, null, List.of())))
                .addMedia(Image.draft())
                .addQuote(new Quote(null, null, true, "said"))
                .build();
        assertRoundTrip(drafts, JsonLdWriter.create());
        assertRoundTrip(drafts, JsonLdWriter.builder().graph(true).build());
    }

    @Test
    void strictRead_ofSharedPartiesInGraph_resolvesEachReference() {
        Organization wire = new Organization("Wire", true, URI.create("https://org.example/wire"), null, List.of());
        Person jane = Person.of("Jane").withUrl(URI.create("https://people.example/jane")).withAffiliation(wire);
        Person sameUrl = Person.of("Other Jane").withUrl(URI.create("https://people.example/jane"));
        Article a = Article.builder()
                .url("https://news.example/shared")
                .byline(Byline.of(Contributor.author(jane), Contributor.author(wire),
                        Contributor.of(ContributorRole.PHOTOGRAPHER, sameUrl)))
                .publisher(wire)
                .addQuote(Quote.of("Words", jane))
                .copyright(Copyright.of(2024, wire))
                .build();
        assertRoundTrip(a, JsonLdWriter.builder().graph(true).build());
    }

    private static void assertRoundTrip(Article article, JsonLdWriter writer) {
        String json = writer.write(article);
        ReadResult result = STRICT.read(json);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.severity()
                != io.github.copydesk.validation.Severity.INFO).toList(), json);
        assertEquals(List.of(project(article, writer)), result.articles(), json);
    }

    // ---------------------------------------------------------------------------------------------
    // the projection, as JsonLdWriter's Javadoc defines it

    static Article project(Article a, JsonLdWriter writer) {
        Article.Builder b = Article.builder()
                .url(a.url())
                .type(a.type())
                .headline(blank(a.headline()))
                .alternativeHeadline(blank(a.alternativeHeadline()))
                .description(blank(a.description()))
                .body(blank(a.body()))
                .section(blank(a.section()))
                .keywords(a.keywords().stream().filter(k -> !k.isEmpty()).toList())
                .language(a.language())
                .datePublished(a.datePublished())
                .dateModified(a.dateModified())
                .dateCreated(a.dateCreated())
                .dateline(a.dateline() == null ? null : dateline(a.dateline(), writer.datelineStyle()))
                .byline(byline(a.byline()))
                .quotes(writer.quotes() ? a.quotes().stream().map(ReaderRoundTripTest::quote).toList() : List.of())
                .publisher(a.publisher() == null ? null : organization(a.publisher()))
                .corrections(a.corrections())
                .paywall(a.paywall())
                .copyright(copyright(a.copyright()));
        List<Media> media = new ArrayList<>();
        for (Class<?> kind : List.of(Image.class, Video.class, Audio.class)) {
            for (Media m : a.media()) {
                if (kind.isInstance(m)) {
                    media.add(media(m));
                }
            }
        }
        return b.media(media).build();
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Dateline dateline(Dateline d, DatelineStyle style) {
        String text;
        if (style == null && d.text() != null && !d.text().isEmpty()) {
            text = d.text();
        } else {
            DatelineStyle s = style == null ? DatelineStyle.PLAIN : style;
            if (s != DatelineStyle.PLAIN && (d.place().locality() == null || d.place().locality().isBlank())) {
                s = DatelineStyle.PLAIN;
            }
            text = d.format(s);
        }
        text = blank(text);
        Place p = d.place();
        String written = p.countryCode() != null ? p.countryCode() : blank(p.country());
        boolean code = written != null && ISO_COUNTRIES.contains(written);
        Place place = new Place(blank(p.locality()), blank(p.region()), null, code ? null : written, code ? written : null);
        // the writer leaves out a place whose names are all blank and that has no country
        boolean placeWritten = !p.displayName().isEmpty() || (p.countryCode() != null ? p.countryCode() : p.country()) != null;
        boolean noPlace = !placeWritten || place.equals(new Place(null, null, null, null, null));
        if (noPlace) {
            place = new Place(null, null, null, null, null);
        }
        if (text == null && noPlace) {
            return null;
        }
        String dateText = null;
        LocalDate date = null;
        String source = null;
        if (text != null) {
            try {
                Dateline shown = Dateline.parse(text);
                dateText = shown.dateText();
                date = shown.date();
                source = shown.source();
            } catch (IllegalArgumentException e) {
                // the text shows no date and no source
            }
        }
        return new Dateline(text, place, dateText, date, source);
    }

    private static Byline byline(Byline byline) {
        if (byline == null) {
            return null;
        }
        List<Contributor> ordered = new ArrayList<>();
        for (ContributorRole role : List.of(ContributorRole.AUTHOR, ContributorRole.EDITOR)) {
            for (Contributor c : byline.contributors()) {
                if (c.role() == role) {
                    ordered.add(Contributor.of(role, party(c.party())));
                }
            }
        }
        for (Contributor c : byline.contributors()) {
            if (c.role() != ContributorRole.AUTHOR && c.role() != ContributorRole.EDITOR) {
                ordered.add(Contributor.of(c.role(), party(c.party())));
            }
        }
        return Byline.of(ordered);
    }

    private static Party party(Party p) {
        if (p == null) {
            return null;
        }
        if (p instanceof Person person) {
            return new Person(blank(person.name()), blank(person.description()), blank(person.jobTitle()),
                    blank(person.honorificPrefix()), blank(person.honorificSuffix()),
                    person.affiliation() == null ? null : organization(person.affiliation()), person.url(), person.sameAs());
        }
        return organization((Organization) p);
    }

    private static Organization organization(Organization o) {
        return new Organization(blank(o.name()), o.newsMedia(), o.url(), o.logo(), o.sameAs());
    }

    private static Quote quote(Quote q) {
        return new Quote(blank(q.text()), party(q.speaker()), false, null);
    }

    private static Rights rights(Rights r) {
        return new Rights(party(r.creator()), party(r.copyrightHolder()), blank(r.copyrightNotice()), r.license(),
                r.acquireLicensePage());
    }

    private static Media media(Media m) {
        if (m instanceof Image i) {
            return new Image(i.url(), blank(i.caption()), blank(i.credit()), null, null, rights(i.rights()), i.width(),
                    i.height(), i.format());
        }
        if (m instanceof Video v) {
            return new Video(v.url(), blank(v.caption()), blank(v.credit()), null, null, rights(v.rights()),
                    blank(v.name()), v.thumbnail(), v.uploadDate(), v.duration(), v.embedUrl(), blank(v.transcript()));
        }
        Audio a = (Audio) m;
        return new Audio(a.url(), blank(a.caption()), blank(a.credit()), null, null, rights(a.rights()), blank(a.name()),
                a.duration(), blank(a.transcript()));
    }

    private static Copyright copyright(Copyright c) {
        if (c == null) {
            return null;
        }
        Copyright projected = new Copyright(c.year(), party(c.holder()), blank(c.notice()));
        return projected.year() == null && projected.holder() == null && projected.notice() == null ? null : projected;
    }

    // ---------------------------------------------------------------------------------------------
    // generators: whole articles, text from all Unicode scalar values

    @Provide
    Arbitrary<DatelineStyle> styles() {
        return Arbitraries.of(DatelineStyle.class).injectNull(0.4);
    }

    /** Text from all Unicode scalar values, biased towards ASCII and the characters JSON and HTML escape. */
    static Arbitrary<String> text() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7f);
        Arbitrary<Integer> special = Arbitraries.of((int) '<', (int) '>', (int) '&', (int) '"', (int) '\\', (int) '/',
                0x2028, 0x2029, 0x0, (int) '\n', (int) '\t', 0x1F600, 0xFEFF, 0xA0, (int) ' ');
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(5, ascii), net.jqwik.api.Tuple.of(2, special));
        return codePoint.list().ofMaxSize(24).map(cps -> {
            StringBuilder s = new StringBuilder();
            cps.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    static Arbitrary<URI> url(String host) {
        Arbitrary<String> segment = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.', '~')
                        .ofMinLength(1).ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("caf%C3%A9", "%20", "ümlaut", "日本", "a%2Fb")));
        return Combinators.combine(Arbitraries.of("https", "http"), segment.list().ofMaxSize(3),
                Arbitraries.of("", "?q=1&x=%3C", "#frag", "?a=b,c")).as((scheme, path, tail) ->
                URI.create(scheme + "://" + host + "/" + String.join("/", path) + tail));
    }

    static Arbitrary<URI> optionalUrl(String host) {
        return url(host).injectNull(0.4);
    }

    static Arbitrary<NewsDate> date() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(1, 9999).flatMap(year ->
                Arbitraries.integers().between(1, 365).map(d -> LocalDate.ofYearDay(year, d)));
        Arbitrary<ZoneOffset> offset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(ZoneOffset.UTC)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-64800, 64800).map(ZoneOffset::ofTotalSeconds)));
        Arbitrary<NewsDate> dateTime = Combinators.combine(day, Arbitraries.integers().between(0, 86399),
                Arbitraries.of(0, 0, 500_000_000, 123_000_000, 1), offset).as((d, second, nano, o) ->
                NewsDate.of(OffsetDateTime.of(LocalDateTime.of(d, java.time.LocalTime.ofSecondOfDay(second).withNano(nano)), o)));
        return Arbitraries.oneOf(day.map(NewsDate::of), dateTime);
    }

    static Arbitrary<NewsDate> optionalDate() {
        return date().injectNull(0.3);
    }

    static Arbitrary<Organization> organization() {
        return Combinators.combine(optionalText(), Arbitraries.of(true, false), optionalUrl("org.example"),
                optionalUrl("logo.example"), url("same.example").list().ofMaxSize(2))
                .as(Organization::new);
    }

    static Arbitrary<Person> person() {
        return Builders.withBuilder(() -> new Person(null, null, null, null, null, null, null, List.of()))
                .use(optionalText()).in((p, v) -> p.withName(v))
                .use(optionalText().injectNull(0.6)).in((p, v) -> p.withDescription(v))
                .use(optionalText().injectNull(0.5)).in((p, v) -> p.withJobTitle(v))
                .use(optionalText().injectNull(0.7)).in((p, v) -> p.withHonorificPrefix(v))
                .use(optionalText().injectNull(0.7)).in((p, v) -> p.withHonorificSuffix(v))
                .use(organization().injectNull(0.6)).in((p, v) -> p.withAffiliation(v))
                .use(optionalUrl("people.example")).in((p, v) -> p.withUrl(v))
                .use(url("profiles.example").list().ofMaxSize(2)).in((p, v) -> p.withSameAs(v))
                .build();
    }

    static Arbitrary<Party> party() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, person()), net.jqwik.api.Tuple.of(1, organization()));
    }

    static Arbitrary<Byline> byline() {
        return Combinators.combine(Arbitraries.of(ContributorRole.class), party()).as((role, p) -> Contributor.of(role, p))
                .list().ofMinSize(1).ofMaxSize(5).map(Byline::of);
    }

    static Arbitrary<Rights> rights() {
        return Combinators.combine(party().injectNull(0.6), party().injectNull(0.7), optionalText().injectNull(0.5),
                optionalUrl("license.example"), optionalUrl("license.example")).as(Rights::new);
    }

    static Arbitrary<Media> media() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 100_000).injectNull(0.3);
        Arbitrary<Image> image = Builders.withBuilder(Image::draft)
                .use(optionalUrl("img.example").injectNull(0.1)).in((i, v) -> i.withUrl(v))
                .use(optionalText()).in((i, v) -> i.withCaption(v))
                .use(optionalText()).in((i, v) -> i.withCredit(v))
                .use(optionalText()).in((i, v) -> i.withAltText(v))
                .use(optionalText()).in((i, v) -> i.withExtendedDescription(v))
                .use(rights()).in((i, v) -> i.withRights(v))
                .use(size).in((i, v) -> new Image(i.url(), i.caption(), i.credit(), i.altText(), i.extendedDescription(),
                        i.rights(), v, i.height(), i.format()))
                .use(size).in((i, v) -> new Image(i.url(), i.caption(), i.credit(), i.altText(), i.extendedDescription(),
                        i.rights(), i.width(), v, i.format()))
                .use(Arbitraries.of("image/jpeg", "image/webp", "image/svg+xml").injectNull(0.5)).in((i, v) -> i.withFormat(v))
                .build();
        Arbitrary<Duration> duration = Arbitraries.longs().between(1, 10_000_000).map(Duration::ofMillis).injectNull(0.3);
        Arbitrary<Video> video = Builders.withBuilder(() -> new Video(null, null, null, null, null, Rights.NONE, null, null,
                        null, null, null, null))
                .use(optionalUrl("video.example")).in((v, x) -> v.withUrl(x))
                .use(optionalText()).in((v, x) -> v.withCaption(x))
                .use(optionalText()).in((v, x) -> v.withCredit(x))
                .use(optionalText()).in((v, x) -> v.withAltText(x))
                .use(rights()).in((v, x) -> v.withRights(x))
                .use(optionalText()).in((v, x) -> v.withName(x))
                .use(optionalUrl("thumb.example")).in((v, x) -> v.withThumbnail(x))
                .use(optionalDate()).in((v, x) -> v.withUploadDate(x))
                .use(duration).in((v, x) -> v.withDuration(x))
                .use(optionalUrl("embed.example")).in((v, x) -> v.withEmbedUrl(x))
                .use(optionalText()).in((v, x) -> v.withTranscript(x))
                .build();
        Arbitrary<Audio> audio = Builders.withBuilder(() -> new Audio(null, null, null, null, null, Rights.NONE, null, null, null))
                .use(optionalUrl("audio.example")).in((v, x) -> v.withUrl(x))
                .use(optionalText()).in((v, x) -> v.withCaption(x))
                .use(optionalText()).in((v, x) -> v.withCredit(x))
                .use(optionalText()).in((v, x) -> v.withExtendedDescription(x))
                .use(rights()).in((v, x) -> v.withRights(x))
                .use(optionalText()).in((v, x) -> v.withName(x))
                .use(duration).in((v, x) -> v.withDuration(x))
                .use(optionalText()).in((v, x) -> v.withTranscript(x))
                .build();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, image), net.jqwik.api.Tuple.of(1, video),
                net.jqwik.api.Tuple.of(1, audio));
    }

    static Arbitrary<Dateline> dateline() {
        Arbitrary<String> code = Arbitraries.of("ES", "US", "DE", "JP").injectNull(0.5);
        Arbitrary<Place> place = Combinators.combine(optionalText(), optionalText(), optionalText(), code,
                Arbitraries.of(true, false)).as((locality, region, country, cc, pa) -> {
                    String regionCode = pa && (cc == null || cc.equals("US")) ? "US-PA" : null;
                    return new Place(locality, region, regionCode, country, cc);
                });
        Arbitrary<Dateline> parsed = Arbitraries.of("MADRID, Spain --", "LONDON, June 4 (Reuters) -",
                "STATE COLLEGE, Pa. —", "WASHINGTON (AP) —", "PARIS, Monday, June 3, 2024 (AFP) -",
                "GROSSETO, Italy (AP) —").map(Dateline::parse);
        Arbitrary<Dateline> built = Combinators.combine(optionalText(), place, optionalText().injectNull(0.7),
                Arbitraries.of(LocalDate.of(2024, 6, 4)).injectNull(0.7), optionalText().injectNull(0.7))
                .as(Dateline::new);
        return Arbitraries.oneOf(parsed, built);
    }

    static Arbitrary<Quote> quote() {
        return Combinators.combine(optionalText(), party().injectNull(0.2), Arbitraries.of(true, false),
                optionalText()).as(Quote::new);
    }

    static Arbitrary<Paywall> paywall() {
        Arbitrary<String> selector = Arbitraries.of(".paywall", ".meteredContent", "#x .y", " .spaced ", ".ü");
        return Arbitraries.oneOf(Arbitraries.just(Paywall.FREE),
                selector.list().ofMaxSize(3).map(s -> new Paywall(false, s)));
    }

    static Arbitrary<Copyright> copyright() {
        return Combinators.combine(Arbitraries.integers().between(1, 9999).injectNull(0.3), party().injectNull(0.4),
                optionalText()).as(Copyright::new);
    }

    @Provide
    Arbitrary<Article> articles() {
        return Builders.withBuilder(Article::builder)
                .use(optionalUrl("news.example").injectNull(0.1)).in((b, v) -> b.url(v))
                .use(Arbitraries.of(ArticleType.class)).in((b, v) -> b.type(v))
                .use(optionalText()).in((b, v) -> b.headline(v))
                .use(optionalText()).in((b, v) -> b.alternativeHeadline(v))
                .use(optionalText()).in((b, v) -> b.description(v))
                .use(optionalText()).in((b, v) -> b.body(v))
                .use(optionalText()).in((b, v) -> b.section(v))
                .use(text().list().ofMaxSize(3)).in((b, v) -> b.keywords(v))
                .use(Arbitraries.of("en", "de-CH", "pt-BR", "zh-Hant-TW", "sr-Latn", "es-419", "fr").injectNull(0.3))
                .in((b, v) -> v == null ? b : b.language(v))
                .use(optionalDate()).in((b, v) -> b.datePublished(v))
                .use(optionalDate()).in((b, v) -> b.dateModified(v))
                .use(optionalDate()).in((b, v) -> b.dateCreated(v))
                .use(dateline().injectNull(0.3)).in((b, v) -> b.dateline(v))
                .use(byline().injectNull(0.2)).in((b, v) -> b.byline(v))
                .use(quote().list().ofMaxSize(3)).in((b, v) -> b.quotes(v))
                .use(media().list().ofMaxSize(4)).in((b, v) -> b.media(v))
                .use(organization().injectNull(0.3)).in((b, v) -> b.publisher(v))
                .use(Combinators.combine(text().filter(t -> !t.isBlank()), optionalDate()).as(Correction::new)
                        .list().ofMaxSize(2)).in((b, v) -> b.corrections(v))
                .use(paywall().injectNull(0.4)).in((b, v) -> b.paywall(v))
                .use(copyright().injectNull(0.5)).in((b, v) -> b.copyright(v))
                .build(Article.Builder::build);
    }
}
