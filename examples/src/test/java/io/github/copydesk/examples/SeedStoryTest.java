package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.copydesk.testing.SharedData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.validation.ValidationReport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed story is modeled without loss: every part of the page's story is in the article. */
class SeedStoryTest {

    private static final String SEED = "seeds/000_7972e9f48c523a94.txt";
    private static final Article ARTICLE = SeedStory.article();
    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(SharedData.file(SEED), StandardCharsets.UTF_8);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void validate_defaultProfile_hasNoErrors() {
        ValidationReport report = ArticleValidator.create().validate(ARTICLE, Locale.ENGLISH, java.util.Set.of(Profile.PUBLISHABLE));
        assertFalse(report.hasErrors(), report::toString);
        assertTrue(report.findings(Severity.ERROR).isEmpty());
    }

    @Test
    void headline_isALineOfTheSeed() {
        assertTrue(seed.lines().anyMatch(line -> line.strip().equals(ARTICLE.headline())), ARTICLE.headline());
    }

    @Test
    void body_isTheSeedStoryFromDatelineToEnd() {
        int start = seed.indexOf("MADRID, Spain --");
        assertTrue(start > 0);
        assertEquals(normalise(seed.substring(start)), normalise(ARTICLE.body()));
    }

    @Test
    void dateModified_isTheLastUpdatedDate_andDateOnly() {
        Matcher m = Pattern.compile("Last Updated: (\\d{2})/(\\d{2})/(\\d{4})").matcher(seed);
        assertTrue(m.find());
        LocalDate expected = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        assertEquals(expected, ARTICLE.dateModified().date());
        assertTrue(ARTICLE.dateModified().isDateOnly());
        assertEquals(null, ARTICLE.datePublished());
    }

    @Test
    void dateline_isParsedFromTheStory_namesAsWritten() {
        assertTrue(ARTICLE.body().startsWith(ARTICLE.dateline().text()));
        assertEquals("MADRID", ARTICLE.dateline().place().locality());
        assertEquals("Spain", ARTICLE.dateline().place().country());
        assertEquals("ES", ARTICLE.dateline().place().countryCode());
    }

    @Test
    void quotes_allFour_wordsAppearInTheSeedInsideQuotationMarks() {
        assertEquals(4, ARTICLE.quotes().size());
        String text = normalise(seed);
        for (Quote quote : ARTICLE.quotes()) {
            assertFalse(quote.text().startsWith("\"") || quote.text().endsWith(","), quote.text());
            assertTrue(text.contains("\"" + quote.text()), "not quoted in the seed: " + quote.text());
            assertTrue(text.contains(quote.attribution()), quote.attribution());
        }
    }

    @Test
    void quotes_partialOnesAreThoseThatDoNotStartASentence() {
        String text = normalise(seed);
        for (Quote quote : ARTICLE.quotes()) {
            int at = text.indexOf("\"" + quote.text());
            // a full quote opens its paragraph in the seed; a partial one runs inside a sentence
            boolean opensParagraph = seed.contains("\n\n\"" + quote.text());
            assertEquals(!opensParagraph, quote.partial(), quote.text() + " at " + at);
        }
        assertEquals(2, ARTICLE.quotes().stream().filter(Quote::partial).count());
    }

    @Test
    void speakers_haveTitlesAndAffiliations() {
        List<Person> speakers = ARTICLE.quotes().stream().map(q -> (Person) q.speaker()).distinct().toList();
        assertEquals(2, speakers.size());
        for (Person speaker : speakers) {
            assertTrue(seed.contains(speaker.name()), speaker.name());
            assertTrue(speaker.jobTitle() != null && speaker.affiliation() != null, speaker.toString());
        }
    }

    @Test
    void photo_creditSeparatedFromCaption_asGluedOnThePage() {
        Image photo = ARTICLE.leadImage().orElseThrow();
        assertTrue(seed.contains(photo.credit() + photo.caption()), "the page prints credit and caption glued");
        assertEquals("AP", photo.credit());
        assertTrue(photo.url().getHost().equals("example.com"), "illustrative URL only");
    }

    @Test
    void main_printsTheArticleAndItsReport() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            SeedStory.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(ARTICLE.headline()), printed);
        assertTrue(printed.contains(ArticleValidator.create().validate(ARTICLE, Locale.ENGLISH).toString()), printed);
        assertTrue(printed.contains(io.github.copydesk.jsonld.JsonLdWriter.builder().pretty(true).build().write(ARTICLE)), printed);
    }
}
