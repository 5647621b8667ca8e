package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
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
import io.github.copydesk.validation.internal.Messages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the Google Search and editorial profiles, each broken and kept at least once,
 * starting from {@link CleanArticles#clean()}, an article that passes every rule of every profile.
 * A failing row names the rule, the edit, and the exact paths of the findings it must produce; a
 * passing row names an edit after which the report must still be empty.
 */
class ProfileRulesTest {

    private static final ArticleValidator VALIDATOR = ArticleValidator.create();
    private static final Messages COPYDESK_MESSAGES = new Messages(null);
    private static final String GUIDES = "https://developers.google.com/search/docs/appearance/structured-data/";

    /** The profiles this test covers. */
    private static final Set<Profile> PROFILES = EnumSet.of(Profile.GOOGLE_SEARCH, Profile.EDITORIAL);

    /**
     * An article that passes every rule of every profile: two authors (one with a url, one with
     * sameAs only) and a photographer, two quotes that appear in the body, three images in three
     * aspect ratios (the third with complete rights metadata), a complete video, unique keywords, a
     * free paywall.
     */
    static final class CleanArticles {

        static final Person IVANOV = Person.of("Igor Ivanov").withJobTitle("Foreign Minister");
        static final Person ROBERTSON = Person.of("George Robertson").withJobTitle("Secretary-General")
                .withAffiliation(Organization.of("NATO"));
        static final Organization PUBLISHER = Organization.newsMedia("Example News")
                .withUrl(URI.create("https://example.com/"));
        static final Person JANE = Person.of("Jane Doe").withUrl(URI.create("https://example.com/staff/jane-doe"));
        static final Person JOHN = Person.of("John Roe")
                .withSameAs(List.of(URI.create("https://www.wikidata.org/wiki/Q4115189")));
        static final Person PHOTOGRAPHER = Person.of("Paul White");

        static final String QUOTE_0 = "Not direct military participation";
        static final String QUOTE_1 = "In today's world the NATO allies and Russia need each other more than ever";
        static final String BODY = "MADRID, Spain -- Russia is offering intelligence to help the campaign in Afghanistan.\n\n"
                + "\"" + QUOTE_0 + ",\" Foreign Minister Igor Ivanov said.\n\n"
                + "\"" + QUOTE_1 + ",\" NATO Secretary-General Lord Robertson said.";

        static final Image LEAD = Image.of(URI.create("https://example.com/media/lead-16x9.jpg"))
                .withCaption("Ivanov and Robertson shaking hands at the NATO meeting in Madrid on Wednesday.")
                .withAltText("Two men in dark suits shake hands in front of a row of flags.")
                .withCredit("AP")
                .withSize(1600, 900)
                .withFormat("image/jpeg");
        static final Image FOUR_BY_THREE = LEAD.withUrl(URI.create("https://example.com/media/lead-4x3.jpg"))
                .withSize(1200, 900);
        static final Image SQUARE = Image.of(URI.create("https://example.com/media/lead-1x1.jpg"))
                .withCaption("The NATO meeting in Madrid.")
                .withAltText("A conference hall with delegates seated around a horseshoe table.")
                .withCredit("Paul White/Example News")
                .withSize(1080, 1080)
                .withRights(new Rights(PHOTOGRAPHER, PUBLISHER, "(c) 2016 Example News",
                        URI.create("https://example.com/license"), URI.create("https://example.com/buy-a-license"), null));
        static final Video VIDEO = Video.of(URI.create("https://example.com/media/press-conference.mp4"), "Press conference")
                .withCaption("Ivanov and Robertson speak to reporters in Madrid.")
                .withThumbnail(URI.create("https://example.com/media/press-conference.jpg"))
                .withUploadDate(NewsDate.parse("2016-07-27T11:00:00+02:00"))
                .withDuration(Duration.ofMinutes(3))
                .withEmbedUrl(URI.create("https://example.com/embed/press-conference"));

        private CleanArticles() {
        }

        /** @return an article that passes every rule of every profile */
        static Article clean() {
            return Article.builder()
                    .url("https://example.com/news/russia-offers-help-in-afghanistan")
                    .type(ArticleType.NEWS)
                    .headline("Russia Offers Help in Afghanistan")
                    .description("Russia offers intelligence, not troops.")
                    .body(BODY)
                    .section("World")
                    .keywords(List.of("NATO", "Russia"))
                    .language("en")
                    .datePublished(NewsDate.parse("2016-07-27T10:00:00+02:00"))
                    .dateModified(NewsDate.parse("2016-07-27T12:00:00+02:00"))
                    .dateCreated(NewsDate.parse("2016-07-27T09:00:00+02:00"))
                    .dateline(new Dateline("MADRID, Spain --", new Place("MADRID", null, null, "Spain", "ES"), null, null, null))
                    .byline(new Byline(List.of(Contributor.author(JANE), Contributor.author(JOHN),
                            Contributor.of(ContributorRole.PHOTOGRAPHER, PHOTOGRAPHER))))
                    .quotes(List.of(Quote.of(QUOTE_0, IVANOV), Quote.of(QUOTE_1, ROBERTSON)))
                    .media(List.of(LEAD, FOUR_BY_THREE, SQUARE, VIDEO))
                    .publisher(PUBLISHER)
                    .paywall(Paywall.FREE)
                    .build();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the tables

    /** Each row: name, rule, edit, the exact paths of the rule's findings, other rules the edit also breaks. */
    static Stream<Arguments> failing() {
        return Stream.of(
                // google.author.*
                fails(Rule.GOOGLE_AUTHOR_EXPECTED, "no byline at all is one warning", b -> b.byline(null),
                        List.of("byline"), Rule.EDITORIAL_BYLINE_EXPECTED),
                fails(Rule.GOOGLE_AUTHOR_EXPECTED, "a byline of an editor only", b -> b.byline(new Byline(List.of(
                        Contributor.of(ContributorRole.EDITOR, CleanArticles.JANE)))), List.of("byline")),
                fails(Rule.GOOGLE_AUTHOR_URL_EXPECTED, "second author with neither url nor sameAs",
                        author(1, Person.of("John Roe")), List.of("byline.contributors[1].party")),
                fails(Rule.GOOGLE_AUTHOR_URL_EXPECTED, "organization author with neither url nor sameAs",
                        author(1, Organization.newsMedia("Reuters")), List.of("byline.contributors[1].party")),
                fails(Rule.GOOGLE_AUTHOR_ONE_PERSON, "'John Roe and Jane Doe'", authorNamed(1, "John Roe and Jane Doe"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_ONE_PERSON, "'John Roe, Jane Doe'", authorNamed(1, "John Roe, Jane Doe"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_ONE_PERSON, "'John Roe & Jane Doe' in the first author",
                        authorNamed(0, "John Roe & Jane Doe"), List.of("byline.contributors[0].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PREFIX, "'By John Roe'", authorNamed(1, "By John Roe"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PREFIX, "'Posted by John Roe'", authorNamed(1, "Posted by John Roe"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PREFIX, "organization author 'By Reuters'",
                        author(1, Organization.newsMedia("By Reuters").withUrl(URI.create("https://www.reuters.com/"))),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_JOB_TITLE, "'John Roe, Staff Writer'", authorNamed(1, "John Roe, Staff Writer"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_HONORIFIC, "'Dr. John Roe'", authorNamed(1, "Dr. John Roe"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_HONORIFIC, "'John Roe, PhD'", authorNamed(1, "John Roe, PhD"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PUBLISHER, "'John Roe | Reuters'", authorNamed(1, "John Roe | Reuters"),
                        List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PUBLISHER, "'John Roe, Example News' naming the article's publisher",
                        authorNamed(1, "John Roe, Example News"), List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PUBLISHER, "a person named 'Example News', the publisher's name",
                        authorNamed(1, "Example News"), List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_PUBLISHER, "'John Roe (AP)', an agency in parentheses",
                        authorNamed(1, "John Roe (AP)"), List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_INITIALS, "'Elena Muster (emu)', a journalist's initials after the name",
                        authorNamed(1, "Elena Muster (emu)"), List.of("byline.contributors[1].party.name")),
                fails(Rule.GOOGLE_AUTHOR_NO_INITIALS, "'Elena Muster (@emuster)', a handle after the name",
                        authorNamed(1, "Elena Muster (@emuster)"), List.of("byline.contributors[1].party.name")),
                // google.date*
                fails(Rule.GOOGLE_DATE_PUBLISHED_EXPECTED, "no datePublished", b -> b.datePublished(null),
                        List.of("datePublished")),
                fails(Rule.GOOGLE_DATE_MODIFIED_EXPECTED, "no dateModified", b -> b.dateModified(null),
                        List.of("dateModified")),
                fails(Rule.GOOGLE_DATE_TIME_ZONE_EXPECTED, "date-only datePublished",
                        b -> b.datePublished(NewsDate.parse("2016-07-27")), List.of("datePublished")),
                fails(Rule.GOOGLE_DATE_TIME_ZONE_EXPECTED, "date-only datePublished and dateModified are two findings",
                        b -> b.datePublished(NewsDate.parse("2016-07-27")).dateModified(NewsDate.parse("2016-07-27")),
                        List.of("dateModified", "datePublished")),
                // google.image.*
                fails(Rule.GOOGLE_IMAGE_EXPECTED, "no media at all", b -> b.media(List.of()), List.of("media")),
                fails(Rule.GOOGLE_IMAGE_EXPECTED, "a video but no image", b -> b.media(List.of(CleanArticles.VIDEO)),
                        List.of("media")),
                fails(Rule.GOOGLE_IMAGE_SIZE_MINIMUM, "223x224 = 49,952 px", image(2, i -> i.withSize(223, 224)),
                        List.of("media[2]")),
                fails(Rule.GOOGLE_IMAGE_SIZE_MINIMUM, "49999x1 = 49,999 px", image(2, i -> i.withSize(49_999, 1)),
                        List.of("media[2]")),
                fails(Rule.GOOGLE_IMAGE_SIZE_UNKNOWN, "no width and height", image(1, ProfileRulesTest::withoutSize),
                        List.of("media[1]")),
                fails(Rule.GOOGLE_IMAGE_ASPECT_RATIOS, "a single image", b -> b.media(List.of(CleanArticles.LEAD)),
                        List.of("media")),
                fails(Rule.GOOGLE_IMAGE_ASPECT_RATIOS, "1600x900 and 800x450 are one ratio",
                        b -> b.media(List.of(CleanArticles.LEAD, CleanArticles.FOUR_BY_THREE.withSize(800, 450))),
                        List.of("media")),
                fails(Rule.GOOGLE_IMAGE_ASPECT_RATIOS, "regression: 1920x1080 and 1366x768 are both 16x9",
                        b -> b.media(List.of(CleanArticles.LEAD.withSize(1920, 1080), CleanArticles.FOUR_BY_THREE.withSize(1366, 768))),
                        List.of("media")),
                fails(Rule.GOOGLE_HEADLINE_LENGTH, "111 code points", b -> b.headline("x".repeat(111)), List.of("headline")),
                fails(Rule.GOOGLE_HEADLINE_LENGTH, "110 letters and an emoji are 111 code points",
                        b -> b.headline("x".repeat(110) + "\uD83D\uDE00"), List.of("headline")),
                // google.paywall.*
                fails(Rule.GOOGLE_PAYWALL_SECTIONS_EXPECTED, "paywalled with no section", b -> b.paywall(Paywall.of()),
                        List.of("paywall.sections")),
                fails(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'#paywall'", b -> b.paywall(Paywall.of("#paywall")),
                        List.of("paywall.sections[0]")),
                fails(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'div.paywall'", b -> b.paywall(Paywall.of("div.paywall")),
                        List.of("paywall.sections[0]")),
                fails(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'.a .b'", b -> b.paywall(Paywall.of(".a .b")),
                        List.of("paywall.sections[0]")),
                fails(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'[class=x]'", b -> b.paywall(Paywall.of("[class=x]")),
                        List.of("paywall.sections[0]")),
                fails(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "second of '.paywall', '#premium'",
                        b -> b.paywall(Paywall.of(".paywall", "#premium")), List.of("paywall.sections[1]")),
                // google.video.*
                fails(Rule.GOOGLE_VIDEO_THUMBNAIL_REQUIRED, "no thumbnail", video(v -> v.withThumbnail(null)),
                        List.of("media[3].thumbnail")),
                fails(Rule.GOOGLE_VIDEO_UPLOAD_DATE_REQUIRED, "no upload date", video(v -> v.withUploadDate(null)),
                        List.of("media[3].uploadDate")),
                fails(Rule.GOOGLE_VIDEO_DESCRIPTION_EXPECTED, "no caption", video(v -> v.withCaption(null)),
                        List.of("media[3].caption")),
                fails(Rule.GOOGLE_VIDEO_DESCRIPTION_EXPECTED, "blank caption", video(v -> v.withCaption(" \u00a0")),
                        List.of("media[3].caption")),
                fails(Rule.GOOGLE_VIDEO_DURATION_EXPECTED, "no duration", video(v -> v.withDuration(null)),
                        List.of("media[3].duration")),
                fails(Rule.GOOGLE_VIDEO_CONTENT_URL_EXPECTED, "neither url nor embed url",
                        video(v -> v.withUrl(null).withEmbedUrl(null)), List.of("media[3]"),
                        Rule.MEDIA_URL_REQUIRED),
                // google.image-license.*
                fails(Rule.GOOGLE_IMAGE_LICENSE_REQUIRED, "a page to acquire a license, and no creator, credit, notice or license",
                        image(2, i -> i.withCredit(null).withRights(Rights.NONE
                                .withAcquireLicensePage(URI.create("https://example.com/buy")))),
                        List.of("media[2].rights"), Rule.GOOGLE_IMAGE_LICENSE_RECOMMENDED, Rule.EDITORIAL_IMAGE_CREDIT_EXPECTED),
                fails(Rule.GOOGLE_IMAGE_LICENSE_RECOMMENDED, "a copyright holder only: not opted into license metadata, no error",
                        image(2, i -> i.withCredit(null).withRights(Rights.NONE.withCopyrightHolder(CleanArticles.PUBLISHER))),
                        List.of("media[2].rights"), Rule.EDITORIAL_IMAGE_CREDIT_EXPECTED),
                fails(Rule.GOOGLE_IMAGE_LICENSE_RECOMMENDED, "no page to acquire a license",
                        image(2, i -> i.withRights(i.rights().withAcquireLicensePage(null))), List.of("media[2].rights")),
                fails(Rule.GOOGLE_IMAGE_LICENSE_RECOMMENDED, "no license",
                        image(2, i -> i.withRights(i.rights().withLicense(null))), List.of("media[2].rights")),
                // editorial.*
                fails(Rule.EDITORIAL_QUOTE_IN_BODY, "a changed word ('before' for 'ever')",
                        quote(1, CleanArticles.QUOTE_1.replace("ever", "before")), List.of("quotes[1].text")),
                fails(Rule.EDITORIAL_QUOTE_IN_BODY, "changed letter case ('Nato' for 'NATO')",
                        quote(1, CleanArticles.QUOTE_1.replace("NATO", "Nato")), List.of("quotes[1].text")),
                fails(Rule.EDITORIAL_QUOTE_IN_BODY,
                        "a trailing period where the body has the attribution comma fails (exact match after normalising)",
                        quote(0, CleanArticles.QUOTE_0 + "."), List.of("quotes[0].text")),
                fails(Rule.EDITORIAL_QUOTE_IN_BODY, "a quote with no body at all", b -> b.body(null),
                        List.of("quotes[0].text", "quotes[1].text")),
                fails(Rule.EDITORIAL_QUOTE_IN_BODY, "a changed word ('the NATO ally' for 'the NATO allies')",
                        quote(1, "In today's world the NATO ally"), List.of("quotes[1].text")),
                fails(Rule.EDITORIAL_QUOTE_IN_BODY,
                        "regression: 'The deal is on' where the body says 'The deal is only a first step' (word cut short)",
                        b -> b.body(CleanArticles.BODY + "\n\n\"The deal is only a first step,\" Ivanov added.")
                                .quotes(List.of(Quote.of(CleanArticles.QUOTE_0, CleanArticles.IVANOV),
                                        Quote.of("The deal is on", CleanArticles.IVANOV))),
                        List.of("quotes[1].text")),
                fails(Rule.EDITORIAL_BYLINE_EXPECTED, "no byline", b -> b.byline(null), List.of("byline"),
                        Rule.GOOGLE_AUTHOR_EXPECTED),
                fails(Rule.EDITORIAL_DATELINE_EXPECTED, "no dateline", b -> b.dateline(null), List.of("dateline")),
                fails(Rule.EDITORIAL_DATELINE_LOCALITY_EXPECTED, "a dateline of a country alone ('Portugal')",
                        b -> b.dateline(Dateline.parse("Portugal")), List.of("dateline.place.locality")),
                fails(Rule.EDITORIAL_IMAGE_ALT_TEXT_EXPECTED, "no alt text", image(2, i -> i.withAltText(null)),
                        List.of("media[2].altText")),
                fails(Rule.EDITORIAL_IMAGE_ALT_TEXT_EXPECTED, "blank alt text", image(2, i -> i.withAltText(" \u00a0 ")),
                        List.of("media[2].altText")),
                fails(Rule.EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION, "alt text equal to the caption",
                        image(2, i -> i.withAltText(i.caption())), List.of("media[2].altText")),
                fails(Rule.EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION, "alt text equal to the caption but for white space",
                        image(2, i -> i.withAltText("  The NATO\u00a0meeting   in Madrid. ")), List.of("media[2].altText")),
                fails(Rule.EDITORIAL_IMAGE_CREDIT_EXPECTED, "no credit line", image(2, i -> i.withCredit(null)),
                        List.of("media[2].credit")),
                fails(Rule.EDITORIAL_IMAGE_CREDIT_EXPECTED, "blank credit line", image(0, i -> i.withCredit(" ")),
                        List.of("media[0].credit")),
                fails(Rule.EDITORIAL_KEYWORDS_UNIQUE, "'NATO' and 'nato ' at the second one's path",
                        b -> b.addKeyword("nato "), List.of("keywords[2]")),
                fails(Rule.EDITORIAL_KEYWORDS_UNIQUE, "each repeat is a finding",
                        b -> b.keywords(List.of("Russia", "NATO", "RUSSIA", "Spain", "russia")), List.of("keywords[2]", "keywords[4]")));
    }

    /** Each row: name, rule, an edit after which the article still passes every rule of every profile. */
    static Stream<Arguments> passing() {
        return Stream.of(
                passes(Rule.GOOGLE_AUTHOR_EXPECTED, "an organization as the only author",
                        b -> b.byline(Byline.authors(Organization.newsMedia("Reuters").withUrl(URI.create("https://www.reuters.com/"))))),
                passes(Rule.GOOGLE_AUTHOR_URL_EXPECTED, "sameAs without url, and a photographer without either",
                        b -> b.byline(new Byline(List.of(Contributor.author(CleanArticles.JOHN),
                                Contributor.of(ContributorRole.PHOTOGRAPHER, Person.of("Paul White")))))),
                passes(Rule.GOOGLE_AUTHOR_ONE_PERSON, "'Ngũgĩ wa Thiong'o'", authorNamed(1, "Ngũgĩ wa Thiong'o")),
                passes(Rule.GOOGLE_AUTHOR_ONE_PERSON, "'Anders Andersson'", authorNamed(1, "Anders Andersson")),
                passes(Rule.GOOGLE_AUTHOR_ONE_PERSON, "'Martin Luther King, Jr.'", authorNamed(1, "Martin Luther King, Jr.")),
                passes(Rule.GOOGLE_AUTHOR_ONE_PERSON, "an organization 'Simon & Schuster'",
                        author(1, Organization.of("Simon & Schuster").withUrl(URI.create("https://www.simonandschuster.com/")))),
                passes(Rule.GOOGLE_AUTHOR_NO_PREFIX, "'Byron York'", authorNamed(1, "Byron York")),
                passes(Rule.GOOGLE_AUTHOR_NO_PREFIX, "a photographer 'By Paul White' is not an author",
                        b -> b.byline(new Byline(List.of(Contributor.author(CleanArticles.JANE),
                                Contributor.of(ContributorRole.PHOTOGRAPHER, Person.of("By Paul White")))))),
                passes(Rule.GOOGLE_AUTHOR_NO_JOB_TITLE, "the job title in jobTitle",
                        author(1, CleanArticles.JOHN.withJobTitle("Staff Writer"))),
                passes(Rule.GOOGLE_AUTHOR_NO_HONORIFIC, "the honorifics in honorificPrefix and honorificSuffix",
                        author(1, CleanArticles.JOHN.withHonorificPrefix("Dr.").withHonorificSuffix("PhD"))),
                passes(Rule.GOOGLE_AUTHOR_NO_PUBLISHER, "the publisher in affiliation",
                        author(1, CleanArticles.JOHN.withAffiliation(CleanArticles.PUBLISHER))),
                passes(Rule.GOOGLE_AUTHOR_NO_PUBLISHER, "'Mary-Kate O'Neill'", authorNamed(1, "Mary-Kate O'Neill")),
                passes(Rule.GOOGLE_AUTHOR_NO_INITIALS, "'Elena Muster' alone", authorNamed(1, "Elena Muster")),
                passes(Rule.GOOGLE_AUTHOR_NO_INITIALS, "'William (Bill) Smith', a nickname inside the name",
                        authorNamed(1, "William (Bill) Smith")),
                passes(Rule.GOOGLE_AUTHOR_NO_INITIALS, "'Bruno (Henrique Zecchin) Rodrigues' (corpus 033), middle names inside",
                        authorNamed(1, "Bruno (Henrique Zecchin) Rodrigues")),

                passes(Rule.GOOGLE_DATE_PUBLISHED_EXPECTED, "datePublished in UTC",
                        b -> b.datePublished(NewsDate.parse("2016-07-27T08:00:00Z"))),
                passes(Rule.GOOGLE_DATE_MODIFIED_EXPECTED, "dateModified equal to datePublished",
                        b -> b.dateModified(NewsDate.parse("2016-07-27T10:00:00+02:00"))),
                passes(Rule.GOOGLE_DATE_TIME_ZONE_EXPECTED, "a date-only dateCreated is not checked",
                        b -> b.dateCreated(NewsDate.parse("2016-07-27"))),
                passes(Rule.GOOGLE_IMAGE_EXPECTED, "the first image after a video",
                        b -> b.media(List.of(CleanArticles.VIDEO, CleanArticles.LEAD, CleanArticles.SQUARE))),
                passes(Rule.GOOGLE_IMAGE_SIZE_MINIMUM, "250x200 = 50,000 px", image(2, i -> i.withSize(250, 200))),
                passes(Rule.GOOGLE_IMAGE_SIZE_MINIMUM, "46341x46341 overflows int",
                        image(2, i -> i.withSize(46_341, 46_341))),
                passes(Rule.GOOGLE_IMAGE_SIZE_UNKNOWN, "an audio item has no pixel size to know",
                        b -> b.addMedia(io.github.copydesk.model.Audio.of(URI.create("https://example.com/media/b.mp3")))),
                passes(Rule.GOOGLE_IMAGE_ASPECT_RATIOS, "16x9 and 4x3",
                        b -> b.media(List.of(CleanArticles.LEAD, CleanArticles.FOUR_BY_THREE))),
                passes(Rule.GOOGLE_IMAGE_ASPECT_RATIOS, "16x9 twice and 1x1",
                        b -> b.media(List.of(CleanArticles.LEAD, CleanArticles.LEAD.withSize(800, 450), CleanArticles.SQUARE))),
                passes(Rule.GOOGLE_HEADLINE_LENGTH, "110 code points", b -> b.headline("x".repeat(110))),
                passes(Rule.GOOGLE_HEADLINE_LENGTH, "109 letters and an emoji are 110 code points (111 chars)",
                        b -> b.headline("x".repeat(109) + "\uD83D\uDE00")),
                passes(Rule.GOOGLE_PAYWALL_SECTIONS_EXPECTED, "free paywall", b -> b.paywall(Paywall.FREE)),
                passes(Rule.GOOGLE_PAYWALL_SECTIONS_EXPECTED, "paywall unknown", b -> b.paywall(null)),
                passes(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'.paywall'", b -> b.paywall(Paywall.of(".paywall"))),
                passes(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'.paywall.premium'", b -> b.paywall(Paywall.of(".paywall.premium"))),
                passes(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, "'.paywall' and '.premium-2'",
                        b -> b.paywall(Paywall.of(".paywall", ".premium-2"))),
                passes(Rule.GOOGLE_VIDEO_THUMBNAIL_REQUIRED, "an audio item needs no thumbnail",
                        b -> b.addMedia(io.github.copydesk.model.Audio.of(URI.create("https://example.com/media/a.mp3")))),
                passes(Rule.GOOGLE_VIDEO_UPLOAD_DATE_REQUIRED, "a date-only upload date",
                        video(v -> v.withUploadDate(NewsDate.parse("2016-07-27")))),
                passes(Rule.GOOGLE_VIDEO_DESCRIPTION_EXPECTED, "a one-word caption", video(v -> v.withCaption("Madrid"))),
                passes(Rule.GOOGLE_VIDEO_DURATION_EXPECTED, "one second", video(v -> v.withDuration(Duration.ofSeconds(1)))),
                passes(Rule.GOOGLE_VIDEO_CONTENT_URL_EXPECTED, "a content url and no embed url",
                        video(v -> v.withEmbedUrl(null))),
                passes(Rule.GOOGLE_IMAGE_LICENSE_REQUIRED, "a license and a page to acquire one, nothing else",
                        image(2, i -> i.withRights(Rights.NONE.withLicense(URI.create("https://example.com/license"))
                                .withAcquireLicensePage(URI.create("https://example.com/buy"))))),
                passes(Rule.GOOGLE_IMAGE_LICENSE_RECOMMENDED, "no rights metadata at all: nothing to check",
                        image(2, i -> i.withRights(Rights.NONE))),
                passes(Rule.EDITORIAL_QUOTE_IN_BODY, "typographic quotes and apostrophes in the body",
                        b -> b.body(CleanArticles.BODY.replace('"', '\u201C').replace("today's", "today\u2019s"))),
                passes(Rule.EDITORIAL_QUOTE_IN_BODY, "a typographic apostrophe in the quote",
                        quote(1, CleanArticles.QUOTE_1.replace("today's", "today\u2019s"))),
                passes(Rule.EDITORIAL_QUOTE_IN_BODY, "line breaks, NBSP and double spaces in the body",
                        b -> b.body(CleanArticles.BODY.replace("NATO allies", "NATO\r\nallies")
                                .replace("Russia need", "Russia\u00a0need").replace("each other", "each  other"))),
                passes(Rule.EDITORIAL_QUOTE_IN_BODY, "double spaces, NBSP and a thin space in the quote",
                        quote(1, CleanArticles.QUOTE_1.replace("each other", "each  other").replace("more than", "more\u2009than")
                                .replace("the NATO", "the\u00a0NATO"))),
                passes(Rule.EDITORIAL_QUOTE_IN_BODY, "a trailing period passes where the body has the period too",
                        b -> b.body(CleanArticles.BODY.replace("\"" + CleanArticles.QUOTE_0 + ",\" Foreign Minister Igor Ivanov said.",
                                "Foreign Minister Igor Ivanov said: \"" + CleanArticles.QUOTE_0 + ".\""))
                                .quotes(List.of(Quote.of(CleanArticles.QUOTE_0 + ".", CleanArticles.IVANOV),
                                        Quote.of(CleanArticles.QUOTE_1, CleanArticles.ROBERTSON)))),
                passes(Rule.EDITORIAL_QUOTE_IN_BODY, "a partial quote of whole words",
                        quote(1, "the NATO allies and Russia need each other")),
                passes(Rule.EDITORIAL_BYLINE_EXPECTED, "an opinion piece with a one-author byline",
                        b -> b.type(ArticleType.OPINION).byline(Byline.authors(CleanArticles.JANE))),
                passes(Rule.EDITORIAL_DATELINE_EXPECTED, "a dateline with a locality only",
                        b -> b.dateline(Dateline.of(Place.of("MADRID")))),
                passes(Rule.EDITORIAL_DATELINE_LOCALITY_EXPECTED, "'LISBON, Portugal'",
                        b -> b.dateline(Dateline.parse("LISBON, Portugal"))),

                passes(Rule.EDITORIAL_IMAGE_ALT_TEXT_EXPECTED, "a video without alt text is not checked",
                        video(v -> v.withAltText(null))),
                passes(Rule.EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION, "alt text that starts like the caption and says more",
                        image(2, i -> i.withAltText(i.caption() + " Delegates sit around a horseshoe table."))),
                passes(Rule.EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION, "alt text and no caption", image(2, i -> i.withCaption(null))),
                passes(Rule.EDITORIAL_IMAGE_CREDIT_EXPECTED, "a video without a credit line is not checked",
                        video(v -> v.withCredit(null))),
                passes(Rule.EDITORIAL_KEYWORDS_UNIQUE, "'NATO' and 'NATO allies' are different",
                        b -> b.addKeyword("NATO allies")),
                passes(Rule.EDITORIAL_KEYWORDS_UNIQUE, "no keywords", b -> b.keywords(List.of())));
    }

    // ---------------------------------------------------------------------------------------------
    // the tests

    @Test
    void clean_passesEveryRuleOfEveryProfile() {
        ValidationReport report = VALIDATOR.validate(CleanArticles.clean(), Locale.ENGLISH);
        assertTrue(report.isEmpty(), report::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void brokenRule_isReportedAtItsPath(String name, Rule rule, UnaryOperator<Article.Builder> edit, List<String> paths,
            Set<Rule> alsoBroken) {
        ValidationReport report = VALIDATOR.validate(edit.apply(CleanArticles.clean().toBuilder()).build(), Locale.ENGLISH);

        List<Finding> findings = report.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
        assertEquals(paths, findings.stream().map(Finding::path).sorted().toList(), report::toString);
        for (Finding finding : findings) {
            assertEquals(rule.severity(), finding.severity(), finding::toString);
            assertEquals(COPYDESK_MESSAGES.get(rule.id(), Locale.ENGLISH), finding.message());
            if (rule.id().startsWith("google.")) {
                assertNotNull(finding.guideline(), finding::toString);
                assertEquals(URI.create(GUIDES + guidelinePage(rule)), finding.guideline());
            } else {
                assertNull(finding.guideline(), finding::toString);
            }
        }
        Set<String> expectedRules = new java.util.TreeSet<>();
        expectedRules.add(rule.id());
        alsoBroken.forEach(r -> expectedRules.add(r.id()));
        assertEquals(expectedRules, new java.util.TreeSet<>(report.findings().stream().map(Finding::rule).toList()),
                report::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void keptRule_reportsNothing(String name, Rule rule, UnaryOperator<Article.Builder> edit) {
        ValidationReport report = VALIDATOR.validate(edit.apply(CleanArticles.clean().toBuilder()).build(), Locale.ENGLISH);
        assertTrue(report.isEmpty(), report::toString);
    }

    @Test
    void tables_coverEveryRuleOfTheGoogleAndEditorialProfiles() {
        Set<Rule> failing = EnumSet.noneOf(Rule.class);
        failing().forEach(row -> failing.add((Rule) row.get()[1]));
        Set<Rule> passing = EnumSet.noneOf(Rule.class);
        passing().forEach(row -> passing.add((Rule) row.get()[1]));
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (PROFILES.contains(rule.profile())) {
                if (!failing.contains(rule)) {
                    missing.add(rule.id() + " has no failing row");
                }
                if (!passing.contains(rule)) {
                    missing.add(rule.id() + " has no passing row");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** The default severities as RULES.md gives them; the registry must not drift from the document. */
    @Test
    void defaultSeverities_areThoseOfRulesMd() {
        Map<Rule, Severity> expected = new EnumMap<>(Rule.class);
        for (Rule rule : List.of(Rule.GOOGLE_AUTHOR_ONE_PERSON, Rule.GOOGLE_AUTHOR_NO_PREFIX, Rule.GOOGLE_AUTHOR_NO_JOB_TITLE,
                Rule.GOOGLE_AUTHOR_NO_HONORIFIC, Rule.GOOGLE_AUTHOR_NO_PUBLISHER, Rule.GOOGLE_PAYWALL_CLASS_SELECTOR, Rule.GOOGLE_VIDEO_THUMBNAIL_REQUIRED, Rule.GOOGLE_VIDEO_UPLOAD_DATE_REQUIRED,
                Rule.GOOGLE_IMAGE_LICENSE_REQUIRED, Rule.EDITORIAL_QUOTE_IN_BODY)) {
            expected.put(rule, Severity.ERROR);
        }
        for (Rule rule : List.of(Rule.GOOGLE_AUTHOR_EXPECTED, Rule.GOOGLE_AUTHOR_URL_EXPECTED, Rule.GOOGLE_DATE_PUBLISHED_EXPECTED,
                Rule.GOOGLE_DATE_MODIFIED_EXPECTED, Rule.GOOGLE_DATE_TIME_ZONE_EXPECTED, Rule.GOOGLE_IMAGE_EXPECTED,
                Rule.GOOGLE_IMAGE_SIZE_MINIMUM, Rule.GOOGLE_VIDEO_DESCRIPTION_EXPECTED, Rule.GOOGLE_VIDEO_DURATION_EXPECTED,
                Rule.GOOGLE_VIDEO_CONTENT_URL_EXPECTED, Rule.GOOGLE_AUTHOR_NO_INITIALS, Rule.GOOGLE_PAYWALL_SECTIONS_EXPECTED, Rule.EDITORIAL_BYLINE_EXPECTED,
                Rule.EDITORIAL_DATELINE_LOCALITY_EXPECTED, Rule.EDITORIAL_IMAGE_ALT_TEXT_EXPECTED,
                Rule.EDITORIAL_IMAGE_CREDIT_EXPECTED, Rule.EDITORIAL_KEYWORDS_UNIQUE)) {
            expected.put(rule, Severity.WARNING);
        }
        for (Rule rule : List.of(Rule.GOOGLE_IMAGE_SIZE_UNKNOWN, Rule.GOOGLE_IMAGE_ASPECT_RATIOS, Rule.GOOGLE_HEADLINE_LENGTH,
                Rule.GOOGLE_IMAGE_LICENSE_RECOMMENDED, Rule.EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION, Rule.EDITORIAL_DATELINE_EXPECTED)) {
            expected.put(rule, Severity.INFO);
        }
        Map<Rule, Severity> actual = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            if (PROFILES.contains(rule.profile())) {
                actual.put(rule, rule.severity());
            }
        }
        assertEquals(expected, actual);
    }

    // ---------------------------------------------------------------------------------------------
    // rows and edits

    private static Arguments fails(Rule rule, String name, UnaryOperator<Article.Builder> edit, List<String> paths,
            Rule... alsoBroken) {
        Set<Rule> also = EnumSet.noneOf(Rule.class);
        also.addAll(List.of(alsoBroken));
        return Arguments.of(rule.id() + ": " + name + " fails", rule, edit, paths, also);
    }

    private static Arguments passes(Rule rule, String name, UnaryOperator<Article.Builder> edit) {
        return Arguments.of(rule.id() + ": " + name + " passes", rule, edit);
    }

    /** Changes one image of the clean article's media. */
    private static UnaryOperator<Article.Builder> image(int index, UnaryOperator<Image> change) {
        return b -> {
            List<Media> media = new ArrayList<>(CleanArticles.clean().media());
            media.set(index, change.apply((Image) media.get(index)));
            return b.media(media);
        };
    }

    /** Changes the clean article's video, media[3]. */
    private static UnaryOperator<Article.Builder> video(UnaryOperator<Video> change) {
        return b -> {
            List<Media> media = new ArrayList<>(CleanArticles.clean().media());
            media.set(3, change.apply((Video) media.get(3)));
            return b.media(media);
        };
    }

    /** Replaces one contributor of the clean article's byline by an author. */
    private static UnaryOperator<Article.Builder> author(int index, Party party) {
        return b -> {
            List<Contributor> contributors = new ArrayList<>(CleanArticles.clean().byline().contributors());
            contributors.set(index, Contributor.author(party));
            return b.byline(new Byline(contributors));
        };
    }

    /** Renames an author of the clean article, keeping the url or sameAs that identifies them. */
    private static UnaryOperator<Article.Builder> authorNamed(int index, String name) {
        Person person = (Person) CleanArticles.clean().byline().contributors().get(index).party();
        return author(index, person.withName(name));
    }

    /** Changes the words of one quote of the clean article. */
    private static UnaryOperator<Article.Builder> quote(int index, String text) {
        return b -> {
            List<Quote> quotes = new ArrayList<>(CleanArticles.clean().quotes());
            quotes.set(index, quotes.get(index).withText(text));
            return b.quotes(quotes);
        };
    }

    private static Image withoutSize(Image i) {
        return new Image(i.url(), i.caption(), i.credit(), i.altText(), i.extendedDescription(), i.rights(), null, null,
                i.format());
    }

    /** The page of Google's guidelines a rule comes from, by the subject in its id. */
    private static String guidelinePage(Rule rule) {
        String id = rule.id();
        if (id.startsWith("google.paywall.")) {
            return "paywalled-content";
        }
        if (id.startsWith("google.video.")) {
            return "video";
        }
        if (id.startsWith("google.image-license.")) {
            return "image-license-metadata";
        }
        return "article";
    }
}
