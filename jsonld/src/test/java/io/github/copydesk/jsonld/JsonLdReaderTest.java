package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Video;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's API and each documented reading rule, one case each. */
class JsonLdReaderTest {

    private static final JsonLdReader LENIENT = JsonLdReader.lenient();
    private static final JsonLdReader STRICT = JsonLdReader.strict();

    /** An article node with the given members (JSON text without braces). */
    private static String article(String members) {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"" + (members.isEmpty() ? "" : "," + members) + "}";
    }

    private static Article one(ReadResult result) {
        assertEquals(1, result.articles().size(), result.findings()::toString);
        return result.articles().get(0);
    }

    private static Article lenient(String members) {
        return one(LENIENT.read(article(members)));
    }

    private static List<String> paths(ReadResult result, Severity severity) {
        return result.findings(severity).stream().map(ReadFinding::path).toList();
    }

    private static ReadException strictFails(String json) {
        return assertThrows(ReadException.class, () -> STRICT.read(json));
    }

    // ---------------------------------------------------------------------------------------------
    // API

    @Test
    void factories_areSharedAndSayTheirMode() {
        assertSame(JsonLdReader.lenient(), LENIENT);
        assertSame(JsonLdReader.strict(), STRICT);
        assertFalse(LENIENT.isStrict());
        assertTrue(STRICT.isStrict());
        assertTrue(JsonLdReader.builder().strict(true).build().isStrict());
    }

    @Test
    void builder_defaults_areTheDocumentedLimits() {
        JsonLdReader reader = JsonLdReader.builder().build();
        assertEquals(4L * 1024 * 1024, reader.limits().maxInputBytes());
        assertEquals(64, reader.limits().maxDepth());
        assertEquals(1024 * 1024, reader.limits().maxStringLength());
        assertEquals(100_000, reader.limits().maxNodes());
        assertEquals(100, ReadLimits.MAX_NUMBER_LENGTH);
    }

    @Test
    void builder_limits_areTheReadersLimits() {
        ReadLimits limits = ReadLimits.defaults().withMaxInputBytes(10).withMaxDepth(2).withMaxStringLength(3).withMaxNodes(4);
        assertEquals(limits, JsonLdReader.builder().limits(limits).build().limits());
        assertThrows(NullPointerException.class, () -> JsonLdReader.builder().limits(null));
    }

    @Test
    void read_nullArguments_throwNullPointerException() {
        assertThrows(NullPointerException.class, () -> LENIENT.read((String[]) null));
        assertThrows(NullPointerException.class, () -> LENIENT.read((List<String>) null));
        assertThrows(NullPointerException.class, () -> LENIENT.read(java.util.Arrays.asList("{}", null)));
        assertThrows(NullPointerException.class, () -> LENIENT.read((java.io.Reader) null));
        assertThrows(NullPointerException.class, () -> LENIENT.read(null, StandardCharsets.UTF_8));
        assertThrows(NullPointerException.class, () -> LENIENT.read(new byte[0], null));
    }

