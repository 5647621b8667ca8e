package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one of IPTC's 65 ninjs examples read as {@code ninjs/examples-expected.json} says: what the
 * lenient reader gives (identifier, headline, body, description, byline, dateline, language, dates,
 * keywords, copyright, each medium), every error and warning it reports and the information it must
 * report, and where the strict reader stops or that it reads the document with the same notices.
 */
class ExamplesTest {

    /** A clock after every embargo in the corpus (2013), as a test clock must be fixed. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final NinjsReader LENIENT = NinjsReader.builder().clock(CLOCK).build();
    private static final NinjsReader STRICT = NinjsReader.builder().strict(true).clock(CLOCK).build();

    static Stream<Arguments> rows() {
        return ExamplesTable.rows().stream().map(Arguments::of);
    }

    private static byte[] bytes(ExamplesTable.Row row) {
        try {
            return Files.readAllBytes(SharedData.directory("corpus/ninjs/examples").resolve(row.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void lenient_readsWhatTheTableSays(ExamplesTable.Row row) {
        JsonNode x = row.json();
        ReadResult result = LENIENT.read(bytes(row), StandardCharsets.UTF_8);
        String readAs = x.get("readAs").textValue();
        if (readAs.equals("nothing")) {
            assertEquals(List.of(), result.articles());
            return;
        }
        assertEquals(1, result.articles().size(), result::toString);
        Article a = result.articles().get(0);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(text(x, "identifier"), a.identifier(), "identifier"));
        checks.add(() -> assertNull(a.url(), "a ninjs item has no canonical URL"));
        checks.add(() -> assertEquals(text(x, "language"), a.language() == null ? null : a.language().toLanguageTag(), "language"));
        checks.add(() -> assertEquals(date(x.get("embargoedUntil")), a.embargoedUntil(), "embargoedUntil"));
        if (readAs.equals("media")) {
            checks.add(() -> assertNull(a.headline(), "a medium's item is no story: no headline"));
            checks.add(() -> assertNull(a.body(), "no body"));
        } else {
            checks.add(() -> assertEquals(text(x, "headline"), a.headline(), "headline"));
            checks.add(() -> assertEquals(text(x, "alternativeHeadline"), a.alternativeHeadline(), "alternativeHeadline"));
            checks.add(() -> assertStarts(x.get("body").isNull() ? null : text(x.get("body"), "start"), a.body(), "body"));
            checks.add(() -> assertStarts(text(x, "description"), a.description(), "description"));
            checks.add(() -> assertByline(x.get("byline"), a));
            checks.add(() -> assertDateline(x.get("dateline"), a.dateline()));
            checks.add(() -> assertDates(x.get("dates"), a));
            checks.add(() -> assertEquals(texts(x.get("keywords")), a.keywords(), "keywords"));
            checks.add(() -> assertCopyright(x.get("copyright"), a));
        }
        checks.add(() -> assertMedia(x.get("media"), a.media()));
        checks.add(() -> assertFindings(x.get("findings"), result.findings()));
        assertAll(checks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void strict_readsOrStopsWhereTheTableSays(ExamplesTable.Row row) {
        JsonNode strict = row.json().get("strict");
        if (strict.has("stops")) {
            JsonNode stops = strict.get("stops");
            ReadException e = assertThrows(ReadException.class, () -> STRICT.read(bytes(row), StandardCharsets.UTF_8));
            assertEquals(stops.get("code").textValue(), e.code().id(), e::getMessage);
            assertEquals(stops.get("path").textValue(), e.path(), e::getMessage);
            if (stops.has("line")) {
                assertEquals(stops.get("line").intValue(), e.line(), e::getMessage);
            }
            if (stops.has("column")) {
                assertEquals(stops.get("column").intValue(), e.column(), e::getMessage);
            }
            return;
        }
        ReadResult lenient = LENIENT.read(bytes(row), StandardCharsets.UTF_8);
        ReadResult read = STRICT.read(bytes(row), StandardCharsets.UTF_8);
        assertEquals(lenient.articles().size(), read.articles().size());
        Predicate<ReadFinding> notice = f -> f.severity() != Severity.INFO || f.code().id().startsWith("read.item.")
                || f.code().id().equals("read.value.not-held");
        assertEquals(lenient.findings().stream().filter(notice).toList(), read.findings().stream().filter(notice).toList(),
                "the same notices, and no warning or error");
    }

    /** Read as the generation the table says, a document reads the same and its names agree (the reader detects it). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void setToTheTablesGeneration_readsTheSame_withNoMismatch(ExamplesTable.Row row) {
        NinjsVersion generation = NinjsVersion.valueOf(row.json().get("generation").textValue());
        ReadResult set = NinjsReader.builder().clock(CLOCK).version(generation).build().read(bytes(row), StandardCharsets.UTF_8);
        assertEquals(LENIENT.read(bytes(row), StandardCharsets.UTF_8), set);
        assertTrue(set.findings().stream().noneMatch(f -> f.code().id().equals("read.version.mismatch")), set::toString);
    }

    // ---------------------------------------------------------------------------------------------

    private static String text(JsonNode x, String field) {
        JsonNode v = x.get(field);
        return v == null || v.isNull() ? null : v.textValue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.textValue()));
        return out;
    }

    private static NewsDate date(JsonNode v) {
        return v == null || v.isNull() ? null : NewsDate.parse(v.textValue());
    }

    private static void assertStarts(String start, String actual, String what) {
        if (start == null) {
            assertNull(actual, what);
        } else {
            assertNotNull(actual, what);
            assertTrue(actual.startsWith(start), () -> what + " starts " + actual.substring(0, Math.min(actual.length(), 120)));
        }
    }

    private static void assertByline(JsonNode x, Article a) {
        if (x.isNull()) {
            assertNull(a.byline(), "byline");
            return;
        }
        List<String> people = new ArrayList<>();
        String agency = null;
        for (Contributor c : a.byline().contributors()) {
            if (c.party() instanceof Person p) {
                people.add(p.name());
                if (agency == null && p.affiliation() != null) {
                    agency = p.affiliation().name();
                }
            } else if (agency == null) {
                agency = c.party().name();
            }
        }
        assertEquals(texts(x.get("people")), people, "byline people");
        assertEquals(text(x, "agency"), agency, "byline agency");
    }

    private static void assertDateline(JsonNode x, Dateline d) {
        if (x.isNull()) {
            assertNull(d, "dateline");
            return;
        }
        assertNotNull(d, "dateline");
        assertAll("dateline",
                () -> assertEquals(text(x, "from").equals("body"), d.text() != null, "from " + text(x, "from")),
                () -> assertEquals(text(x, "locality"), d.place().locality()),
                () -> assertEquals(text(x, "country"), d.place().country()),
                () -> assertEquals(text(x, "countryCode"), d.place().countryCode()),
                () -> assertEquals(text(x, "source"), d.source()));
    }

    private static void assertDates(JsonNode x, Article a) {
        assertAll("dates",
                () -> assertEquals(date(x.get("published")), a.datePublished(), "published"),
                () -> assertEquals(date(x.get("modified")), a.dateModified(), "modified"),
                () -> assertEquals(date(x.get("created")), a.dateCreated(), "created"));
    }

    private static void assertCopyright(JsonNode x, Article a) {
        if (x.isNull()) {
            assertNull(a.copyright(), "copyright");
            return;
        }
        assertEquals(text(x, "holder"), a.copyright().holder() == null ? null : a.copyright().holder().name(), "holder");
        assertStarts(text(x, "noticeStart"), a.copyright().notice(), "notice");
    }

    private static void assertMedia(JsonNode x, List<Media> media) {
        assertEquals(x.size(), media.size(), "media");
        for (int i = 0; i < x.size(); i++) {
            JsonNode e = x.get(i);
            Media m = media.get(i);
            String kind = e.get("kind").textValue();
            String at = "media[" + i + "] ";
            List<Executable> checks = new ArrayList<>();
            checks.add(() -> assertEquals(kind, m instanceof Image ? "image" : m instanceof Video ? "video" : "audio", at + "kind"));
            checks.add(() -> assertEquals(text(e, "url"), m.url() == null ? null : m.url().toString(), at + "url"));
            checks.add(() -> assertStarts(text(e, "captionStart"), m.caption(), at + "caption"));
            checks.add(() -> assertEquals(text(e, "credit"), m.credit(), at + "credit"));
            checks.add(() -> assertRights(e.get("rights"), m.rights(), at));
            if (m instanceof Image image) {
                checks.add(() -> assertEquals(number(e, "width"), image.width(), at + "width"));
                checks.add(() -> assertEquals(number(e, "height"), image.height(), at + "height"));
                checks.add(() -> assertEquals(text(e, "format"), image.format(), at + "format"));
            } else if (m instanceof Video video) {
                checks.add(() -> assertEquals(text(e, "name"), video.name(), at + "name"));
                checks.add(() -> assertEquals(text(e, "thumbnail"), video.thumbnail() == null ? null : video.thumbnail().toString(),
                        at + "thumbnail"));
                checks.add(() -> assertEquals(text(e, "duration"), video.duration() == null ? null : video.duration().toString(),
                        at + "duration"));
                checks.add(() -> assertEquals(date(e.get("uploadDate")), video.uploadDate(), at + "uploadDate"));
            } else {
                Audio audio = (Audio) m;
                checks.add(() -> assertEquals(text(e, "name"), audio.name(), at + "name"));
                checks.add(() -> assertEquals(text(e, "duration"), audio.duration() == null ? null : audio.duration().toString(),
                        at + "duration"));
            }
            assertAll(checks);
        }
    }

    private static Integer number(JsonNode x, String field) {
        JsonNode v = x.get(field);
        return v == null || v.isNull() ? null : v.intValue();
    }

    private static void assertRights(JsonNode x, Rights rights, String at) {
        if (x.isNull()) {
            assertEquals(Rights.NONE, rights, at + "rights");
            return;
        }
        assertAll(at + "rights",
                () -> assertEquals(text(x, "creator"), name(rights.creator()), "creator"),
                () -> assertEquals(text(x, "holder"), name(rights.copyrightHolder()), "holder"),
                () -> assertTrue(rights.copyrightHolder() == null || rights.copyrightHolder() instanceof Organization, "holder kind"),
                () -> assertStarts(text(x, "noticeStart"), rights.copyrightNotice(), "notice"),
                () -> assertEquals(text(x, "license"), rights.license() == null ? null : rights.license().toString(), "license"),
                () -> assertStarts(text(x, "usageTermsStart"), rights.usageTerms(), "usageTerms"));
    }

    private static String name(Party party) {
        return party == null ? null : party.name();
    }

    /** Every error and warning the table lists and no other; every information it lists, among others. */
    private static void assertFindings(JsonNode x, List<ReadFinding> findings) {
        List<String> expected = new ArrayList<>();
        List<String> expectedInfo = new ArrayList<>();
        for (JsonNode f : x) {
            String key = key(f.get("severity").textValue(), f.get("code").textValue(), f.get("path").textValue(),
                    f.has("line") ? f.get("line").intValue() : 0);
            (f.get("severity").textValue().equals("INFO") ? expectedInfo : expected).add(key);
        }
        List<String> actual = new ArrayList<>();
        List<String> actualInfo = new ArrayList<>();
        for (ReadFinding f : findings) {
            String key = key(f.severity().name(), f.code().id(), f.path(), f.line());
            (f.severity() == Severity.INFO ? actualInfo : actual).add(key);
        }
        assertEquals(expected, actual, () -> "errors and warnings: " + findings);
        for (String info : expectedInfo) {
            assertTrue(actualInfo.contains(info), () -> "no " + info + " in " + findings);
        }
    }

    private static String key(String severity, String code, String path, int line) {
        return severity + " " + code + " " + path + (line > 0 ? " line " + line : "");
    }
}
