package io.github.copydesk.jsonld;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;

/**
 * Articles for the writer's tests. {@link #rich()} sets every field of every model type; the others
 * vary one thing (the type, the media kinds, hostile text, next to nothing). The URLs are illustrative
 * ({@code example.com}, {@code example.org}); the story is invented.
 */
final class TestArticles {

    /** The canonical URL of {@link #rich()}. */
    static final String RICH_URL = "https://example.com/news/2024/06/04/nato-russia-toronto";

    /** An author with every Person field: {@code @id} in graph mode from her url. */
    static final Person JANE_DOE = new Person("Jane Doe", "Diplomatic correspondent covering NATO and Russia",
            "AP Diplomatic Writer", "Dr.", "PhD", Organization.newsMedia("The Associated Press")
                    .withUrl(uri("https://example.org/ap"))
                    .withSameAs(List.of(uri("https://example.org/wiki/Associated_Press"))),
            uri("https://example.com/staff/jane-doe"),
            List.of(uri("https://example.org/wiki/Jane_Doe"), uri("https://example.org/social/janedoe")));

    /** An author that is an organization: {@code @id} in graph mode from its first sameAs. */
    static final Organization WIRE = Organization.newsMedia("Example Wire Service")
            .withSameAs(List.of(uri("https://example.org/wiki/Example_Wire_Service"),
                    uri("https://example.org/social/examplewire")));

    /** An editor with neither url nor sameAs: stays embedded in graph mode. */
    static final Person EDITOR = Person.of("John Roe").withJobTitle("World Editor");

    /** The photographer of the byline and the creator of the lead image: one node in graph mode. */
    static final Person PHOTOGRAPHER = Person.of("Maria Garcia").withJobTitle("AP Photographer")
            .withUrl(uri("https://example.com/staff/maria-garcia"));

    /** A speaker with a plain affiliation. */
    static final Person IVANOV = Person.of("Igor Ivanov").withJobTitle("Foreign Minister")
            .withAffiliation(Organization.of("Government of Russia"));

    /** An organization with a url, as affiliation and as a speaker. */
    static final Organization NATO = Organization.of("NATO").withUrl(uri("https://example.org/nato"));

    /** A speaker with a url and an affiliation with a url. */
    static final Person ROBERTSON = Person.of("Lord Robertson").withJobTitle("Secretary-General")
            .withAffiliation(NATO).withUrl(uri("https://example.org/people/lord-robertson"));

    /** An unnamed source. */
    static final Person UNNAMED = Person.unnamed("a senior NATO official");

    /** The publisher: a news media organization with url, logo and sameAs. */
    static final Organization PUBLISHER = new Organization("Copydesk Daily", true, uri("https://example.com/"),
            uri("https://example.com/assets/logo-600x60.png"), List.of(uri("https://example.org/wiki/Copydesk_Daily")));

    private TestArticles() {
    }

    static URI uri(String s) {
        return URI.create(s);
    }

    static NewsDate dateTime(String isoWithOffset) {
        return NewsDate.of(OffsetDateTime.parse(isoWithOffset));
    }