    @Test
    void read_noBlocks_readsNothing() {
        ReadResult result = STRICT.read();
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void read_stringReaderAndBytes_readTheSame() {
        String json = article("\"headline\":\"Caf\u00e9\"");
        ReadResult fromString = STRICT.read(json);
        assertEquals(fromString, STRICT.read(new StringReader(json)));
        assertEquals(fromString, STRICT.read(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(fromString, STRICT.read(json.getBytes(StandardCharsets.UTF_16), StandardCharsets.UTF_16));
    }

    @Test
    void readResult_isImmutable() {
        ReadResult result = LENIENT.read(article("\"headline\":\" x \""));
        assertThrows(UnsupportedOperationException.class, () -> result.articles().clear());
        assertThrows(UnsupportedOperationException.class, () -> result.findings().clear());
        assertFalse(result.hasErrors());
        assertEquals(1, result.findings(Severity.INFO).size());
    }

    static Stream<Arguments> codes() {
        String img = "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://i.example/a.jpg\",\"width\":";
        return Stream.of(
                Arguments.of("no JSON here", Severity.ERROR, ReadCode.JSON_MALFORMED, null),
                Arguments.of(article("\"headline\":\"H\","), Severity.WARNING,
                        ReadCode.JSON_REPAIRED, null),
                Arguments.of(article("\"headline\":\"a\",\"headline\":\"b\""), Severity.WARNING,
                        ReadCode.JSON_DUPLICATE_KEY, null),
                Arguments.of(article("\"headline\":\"H &amp; M\""), Severity.INFO, ReadCode.TEXT_CLEANED, "$.headline"),
                Arguments.of(article("\"headline\":\"a\\ud800b\""), Severity.WARNING, ReadCode.TEXT_CLEANED,
                        "$.headline"),
                Arguments.of(article("\"datePublished\":\"yesterday\""), Severity.ERROR, ReadCode.DATE_UNREADABLE,
                        "$.datePublished"),
                Arguments.of(article("\"datePublished\":\"2024-01-02T03:04:05+0000\""), Severity.WARNING,
                        ReadCode.DATE_REPAIRED, "$.datePublished"),
                Arguments.of(article("\"url\":\"/relative/path\""), Severity.ERROR, ReadCode.URL_UNREADABLE, "$.url"),
                Arguments.of(article("\"url\":\"https://a.example/?x=1&amp;y=2\""), Severity.WARNING,
                        ReadCode.URL_REPAIRED, "$.url"),
                Arguments.of(article("\"author\":{\"@id\":\"https://a.example/#nobody\"}"), Severity.ERROR,
                        ReadCode.REFERENCE_UNRESOLVED, "$.author"),
                Arguments.of("{\"@context\":\"https://schema.org\",\"@type\":\"newsarticle\",\"headline\":\"H\"}",
                        Severity.WARNING, ReadCode.TYPE_REPAIRED, null),
                Arguments.of(article("\"HeadLine\":\"H\""), Severity.WARNING, ReadCode.PROPERTY_REPAIRED, "$.HeadLine"),
                Arguments.of(article("\"author\":\"By Jane Doe and John Roe\""), Severity.ERROR,
                        ReadCode.BYLINE_SPLIT, "$.author"),
                Arguments.of(article("\"editor\":\"Jane Doe and John Roe\""), Severity.WARNING,
                        ReadCode.BYLINE_SPLIT, "$.editor"),
                Arguments.of(article(img + "\"1440px\"}"), Severity.WARNING, ReadCode.VALUE_REPAIRED, "$.image.width"),
                Arguments.of(article(img + "\"wide\"}"), Severity.ERROR, ReadCode.VALUE_UNREADABLE, "$.image.width"));
    }

    @ParameterizedTest
    @MethodSource("codes")
    void findings_carryTheirCode(String json, Severity severity, ReadCode code, String path) {
        List<ReadFinding> findings = LENIENT.read(json).findings();
        assertTrue(findings.stream().anyMatch(f -> f.code() == code && f.severity() == severity
                && (path == null || f.path().equals(path))), findings::toString);
    }

    @Test
    void bytesNotValidInTheirCharset_areAnEncodingFinding() {
        byte[] bytes = article("\"headline\":\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
        List<ReadFinding> findings = LENIENT.read(bytes, StandardCharsets.UTF_8).findings();
        assertTrue(findings.stream().anyMatch(f -> f.code() == ReadCode.ENCODING_REPAIRED
                && f.severity() == Severity.WARNING), findings::toString);
    }

    @Test
    void codeIds_areUniqueAndNamespaced() {
        List<String> ids = java.util.Arrays.stream(ReadCode.values()).map(ReadCode::id).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids::toString);
        for (String id : ids) {
            assertTrue(id.matches("read\\.[a-z]+\\.[a-z-]+"), id);
        }
    }

    @Test
    void readFinding_checksItsFieldsAndPrintsOneLine() {
        ReadFinding value = new ReadFinding(Severity.WARNING, ReadCode.DATE_REPAIRED, 1, "$.datePublished", 0, 0,
                "repaired");
        assertEquals("WARNING read.date.repaired block 1 $.datePublished: repaired", value.toString());
        ReadFinding syntax = new ReadFinding(Severity.ERROR, ReadCode.JSON_MALFORMED, 0, "$", 3, 7, "not JSON");
        assertEquals("ERROR read.json.malformed block 0 line 3, column 7: not JSON", syntax.toString());
        ReadCode code = ReadCode.TEXT_CLEANED;
        assertThrows(NullPointerException.class, () -> new ReadFinding(null, code, 0, "$", 0, 0, "m"));
        assertThrows(NullPointerException.class, () -> new ReadFinding(Severity.INFO, null, 0, "$", 0, 0, "m"));
        assertThrows(NullPointerException.class, () -> new ReadFinding(Severity.INFO, code, 0, null, 0, 0, "m"));
        assertThrows(NullPointerException.class, () -> new ReadFinding(Severity.INFO, code, 0, "$", 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new ReadFinding(Severity.INFO, code, -1, "$", 0, 0, "m"));
    }

    @Test
    void concurrentReads_fromOneReader_giveTheSameResult() throws Exception {
        String json = article("\"headline\":\"H &amp; M\",\"datePublished\":\"2024-01-02T03:04:05+0000\",\"author\":\"By A and B\"");
        ReadResult expected = LENIENT.read(json);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReadResult>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> LENIENT.read(json)));
            }
            for (Future<ReadResult> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // where the articles are

    @Test
    void shapes_objectArrayGraphNestedArraysAndMainEntity_areAllFound() {
        assertEquals(1, LENIENT.read(article("")).articles().size());
        assertEquals(2, LENIENT.read("[" + article("") + ",[{\"@type\":\"WebSite\"}," + article("") + "]]").articles().size());
        assertEquals(1, LENIENT.read("{\"@graph\":[{\"@type\":\"WebPage\"},{\"@graph\":[" + article("") + "]}]}").articles().size());
        ReadResult main = LENIENT.read("{\"@type\":\"WebPage\",\"mainEntity\":" + article("\"headline\":\"inside\"") + "}");
        assertEquals("inside", one(main).headline());
    }

    @Test
    void nestedArticles_areNotArticlesOfTheirOwn() {
        String json = "{\"@type\":\"LiveBlogPosting\",\"headline\":\"live\",\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\",\"headline\":\"u\"}]}";
        assertEquals("live", one(LENIENT.read(json)).headline());
    }

    @Test
    void sameId_twoDefinitions_areOneArticle() {
        String a = "{\"@type\":\"NewsArticle\",\"@id\":\"https://x.example/#a\",\"headline\":\"h\"}";
        String b = "{\"@type\":\"NewsArticle\",\"@id\":\"https://x.example/#a\",\"description\":\"d\"}";
        Article merged = one(LENIENT.read(a, b));
        assertEquals("h", merged.headline());
        assertEquals("d", merged.description());
    }

    @ParameterizedTest
    @CsvSource({
        "NewsArticle, NEWS", "ReportageNewsArticle, REPORTAGE", "schema:OpinionNewsArticle, OPINION",
        "http://schema.org/AnalysisNewsArticle, ANALYSIS", "https://schema.org/ReviewNewsArticle, REVIEW",
        "BackgroundNewsArticle, BACKGROUND", "AskPublicNewsArticle, ASK_PUBLIC"})
    void types_withAndWithoutPrefix_giveTheArticleType(String type, ArticleType expected) {
        ReadResult result = STRICT.read("{\"@type\":\"" + type + "\"}");
        assertEquals(expected, one(result).type());
        assertEquals(List.of(), result.findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "TechArticle"})
    void otherArticleTypes_areReadAsNewsWithANote(String type) {
        ReadResult result = STRICT.read("{\"@type\":\"" + type + "\"}");
        assertEquals(ArticleType.NEWS, one(result).type());
        assertEquals(List.of(Severity.INFO), result.findings().stream().map(ReadFinding::severity).toList());
    }

    @Test
    void types_asArray_theSubtypeWins() {
        assertEquals(ArticleType.REPORTAGE, one(STRICT.read("{\"@type\":[\"NewsArticle\",\"Article\",\"ReportageNewsArticle\"]}")).type());
        assertEquals(0, LENIENT.read("{\"@type\":[\"WebPage\",\"BreadcrumbList\"]}").articles().size());
    }

    @Test
    void types_inTheWrongCase_areRepairedWithAWarning_strictRejectsThem() {
        ReadResult result = LENIENT.read("{\"@type\":\"newsarticle\",\"publisher\":{\"@type\":\"newsMediaOrganization\",\"name\":\"P\"}}");
        assertTrue(one(result).publisher().newsMedia());
        assertEquals(List.of("$['@type']", "$.publisher['@type']"), paths(result, Severity.WARNING));
        assertEquals(ReadCode.TYPE_REPAIRED, strictFails("{\"@type\":\"newsarticle\"}").code());
    }

    @Test
    void propertyNames_withPrefixOrInTheWrongCase_areRead() {
        ReadResult result = LENIENT.read("{\"@type\":\"NewsArticle\",\"schema:headline\":\"h\",\"http://schema.org/description\":\"d\","
                + "\"AlternativeHeadline\":\"a\"}");
        Article a = one(result);
        assertEquals(List.of("h", "d", "a"), List.of(a.headline(), a.description(), a.alternativeHeadline()));
        assertEquals(List.of("$.AlternativeHeadline"), paths(result, Severity.WARNING));
    }

    // ---------------------------------------------------------------------------------------------
    // people

    @Test
    void author_asStringObjectArrayAndNestedArray() {
        assertEquals(List.of(Person.of("Jens Kassner")), authors(lenient("\"author\":\"Jens Kassner\"")));
        assertEquals(List.of(Person.of("Jane")), authors(lenient("\"author\":{\"@type\":\"Person\",\"name\":\"Jane\"}")));
        assertEquals(List.of(Person.of("A"), Person.of("B")),
                authors(lenient("\"author\":[{\"@type\":\"Person\",\"name\":\"A\"},[{\"@type\":\"Person\",\"name\":\"B\"}]]")));
    }

    @Test
    void author_agencyName_isANewsMediaOrganization() {
        assertEquals(List.of(Organization.newsMedia("Associated Press")), authors(lenient("\"author\":[\"Associated Press\"]")));
    }

    @Test
    void author_bylineInOneString_isOnePersonEach_andThePageBreaksGooglesRules() {
        ReadResult result = LENIENT.read(article("\"author\":\"By Jane Doe, John Roe and Jim Poe, Reuters\""));
        List<Person> people = authors(one(result)).stream().map(Person.class::cast).toList();
        assertEquals(List.of("Jane Doe", "John Roe", "Jim Poe"), people.stream().map(Person::name).toList());
        assertEquals(Organization.newsMedia("Reuters"), people.get(0).affiliation());
        // the repaired model passes Google's author-name rules; the page as written does not
        assertEquals(List.of(), paths(result, Severity.WARNING));
        assertEquals(List.of(Rule.GOOGLE_AUTHOR_ONE_PERSON, Rule.GOOGLE_AUTHOR_NO_PREFIX, Rule.GOOGLE_AUTHOR_NO_PUBLISHER),
                result.findings(Severity.ERROR).stream().map(ReadFinding::rule).toList());
        assertTrue(result.findings().stream().allMatch(f -> f.path().equals("$.author") && f.code() == ReadCode.BYLINE_SPLIT),
                result.findings()::toString);
    }

    @Test
    void author_personWhoseNameStartsWithBy_keepsItsUrl_andThePageBreaksTheNoPrefixRule() {
        ReadResult result = LENIENT.read(article("\"author\":{\"@type\":\"Person\",\"name\":\"By Jane Doe\",\"url\":\"https://x.example/jane\"}"));
        assertEquals(List.of(Person.of("Jane Doe").withUrl(URI.create("https://x.example/jane"))), authors(one(result)));
        assertEquals(List.of("$.author.name"), paths(result, Severity.ERROR));
        assertEquals(Rule.GOOGLE_AUTHOR_NO_PREFIX, result.findings().get(0).rule());
    }

    @Test
    void editor_bylineInOneString_isARepairOnly() {
        ReadResult result = LENIENT.read(article("\"editor\":\"By Jane Doe and John Roe\""));
        assertEquals(2, one(result).byline().contributors().size());
        assertEquals(List.of("$.editor"), paths(result, Severity.WARNING));
        assertTrue(result.findings().stream().allMatch(f -> f.rule() == null), result.findings()::toString);
    }

    @Test
    void author_strict_keepsTheNameAsWritten() {
        assertEquals(List.of(Person.of("By Jane Doe and John Roe")),
                authors(one(STRICT.read(article("\"author\":{\"@type\":\"Person\",\"name\":\"By Jane Doe and John Roe\"}")))));
    }

    @Test
    void author_referenceInAnotherBlock_isResolved_andAMissingOneIsAnError() {
        String person = "{\"@context\":\"https://schema.org\",\"@type\":\"Person\",\"@id\":\"https://x.example/#p\",\"name\":\"P\"}";
        String json = article("\"author\":{\"@id\":\"https://x.example/#p\"}");
        assertEquals(List.of(Person.of("P")), authors(one(STRICT.read(json, person))));
        ReadResult alone = LENIENT.read(json);
        assertNull(one(alone).byline());
        assertEquals(List.of("$.author"), paths(alone, Severity.ERROR));
    }

    @Test
    void author_withoutAnything_isLeftOutAsAnError() {
        ReadResult result = LENIENT.read(article("\"author\":[{\"@type\":\"Person\",\"name\":\" \"},\"Jane\"]"));
        assertEquals(List.of(Person.of("Jane")), authors(one(result)));
        assertEquals(List.of("$.author[0]"), paths(result, Severity.ERROR));
    }

    @Test
    void author_nameFromByline_isReadWithAWarning() {
        ReadResult result = LENIENT.read(article("\"author\":{\"@type\":\"Person\",\"byline\":\"Gopal Sharma\"}"));
        assertEquals(List.of(Person.of("Gopal Sharma")), authors(one(result)));
        assertEquals(List.of("$.author.byline"), paths(result, Severity.WARNING));
    }

    @Test
    void contributor_inARole_keepsItsRole() {
        Article a = lenient("\"contributor\":[{\"@type\":\"Role\",\"roleName\":\"photographer\",\"contributor\":"
                + "{\"@type\":\"Person\",\"name\":\"Pic\"}},{\"@type\":\"Person\",\"name\":\"Helper\"}],"
                + "\"editor\":{\"@type\":\"Person\",\"name\":\"Ed\"}");
        assertEquals(List.of(Contributor.of(ContributorRole.EDITOR, Person.of("Ed")),
                Contributor.of(ContributorRole.PHOTOGRAPHER, Person.of("Pic")),
                Contributor.of(ContributorRole.CONTRIBUTOR, Person.of("Helper"))), a.byline().contributors());
    }

    @Test
    void contributor_inAnUnknownRole_isAContributorWithAWarning() {
        ReadResult result = LENIENT.read(article("\"contributor\":{\"@type\":\"Role\",\"roleName\":\"caterer\",\"contributor\":\"Chef\"}"));
        assertEquals(ContributorRole.CONTRIBUTOR, one(result).byline().contributors().get(0).role());
        assertEquals(List.of("$.contributor.roleName"), paths(result, Severity.WARNING));
    }

    @Test
    void publisher_typedAsPerson_isReadAsAnOrganizationWithAWarning() {
        ReadResult result = LENIENT.read(article("\"publisher\":{\"@type\":\"Person\",\"name\":\"Solo\",\"url\":\"https://solo.example/\"}"));
        assertEquals(new Organization("Solo", false, URI.create("https://solo.example/"), null, List.of()), one(result).publisher());
        assertEquals(List.of("$.publisher"), paths(result, Severity.WARNING));
    }

    @Test
    void publisher_logoAsStringObjectOrEmpty() {
        assertEquals(URI.create("https://x.example/l.png"),
                lenient("\"publisher\":{\"@type\":\"Organization\",\"logo\":\"https://x.example/l.png\"}").publisher().logo());
        assertEquals(URI.create("https://x.example/l.png"),
                lenient("\"publisher\":{\"@type\":\"Organization\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://x.example/l.png\"}}")
                        .publisher().logo());
        assertNull(lenient("\"publisher\":{\"@type\":\"Organization\",\"name\":\"N\",\"logo\":\"\"}").publisher().logo());
    }

    private static List<Object> authors(Article a) {
        return a.byline() == null ? List.of() : a.byline().contributors().stream()
                .filter(c -> c.role() == ContributorRole.AUTHOR).map(c -> (Object) c.party()).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // images and other media

    @Test
    void image_asUrlObjectArrayAndUrlArray() {
        assertEquals(List.of("https://x.example/a.jpg"), urls(lenient("\"image\":\"https://x.example/a.jpg\"")));
        assertEquals(List.of("https://x.example/a.jpg", "https://x.example/b.jpg"),
                urls(lenient("\"image\":[\"https://x.example/a.jpg\",{\"@type\":\"ImageObject\",\"url\":\"https://x.example/b.jpg\"}]")));
        ReadResult result = LENIENT.read(article("\"image\":{\"@type\":\"ImageObject\",\"caption\":\"c\",\"url\":[\"https://x.example/1.jpg\",\"https://x.example/2.jpg\"]}"));
        assertEquals(List.of("https://x.example/1.jpg", "https://x.example/2.jpg"), urls(one(result)));
        assertEquals("c", ((Image) one(result).media().get(1)).caption());
        assertEquals(List.of("$.image.url"), paths(result, Severity.WARNING));
    }

    @Test
    void image_contentUrlIsTheFile() {
        assertEquals(List.of("https://x.example/file.jpg"), urls(lenient(
                "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://x.example/page\",\"contentUrl\":\"https://x.example/file.jpg\"}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1024|1024|", "'\"1024\"'|1024|WARNING", "'\"1440px\"'|1440|WARNING", "'\"344 px\"'|344|WARNING",
        "675.0|675|", "'{\"@type\":\"QuantitativeValue\",\"value\":675.0}'|675|", "0||ERROR", "-3||ERROR", "12.5||ERROR",
        "'\"wide\"'||ERROR", "true||ERROR"})
    void image_width_forms(String width, Integer expected, Severity finding) {
        ReadResult result = LENIENT.read(article("\"image\":{\"url\":\"https://x.example/a.jpg\",\"width\":" + width + "}"));
        assertEquals(expected, ((Image) one(result).media().get(0)).width());
        assertEquals(finding == null ? List.of() : List.of(finding), result.findings().stream().map(ReadFinding::severity).toList());
    }

    @Test
    void image_withoutUrl_lenientLeavesItOut_strictKeepsTheDraft() {
        String json = article("\"image\":{\"@type\":\"ImageObject\",\"caption\":\"no file yet\"}");
        ReadResult result = LENIENT.read(json);
        assertEquals(List.of(), one(result).media());
        assertEquals(List.of("$.image"), paths(result, Severity.ERROR));
        assertEquals(List.of(Image.draft().withCaption("no file yet")), one(STRICT.read(json)).media());
    }

    @Test
    void image_descriptionIsTheCaptionWhenThereIsNone() {
        assertEquals("d", ((Image) lenient("\"image\":{\"url\":\"https://x.example/a.jpg\",\"description\":\"d\"}").media().get(0)).caption());
    }

    @Test
    void video_readsItsParts() {
        Article a = lenient("\"video\":{\"@type\":\"VideoObject\",\"name\":\"n\",\"description\":\"d\",\"contentUrl\":\"https://v.example/v.mp4\","
                + "\"thumbnailUrl\":[\"https://v.example/t.jpg\"],\"uploadDate\":\"2024-10-15T06:22:57.508Z\",\"duration\":\"P00DT00H01M53S\","
                + "\"embedUrl\":\"https://v.example/embed\"}");
        Video v = (Video) a.media().get(0);
        assertEquals(URI.create("https://v.example/v.mp4"), v.url());
        assertEquals("d", v.caption());
        assertEquals(URI.create("https://v.example/t.jpg"), v.thumbnail());
        assertEquals(Duration.ofSeconds(113), v.duration());
        assertEquals(NewsDate.parse("2024-10-15T06:22:57.508Z"), v.uploadDate());
    }

    private static List<String> urls(Article a) {
        return a.media().stream().map(m -> String.valueOf(m.url())).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-04-30|2024-04-30|",
        "2023-04-25T12:26:27.802Z|2023-04-25T12:26:27.802Z|",
        "2024-08-28T10:00:23+0000|2024-08-28T10:00:23Z|WARNING",
        "2024-04-27T07:39:18.751+0200|2024-04-27T07:39:18.751+02:00|WARNING",
        "2024-04-30 16:38:37 +02:00|2024-04-30T16:38:37+02:00|WARNING",
        "2018-11-28CET11:59:00+0100|2018-11-28T11:59:00+01:00|WARNING",
        "2024-02-24T10:00:00|2024-02-24|WARNING",
        "2021-05-11 09:49:18|2021-05-11|WARNING",
        "2022/05/10 17:36:11|2022-05-10|WARNING",
        "Sat Feb 24 10:00:00 UTC 2024|2024-02-24T10:00:00Z|WARNING",
        "Fri Apr 28 19:20:36 CEST 2023|2023-04-28|WARNING",
        "Sat Apr 28 19:20:36 CEST 2023||ERROR",
        "10/05/2022 05:22 pm||ERROR",
        "2024-13-01||ERROR",
        "yesterday||ERROR",
        "1970-01-01T01:00:00+01:00||ERROR",
        "2024-01-01T10:00+02|2024-01-01T10:00:00+02:00|WARNING",
        "''||"})
    void datePublished_forms(String written, String expected, Severity finding) {
        ReadResult result = LENIENT.read(article("\"datePublished\":\"" + written + "\""));
        assertEquals(expected, one(result).datePublished() == null ? null : one(result).datePublished().toString());
        assertEquals(finding == null ? List.of() : List.of(finding), result.findings().stream().map(ReadFinding::severity).toList(),
                result.findings()::toString);
    }

    @Test
    void datePublished_strict_readsOnlyIso8601_andKeepsTheEpoch() {
        assertEquals(NewsDate.parse("1970-01-01T01:00+01:00"),
                one(STRICT.read(article("\"datePublished\":\"1970-01-01T01:00:00+01:00\""))).datePublished());
        ReadException e = strictFails(article("\"datePublished\":\"2024-02-24T10:00:00\""));
        assertEquals(ReadCode.DATE_UNREADABLE, e.code());
        assertEquals("$.datePublished", e.path());
        assertEquals(1, e.line());
        // 1-based: the value starts after the members before it, the comma and the key
        assertEquals(article("").length() + "\"datePublished\":".length() + 1, e.column());
    }

    @Test
    void dateOnly_staysDateOnly() {
        NewsDate date = lenient("\"dateModified\":\"2016-07-27\"").dateModified();
        assertTrue(date.isDateOnly());
        assertEquals(LocalDate.of(2016, 7, 27), date.date());
    }

    // ---------------------------------------------------------------------------------------------
    // text

    @Test
    void text_entitiesMarkupAndWhiteSpace_areCleanedAndReported() {
        ReadResult result = LENIENT.read(article("\"headline\":\"  What&#8217;s <b>new</b>  \",\"description\":\"Caf&eacute; &amp; Bar\","
                + "\"alternativeHeadline\":\"enth&amp;uuml;llt\",\"articleBody\":\"<p>One</p><p>Two<br>Three</p>\""));
        Article a = one(result);
        assertEquals("What\u2019s new", a.headline());
        assertEquals("Caf\u00e9 & Bar", a.description());
        assertEquals("enth\u00fcllt", a.alternativeHeadline());
        assertEquals("One\nTwo\nThree", a.body());
        assertEquals(List.of("$.headline", "$.alternativeHeadline", "$.description", "$.articleBody"), paths(result, Severity.INFO));
        assertTrue(result.findings().get(0).message().contains("markup"));
    }

    @Test
    void text_ampersandWithoutEntity_staysAsWritten() {
        assertEquals("AT&T notes &notes", lenient("\"headline\":\"AT&T notes &notes\"").headline());
    }

    @Test
    void text_strict_isKeptExactlyAsWritten() {
        Article a = one(STRICT.read(article("\"headline\":\"  What&#8217;s <b>new</b>\\n\"")));
        assertEquals("  What&#8217;s <b>new</b>\n", a.headline());
    }

    @Test
    void text_lineBreaksInAHeadline_becomeSpaces_andNoBreakSpacesStay() {
        assertEquals("Emmanuel\u00a0Macron sur la \u00ab\u00a0gravit\u00e9\u00a0\u00bb",
                lenient("\"headline\":\"Emmanuel\\u00a0Macron\\nsur la \\u00ab\\u00a0gravit\u00e9\\u00a0\\u00bb\"").headline());
    }

    @Test
    void text_jsonLdValueObject_isItsValue() {
        assertEquals("h", one(STRICT.read(article("\"headline\":{\"@value\":\"h\",\"@language\":\"en\"}"))).headline());
    }

    @Test
    void keywords_commaSeparatedText_isSplit() {
        assertEquals(List.of("a", "b c", "d"), lenient("\"keywords\":\"a, b c,,d\"").keywords());
        assertEquals(List.of("a, b"), lenient("\"keywords\":[\"a, b\"]").keywords());
    }

    @Test
    void section_array_keepsTheFirstWithAWarning() {
        ReadResult result = LENIENT.read(article("\"articleSection\":[\"Politique\",\"CGT\"]"));
        assertEquals("Politique", one(result).section());
        assertEquals(List.of("$.articleSection"), paths(result, Severity.WARNING));
    }

    @Test
    void language_withUnderscore_isRepaired() {
        ReadResult result = LENIENT.read(article("\"inLanguage\":\"en_US\""));
        assertEquals(Locale.forLanguageTag("en-US"), one(result).language());
        assertEquals(List.of("$.inLanguage"), paths(result, Severity.WARNING));
        assertEquals(List.of("$.inLanguage"), paths(LENIENT.read(article("\"inLanguage\":\"not a tag\"")), Severity.ERROR));
    }

    // ---------------------------------------------------------------------------------------------
    // the rest of the article

    @Test
    void urls_relativeOrNotHttp_areLeftOut_andIllegalCharactersEncoded() {
        ReadResult result = LENIENT.read(article("\"url\":\"/news/a\",\"publisher\":{\"@type\":\"Organization\",\"url\":\"ftp://x.example/\","
                + "\"sameAs\":[\"https://x.example/a b\"]}"));
        assertNull(one(result).url());
        assertEquals(List.of("$.url", "$.publisher.url"), paths(result, Severity.ERROR));
        assertEquals(List.of(URI.create("https://x.example/a%20b")), one(result).publisher().sameAs());
    }

    @Test
    void url_fromMainEntityOfPage_butNotGooglesPlaceholder() {
        assertEquals(URI.create("https://x.example/a"), lenient("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://x.example/a\"}").url());
        assertEquals(URI.create("https://x.example/a"), lenient("\"mainEntityOfPage\":\"https://x.example/a\"").url());
        ReadResult placeholder = LENIENT.read(article("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://google.com/article\"}"));
        assertNull(one(placeholder).url());
        assertEquals(List.of("$.mainEntityOfPage"), paths(placeholder, Severity.ERROR));
    }

    @ParameterizedTest
    @CsvSource({"true, true", "'\"True\"', true", "'\"false\"', false", "'\"http://schema.org/False\"', false", "'\"schema:True\"', true"})
    void paywall_flagForms(String flag, boolean free) {
        assertEquals(free, lenient("\"isAccessibleForFree\":" + flag).paywall().accessibleForFree());
    }

    @Test
    void paywall_sectionsFromWebPageElements() {
        Article a = lenient("\"isAccessibleForFree\":false,\"hasPart\":[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\","
                + "\"cssSelector\":\".paywall\"},{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":true,\"cssSelector\":\".free\"}]");
        assertEquals(Paywall.of(".paywall"), a.paywall());
    }

    @Test
    void quotes_fromQuotationParts() {
        Article a = lenient("\"hasPart\":[{\"@type\":\"Quotation\",\"text\":\"Words\",\"creator\":{\"@type\":\"Person\",\"name\":\"Ivanov\"}},"
                + "{\"@type\":\"ImageObject\",\"url\":\"https://x.example/p.jpg\"}]");
        assertEquals(List.of(Quote.of("Words", Person.of("Ivanov"))), a.quotes());
    }

    @Test
    void corrections_asTextOrCorrectionComment() {
        Article a = lenient("\"correction\":[\"An earlier version misspelled a name.\",{\"@type\":\"CorrectionComment\","
                + "\"text\":\"Fixed the date.\",\"datePublished\":\"2024-01-02\"}]");
        assertEquals(List.of(Correction.of("An earlier version misspelled a name.", null),
                Correction.of("Fixed the date.", NewsDate.parse("2024-01-02"))), a.corrections());
    }

    @Test
    void copyright_yearAsText_isRepaired() {
        ReadResult result = LENIENT.read(article("\"copyrightYear\":\"2024\",\"copyrightHolder\":{\"@type\":\"Organization\",\"name\":\"C\"}"));
        assertEquals(2024, one(result).copyright().year());
        assertEquals(Organization.of("C"), one(result).copyright().holder());
        assertEquals(List.of("$.copyrightYear"), paths(result, Severity.WARNING));
    }

    @Test
    void dateline_textAndPlace() {
        Article a = one(STRICT.read(article("\"dateline\":\"LONDON, June 4 (Reuters) -\",\"locationCreated\":{\"@type\":\"Place\","
                + "\"name\":\"LONDON, GB\",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"LONDON\",\"addressCountry\":\"GB\"}}")));
        Dateline d = a.dateline();
        assertEquals("LONDON, June 4 (Reuters) -", d.text());
        assertEquals(new Place("LONDON", null, null, null, "GB"), d.place());
        assertEquals("June 4", d.dateText());
        assertEquals("Reuters", d.source());
        assertNull(d.date());
    }

    // ---------------------------------------------------------------------------------------------
    // not JSON

    @Test
    void cdataAndCommentWrappers_lenientRemovesThem_strictRejectsThem() {
        for (String json : List.of("<![CDATA[" + article("") + "]]>", "//<![CDATA[\n" + article("") + "\n//]]>",
                "<!--\n" + article("") + "\n-->")) {
            ReadResult result = LENIENT.read(json);
            assertEquals(1, result.articles().size(), json);
            assertEquals(List.of(Severity.WARNING), result.findings().stream().map(ReadFinding::severity).toList(), json);
            assertEquals(ReadCode.JSON_MALFORMED, strictFails(json).code());
        }
    }

    @Test
    void trailingCommaAndSingleQuotes_lenientReads_strictGivesLineAndColumn() {
        String json = "{\n  \"@type\": 'NewsArticle',\n  \"keywords\": [\"a\",],\n}";
        ReadResult result = LENIENT.read(json);
        assertEquals(List.of("a"), one(result).keywords());
        assertEquals(2, result.findings().get(0).line());
        assertEquals(12, result.findings().get(0).column());
        ReadException e = strictFails(json);
        assertEquals(ReadCode.JSON_MALFORMED, e.code());
        assertEquals(2, e.line());
        assertEquals(12, e.column());
        assertTrue(e.getMessage().startsWith("not JSON (block 0 at $['@type'], line 2, column 12): "), e.getMessage());
    }

    @Test
    void rawControlCharacterInAString_isReadByTheForgivingParser() {
        Article a = lenient("\"description\":\"two\nlines\"");
        assertEquals("two lines", a.description());
    }

    @Test
    void strict_emptyKeyword_isNoKeyword_soTheWriterRoundTrips() {
        // issue 11: strict mode read "" as a keyword, which the writer leaves out (corpus 020 and 029)
        for (String keywords : List.of("\"\"", "[\"\"]", "[\"\", \"Harbour\"]")) {
            Article a = STRICT.read(article("\"keywords\": " + keywords)).articles().get(0);

            assertEquals(keywords.contains("Harbour") ? List.of("Harbour") : List.of(), a.keywords(), keywords);
            assertEquals(List.of(a), STRICT.read(JsonLdWriter.create().write(a)).articles(), keywords);
        }
    }

    @Test
    void strict_trailingContentOrNothing_isMalformed() {
        assertEquals(ReadCode.JSON_MALFORMED, strictFails(article("") + " " + article("")).code());
        assertEquals(ReadCode.JSON_MALFORMED, strictFails("   ").code());
        assertEquals(ReadCode.JSON_MALFORMED, strictFails(article("") + " x").code());
    }

    @Test
    void lenient_severalValuesInOneBlock_areEachRead_andAnEmptyBlockIsAnError() {
        assertEquals(2, LENIENT.read(article("") + "\n" + article("")).articles().size());
        assertEquals(List.of(Severity.ERROR), LENIENT.read(" ").findings().stream().map(ReadFinding::severity).toList());
    }

    @Test
    void byteOrderMark_isIgnoredInBothModes() {
        assertEquals(1, STRICT.read("\uFEFF" + article("")).articles().size());
        byte[] bom = ("\uFEFF" + article("")).getBytes(StandardCharsets.UTF_8);
        assertEquals(1, STRICT.read(bom, StandardCharsets.UTF_8).articles().size());
    }

    @Test
    void findings_nameTheirBlock() {
        ReadResult result = LENIENT.read(article(""), article("\"datePublished\":\"2024-01-01T10:00:00+0000\""));
        assertEquals(1, result.findings().get(0).block());
        assertEquals("$.datePublished", result.findings().get(0).path());
        ReadException e = assertThrows(ReadException.class, () -> STRICT.read(article(""), "{"));
        assertEquals(1, e.block());
    }

    @Test
    void invalidValue_strictException_saysWhereAndWhy() {
        ReadException e = strictFails("{\n \"@type\": \"NewsArticle\",\n \"image\": {\"url\": \"https://x.example/a.jpg\", \"width\": \"12\"}\n}");
        assertEquals(ReadCode.VALUE_UNREADABLE, e.code());
        assertEquals("$.image.width", e.path());
        assertEquals(3, e.line());
        assertEquals(55, e.column());
        assertEquals("an unreadable value (block 0 at $.image.width, line 3, column 55): "
                + "not a size in pixels: \"12\"; left out", e.getMessage());
    }
}
