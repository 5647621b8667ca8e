package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.testing.ModelGenerators;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The strict reader reads back exactly what the writer writes: {@code read(write(a))} equals the
 * projection of {@code a} that {@link JsonLdWriter}'s Javadoc defines, for whole articles from
 * {@link ModelGenerators#articles()} (every field of every model type, text drawn from all Unicode
 * scalar values), in compact and graph form, pretty or not, with and without quotes, for every
 * dateline style.
 */
class ReaderRoundTripTest {

    private static final JsonLdReader STRICT = JsonLdReader.strict();
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    // ---------------------------------------------------------------------------------------------
    // the laws

    @Test
    void strictRead_ofCompactOutput_isTheProjection() {
        Theories.qt(300).forAll(ModelGenerators.articles(), booleans().all()).checkAssert((article, pretty) ->
                assertRoundTrip(article, JsonLdWriter.builder().pretty(pretty).build()));
    }

    @Test
    void strictRead_ofGraphOutput_isTheProjection() {
        Theories.qt(300).forAll(ModelGenerators.articles(), booleans().all()).checkAssert((article, pretty) ->
                assertRoundTrip(article, JsonLdWriter.builder().graph(true).pretty(pretty).build()));
    }

    @Test
    void strictRead_withEveryWriterOption_isTheProjection() {
        Theories.qt(150).forAll(ModelGenerators.articles(), booleans().all(), booleans().all(), styles())
                .checkAssert((article, graph, quotes, style) -> assertRoundTrip(article,
                        JsonLdWriter.builder().graph(graph).quotes(quotes).datelineStyle(style).build()));
    }

    /** The writer's dateline styles, or none (the text as written) 40 times in a hundred. */
    private static Gen<DatelineStyle> styles() {
        return ModelGenerators.datelineStyles().toOptionals(40).map(style -> style.orElse(null));
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

    /** What JSON-LD cannot express, as the writer's Javadoc lists it: an article read back says so. */
    static final java.util.Set<String> UNEXPRESSED = java.util.Set.of("media[*].altText", "media[*].extendedDescription",
            "media[*].rights.usageTerms", "quotes[*].partial", "quotes[*].attribution", "embargoedUntil");

    static Article project(Article a, JsonLdWriter writer) {
        Article.Builder b = Article.builder()
                .url(a.url())
                .identifier(a.identifier())
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
                .copyright(copyright(a.copyright()))
                .unexpressed(UNEXPRESSED);
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
                r.acquireLicensePage(), null);
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
}