    /**
     * One article that uses every field of every model type: all article fields, three dates with
     * offsets, a parsed dateline with region, country, date and source, every contributor role, a
     * full and a partial quote, an unnamed source and an organization as speakers, two images, a video
     * and an audio recording (each with every field and full rights; the media kinds interleaved),
     * a news media publisher, two corrections, a paywall with two sections and a copyright.
     */
    static Article rich() {
        Rights leadRights = new Rights(PHOTOGRAPHER, Organization.newsMedia("The Associated Press"),
                "© 2024 The Associated Press", uri("https://example.org/licenses/editorial-use"),
                uri("https://example.org/licensing/photos/ivanov-robertson"), null);
        Image lead = new Image(uri("https://example.com/media/ivanov-robertson.jpg"),
                "Ivanov and Robertson shake hands at the NATO meeting in Toronto on Tuesday.",
                "AP Photo/Maria Garcia",
                "Two men in dark suits shake hands in front of a row of flags.",
                "Igor Ivanov, left, and Lord Robertson stand at a lectern with the NATO emblem; behind them"
                        + " hang the flags of the member states.",
                leadRights, 1200, 800, "image/jpeg");
        Rights mapRights = new Rights(Organization.of("Copydesk Daily Graphics"), PUBLISHER,
                "© 2024 Copydesk Daily", uri("https://example.com/licenses/graphics"),
                uri("https://example.com/licensing/graphics/kabul-map"), null);
        Image map = new Image(uri("https://example.com/media/kabul-map.png"),
                "Where the peacekeeping force will operate.",
                "Copydesk Daily graphic",
                "Map of Kabul with the peacekeeping sectors shaded.",
                "A street map of Kabul divided into five sectors; the airport sector is in the north-east.",
                mapRights, 1600, 900, "image/png");
        Rights videoRights = new Rights(Person.of("Sam Lee"), Organization.newsMedia("The Associated Press"),
                "© 2024 The Associated Press", uri("https://example.org/licenses/editorial-use"),
                uri("https://example.org/licensing/video/ivanov-press-conference"), null);
        Video video = new Video(uri("https://example.com/media/ivanov-press-conference.mp4"),
                "Ivanov speaks to reporters after the meeting.",
                "AP Video/Sam Lee",
                "Igor Ivanov at a lectern answering questions.",
                "Ivanov stands at a lectern; reporters raise their hands; captions show his words in English.",
                videoRights,
                "Ivanov: cooperation, not troops",
                uri("https://example.com/media/ivanov-press-conference-thumb.jpg"),
                dateTime("2024-06-04T12:40:00+02:00"),
                Duration.ofMinutes(2).plusSeconds(35),
                uri("https://example.com/embed/ivanov-press-conference"),
                "Ivanov: Cooperation with NATO may take many forms.\nReporter: Troops?\nIvanov: No.");
        Rights audioRights = new Rights(PUBLISHER, PUBLISHER, "© 2024 Copydesk Daily",
                uri("https://example.com/licenses/audio"), uri("https://example.com/licensing/audio/briefing"), null);
        Audio audio = new Audio(uri("https://example.com/media/briefing-2024-06-04.mp3"),
                "The morning briefing on the NATO meeting.",
                "Copydesk Daily Audio",
                "Audio: the morning briefing.",
                "Two hosts discuss the meeting for twelve minutes; music at the start and the end.",
                audioRights,
                "Morning briefing: NATO and Russia",
                Duration.ofMinutes(12),
                "Host 1: Good morning.\nHost 2: Today, NATO and Russia.");

        return Article.builder()
                .url(RICH_URL)
                .type(ArticleType.NEWS)
                .headline("Russia Offers Help in Afghanistan")
                .alternativeHeadline("Moscow offers intelligence, not troops, for NATO's Kabul mission")
                .description("Russia will back NATO's peacekeepers in Afghanistan with intelligence but will not"
                        + " send troops, its foreign minister said.")
                .body("TORONTO (AP) — Russia is offering intelligence and other backup to NATO troops preparing"
                        + " for a peacekeeping mission in Afghanistan, Foreign Minister Igor Ivanov said Tuesday.\n\n"
                        + "\"Cooperation with NATO may take many forms, but not direct military participation,\""
                        + " Ivanov told a news conference.\n\n"
                        + "He promised what he called \"military restraint\" in the region.")
                .section("World")
                .keywords(List.of("NATO", "Russia", "Afghanistan", "peacekeeping"))
                .language("en-US")
                .datePublished(dateTime("2024-06-04T09:30:00+02:00"))
                .dateModified(dateTime("2024-06-04T17:05:30-04:00"))
                .dateCreated(dateTime("2024-06-04T06:15:00+05:30"))
                .dateline(Dateline.parse("TORONTO, Ontario, Canada, June 4, 2024 (AP) —"))
                .byline(Byline.of(
                        Contributor.author(JANE_DOE),
                        Contributor.author(WIRE),
                        Contributor.of(ContributorRole.EDITOR, EDITOR),
                        Contributor.of(ContributorRole.CONTRIBUTOR, Person.of("Ana Lima")
                                .withAffiliation(Organization.newsMedia("The Associated Press"))),
                        Contributor.of(ContributorRole.PHOTOGRAPHER, PHOTOGRAPHER),
                        Contributor.of(ContributorRole.VIDEOGRAPHER, Person.of("Sam Lee")),
                        Contributor.of(ContributorRole.ILLUSTRATOR, Organization.of("Copydesk Daily Graphics")),
                        Contributor.of(ContributorRole.TRANSLATOR, Person.of("Pierre Martin")
                                .withSameAs(List.of(uri("https://example.org/people/pierre-martin"))))))
                .quotes(List.of(
                        Quote.of("Cooperation with NATO may take many forms, but not direct military participation",
                                IVANOV).withAttribution("told a news conference"),
                        Quote.partial("military restraint", IVANOV).withAttribution("what he called"),
                        Quote.of("In today's world the NATO allies and Russia need each other more than ever",
                                ROBERTSON).withAttribution("said"),
                        Quote.of("We will judge Moscow by its deeds, not its offers", UNNAMED)
                                .withAttribution("said on condition of anonymity"),
                        Quote.of("The alliance welcomes every offer of support", NATO)
                                .withAttribution("said in a statement")))
                .media(List.of(lead, video, map, audio))
                .publisher(PUBLISHER)
                .corrections(List.of(
                        Correction.of("An earlier version misstated the size of the force: it is 5,000 troops,"
                                + " not 50,000.", dateTime("2024-06-04T15:00:00-04:00")),
                        Correction.of("Lord Robertson's title was misspelled.", NewsDate.of(LocalDate.of(2024, 6, 5)))))
                .paywall(Paywall.of(".paywall", ".premium"))
                .copyright(new Copyright(2024, PUBLISHER, "© 2024 Copydesk Daily. All rights reserved."))
                .build();
    }

