package io.github.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.stream.Stream;

import io.github.copydesk.model.ContributorRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewsVocabularyTest {

    // ---- role phrases

    static Stream<Arguments> phrases() {
        return Stream.of(
                arguments("By Jane Doe", ContributorRole.AUTHOR, "Jane Doe"),
                arguments("by: Jane Doe", ContributorRole.AUTHOR, "Jane Doe"),
                arguments("BY  JANE DOE", ContributorRole.AUTHOR, "JANE DOE"),
                arguments("Posted by Jane Doe", ContributorRole.AUTHOR, "Jane Doe"),
                arguments("Edited by Jane Doe", ContributorRole.EDITOR, "Jane Doe"),
                arguments("With  additional reporting by Jane Doe", ContributorRole.CONTRIBUTOR, "Jane Doe"),
                arguments("Photographs by: Jane Doe", ContributorRole.PHOTOGRAPHER, "Jane Doe"),
                arguments("Video by Jane Doe", ContributorRole.VIDEOGRAPHER, "Jane Doe"),
                arguments("Illustrated by Jane Doe", ContributorRole.ILLUSTRATOR, "Jane Doe"),
                arguments("Translated by Jane Doe", ContributorRole.TRANSLATOR, "Jane Doe"),
                arguments("By", ContributorRole.AUTHOR, ""),
                arguments("Von Christian Hollmann, dpa", ContributorRole.AUTHOR, "Christian Hollmann, dpa"),
                arguments("von: Christian Hollmann", ContributorRole.AUTHOR, "Christian Hollmann"),
                arguments("Av Kari Nordmann", ContributorRole.AUTHOR, "Kari Nordmann"),
                arguments("PAR JEAN DUPONT", ContributorRole.AUTHOR, "JEAN DUPONT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void bylinePhrase_readsTheRoleAndWhereTheNameStarts(String text, ContributorRole role, String rest) {
        NewsVocabulary.BylinePhrase phrase = NewsVocabulary.bylinePhrase(text);
        assertEquals(role, phrase.role());
        assertEquals(rest, text.substring(phrase.end()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Byron York", "Jane Doe", "Bylines", "Stand by me", "Reporting Jane Doe", "Von Miller",
        "Von Miller and Jane Doe", "von der Leyen", "Von der Leyen", "Par Lagerkvist", "Vonnegut Kurt", "Avery Smith",
        "Parker Posey"})
    void bylinePhrase_none(String text) {
        assertNull(NewsVocabulary.bylinePhrase(text));
    }

    // ---- titles

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Staff Writer", "AP Sports Writers", "Chief Political Correspondent", "Editor-at-Large",
        "Globe Staff", "Times Staff", "Bureau Chief", "Senior Fellow", "Special to The Times", "Host", "Co-Host",
        "Host of Today", "AP Stringer", "Stringers", "Author", "Cartoonist", "Redakteurin", "Korrespondenten",
        "Freelancer"})
    void isTitle_title(String text) {
        assertTrue(NewsVocabulary.isTitle(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ana Host", "Howard Stringer", "Jane Doe", "The Writers' Room", "Hollywood Reporter",
        "Associated Press", "Reuters", "Brookings", "Writerly"})
    void isTitle_notATitle(String text) {
        assertFalse(NewsVocabulary.isTitle(text), text);
    }

    @Test
    void pluralAndSingularTitle_englishTitleWordsOnly() {
        assertEquals("AP Sports Writers", NewsVocabulary.pluralTitle("AP Sports Writer"));
        assertEquals("STAFF WRITERS", NewsVocabulary.pluralTitle("STAFF WRITER"));
        assertEquals("Times Staff", NewsVocabulary.pluralTitle("Times Staff"));
        assertEquals("Redakteurin", NewsVocabulary.pluralTitle("Redakteurin"));
        assertEquals("Special to The Times", NewsVocabulary.pluralTitle("Special to The Times"));
        assertEquals("AP Sports Writer", NewsVocabulary.singularTitle("AP Sports Writers"));
        assertEquals("Times Staff", NewsVocabulary.singularTitle("Times Staff"));
        assertEquals("Sports", NewsVocabulary.singularTitle("Sports"));
    }

    // ---- honorifics

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dr. Jane Doe", "Dr Jane Doe", "Prof.Jane Doe", "Rev. John Roe", "Sir Harold Evans",
        "Frau Anna Schmidt", "Mme Claire Dupont"})
    void startsWithHonorific_honorific(String name) {
        assertTrue(NewsVocabulary.startsWithHonorific(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hon Sui Sen", "Drew Barrymore", "Sirhan Sirhan", "Jane Doe", "Gen Z"})
    void startsWithHonorific_name(String name) {
        assertFalse(NewsVocabulary.startsWithHonorific(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane Doe, PhD", "Jane Doe, Ph.D.", "Jane Doe MD", "Jane Doe, MBA", "Jane Doe OBE",
        "Jane Doe, B.A."})
    void endsWithPostNominal_postNominal(String name) {
        assertTrue(NewsVocabulary.endsWithPostNominal(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mamadou Ba", "Léon Mba", "Ayo Obe", "Jane Doe", "Martin Luther King Jr."})
    void endsWithPostNominal_name(String name) {
        assertFalse(NewsVocabulary.endsWithPostNominal(name), name);
    }

    @Test
    void isPostNominal_andIsGenerationalSuffix_readAPartAfterAComma() {
        assertTrue(NewsVocabulary.isPostNominal(" PhD"));
        assertTrue(NewsVocabulary.isPostNominal("M.D."));
        assertFalse(NewsVocabulary.isPostNominal(" John Roe"));
        for (String suffix : new String[] {"Jr.", " jr", "Sr", "II", "III", "IV", "V "}) {
            assertTrue(NewsVocabulary.isGenerationalSuffix(suffix), suffix);
        }
        assertFalse(NewsVocabulary.isGenerationalSuffix("VI"));
        assertFalse(NewsVocabulary.isGenerationalSuffix("John Roe"));
    }

    // ---- newsrooms

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Associated Press", "The Associated Press", "AP", "ap", "dpa", "Reuters", "Politico",
        "The Hollywood Reporter", "BBC News", "NTB", "TT", "TT Nyhetsbyr\u00e5n", "Sipa USA", "ANP", "Belga", "Ritzau",
        "STT", "Keystone-SDA"})
    void isKnownNewsroom_known(String text) {
        assertTrue(NewsVocabulary.isKnownNewsroom(text), text);
        assertTrue(NewsVocabulary.isNewsroom(text), text);
        assertTrue(NewsVocabulary.isNewsroomAuthor(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Denver Post", "Chicago Tribune", "Vox Media", "Montreal Gazette", "China Daily",
        "Manchester Guardian", "Daily Telegraph", "Süddeutsche Zeitung"})
    void isNewsroom_nameEndingInANewsroomWord(String text) {
        assertTrue(NewsVocabulary.isNewsroom(text), text);
        assertFalse(NewsVocabulary.isNewsroomAuthor(text), text + " could be a person's name");
        assertTrue(NewsVocabulary.isNewsroomAuthor("The " + text), "The " + text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Emily Post", "Bill Press", "Robert Service", "Bill Daily"})
    void isNewsroomAuthor_surnameThatIsANewsroomWord_isAPerson(String name) {
        assertFalse(NewsVocabulary.isNewsroomAuthor(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Reuters Washington bureau", "BBC News Online", "Example Press", "(AP)", "dpa",
        "Frankfurter Allgemeine Zeitung", "AGENCE FRANCE-PRESSE"})
    void mentionsNewsroom_newsroom(String text) {
        assertTrue(NewsVocabulary.mentionsNewsroom(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"John Roe", "press officer", "Apfelbaum", "Capitol Hill", "daily news digest"})
    void mentionsNewsroom_none(String text) {
        assertFalse(NewsVocabulary.mentionsNewsroom(text), text);
    }

    // ---- calendar words

    @ParameterizedTest(name = "{0}")
    @EnumSource(DayOfWeek.class)
    void weekday_englishNameInAnyCase(DayOfWeek day) {
        String name = day.name().charAt(0) + day.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        assertEquals(day, NewsVocabulary.weekday(name));
        assertEquals(day, NewsVocabulary.weekday(day.name()));
        assertTrue(NewsVocabulary.isWeekday(name));
        assertTrue(NewsVocabulary.mentionsWeekday("MADRID, " + name + " (AP) -"));
    }

    @Test
    void weekday_notAWeekday() {
        assertNull(NewsVocabulary.weekday("Mon"));
        assertFalse(NewsVocabulary.isWeekday("Mondays"));
        assertFalse(NewsVocabulary.mentionsWeekday("MADRID, Spain"));
        assertFalse(NewsVocabulary.mentionsWeekday("Sundayville"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Month.class)
    void month_fullNameAbbreviationAndShortForm(Month month) {
        String name = month.name().toLowerCase(java.util.Locale.ROOT);
        assertEquals(month, NewsVocabulary.month(name));
        assertEquals(month, NewsVocabulary.month(name.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "."));
        assertEquals(month, NewsVocabulary.month(NewsVocabulary.shortMonth(month)));
    }

    @Test
    void shortMonth_asReutersWritesIt() {
        assertEquals("Sept", NewsVocabulary.shortMonth(Month.SEPTEMBER));
        assertEquals("June", NewsVocabulary.shortMonth(Month.JUNE));
        assertEquals("Jan", NewsVocabulary.shortMonth(Month.JANUARY));
        assertEquals(Month.SEPTEMBER, NewsVocabulary.month("Sept."));
        assertNull(NewsVocabulary.month("Septembre"));
    }
}
