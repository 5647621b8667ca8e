package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {

    private static final String URL = "https://example.com/news/russia-offers-help-in-afghanistan";
    private static final String HEADLINE = "Russia Offers Help in Afghanistan";
    private static final String BODY = "MADRID, Spain -- Russia is offering intelligence and other backup to support"
            + " NATO troops preparing for a peacekeeping mission in Afghanistan, Foreign Minister Igor Ivanov said"
            + " Wednesday.\n\n\"Cooperation with NATO may take many forms, but not direct military participation,\""
            + " Ivanov told a news conference.";
    private static final Person IVANOV = Person.of("Igor Ivanov").withJobTitle("Foreign Minister");
    private static final Quote COOPERATION = new Quote(
            "Cooperation with NATO may take many forms, but not direct military participation", IVANOV, false,
            "told a news conference");
    private static final Quote RESTRAINT = Quote.partial("military restraint", IVANOV);
    private static final Image PHOTO = Image.of(URI.create("https://example.com/media/ivanov-robertson.jpg"))
            .withCaption("Ivanov and Robertson shaking hands at the NATO meeting in Madrid on Wednesday.")
            .withCredit("AP");
    private static final Image MAP = Image.of(URI.create("https://example.com/media/afghanistan-map.png"));
    private static final Video VIDEO = Video.of(URI.create("https://example.com/video/nato-madrid.mp4"), "NATO in Madrid");
    private static final Audio AUDIO = Audio.of(URI.create("https://example.com/audio/ivanov.mp3"))
            .withDuration(Duration.ofMinutes(4));
    private static final Correction CORRECTION = Correction.of("An earlier version misstated the date of the handover.",
            NewsDate.parse("2016-07-28"));

    private static final String[][] UNPAIRED = {
            {"high surrogate alone", "Madrid \uD83D", "\"Madrid \\uD83D\""},
            {"low surrogate alone", "Madrid \uDE00", "\"Madrid \\uDE00\""},
            {"reversed pair", "Madrid \uDE00\uD83D", "\"Madrid \\uDE00\\uD83D\""}};

    /** The seed story with every field set; a new builder each time. */
    private static Article.Builder seedStory() {
        return Article.builder()
                .url(URL)
                .type(ArticleType.NEWS)
                .headline(HEADLINE)
                .alternativeHeadline("Moscow offers NATO intelligence, not troops, for Afghanistan")
                .description("Russia offers intelligence and backup to NATO's Afghanistan mission.")
                .body(BODY)
                .section("World")
                .keywords(List.of("Russia", "NATO", "Afghanistan"))
                .language("en")
                .datePublished(NewsDate.parse("2016-07-27T10:15:00+02:00"))
                .dateModified(NewsDate.parse("2016-07-27"))
                .dateCreated(NewsDate.parse("2016-07-27T09:00:00+02:00"))
                .dateline(Dateline.of(Place.of("MADRID")))
                .byline(new Byline(List.of(Contributor.author(Person.of("Paul Ames")))))
                .quotes(List.of(COOPERATION))
                .addQuote(RESTRAINT)
                .media(List.of(PHOTO))
                .addMedia(VIDEO)
                .publisher(Organization.newsMedia("The Associated Press"))
                .corrections(List.of(CORRECTION))
                .paywall(Paywall.of(".paywall"))
                .copyright(Copyright.of(2016, Organization.newsMedia("The Associated Press")));
    }

    /** The canonical constructor with only the non-optional parameters given. */
    private static Article article(ArticleType type, List<String> keywords, List<Quote> quotes, List<Media> media,
            List<Correction> corrections) {
        return new Article(null, null, type, null, null, null, null, null, keywords, null, null, null, null, null, null, null,
                quotes, media, null, corrections, null, null, java.util.Set.of());
    }

    // ---- builder

    @Test
    void builder_nothingSet_hasDefaults() {
        Article article = Article.builder().build();
        assertEquals(ArticleType.NEWS, article.type());
        assertNull(article.url());
        assertNull(article.headline());
        assertNull(article.body());
        assertNull(article.language());
        assertNull(article.datePublished());
        assertNull(article.byline());
        assertNull(article.paywall());
        assertEquals(List.of(), article.keywords());
        assertEquals(List.of(), article.quotes());
        assertEquals(List.of(), article.media());
        assertEquals(List.of(), article.corrections());
        assertEquals(0, article.wordCount());
        assertEquals(Optional.empty(), article.leadImage());
    }

    @Test
    void builder_everyFieldSet_isKeptInOrder() {
        Article article = seedStory().build();
        assertEquals(URI.create(URL), article.url());
        assertEquals(ArticleType.NEWS, article.type());
        assertEquals(HEADLINE, article.headline());
        assertEquals("Moscow offers NATO intelligence, not troops, for Afghanistan", article.alternativeHeadline());
        assertEquals("Russia offers intelligence and backup to NATO's Afghanistan mission.", article.description());
        assertEquals(BODY, article.body());
        assertEquals("World", article.section());
        assertEquals(List.of("Russia", "NATO", "Afghanistan"), article.keywords());
        assertEquals(Locale.ENGLISH, article.language());
        assertEquals(NewsDate.parse("2016-07-27T10:15:00+02:00"), article.datePublished());
        assertEquals(NewsDate.parse("2016-07-27"), article.dateModified());
        assertEquals(NewsDate.parse("2016-07-27T09:00:00+02:00"), article.dateCreated());
        assertEquals(Dateline.of(Place.of("MADRID")), article.dateline());
        assertEquals(new Byline(List.of(Contributor.author(Person.of("Paul Ames")))), article.byline());
        assertEquals(List.of(COOPERATION, RESTRAINT), article.quotes());
        assertEquals(List.of(PHOTO, VIDEO), article.media());
        assertEquals(Organization.newsMedia("The Associated Press"), article.publisher());
        assertEquals(List.of(CORRECTION), article.corrections());
        assertEquals(Paywall.of(".paywall"), article.paywall());
        assertEquals(Copyright.of(2016, Organization.newsMedia("The Associated Press")), article.copyright());
    }

    @Test
    void builder_listSetterReplacesWhatWasAdded() {
        Article article = Article.builder().addKeyword("Russia").keywords(List.of("NATO")).addKeyword("Madrid")
                .addQuote(COOPERATION).quotes(List.of(RESTRAINT))
                .addMedia(VIDEO).media(List.of(PHOTO))
                .addCorrection(CORRECTION).corrections(List.of())
                .build();
        assertEquals(List.of("NATO", "Madrid"), article.keywords());
        assertEquals(List.of(RESTRAINT), article.quotes());
        assertEquals(List.of(PHOTO), article.media());
        assertEquals(List.of(), article.corrections());
    }

    @Test
    void builder_urlNullUri_clearsUrl() {
        assertNull(seedStory().url((URI) null).build().url());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleTypes")
    void builder_type_isKept(ArticleType type, String schemaOrgType) {
        assertEquals(type, Article.builder().type(type).build().type());
    }

    static Stream<Arguments> articleTypes() {
        return Stream.of(
                arguments(ArticleType.NEWS, "NewsArticle"),
                arguments(ArticleType.REPORTAGE, "ReportageNewsArticle"),
                arguments(ArticleType.ANALYSIS, "AnalysisNewsArticle"),
                arguments(ArticleType.OPINION, "OpinionNewsArticle"),
                arguments(ArticleType.BACKGROUND, "BackgroundNewsArticle"),
                arguments(ArticleType.REVIEW, "ReviewNewsArticle"),
                arguments(ArticleType.ASK_PUBLIC, "AskPublicNewsArticle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleTypes")
    void articleType_schemaOrgType_isTheNewsArticleSubtype(ArticleType type, String schemaOrgType) {
        assertEquals(schemaOrgType, type.schemaOrgType());
    }

    @Test
    void articleType_everyConstant_isInTheTable() {
        assertEquals(ArticleType.values().length, articleTypes().count());
    }

    // ---- null parameters: canonical constructor

    @Test
    void new_nullType_throwsNamingType() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(null, List.of(), List.of(), List.of(), List.of()));
        assertEquals("type", e.getMessage());
    }

    @Test
    void new_nullKeywords_throwsNamingKeywords() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, null, List.of(), List.of(), List.of()));
        assertEquals("keywords", e.getMessage());
    }

    @Test
    void new_nullQuotes_throwsNamingQuotes() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, List.of(), null, List.of(), List.of()));
        assertEquals("quotes", e.getMessage());
    }

    @Test
    void new_nullMedia_throwsNamingMedia() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, List.of(), List.of(), null, List.of()));
        assertEquals("media", e.getMessage());
    }

    @Test
    void new_nullCorrections_throwsNamingCorrections() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, List.of(), List.of(), List.of(), null));
        assertEquals("corrections", e.getMessage());
    }

    @Test
    void new_nullKeyword_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, Arrays.asList("Russia", null), List.of(), List.of(), List.of()));
        assertEquals("keywords[1]", e.getMessage());
    }

    @Test
    void new_nullQuote_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, List.of(), Arrays.asList(null, COOPERATION), List.of(), List.of()));
        assertEquals("quotes[0]", e.getMessage());
    }

    @Test
    void new_nullMediaItem_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, List.of(), List.of(), Arrays.asList(PHOTO, VIDEO, null), List.of()));
        assertEquals("media[2]", e.getMessage());
    }

    @Test
    void new_nullCorrection_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> article(ArticleType.NEWS, List.of(), List.of(), List.of(), Arrays.asList(CORRECTION, null)));
        assertEquals("corrections[1]", e.getMessage());
    }

    // ---- null parameters: builder

    @Test
    void builder_nullType_throwsNamingTypeOnBuild() {
        Article.Builder builder = Article.builder().type(null);
        NullPointerException e = assertThrows(NullPointerException.class, builder::build);
        assertEquals("type", e.getMessage());
    }

    @Test
    void builder_urlNullText_throwsNamingUrl() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Article.builder().url((String) null));
        assertEquals("url", e.getMessage());
    }

    @Test
    void builder_languageNullTag_throwsNamingLanguage() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Article.builder().language((String) null));
        assertEquals("language", e.getMessage());
    }

    static Stream<Arguments> builderNulls() {
        return Stream.of(
                arguments("keywords", (Function<Article.Builder, Article.Builder>) b -> b.keywords(null)),
                arguments("keyword", (Function<Article.Builder, Article.Builder>) b -> b.addKeyword(null)),
                arguments("quotes", (Function<Article.Builder, Article.Builder>) b -> b.quotes(null)),
                arguments("quote", (Function<Article.Builder, Article.Builder>) b -> b.addQuote(null)),
                arguments("media", (Function<Article.Builder, Article.Builder>) b -> b.media(null)),
                arguments("item", (Function<Article.Builder, Article.Builder>) b -> b.addMedia(null)),
                arguments("corrections", (Function<Article.Builder, Article.Builder>) b -> b.corrections(null)),
                arguments("correction", (Function<Article.Builder, Article.Builder>) b -> b.addCorrection(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builderNulls")
    void builder_nullListOrElement_throwsNamingParameter(String parameter,
            Function<Article.Builder, Article.Builder> call) {
        NullPointerException e = assertThrows(NullPointerException.class, () -> call.apply(Article.builder()));
        assertEquals(parameter, e.getMessage());
    }

    static Stream<Arguments> builderNullElements() {
        return Stream.of(
                arguments("keywords[1]", (Function<Article.Builder, Article.Builder>) b ->
                        b.keywords(Arrays.asList("Russia", null))),
                arguments("quotes[0]", (Function<Article.Builder, Article.Builder>) b ->
                        b.quotes(Arrays.asList(null, COOPERATION))),
                arguments("media[1]", (Function<Article.Builder, Article.Builder>) b ->
                        b.media(Arrays.asList(PHOTO, null))),
                arguments("corrections[0]", (Function<Article.Builder, Article.Builder>) b ->
                        b.corrections(Arrays.asList((Correction) null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builderNullElements")
    void builder_listWithNullElement_throwsNamingIndexOnBuild(String parameter,
            Function<Article.Builder, Article.Builder> call) {
        Article.Builder builder = call.apply(Article.builder());
        NullPointerException e = assertThrows(NullPointerException.class, builder::build);
        assertEquals(parameter, e.getMessage());
    }

    // ---- URL

    static Stream<Arguments> badUrls() {
        return Stream.of(
                arguments("relative", "/news/russia-offers-help-in-afghanistan", "must be an absolute http or https URL"),
                arguments("relative without slash", "russia-offers-help.html", "must be an absolute http or https URL"),
                arguments("ftp", "ftp://example.com/news/a", "must be an absolute http or https URL"),
                arguments("mailto", "mailto:desk@example.com", "must be an absolute http or https URL"),
                arguments("no host", "https:///news/russia-offers-help-in-afghanistan", "must name a host"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUrls")
    void builder_badUrlText_throwsAtOnceNamingUrlAndQuotingValue(String kind, String url, String reason) {
        Article.Builder builder = Article.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.url(url));
        assertEquals("url " + reason + ": \"" + url + "\"", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUrls")
    void builder_badUri_throwsOnBuildNamingUrlAndQuotingValue(String kind, String url, String reason) {
        Article.Builder builder = Article.builder().url(URI.create(url));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("url " + reason + ": \"" + url + "\"", e.getMessage());
    }

    @Test
    void new_relativeUrl_throwsNamingUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Article(URI.create("/news/a"), null, ArticleType.NEWS, null, null, null, null, null, List.of(), null,
                        null, null, null, null, null, null, List.of(), List.of(), null, List.of(), null, null, java.util.Set.of()));
        assertEquals("url must be an absolute http or https URL: \"/news/a\"", e.getMessage());
    }

    @Test
    void builder_urlTextNotAUri_throwsNamingUrlAndQuotingValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().url("https://example.com/news/russia offers help"));
        assertTrue(e.getMessage().startsWith("url is not a valid URL: \"https://example.com/news/russia offers help\""),
                e.getMessage());
    }

    @Test
    void builder_urlTextWithSurroundingWhiteSpace_isStripped() {
        assertEquals(URI.create(URL), Article.builder().url("  " + URL + "\n").build().url());
    }

    // ---- text

    static Stream<Arguments> textFields() {
        return Stream.of(
                arguments("headline", (Function<String, Article>) s -> Article.builder().headline(s).build(),
                        (Function<Article, String>) Article::headline),
                arguments("alternativeHeadline", (Function<String, Article>) s ->
                        Article.builder().alternativeHeadline(s).build(), (Function<Article, String>) Article::alternativeHeadline),
                arguments("description", (Function<String, Article>) s -> Article.builder().description(s).build(),
                        (Function<Article, String>) Article::description),
                arguments("body", (Function<String, Article>) s -> Article.builder().body(s).build(),
                        (Function<Article, String>) Article::body),
                arguments("section", (Function<String, Article>) s -> Article.builder().section(s).build(),
                        (Function<Article, String>) Article::section),
                arguments("keywords[0]", (Function<String, Article>) s -> Article.builder().addKeyword(s).build(),
                        (Function<Article, String>) a -> a.keywords().get(0)),
                arguments("keywords[1]", (Function<String, Article>) s ->
                        Article.builder().keywords(List.of("NATO", s)).build(),
                        (Function<Article, String>) a -> a.keywords().get(1)),
                arguments("headline", (Function<String, Article>) s -> seedStory().build().toBuilder().headline(s).build(),
                        (Function<Article, String>) Article::headline));
    }

    static Stream<Arguments> unpairedSurrogateInTextField() {
        return textFields().flatMap(field -> Arrays.stream(UNPAIRED).map(bad -> arguments(
                field.get()[0], bad[0], bad[1], bad[2], field.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unpairedSurrogateInTextField")
    void build_unpairedSurrogateInText_throwsNamingFieldAndQuotingValue(String field, String kind, String bad,
            String quoted, Function<String, Article> make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make.apply(bad));
        assertTrue(e.getMessage().startsWith(field + " is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    void build_supplementaryCharactersInText_areKept(String field, Function<String, Article> make,
            Function<Article, String> get) {
        String text = "Russia \uD83C\uDDF7\uD83C\uDDFA offers help \uD83E\uDD1D in \uD835\uDC00fghanistan";
        assertEquals(text, get.apply(make.apply(text)));
    }

    // ---- language

    @Test
    void builder_illFormedLanguageTag_throwsNamingLanguageAndQuotingTag() {
        Article.Builder builder = Article.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.language("en_US!"));
        assertTrue(e.getMessage().startsWith("language "), e.getMessage());
        assertTrue(e.getMessage().contains("\"en_US!\""), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"en_US", "", "english language", "-en", "en-"})
    void builder_otherIllFormedLanguageTag_throwsNamingLanguage(String tag) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Article.builder().language(tag));
        assertEquals("language is not a well-formed BCP 47 language tag: \"" + tag + "\"", e.getMessage());
    }

    @Test
    void builder_undeterminedLanguageTag_throwsNamingLanguage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().language("und"));
        assertEquals("language must name a language: \"und\"", e.getMessage());
    }

    @Test
    void build_rootLocale_throwsNamingLanguage() {
        Article.Builder builder = Article.builder().language(Locale.ROOT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("language must name a language: \"und\"", e.getMessage());
    }

    @Test
    void build_localeWithIllFormedLanguage_throwsNamingLanguage() {
        // A CMS language setting passed to the Locale constructor: "en_US" becomes the language "en_us",
        // which is not a BCP 47 language subtag (its language tag is "und").
        Article.Builder builder = Article.builder().language(new Locale("en_US"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("language "), e.getMessage());
    }

    static Stream<Arguments> languageTags() {
        return Stream.of(
                arguments("en", Locale.ENGLISH),
                arguments("pt-BR", new Locale("pt", "BR")),
                arguments("es-419", Locale.forLanguageTag("es-419")),
                arguments("zh-Hant-TW", Locale.forLanguageTag("zh-Hant-TW")),
                arguments("EN-gb", Locale.UK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languageTags")
    void builder_wellFormedLanguageTag_isKept(String tag, Locale locale) {
        assertEquals(locale, Article.builder().language(tag).build().language());
    }

    // ---- immutability

    @Test
    void builder_listsChangedAfterPassing_articleUnchanged() {
        List<String> keywords = new ArrayList<>(List.of("Russia"));
        List<Quote> quotes = new ArrayList<>(List.of(COOPERATION));
        List<Media> media = new ArrayList<>(List.of(PHOTO));
        List<Correction> corrections = new ArrayList<>(List.of(CORRECTION));
        Article.Builder builder = Article.builder().keywords(keywords).quotes(quotes).media(media)
                .corrections(corrections);
        keywords.add("NATO");
        quotes.set(0, RESTRAINT);
        media.add(VIDEO);
        corrections.clear();
        Article article = builder.build();
        assertEquals(List.of("Russia"), article.keywords());
        assertEquals(List.of(COOPERATION), article.quotes());
        assertEquals(List.of(PHOTO), article.media());
        assertEquals(List.of(CORRECTION), article.corrections());
    }

    @Test
    void new_listsChangedAfterwards_articleUnchanged() {
        List<String> keywords = new ArrayList<>(List.of("Russia"));
        List<Quote> quotes = new ArrayList<>(List.of(COOPERATION));
        List<Media> media = new ArrayList<>(List.of(PHOTO));
        List<Correction> corrections = new ArrayList<>(List.of(CORRECTION));
        Article article = article(ArticleType.NEWS, keywords, quotes, media, corrections);
        keywords.set(0, "NATO");
        quotes.add(RESTRAINT);
        media.set(0, VIDEO);
        corrections.add(CORRECTION);
        assertEquals(List.of("Russia"), article.keywords());
        assertEquals(List.of(COOPERATION), article.quotes());
        assertEquals(List.of(PHOTO), article.media());
        assertEquals(List.of(CORRECTION), article.corrections());
    }

    @Test
    void returnedLists_rejectAddAndSet() {
        Article article = seedStory().build();
        List<String> keywords = article.keywords();
        List<Quote> quotes = article.quotes();
        List<Media> media = article.media();
        List<Correction> corrections = article.corrections();
        assertThrows(UnsupportedOperationException.class, () -> keywords.add("Madrid"));
        assertThrows(UnsupportedOperationException.class, () -> keywords.set(0, "Madrid"));
        assertThrows(UnsupportedOperationException.class, () -> quotes.add(RESTRAINT));
        assertThrows(UnsupportedOperationException.class, () -> quotes.set(0, RESTRAINT));
        assertThrows(UnsupportedOperationException.class, () -> media.add(AUDIO));
        assertThrows(UnsupportedOperationException.class, () -> media.set(0, AUDIO));
        assertThrows(UnsupportedOperationException.class, () -> corrections.add(CORRECTION));
        assertThrows(UnsupportedOperationException.class, () -> corrections.set(0, CORRECTION));
    }

    @Test
    void toBuilder_buildUnchanged_equalsOriginal() {
        Article original = seedStory().build();
        Article copy = original.toBuilder().build();
        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
    }

    @Test
    void toBuilder_ofDefaults_equalsOriginal() {
        Article original = Article.builder().build();
        assertEquals(original, original.toBuilder().build());
    }

    @Test
    void builder_changedAfterBuild_builtArticleUnchanged() {
        Article.Builder builder = seedStory();
        Article article = builder.build();
        builder.headline("Russia Withdraws Offer").type(ArticleType.ANALYSIS).addKeyword("Madrid")
                .addQuote(RESTRAINT).addMedia(AUDIO).addCorrection(CORRECTION).language("ru")
                .url("https://example.com/other");
        assertEquals(seedStory().build(), article);
        assertEquals(List.of("Russia", "NATO", "Afghanistan"), article.keywords());
        assertEquals(List.of(PHOTO, VIDEO), article.media());
    }

    @Test
    void toBuilder_changed_originalUnchanged() {
        Article original = seedStory().build();
        Article changed = original.toBuilder().headline("Russia Withdraws Offer").addKeyword("Madrid")
                .addQuote(RESTRAINT).addMedia(AUDIO).addCorrection(CORRECTION).build();
        assertEquals(seedStory().build(), original);
        assertEquals("Russia Withdraws Offer", changed.headline());
        assertEquals(List.of("Russia", "NATO", "Afghanistan", "Madrid"), changed.keywords());
        assertEquals(List.of(PHOTO, VIDEO, AUDIO), changed.media());
    }

    @Test
    void build_twice_givesEqualIndependentArticles() {
        Article.Builder builder = seedStory();
        Article first = builder.build();
        Article second = builder.build();
        assertEquals(first, second);
        builder.addKeyword("Madrid");
        assertEquals(first, second);
        assertEquals(List.of("Russia", "NATO", "Afghanistan", "Madrid"), builder.build().keywords());
    }

    // ---- wordCount

    static Stream<Arguments> bodies() {
        return Stream.of(
                // a dash standing alone holds no letter or digit: MADRID, + Spain + Russia
                arguments("MADRID, Spain -- Russia", 3),
                arguments("", 0),
                arguments("   \n\t  ", 0),
                arguments("-- \u2014 \u2013 ... !", 0),
                arguments("Russia", 1),
                arguments("Russia is offering intelligence", 4),
                arguments("  leading and trailing white space  ", 5),
                // line breaks and tabs separate words: line, one, line, two, line, three
                arguments("line one\nline two\n\nline three", 6),
                arguments("tab\tseparated\twords", 3),
                // no-break space and em space separate words
                arguments("no-break\u00A0space", 2),
                arguments("em\u2003space", 2),
                // a hyphenated word and a number with a comma are one word each: 5,000-strong + peacekeeping + force
                arguments("5,000-strong peacekeeping force", 3),
                arguments("Aug. 11", 2),
                arguments("U.S. bases", 2),
                arguments("the 1980s.", 2),
                // quotation marks attach to the words they enclose
                arguments("\"military restraint\"", 2),
                arguments("Slovenia -- which", 2),
                arguments("caf\u00E9 na\u00EFve", 2),
                // an emoji standing alone holds no letter: Ivanov + said
                arguments("Ivanov \uD83D\uDE00 said", 2),
                // supplementary letters (mathematical bold A, B) are letters: one word, then bold
                arguments("\uD835\uDC00\uD835\uDC01 bold", 2),
                // no spaces between CJK characters: one run
                arguments("\u65E5\u672C\u8A9E\u306E\u30CB\u30E5\u30FC\u30B9", 1),
                // the seed story's first paragraph: 27 runs, of which "--" is not a word
                arguments("MADRID, Spain -- Russia is offering intelligence and other backup to support NATO troops"
                        + " preparing for a peacekeeping mission in Afghanistan, Foreign Minister Igor Ivanov said"
                        + " Wednesday.", 26),
                // the seed story's first quote paragraph, 17 runs, all words
                arguments("\"Cooperation with NATO may take many forms, but not direct military participation,\""
                        + " Ivanov told a news conference.", 17));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("bodies")
    void wordCount_body_countsRunsWithALetterOrDigit(String body, int words) {
        assertEquals(words, Article.builder().body(body).build().wordCount());
    }

    @Test
    void wordCount_noBody_isZero() {
        assertEquals(0, Article.builder().build().wordCount());
    }

    @Test
    void wordCount_seedStoryBody_isSumOfItsParagraphs() {
        assertEquals(26 + 17, seedStory().build().wordCount());
    }

    // ---- leadImage

    @Test
    void leadImage_videoFirst_isFirstImage() {
        Article article = Article.builder().media(List.of(VIDEO, PHOTO, AUDIO, MAP)).build();
        assertEquals(Optional.of(PHOTO), article.leadImage());
    }

    @Test
    void leadImage_imageFirst_isThatImage() {
        Article article = Article.builder().addMedia(MAP).addMedia(PHOTO).build();
        assertEquals(Optional.of(MAP), article.leadImage());
    }

    @Test
    void leadImage_noImage_isEmpty() {
        assertEquals(Optional.empty(), Article.builder().media(List.of(VIDEO, AUDIO)).build().leadImage());
        assertEquals(Optional.empty(), Article.builder().build().leadImage());
    }

    @Test
    void leadImage_draftImageWithoutUrl_isStillTheLead() {
        Image draft = Image.draft().withCaption("Photo to come");
        assertEquals(Optional.of(draft), Article.builder().media(List.of(draft, PHOTO)).build().leadImage());
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Article a = seedStory().build();
        Article b = seedStory().build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void equals_oneFieldDifferent_notEqual() {
        Article article = seedStory().build();
        assertNotEquals(article, article.toBuilder().headline("Russia Offers Help").build());
        assertNotEquals(article, article.toBuilder().type(ArticleType.ANALYSIS).build());
        assertNotEquals(article, article.toBuilder().media(List.of(VIDEO, PHOTO)).build(), "media order matters");
        assertNotEquals(article, article.toBuilder().dateModified(NewsDate.parse("2016-07-27T00:00:00Z")).build());
    }

    @Test
    void toString_containsFieldValues() {
        String text = seedStory().build().toString();
        assertTrue(text.contains(URL), text);
        assertTrue(text.contains("NEWS"), text);
        assertTrue(text.contains(HEADLINE), text);
        assertTrue(text.contains("World"), text);
        assertTrue(text.contains("Afghanistan"), text);
        assertTrue(text.contains("2016-07-27T10:15:00+02:00"), text);
        assertTrue(text.contains("MADRID"), text);
        assertTrue(text.contains("Paul Ames"), text);
        assertTrue(text.contains("military restraint"), text);
        assertTrue(text.contains("ivanov-robertson.jpg"), text);
        assertTrue(text.contains(".paywall"), text);
    }
}
