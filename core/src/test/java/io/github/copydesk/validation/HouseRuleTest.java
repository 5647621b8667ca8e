package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Person;
import io.github.copydesk.validation.ProfileRulesTest.CleanArticles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * House rules: a newsroom's own checks beside Copydesk's. The test class path's
 * {@code ValidationMessages.properties} and {@code ValidationMessages_de.properties} hold a message
 * for {@value #NO_EXCLAMATION} and none for {@value #SHORT_BODY}.
 */
class HouseRuleTest {

    static final String NO_EXCLAMATION = "house.headline.no-exclamation";
    static final String SHORT_BODY = "house.body.too-short";

    private static final HouseRule.Check EXCLAMATION = article ->
            article.headline() != null && article.headline().contains("!") ? List.of("headline") : List.of();
    private static final HouseRule.Check TOO_SHORT = article ->
            article.wordCount() < 300 ? List.of("body") : List.of();

    private static final HouseRule NO_EXCLAMATION_RULE = HouseRule.of(NO_EXCLAMATION, Severity.WARNING,
            "Headlines do not shout: remove the exclamation mark.", EXCLAMATION);
    private static final HouseRule SHORT_BODY_RULE = HouseRule.of(SHORT_BODY, Severity.INFO,
            "The story is shorter than 300 words.", TOO_SHORT);

    private static Article shouting() {
        return CleanArticles.clean().toBuilder().headline("Russia Offers Help in Afghanistan!").build();
    }

    // ---------------------------------------------------------------------------------------------
    // HouseRule.of

    @Test
    void of_nullId_throwsNamingId() {
        assertEquals("id", assertThrows(NullPointerException.class,
                () -> HouseRule.of(null, Severity.WARNING, "m", EXCLAMATION)).getMessage());
    }

    @Test
    void of_nullSeverity_throwsNamingSeverity() {
        assertEquals("severity", assertThrows(NullPointerException.class,
                () -> HouseRule.of(NO_EXCLAMATION, null, "m", EXCLAMATION)).getMessage());
    }

    @Test
    void of_nullMessage_throwsNamingMessage() {
        assertEquals("message", assertThrows(NullPointerException.class,
                () -> HouseRule.of(NO_EXCLAMATION, Severity.WARNING, null, EXCLAMATION)).getMessage());
    }

    @Test
    void of_nullCheck_throwsNamingCheck() {
        assertEquals("check", assertThrows(NullPointerException.class,
                () -> HouseRule.of(NO_EXCLAMATION, Severity.WARNING, "m", null)).getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "house", "House.headline.no-exclamation", "house.Headline", "HOUSE.X",
        "house headline", "house.headline no-exclamation", " house.headline", "house.headline ", ".house.x", "house.",
        "house..x", "house.-x", "house.x_y", "house.überschrift", "house/headline"})
    void of_malformedId_isRejected(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HouseRule.of(id, Severity.WARNING, "m", EXCLAMATION));
        assertTrue(e.getMessage().contains("\"" + id + "\""), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"google.headline.no-exclamation", "editorial.headline.no-exclamation",
        "publishable.headline.no-exclamation", "google.author.expected", "editorial.x"})
    void of_reservedPrefix_isRejected(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HouseRule.of(id, Severity.WARNING, "m", EXCLAMATION));
        assertTrue(e.getMessage().contains("reserved"), e.getMessage());
        assertTrue(e.getMessage().contains(id), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"house.headline.no-exclamation", "acme.x", "googlenews.x", "editorials.x", "h2.x-1.y"})
    void of_wellFormedId_isAccepted(String id) {
        HouseRule rule = HouseRule.of(id, Severity.ERROR, "m", EXCLAMATION);
        assertEquals(id, rule.id());
        assertEquals(Severity.ERROR, rule.severity());
        assertEquals("m", rule.message());
        assertSame(EXCLAMATION, rule.check());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void of_blankMessage_isRejected(String message) {
        assertThrows(IllegalArgumentException.class, () -> HouseRule.of(NO_EXCLAMATION, Severity.WARNING, message, EXCLAMATION));
    }

    // ---------------------------------------------------------------------------------------------
    // house rules in a validator

    @Test
    void houseRule_findingHasItsIdSeverityPathAndBundleMessage() {
        ArticleValidator validator = ArticleValidator.builder().addRule(NO_EXCLAMATION_RULE).build();

        ValidationReport report = validator.validate(shouting(), Locale.ENGLISH);

        assertEquals(List.of(new Finding(Severity.WARNING, NO_EXCLAMATION, "headline",
                "House style: headlines do not shout. Remove the exclamation mark.", null)), report.findings());
    }

    @Test
    void houseRule_inGerman_hasTheGermanBundleMessage() {
        ArticleValidator validator = ArticleValidator.builder().addRule(NO_EXCLAMATION_RULE).build();

        assertEquals("Hausstil: Überschriften schreien nicht. Entfernen Sie das Ausrufezeichen.",
                validator.validate(shouting(), Locale.GERMAN).findings().get(0).message());
        assertEquals("Hausstil: Überschriften schreien nicht. Entfernen Sie das Ausrufezeichen.",
                validator.validate(shouting(), Locale.GERMANY).findings().get(0).message());
    }

    @Test
    void houseRule_withoutBundleMessage_hasItsDefaultMessage() {
        ArticleValidator validator = ArticleValidator.builder().addRule(SHORT_BODY_RULE).build();

        ValidationReport report = validator.validate(CleanArticles.clean(), Locale.GERMAN);

        assertEquals(List.of(new Finding(Severity.INFO, SHORT_BODY, "body", "The story is shorter than 300 words.", null)),
                report.findings());
    }

    @Test
    void houseRule_passingArticle_addsNothing() {
        ArticleValidator validator = ArticleValidator.builder().addRule(NO_EXCLAMATION_RULE).build();
        assertTrue(validator.validate(CleanArticles.clean(), Locale.ENGLISH).isEmpty());
    }

    @Test
    void houseRule_findingsAreSortedWithCopydeskFindings() {
        HouseRule error = HouseRule.of("house.article.whole", Severity.ERROR, "The article as a whole.",
                article -> List.of(""));
        ArticleValidator validator = ArticleValidator.builder().addRule(NO_EXCLAMATION_RULE).addRule(error).build();
        Article article = shouting().toBuilder().byline(new Byline(List.of(
                io.github.copydesk.model.Contributor.author(Person.of("By Jane Doe").withUrl(CleanArticles.JANE.url()))))).build();

        ValidationReport report = validator.validate(article, Locale.ENGLISH);

        assertEquals(List.of("ERROR house.article.whole at ",
                "ERROR google.author.name.no-prefix at byline.contributors[0].party.name",
                "WARNING house.headline.no-exclamation at headline"),
                report.findings().stream().map(f -> f.severity() + " " + f.rule() + " at " + f.path()).toList());
    }

    @Test
    void houseRule_severalPaths_areSeveralFindings() {
        HouseRule twice = HouseRule.of("house.media.twice", Severity.WARNING, "Twice.",
                article -> List.of("media[0]", "media[1]"));
        ValidationReport report = ArticleValidator.builder().addRule(twice).build()
                .validate(CleanArticles.clean(), Locale.ENGLISH);
        assertEquals(List.of("media[0]", "media[1]"), report.findings().stream().map(Finding::path).toList());
    }

    @Test
    void houseRules_runWithAnEmptyProfileSet() {
        ArticleValidator validator = ArticleValidator.builder().addRule(NO_EXCLAMATION_RULE).build();
        // no url: a publishable error that an empty profile set does not check
        Article article = shouting().toBuilder().url((java.net.URI) null).build();

        ValidationReport report = validator.validate(article, Locale.ENGLISH, Set.of());

        assertEquals(List.of(NO_EXCLAMATION), report.findings().stream().map(Finding::rule).toList());
    }

    @Test
    void addRule_sameIdTwice_isRejected() {
        ArticleValidator.Builder builder = ArticleValidator.builder().addRule(NO_EXCLAMATION_RULE);
        HouseRule sameId = HouseRule.of(NO_EXCLAMATION, Severity.ERROR, "Another message.", article -> List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.addRule(sameId));
        assertTrue(e.getMessage().contains(NO_EXCLAMATION), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.addRule(NO_EXCLAMATION_RULE));
    }

    @Test
    void addRule_null_throwsNamingRule() {
        assertEquals("rule", assertThrows(NullPointerException.class,
                () -> ArticleValidator.builder().addRule(null)).getMessage());
    }

    @Test
    void houseRule_checkThatThrows_isAnIllegalStateNamingTheRule() {
        IllegalArgumentException cause = new IllegalArgumentException("boom");
        HouseRule broken = HouseRule.of("house.broken.check", Severity.WARNING, "Broken.", article -> {
            throw cause;
        });
        ArticleValidator validator = ArticleValidator.builder().addRule(broken).build();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> validator.validate(CleanArticles.clean(), Locale.ENGLISH));
        assertTrue(e.getMessage().contains("house.broken.check"), e.getMessage());
        assertSame(cause, e.getCause());
    }

    // ---------------------------------------------------------------------------------------------
    // disable() and severity() on Copydesk's own rules

    @Test
    void disableAndSeverity_onGoogleRules_applyToThatValidatorOnly() {
        Article article = CleanArticles.clean().toBuilder()
                .headline("x".repeat(111))
                .byline(Byline.authors(Person.of("Jane Doe")))
                .build();
        ArticleValidator configured = ArticleValidator.builder()
                .disable(Rule.GOOGLE_AUTHOR_URL_EXPECTED)
                .severity(Rule.GOOGLE_HEADLINE_LENGTH, Severity.ERROR)
                .build();

        ValidationReport report = configured.validate(article, Locale.ENGLISH);
        assertEquals(List.of("ERROR google.headline.length at headline"), summary(report));
        assertTrue(report.hasErrors());
        assertEquals(Rule.GOOGLE_HEADLINE_LENGTH.guideline().orElseThrow(), report.findings().get(0).guideline());

        ValidationReport defaults = ArticleValidator.create().validate(article, Locale.ENGLISH);
        assertEquals(List.of("WARNING google.author.url.expected at byline.contributors[0].party",
                "INFO google.headline.length at headline"), summary(defaults));
        assertFalse(defaults.hasErrors());

        ValidationReport other = ArticleValidator.builder().build().validate(article, Locale.ENGLISH);
        assertEquals(defaults, other);
    }

    @Test
    void builder_changesAfterBuild_doNotChangeTheBuiltValidator() {
        Article article = CleanArticles.clean().toBuilder().byline(Byline.authors(Person.of("Jane Doe"))).build();
        ArticleValidator.Builder builder = ArticleValidator.builder();
        ArticleValidator built = builder.build();
        builder.disable(Rule.GOOGLE_AUTHOR_URL_EXPECTED).addRule(NO_EXCLAMATION_RULE);

        assertEquals(List.of("WARNING google.author.url.expected at byline.contributors[0].party"),
                summary(built.validate(article, Locale.ENGLISH)));
        assertTrue(builder.build().validate(article, Locale.ENGLISH).isEmpty());
    }

    @Test
    void disable_everyRuleOfAProfile_leavesTheOthers() {
        ArticleValidator.Builder builder = ArticleValidator.builder();
        for (Rule rule : Rule.values()) {
            if (rule.profile() == Profile.GOOGLE_SEARCH) {
                builder.disable(rule);
            }
        }
        Article article = CleanArticles.clean().toBuilder().byline(null).build();

        ValidationReport report = builder.build().validate(article, Locale.ENGLISH, EnumSet.allOf(Profile.class));

        assertEquals(List.of("WARNING editorial.byline.expected at byline"), summary(report));
        assertNull(report.findings().get(0).guideline());
    }

    private static List<String> summary(ValidationReport report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.rule() + " at " + f.path()).toList();
    }
}