    /**
     * {@link #rich()} with another type.
     *
     * @param type the type
     * @return the article
     */
    static Article ofType(ArticleType type) {
        return rich().toBuilder().type(type).build();
    }

    /** Only a headline: the writer writes {@code @context}, {@code @type} and {@code headline}. */
    static Article minimal() {
        return Article.builder().headline("Russia Offers Help in Afghanistan").build();
    }

    /**
     * Text that tries to break out of a {@code <script>} element or out of a JavaScript string: an
     * emoji (U+1F600, outside the BMP), {@code </script>}, {@code <!--}, {@code &}, U+2028 and U+2029,
     * in the headline, the body, a keyword, a quote and a person's name, plus a URL with {@code &} in
     * its query.
     */
    static Article hostile() {
        String emoji = new String(Character.toChars(0x1F600));
        return Article.builder()
                .url("https://example.com/news/hostile?a=1&b=%3Cscript%3E")
                .headline("Grinning " + emoji + " </script><script>alert(1)</script>")
                .description("Line\u2028separator and paragraph\u2029separator, <!-- comment --> & \"quotes\"")
                .body("</SCRIPT>\u2028<!--<script>" + emoji + "\nTom & Jerry > Itchy < Scratchy\u2029end")
                .keywords(List.of("</script>", emoji, "a\u2028b"))
                .byline(Byline.authors(Person.of("Zoë </script> O'Brien " + emoji)))
                .addQuote(Quote.of("</script>" + emoji + "\u2028", Person.unnamed("a <b>bold</b> source")))
                .build();
    }

    /** {@link #rich()} with only its images. */
    static Article imagesOnly() {
        return onlyMedia(Image.class);
    }

    /** {@link #rich()} with only its video. */
    static Article videoOnly() {
        return onlyMedia(Video.class);
    }

    /** {@link #rich()} with only its audio. */
    static Article audioOnly() {
        return onlyMedia(Audio.class);
    }

    private static Article onlyMedia(Class<?> kind) {
        Article rich = rich();
        return rich.toBuilder().media(rich.media().stream().filter(kind::isInstance).toList()).build();
    }

    /**
     * Articles whose output the tests compare and check, by name: {@link #rich()}, each type, each
     * media kind alone, {@link #hostile()}, {@link #minimal()}, and a few drafts with gaps.
     */
    static Map<String, Article> named() {
        Map<String, Article> all = new LinkedHashMap<>();
        all.put("rich", rich());
        for (ArticleType type : ArticleType.values()) {
            all.put("rich " + type, ofType(type));
        }
        all.put("images only", imagesOnly());
        all.put("video only", videoOnly());
        all.put("audio only", audioOnly());
        all.put("hostile", hostile());
        all.put("minimal", minimal());
        all.put("no url, free", rich().toBuilder().url((URI) null).paywall(Paywall.FREE).build());
        all.put("drafts", drafts());
        return all;
    }

    /**
     * A draft with gaps: a quote with no speaker and one with no text, an image not yet uploaded, a
     * video with no name, a dateline built from a place alone, an author organization with nothing
     * but a name.
     */
    static Article drafts() {
        List<Quote> quotes = new ArrayList<>();
        quotes.add(new Quote("Words whose speaker is still to be confirmed", null, false, null));
        quotes.add(new Quote(null, IVANOV, true, "said"));
        return Article.builder()
                .headline("Draft")
                .dateline(Dateline.of(new Place("Toronto", "Ontario", "CA-ON", "Canada", "CA")))
                .byline(Byline.authors(Organization.of("Staff")))
                .quotes(quotes)
                .media(List.of(Image.draft(), new Video(null, null, null, null, null, Rights.NONE, null, null,
                        null, null, null, null)))
                .build();
    }
}
