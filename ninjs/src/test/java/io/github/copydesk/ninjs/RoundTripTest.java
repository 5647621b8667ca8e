package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.net.URI;
import java.text.ParsePosition;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.copydesk.internal.BylineFormat;
import io.github.copydesk.internal.Checks;
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
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;

/**
 * The strict reader reads back exactly what the writer writes: {@code read(write(a))} equals the
 * projection of {@code a} that {@link NinjsWriter}'s Javadoc defines, for generated articles of every
 * shape ({@link io.github.copydesk.testing.ModelGenerators#articles()}: every field, text from all of
 * Unicode), in 3.2 and 2.3, compact and pretty; and the read reports nothing.
 */
class RoundTripTest {

    /** What ninjs cannot express, as {@link NinjsReader}'s Javadoc lists it. */
    private static final Set<String> UNEXPRESSED = Set.of("url", "section", "quotes", "publisher", "corrections", "paywall",
            "copyright.year", "byline.contributors[*].party", "media[*].altText", "media[*].extendedDescription",
            "media[*].rights.acquireLicensePage", "media[*].embedUrl", "media[*].transcript");

    /** A strict reader whose clock is after every embargo the generators draw: it gives no notice. */
    private static final NinjsReader STRICT = NinjsReader.builder().strict(true)
            .clock(Clock.fixed(Instant.parse("+10000-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void strictRead_ofWhatTheWriterWrites_isTheProjection() {
        Theories.qt(400).forAll(NinjsWriterTest.writableArticles(), booleans().all(), booleans().all())
                .checkAssert((article, v2, pretty) -> {
                    NinjsWriter writer = NinjsWriter.builder().version(v2 ? NinjsVersion.V2 : NinjsVersion.V3).pretty(pretty)
                            .build();
                    String json = writer.write(article);
                    ReadResult back = STRICT.read(json);
                    // the one notice: a clip longer than a day, which the reader doubts but keeps
                    assertEquals(List.of(), back.findings().stream().filter(f -> f.code() != ReadCode.VALUE_DOUBTFUL).toList(), json);
                    assertEquals(article.media().stream().filter(m -> m.url() != null && longerThanADay(m)).count(),
                            back.findings().stream().filter(f -> f.code() == ReadCode.VALUE_DOUBTFUL).count(), json);
                    assertEquals(List.of(projection(article)), back.articles(), json);
                });
    }

    @Test
    void strictRead_ofTheRichWireStory_isItsProjection() {
        Article rich = WireStories.rich();
        Article back = STRICT.read(NinjsWriter.create().write(rich)).articles().get(0);
        assertEquals(projection(rich), back);
        // what the projection keeps of this story, said outright
        assertEquals(rich.identifier(), back.identifier());
        assertEquals(rich.byline(), back.byline());
        assertEquals(rich.dateline(), back.dateline(), "the body starts with the dateline as written");
        assertEquals(3, back.media().size(), "the image not uploaded yet is left out");
    }

    @Test
    void leftOut_namesExactlyTheValuesTheStrictReadDoesNotGiveBack() {
        // complete: every value of the article that does not come back, found by comparing the models
        // component by component, is named by leftOut (or lies under a path it names); and sound: every
        // path leftOut names is such a value (or holds one). What only changes
        // form is compared as what it is: a URI in ASCII, a date-time as its instant, a canonical URL
        // written as the item's uri and read back as its identifier
        NinjsWriter writer = NinjsWriter.create();
        Theories.qt(400).forAll(NinjsWriterTest.writableArticles()).checkAssert(generated -> {
            Article a = comparable(generated);
            Article back = STRICT.read(writer.write(a)).articles().get(0);
            List<String> lost = writer.leftOut(a);
            List<String> differ = new ArrayList<>();
            ModelDiff.paths(a, back, "", differ);
            for (String path : differ) {
                assertTrue(lost.stream().anyMatch(l -> under(path, l)),
                        () -> path + " does not come back, and leftOut " + lost + " does not say so:\n" + a + "\n" + back);
            }
            for (String l : lost) {
                assertTrue(differ.stream().anyMatch(path -> under(path, l)),
                        () -> "leftOut names " + l + ", which comes back as it was " + differ + ":\n" + a + "\n" + back);
            }
        });
    }

    private static boolean longerThanADay(Media m) {
        java.time.Duration d = m instanceof Video v ? v.duration() : m instanceof Audio a ? a.duration() : null;
        return d != null && d.compareTo(java.time.Duration.ofDays(1)) > 0;
    }

    /** Whether a property path is the path named or lies under it. */
    private static boolean under(String path, String named) {
        return path.equals(named) || path.startsWith(named + ".") || path.startsWith(named + "[");
    }

    /**
     * The article with only the changes of form the writer documents made beforehand: media without a URL
     * out (leftOut's {@code media[i]}, tested on their own), an alternative headline without a headline as
     * the headline, empty keywords out, a canonical URL without an identifier as the identifier, the
     * byline's contributors as its line names them (by role; one without a name is in no line: leftOut's
     * {@code byline.contributors[i]}, tested on its own).
     */
    private static Article comparable(Article a) {
        Article.Builder b = a.toBuilder().media(a.media().stream().filter(m -> m.url() != null).toList())
                .keywords(a.keywords().stream().filter(k -> !k.isEmpty()).toList());
        if (text(a.headline()) == null) {
            b.headline(text(a.alternativeHeadline())).alternativeHeadline(null);
        }
        if (a.identifier() == null) {
            b.identifier(Checks.ascii(a.url())).url((URI) null);
        }
        if (a.byline() != null) {
            // the contributors as the display line names them: by role, those with a name
            List<Contributor> named = BylineFormat.displayOrder(a.byline().contributors()).stream()
                    .map(a.byline().contributors()::get).toList();
            b.byline(named.isEmpty() ? null : Byline.of(named));
        }
        return b.build();
    }

    @Test
    void leftOut_ofABylineByRole_namesWhatTheLineCannotSay() {
        // the line names the authors first, then the editor; a contributor without a name is in no line
        Article a = Article.builder().identifier("urn:x:1").byline(Byline.of(
                new Contributor(Person.of("Rui Costa"), ContributorRole.EDITOR),
                new Contributor(Person.of("Ana Ruiz").withUrl(URI.create("https://example.com/ana")), ContributorRole.AUTHOR),
                new Contributor(new Person(null, null, null, null, null, null, null, List.of(URI.create("https://example.org/anonymous"))),
                        ContributorRole.AUTHOR))).build();
        NinjsWriter writer = NinjsWriter.create();

        assertEquals(List.of("byline.contributors[1].party.url", "byline.contributors[2]"), writer.leftOut(a));
        assertEquals("By Ana Ruiz; edited by Rui Costa", STRICT.read(writer.write(a)).articles().get(0).byline().format());
    }

    @Test
    void leftOut_ofTheRichWireStory_namesEachValueTheProjectionDrops() {
        Article rich = WireStories.rich();
        // the photographer's agency and the holders' kind (news media) do not survive "by" and a name
        assertEquals(List.of("url", "section", "dateCreated", "quotes", "media[0].altText", "media[0].rights.creator.affiliation",
                "media[0].rights.copyrightHolder.newsMedia", "media[0].rights.acquireLicensePage", "media[1]", "media[2].embedUrl",
                "media[3].transcript", "copyright.year", "copyright.holder.newsMedia"), NinjsWriter.create().leftOut(rich));
        assertEquals(NinjsWriter.create().leftOut(rich), NinjsWriter.builder().version(NinjsVersion.V2).build().leftOut(rich));
    }

    /** The projection {@link NinjsWriter} documents: what a strict read of its output gives back. */
    static Article projection(Article a) {
        String body = text(a.body());
        return Article.builder()
                .identifier(a.identifier() != null ? Checks.ascii(URI.create(a.identifier())) : Checks.ascii(a.url()))
                .headline(text(a.headline()) != null ? text(a.headline()) : text(a.alternativeHeadline()))
                .alternativeHeadline(text(a.headline()) != null ? text(a.alternativeHeadline()) : null)
                .description(text(a.description()))
                .body(body)
                .keywords(a.keywords().stream().filter(k -> !k.isEmpty()).toList())
                .language(a.language())
                .datePublished(dateTime(a.datePublished()))
                .dateModified(dateTime(a.dateModified()))
                .dateCreated(dateTime(a.dateCreated()))
                .embargoedUntil(dateTime(a.embargoedUntil()))
                .byline(byline(a.byline() == null ? "" : a.byline().format()))
                .dateline(dateline(body, a.dateline()))
                .copyright(copyright(a.copyright()))
                .media(media(a.media()))
                .unexpressed(UNEXPRESSED)
                .build();
    }

    private static String text(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static NewsDate dateTime(NewsDate d) {
        if (d == null || d.isDateOnly()) {
            return null;
        }
        OffsetDateTime t = d.dateTime().orElseThrow();
        if (t.getOffset().getTotalSeconds() % 60 != 0) {
            t = t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return t.getYear() > 9999 || t.getYear() < 0 ? null : NewsDate.of(t);
    }

    private static Byline byline(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Byline.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Dateline dateline(String body, Dateline d) {
        Dateline leading = body == null ? null : Dateline.parseLeading(body, new ParsePosition(0));
        if (leading != null) {
            return leading;
        }
        String located = d == null ? "" : d.format(DatelineStyle.PLAIN);
        if (located.isEmpty()) {
            return null;
        }
        try {
            return Dateline.of(Dateline.parse(located).place());
        } catch (IllegalArgumentException e) {
            return Dateline.of(Place.of(located));
        }
    }

    private static Copyright copyright(Copyright c) {
        if (c == null) {
            return null;
        }
        Organization holder = organization(c.holder());
        String notice = text(c.notice());
        return holder == null && notice == null ? null : new Copyright(null, holder, notice);
    }

    private static Organization organization(Party p) {
        return p == null || text(p.name()) == null ? null : Organization.of(p.name());
    }

    private static List<Media> media(List<Media> media) {
        List<Media> out = new ArrayList<>();
        for (Media m : media) {
            if (m.url() == null) {
                continue;
            }
            URI url = ascii(m.url());
            Rights r = m.rights();
            Byline creator = byline(r.creator() == null ? null : r.creator().name());
            String creatorName = creator == null ? null : r.creator().name();
            Party party = creator == null ? null : creator.contributors().get(0).party();
            Rights rights = new Rights(party, organization(r.copyrightHolder()), text(r.copyrightNotice()), ascii(r.license()),
                    null, text(r.usageTerms()));
            if (rights.isEmpty()) {
                rights = Rights.NONE;
            }
            String credit = text(m.credit()) != null ? text(m.credit()) : creatorName;
            String caption = text(m.caption());
            if (m instanceof Image i) {
                out.add(new Image(url, caption, credit, null, null, rights, i.width(), i.height(), i.format()));
            } else if (m instanceof Video v) {
                out.add(new Video(url, caption, credit, null, null, rights, text(v.name()), ascii(v.thumbnail()),
                        dateTime(v.uploadDate()), v.duration(), null, null));
            } else {
                Audio au = (Audio) m;
                out.add(new Audio(url, caption, credit, null, null, rights, text(au.name()), au.duration(), null));
            }
        }
        return out;
    }

    private static URI ascii(URI u) {
        return u == null ? null : URI.create(Checks.ascii(u));
    }
}
