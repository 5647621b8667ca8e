package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Video;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's contract beyond the corpus: its builder, its inputs, versions set and declared, names of
 * another version, notices, bodies of every format, media items, and its modes.
 */
class NinjsReaderTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2024-06-04T12:00:00Z"), ZoneOffset.UTC);
    private static final NinjsReader LENIENT = NinjsReader.builder().clock(NOON).build();
    private static final NinjsReader STRICT = NinjsReader.builder().strict(true).clock(NOON).build();

    private static Article one(ReadResult r) {
        assertEquals(1, r.articles().size(), r::toString);
        return r.articles().get(0);
    }

    private static List<String> codes(ReadResult r) {
        return r.findings().stream().map(f -> f.severity() + " " + f.code().id() + " " + f.path()).toList();
    }

    // ---- the builder and inputs

    @Test
    void builder_defaults() {
        NinjsReader r = NinjsReader.lenient();
        assertFalse(r.isStrict());
        assertTrue(NinjsReader.strict().isStrict());
        assertEquals(ReadLimits.defaults(), r.limits());
        assertNull(r.version());
        assertEquals(ZoneOffset.UTC, r.clock().getZone());
        NinjsReader set = NinjsReader.builder().version(NinjsVersion.V2).limits(ReadLimits.defaults().withMaxDepth(8))
                .clock(NOON).build();
        assertEquals(NinjsVersion.V2, set.version());
        assertEquals(8, set.limits().maxDepth());
        assertSame(NOON, set.clock());
    }

    @Test
    void read_stringReaderAndBytes_giveTheSameResult_aByteOrderMarkIgnored() {
        String doc = "{\"uri\": \"urn:x:1\", \"headlines\": [{\"value\": \"Caf\u00e9\"}]}";
        ReadResult fromString = LENIENT.read(doc);
        assertEquals(fromString, LENIENT.read(new StringReader(doc)));
        assertEquals(fromString, LENIENT.read(("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9", one(fromString).headline());
    }

    @Test
    void read_latin1BytesGivenAsUtf8_lenientRepairs_strictStops() {
        byte[] bytes = "{\"uri\": \"urn:x:1\", \"headlines\": [{\"value\": \"Caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        ReadResult r = LENIENT.read(bytes, StandardCharsets.UTF_8);
        assertEquals("Caf\u00e9", one(r).headline());
        assertEquals(List.of("WARNING read.encoding.repaired $"), codes(r));
        assertEquals(ReadCode.ENCODING_REPAIRED, assertThrows(ReadException.class,
                () -> STRICT.read(bytes, StandardCharsets.UTF_8)).code());
    }

    @Test
    void read_failingReader_isInputUnreadable() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
        assertEquals(ReadCode.INPUT_UNREADABLE, assertThrows(ReadException.class, () -> LENIENT.read(failing)).code());
    }

    @Test
    void nulls_throwNamingTheParameter() {
        assertEquals("document", assertThrows(NullPointerException.class, () -> LENIENT.read((String) null)).getMessage());
        assertEquals("in", assertThrows(NullPointerException.class, () -> LENIENT.read((Reader) null)).getMessage());
        assertEquals("bytes", assertThrows(NullPointerException.class,
                () -> LENIENT.read(null, StandardCharsets.UTF_8)).getMessage());
        assertEquals("charset", assertThrows(NullPointerException.class, () -> LENIENT.read(new byte[0], null)).getMessage());
        assertEquals("limits", assertThrows(NullPointerException.class, () -> NinjsReader.builder().limits(null)).getMessage());
        assertEquals("clock", assertThrows(NullPointerException.class, () -> NinjsReader.builder().clock(null)).getMessage());
    }

    @Test
    void read_notJson_lenientReportsWithPosition_strictStops() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"headlines\": [{\"value\": \"Cut");
        assertTrue(r.findings().stream().anyMatch(f -> f.code() == ReadCode.JSON_MALFORMED && f.line() == 1), r::toString);
        ReadException e = assertThrows(ReadException.class, () -> STRICT.read("{\"uri\": \"urn:x:1\",}"));
        assertEquals(ReadCode.JSON_MALFORMED, e.code());
        assertEquals(1, e.line());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"a string\"", "42", "[1, 2]"})
    void read_notAnObject_isUnreadable(String doc) {
        ReadResult r = LENIENT.read(doc);
        assertEquals(List.of(), r.articles());
        assertTrue(r.findings().stream().anyMatch(f -> f.code() == ReadCode.VALUE_UNREADABLE), r::toString);
    }

    // ---- versions and names

    @Test
    void version_setAndTheNamesAgree_noFinding() {
        NinjsReader v3 = NinjsReader.builder().version(NinjsVersion.V3).build();
        assertEquals(List.of(), v3.read("{\"uri\": \"urn:x:1\", \"versionCreated\": \"2024-06-04T10:00:00Z\"}").findings());
    }

    @Test
    void version_setButTheNamesAreAnothers_isAMismatch_andReadAsSet() {
        NinjsReader v2 = NinjsReader.builder().version(NinjsVersion.V2).build();
        ReadResult r = v2.read("{\"uri\": \"urn:x:1\", \"versionCreated\": \"2024-06-04T10:00:00Z\"}");
        assertEquals(List.of("WARNING read.version.mismatch $", "WARNING read.property.repaired $.versionCreated"), codes(r));
        assertEquals("2024-06-04T10:00Z", one(r).dateModified().dateTime().orElseThrow().toString());
        NinjsReader strictV2 = NinjsReader.builder().strict(true).version(NinjsVersion.V2).build();
        assertEquals(ReadCode.VERSION_MISMATCH, assertThrows(ReadException.class,
                () -> strictV2.read("{\"uri\": \"urn:x:1\", \"versionCreated\": \"2024-06-04T10:00:00Z\"}")).code());
    }

    @Test
    void version_declaredButTheNamesAreAnothers_isReadByTheNames() {
        String doc = "{\"uri\": \"urn:x:1\", \"standard\": {\"name\": \"ninjs\", \"version\": \"2.2\"},"
                + " \"versionCreated\": \"2024-06-04T10:00:00Z\", \"pubStatus\": \"usable\"}";
        ReadResult r = LENIENT.read(doc);
        assertEquals(List.of("WARNING read.version.mismatch $.standard.version"), codes(r));
        assertTrue(one(r).dateModified() != null);
    }

    @Test
    void name_ofAnotherVersion_isReadAsItsTerm_withAWarning_strictStops() {
        String doc = "{\"uri\": \"urn:x:1\", \"headlines\": [{\"value\": \"H\"}], \"bodies\": [{\"contentType\": \"text/plain\","
                + " \"value\": \"B\"}], \"versioncreated\": \"2024-06-04T10:00:00Z\"}";
        ReadResult r = LENIENT.read(doc);
        assertEquals(List.of("WARNING read.property.repaired $.versioncreated"), codes(r));
        assertTrue(one(r).dateModified() != null);
        ReadException e = assertThrows(ReadException.class, () -> STRICT.read(doc));
        assertEquals(ReadCode.PROPERTY_REPAIRED, e.code());
        assertEquals("$.versioncreated", e.path());
    }

    @Test
    void name_nestedOfAnotherVersion_isReadWithAWarning() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"versionCreated\": \"2024-06-04T10:00:00Z\", \"pubStatus\": \"usable\","
                + " \"bodies\": [{\"contenttype\": \"text/html\", \"value\": \"<p>One</p><p>Two</p>\"}]}");
        assertEquals("One\nTwo", one(r).body());
        assertTrue(codes(r).contains("WARNING read.property.repaired $.bodies[0].contenttype"), r::toString);
    }

    @Test
    void name_noVersionKnows_isLeftOut_strictStops() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"x-provider\": 1}");
        assertEquals(List.of("WARNING read.property.unknown $['x-provider']"), codes(r));
        assertEquals(ReadCode.PROPERTY_UNKNOWN, assertThrows(ReadException.class,
                () -> STRICT.read("{\"uri\": \"urn:x:1\", \"x-provider\": 1}")).code());
    }

    // ---- kinds of items

    @Test
    void type_unknown_isReadAsText_withAWarning() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"type\": \"podcast\", \"headlines\": [{\"value\": \"H\"}]}");
        assertEquals("H", one(r).headline());
        assertEquals(List.of("WARNING read.type.repaired $.type"), codes(r));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"uri\": \"urn:x:1\", \"type\": \"planning\"}",
        "{\"uri\": \"urn:x:1\", \"plannedCoverage\": [{\"name\": \"x\"}]}"})
    void planning_isUnsupported_inBothModes(String doc) {
        for (NinjsReader reader : List.of(LENIENT, STRICT)) {
            ReadResult r = reader.read(doc);
            assertEquals(List.of(), r.articles());
            assertEquals(ReadCode.ITEM_UNSUPPORTED, r.findings().get(0).code());
        }
    }

    @Test
    void mediaItem_isAnArticleHoldingItsMedium() {
        String doc = "{\"uri\": \"urn:x:photo\", \"type\": \"picture\", \"language\": \"sv\", \"by\": \"Karl Melander/TT\","
                + " \"embargoedUntil\": \"2024-06-04T11:00:00Z\", \"copyrightHolder\": \"TT\", \"usageTerms\": \"Editorial use only\","
                + " \"headlines\": [{\"role\": \"main\", \"value\": \"Exercise\"}],"
                + " \"descriptions\": [{\"value\": \"Soldiers on Gotland.\"}],"
                + " \"renditions\": [{\"name\": \"thumbnail\", \"href\": \"https://x.example/t.jpg\", \"width\": 256, \"height\": 171},"
                + " {\"name\": \"hires\", \"href\": \"https://x.example/h.jpg\", \"contentType\": \"image/jpeg\", \"width\": 4724,"
                + " \"height\": 3149}]}";
        for (NinjsReader reader : List.of(LENIENT, STRICT)) {
            ReadResult r = reader.read(doc);
            Article a = one(r);
            assertEquals("urn:x:photo", a.identifier());
            assertNull(a.headline());
            assertEquals("sv", a.language().toLanguageTag());
            assertEquals(List.of("INFO read.item.not-article $.type"), codes(r));
            Image image = (Image) a.media().get(0);
            assertEquals("https://x.example/h.jpg", image.url().toString());
            assertEquals(4724, image.width());
            assertEquals("Soldiers on Gotland.", image.caption());
            assertEquals("Karl Melander/TT", image.credit());
            assertEquals(Person.of("Karl Melander").withAffiliation(Organization.newsMedia("TT")), image.rights().creator());
            assertEquals(Organization.of("TT"), image.rights().copyrightHolder());
            assertEquals("Editorial use only", image.rights().usageTerms());
            // a photo is no story: no rule may ask it for a story's headline, body or byline
            assertFalse(a.expresses("headline") || a.expresses("body") || a.expresses("byline") || a.expresses("datePublished"),
                    a::toString);
            assertTrue(a.expresses("media[0].caption") && a.expresses("media[0].url") && a.expresses("identifier"), a::toString);
        }
    }

    @Test
    void videoAssociation_untypedRenditions_fileAndThumbnail() {
        Article a = one(LENIENT.read("{\"uri\": \"urn:x:1\", \"associations\": [{\"name\": \"v\", \"uri\": \"urn:x:v\","
                + " \"type\": \"video\", \"firstCreated\": \"2024-06-04T10:00:00Z\", \"headlines\": [{\"value\": \"Clip\"}],"
                + " \"renditions\": [{\"name\": \"thumbnail\", \"href\": \"https://x.example/t.jpg\"},"
                + " {\"name\": \"main\", \"href\": \"https://x.example/v.mp4\", \"duration\": 12.5}]}]}"));
        Video v = (Video) a.media().get(0);
        assertEquals("https://x.example/v.mp4", v.url().toString());
        assertEquals("https://x.example/t.jpg", v.thumbnail().toString());
        assertEquals("Clip", v.name());
        assertEquals("PT12.5S", v.duration().toString());
        assertEquals("2024-06-04T10:00Z", v.uploadDate().dateTime().orElseThrow().toString());
    }

    @Test
    void association_ofTextType_isIgnored() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"associations\": [{\"name\": \"a\", \"uri\": \"urn:x:2\", \"type\": \"text\"}]}");
        assertEquals(List.of(), one(r).media());
        assertEquals(List.of("INFO read.property.ignored $.associations[0]"), codes(r));
    }

    // ---- notices

    @Test
    void embargo_afterTheClock_isANotice_inBothModes() {
        String doc = "{\"uri\": \"urn:x:1\", \"embargoedUntil\": \"2024-06-04T14:00:00+02:00\"}";
        for (NinjsReader reader : List.of(LENIENT, STRICT)) {
            ReadResult r = reader.read(doc);
            assertEquals("2024-06-04T14:00+02:00", one(r).embargoedUntil().dateTime().orElseThrow().toString());
            assertEquals(List.of(), r.findings(), "12:00Z is after 14:00+02:00");
        }
        String later = "{\"uri\": \"urn:x:1\", \"embargoedUntil\": \"2024-06-04T12:00:01Z\"}";
        for (NinjsReader reader : List.of(LENIENT, STRICT)) {
            ReadFinding f = reader.read(later).findings().get(0);
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(ReadCode.EMBARGO_FUTURE, f.code());
            assertEquals("$.embargoedUntil", f.path());
        }
    }

    @Test
    void embargo_dateOnly_isUnreadable() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"embargoedUntil\": \"2024-06-05\"}");
        assertNull(one(r).embargoedUntil());
        assertEquals(List.of("ERROR read.value.unreadable $.embargoedUntil"), codes(r));
    }

    @Test
    void pubStatus_withheldAndCanceled_areNotices_inBothModes() {
        for (NinjsReader reader : List.of(LENIENT, STRICT)) {
            assertEquals(List.of("WARNING read.status.withheld $.pubStatus"),
                    codes(reader.read("{\"uri\": \"urn:x:1\", \"pubStatus\": \"withheld\"}")));
            ReadResult canceled = reader.read("{\"uri\": \"urn:x:1\", \"pubstatus\": \"canceled\"}");
            assertEquals(List.of("ERROR read.status.canceled $.pubstatus"), codes(canceled));
            assertTrue(canceled.hasErrors());
            assertEquals(1, canceled.articles().size());
            assertEquals(List.of(), codes(reader.read("{\"uri\": \"urn:x:1\", \"pubStatus\": \"usable\"}")));
        }
    }

    // ---- bodies

    @Test
    void body_html_isParagraphsWithoutScriptsStylesAndFigures() {
        String html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1>\n  <p>First\n   paragraph"
                + " <b>bold</b>.</p><figure><img src=x alt=y><figcaption>Caption</figcaption></figure>"
                + "<script>alert(1)</script><p>Second<br>line &amp; more</p></body></html>";
        Article a = one(LENIENT.read("{\"uri\": \"urn:x:1\", \"bodies\": [{\"contentType\": \"text/html\", \"value\": "
                + json(html) + "}]}"));
        assertEquals("Head\nFirst paragraph bold.\nSecond\nline & more", a.body());
    }

    @Test
    void body_nitf_isItsBodyContent() {
        String nitf = "<?xml version=\"1.0\"?><nitf><head><title>T</title></head><body><body.head><hedline><hl1>H</hl1>"
                + "</hedline><byline>By X</byline></body.head><body.content><p>One.</p><p>Two.</p></body.content>"
                + "<body.end><tagline>end</tagline></body.end></body></nitf>";
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"bodies\": [{\"contentType\": \"text/vnd.IPTC.NITF\", \"value\": "
                + json(nitf) + "}]}");
        assertEquals("One.\nTwo.", one(r).body());
        assertTrue(codes(r).contains("INFO read.body.chosen $.bodies[0]"), r::toString);
    }

    @Test
    void body_plainFirst_thenHtml_thenNitf_andTheChoiceIsNamed() {
        ReadResult r = LENIENT.read("{\"uri\": \"urn:x:1\", \"bodies\": ["
                + "{\"contentType\": \"text/vnd.IPTC.NITF\", \"value\": \"<nitf><body.content><p>N</p></body.content></nitf>\"},"
                + "{\"contentType\": \"text/html\", \"value\": \"<p>H</p>\"},"
                + "{\"role\": \"main\", \"contentType\": \"text/plain\", \"value\": \"P main\"},"
                + "{\"contentType\": \"text/plain\", \"value\": \"P\"}]}");
        assertEquals("P main", one(r).body());
        ReadFinding chosen = r.findings().get(0);
        assertEquals("$.bodies[2]", chosen.path());
        assertTrue(chosen.message().contains("text/vnd.IPTC.NITF") && chosen.message().contains("text/html"), chosen::message);
    }

    @Test
    void body_withoutContentType_isSniffed() {
        assertEquals("One\nTwo", one(LENIENT.read("{\"uri\": \"urn:x:1\", \"bodies\": [{\"value\": \" <p>One</p><p>Two</p>\"}]}")).body());
        assertEquals("1 < 2", one(LENIENT.read("{\"uri\": \"urn:x:1\", \"bodies\": [{\"value\": \"1 < 2\"}]}")).body());
    }

    @Test
    void body_plainCrLf_lenientReadsLf_strictKeeps() {
        String doc = "{\"uri\": \"urn:x:1\", \"bodies\": [{\"contentType\": \"text/plain\", \"value\": \"One\\r\\nTwo\"}]}";
        assertEquals("One\nTwo", one(LENIENT.read(doc)).body());
        assertEquals("One\r\nTwo", one(STRICT.read(doc)).body());
    }

    @Test
    void body_leadingDateline_isTheDateline_elseLocated() {
        Article a = one(LENIENT.read("{\"uri\": \"urn:x:1\", \"located\": \"Oslo, Norway\", \"bodies\": [{\"value\":"
                + " \"MADRID, Spain (AP) -- Russia is offering\"}]}"));
        assertEquals("MADRID, Spain (AP) --", a.dateline().text());
        Article b = one(LENIENT.read("{\"uri\": \"urn:x:1\", \"located\": \"Oslo, Norway\", \"bodies\": [{\"value\": \"Russia\"}]}"));
        assertNull(b.dateline().text());
        assertEquals("NO", b.dateline().place().countryCode());
        Article c = one(LENIENT.read("{\"uri\": \"urn:x:1\", \"located\": \"10 Downing Street\"}"));
        assertEquals(Place.of("10 Downing Street"), c.dateline().place(), "a place Dateline.parse cannot read, kept as written");
    }

    // ---- 1.x

    @Test
    void oneDotX_headlinesBodiesDescriptionsAndKeyedAssociations() {
        Article a = one(LENIENT.read("{\"uri\": \"urn:x:1\", \"headline_main\": \"Main\", \"headline_sub_text\": \"Sub\","
                + " \"description_caption\": \"Not mine\", \"description_lead_text\": \"Lead\", \"body_xhtml\": \"<p>X</p>\","
                + " \"body_text\": \"Plain\", \"byline\": \"By Jane Doe\", \"subject\": [{\"name\": \"S\"}],"
                + " \"associations\": {\"pic\": {\"uri\": \"urn:x:p\", \"type\": \"picture\", \"description_text\": \"Cap\","
                + " \"renditions\": {\"main\": {\"href\": \"https://x.example/p.jpg\", \"mimetype\": \"image/jpeg\", \"width\": 10,"
                + " \"height\": 10}}}}}"));
        assertEquals("Main", a.headline());
        assertEquals("Sub", a.alternativeHeadline());
        assertEquals("Lead", a.description());
        assertEquals("Plain", a.body());
        assertEquals(List.of("S"), a.keywords());
        assertEquals("Jane Doe", a.byline().contributors().get(0).party().name());
        Image p = (Image) a.media().get(0);
        assertEquals("Cap", p.caption());
        assertEquals("image/jpeg", p.format());
    }

    @Test
    void uri_relative_lenientLeavesItOut_strictStopsWithItsPosition() {
        ReadResult r = LENIENT.read("{\"uri\": \"item-42\"}");
        assertNull(one(r).identifier());
        ReadException e = assertThrows(ReadException.class, () -> STRICT.read("{\n  \"uri\": \"item-42\"}"));
        assertEquals(ReadCode.URL_UNREADABLE, e.code());
        assertEquals(2, e.line());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
