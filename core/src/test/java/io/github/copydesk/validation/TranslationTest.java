package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.validation.ProfileRulesTest.CleanArticles;
import io.github.copydesk.validation.internal.Messages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Copydesk's messages in German: every rule is translated, and a validation answers in the locale it
 * is asked for, never in the JVM's default locale and without changing it.
 */
class TranslationTest {

    private static final Messages COPYDESK = new Messages(null);
    private static final ArticleValidator VALIDATOR = ArticleValidator.create();
    private static final String BUNDLE = "io/github/copydesk/validation/internal/messages";

    private Locale defaultLocale;
    private Locale displayLocale;
    private Locale formatLocale;

    @BeforeEach
    void rememberDefaults() {
        defaultLocale = Locale.getDefault();
        displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        formatLocale = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void defaultsAreUnchanged() {
        assertEquals(defaultLocale, Locale.getDefault());
        assertEquals(displayLocale, Locale.getDefault(Locale.Category.DISPLAY));
        assertEquals(formatLocale, Locale.getDefault(Locale.Category.FORMAT));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void everyRule_hasAGermanMessageThatDiffersFromTheEnglishOne(Rule rule) {
        String english = COPYDESK.get(rule.id(), Locale.ENGLISH);
        String german = COPYDESK.get(rule.id(), Locale.GERMAN);
        assertNotNull(english, rule.id());
        assertNotNull(german, rule.id());
        assertFalse(german.isBlank(), rule.id());
        assertNotEquals(english, german, rule.id() + " is not translated");
        assertEquals(german, COPYDESK.get(rule.id(), Locale.GERMANY), rule.id());
        assertEquals(german, COPYDESK.get(rule.id(), Locale.forLanguageTag("de-AT")), rule.id());
    }

    @Test
    void germanBundle_holdsExactlyTheRules() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            ids.add(rule.id());
        }
        // and the sentence added to a rule's message for its places past the most reported
        String more = io.github.copydesk.validation.internal.ArticleRulesValidator.MORE;
        ids.add(more.substring(1, more.length() - 1));
        assertEquals(ids, keys(BUNDLE + ".properties"));
        assertEquals(ids, keys(BUNDLE + "_de.properties"));
    }

    /** An article that breaks rules of every profile, but none whose message the test class path overrides. */
    private static Article broken() {
        return CleanArticles.clean().toBuilder()
                .headline("x".repeat(111))
                .datePublished(NewsDate.parse("2016-07-27"))
                .dateModified(null)
                .dateline(null)
                .byline(Byline.authors(Person.of("By Jane Doe")))
                .addQuote(Quote.of("Words nobody said", CleanArticles.IVANOV))
                .addQuote(new Quote(null, CleanArticles.IVANOV, false, null))
                .addMedia(Image.of(URI.create("https://example.com/media/small.jpg")).withSize(100, 100))
                .addKeyword("nato")
                .paywall(Paywall.of("#paywall"))
                .build();
    }

    @Test
    void validate_german_answersInGerman() {
        ValidationReport report = VALIDATOR.validate(broken(), Locale.GERMAN);

        assertCoversEveryProfile(report);
        for (Finding finding : report.findings()) {
            assertEquals(COPYDESK.get(finding.rule(), Locale.GERMAN), finding.message(), finding::toString);
            assertNotEquals(COPYDESK.get(finding.rule(), Locale.ENGLISH), finding.message(), finding::toString);
        }
    }

    @Test
    void validate_germany_answersInGerman() {
        ValidationReport german = VALIDATOR.validate(broken(), Locale.GERMAN);
        ValidationReport germany = VALIDATOR.validate(broken(), Locale.GERMANY);

        assertEquals(german, germany);
    }

    @Test
    void validate_english_answersInEnglish() {
        ValidationReport report = VALIDATOR.validate(broken(), Locale.ENGLISH);

        assertCoversEveryProfile(report);
        for (Finding finding : report.findings()) {
            assertEquals(COPYDESK.get(finding.rule(), Locale.ROOT), finding.message(), finding::toString);
        }
        assertEquals(report, VALIDATOR.validate(broken(), Locale.US));
    }

    @Test
    void validate_alternatingLocales_eachAnswerInItsOwn() {
        List<String> messages = new ArrayList<>();
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH, Locale.GERMANY, Locale.UK)) {
            messages.add(VALIDATOR.validate(broken(), locale).findings().get(0).message());
        }
        String rule = VALIDATOR.validate(broken(), Locale.ENGLISH).findings().get(0).rule();
        assertEquals(List.of(COPYDESK.get(rule, Locale.GERMAN), COPYDESK.get(rule, Locale.ENGLISH),
                COPYDESK.get(rule, Locale.GERMAN), COPYDESK.get(rule, Locale.ENGLISH)), messages);
    }

    private static void assertCoversEveryProfile(ValidationReport report) {
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        for (Finding finding : report.findings()) {
            profiles.add(Rule.byId(finding.rule()).orElseThrow().profile());
        }
        assertEquals(EnumSet.allOf(Profile.class), profiles, report::toString);
        assertTrue(report.findings().size() >= 10, report::toString);
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = Messages.class.getModule().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
