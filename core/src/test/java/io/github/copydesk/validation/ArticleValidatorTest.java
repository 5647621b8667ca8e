package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleValidatorTest {

    private static final java.util.Set<Profile> PUBLISHABLE_ONLY = java.util.EnumSet.of(Profile.PUBLISHABLE);

    private static final ArticleValidator VALIDATOR = ArticleValidator.create();

    private static ValidationReport validate(Article article) {
        return VALIDATOR.validate(article, Locale.ENGLISH, PUBLISHABLE_ONLY);
    }

    @Test
    void validate_publishableArticle_hasNoFindings() {
        ValidationReport report = validate(Articles.publishable());
        assertTrue(report.isEmpty(), report::toString);
        assertFalse(report.hasErrors());
    }

    /** Each row: a rule, an edit that breaks it, the path of the finding. */
    static Stream<Arguments> violations() {
        return Stream.of(
                row(Rule.HEADLINE_REQUIRED, b -> b.headline(null), "headline"),
                row(Rule.HEADLINE_REQUIRED, b -> b.headline(" \u00a0\t"), "headline"),
                row(Rule.HEADLINE_SINGLE_LINE, b -> b.headline("Russia Offers Help\nin Afghanistan"), "headline"),
                row(Rule.HEADLINE_SINGLE_LINE, b -> b.headline("Russia Offers Help\u2028in Afghanistan"), "headline"),
                row(Rule.HEADLINE_NO_MARKUP, b -> b.headline("Russia <b>Offers</b> Help"), "headline"),
                row(Rule.HEADLINE_NO_MARKUP, b -> b.headline("Russia&#8217;s Offer"), "headline"),
                row(Rule.HEADLINE_NO_MARKUP, b -> b.headline("Russia &amp; NATO"), "headline"),
                row(Rule.DATE_MODIFIED_NOT_BEFORE_PUBLISHED,
                        b -> b.dateModified(NewsDate.parse("2016-07-26")), "dateModified"),
                row(Rule.DATE_MODIFIED_NOT_BEFORE_PUBLISHED,
                        b -> b.dateModified(NewsDate.parse("2016-07-27T09:59:59+02:00")), "dateModified"),
                row(Rule.DATE_CREATED_NOT_AFTER_PUBLISHED,
                        b -> b.dateCreated(NewsDate.parse("2016-07-28")), "datePublished"),
                row(Rule.URL_REQUIRED, b -> b.url((URI) null), "url"),
                row(Rule.MEDIA_URL_REQUIRED, b -> b.addMedia(Image.draft()), "media[1].url"),
                row(Rule.MEDIA_URL_REQUIRED, b -> b.addMedia(Video.of(URI.create("https://example.com/v.mp4"), "V").withUrl(null)), "media[1].url"),
                row(Rule.VIDEO_NAME_REQUIRED, b -> b.addMedia(Video.of(URI.create("https://example.com/v.mp4"), "V").withName(" ")), "media[1].name"),
                row(Rule.CONTRIBUTOR_NAME_REQUIRED, b -> b.byline(new Byline(List.of(
                        Contributor.author(Person.of("Jane Doe")), Contributor.author(Person.unnamed("a staff writer"))))),
                        "byline.contributors[1].party"),
                row(Rule.CONTRIBUTOR_NAME_REQUIRED, b -> b.byline(new Byline(List.of(
                        Contributor.author(Organization.of(""))))), "byline.contributors[0].party"),
                row(Rule.QUOTE_TEXT_REQUIRED, b -> b.addQuote(new Quote(null, Articles.SPEAKER, false, null)), "quotes[1].text"),
                row(Rule.QUOTE_TEXT_REQUIRED, b -> b.addQuote(new Quote("  ", Articles.SPEAKER, false, null)), "quotes[1].text"),
                row(Rule.QUOTE_SPEAKER_REQUIRED, b -> b.addQuote(new Quote("Words", null, false, null)), "quotes[1].speaker"),
                row(Rule.SPEAKER_NAME_REQUIRED, b -> b.addQuote(Quote.of("Words", Person.of(" "))), "quotes[1].speaker"),
                row(Rule.SPEAKER_NAME_REQUIRED, b -> b.addQuote(Quote.of("Words", Person.unnamed(""))), "quotes[1].speaker"),
                row(Rule.DATE_PUBLISHED_NOT_BEFORE_EMBARGO,
                        b -> b.embargoedUntil(NewsDate.parse("2016-07-27T12:00:00+02:00")), "datePublished"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.description("A dek\u0007"), "description"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.description("Two\nlines"), "description"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.body("Body with NUL\u0000 inside"), "body"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.headline("Tab\there"), "headline"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.addKeyword("bad\u001b[0m"), "keywords[0].<list element>"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.addMedia(Image.of(URI.create("https://example.com/b.jpg"))
                        .withCaption("C1 control \u0085")), "media[1].caption"),
                row(Rule.TEXT_NO_CONTROL_CHARACTERS, b -> b.addQuote(Quote.of("Words", Person.of("Name\u007f"))),
                        "quotes[1].speaker.name"));
    }

    private static Arguments row(Rule rule, UnaryOperator<Article.Builder> edit, String path) {
        return Arguments.of(rule, edit, path);
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("violations")
    void validate_brokenRule_reportsThatRuleAtPath(Rule rule, UnaryOperator<Article.Builder> edit, String path) {
        ValidationReport report = validate(edit.apply(Articles.publishable().toBuilder()).build());

        Finding finding = report.findings().stream().filter(f -> f.rule().equals(rule.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule.id() + " in " + report));
        assertEquals(rule.severity(), finding.severity());
        assertEquals(path, finding.path());
        assertEquals(rule.severity() == Severity.ERROR, report.hasErrors());
        assertFalse(finding.message().isBlank());
        assertFalse(finding.message().contains("{"), finding.message());
    }

    /** Each row: a value that is allowed where a similar one is not. */
    static Stream<Arguments> passes() {
        return Stream.of(
                Arguments.of("same day, date-only modified", (UnaryOperator<Article.Builder>) b -> b
                        .datePublished(NewsDate.parse("2016-07-27T23:30:00-05:00"))
                        .dateModified(NewsDate.parse("2016-07-27"))
                        .dateCreated(null)),
                Arguments.of("equal instants in different offsets", (UnaryOperator<Article.Builder>) b -> b
                        .datePublished(NewsDate.parse("2016-07-27T10:00:00+02:00"))
                        .dateModified(NewsDate.parse("2016-07-27T08:00:00Z"))),
                Arguments.of("no dates at all", (UnaryOperator<Article.Builder>) b -> b
                        .datePublished(null).dateModified(null).dateCreated(null)),
                Arguments.of("unnamed speaker with a description", (UnaryOperator<Article.Builder>) b -> b
                        .addQuote(Quote.of("Words", Person.unnamed("a senior NATO official")))),
                Arguments.of("less-than sign in headline", (UnaryOperator<Article.Builder>) b -> b
                        .headline("Inflation < 2% for the first time")),
                Arguments.of("ampersand in headline", (UnaryOperator<Article.Builder>) b -> b
                        .headline("Marks & Spencer results")),
                Arguments.of("line breaks and tabs in body", (UnaryOperator<Article.Builder>) b -> b
                        .body("Para one.\r\n\r\n\tPara two.")),
                Arguments.of("no dateline, byline, quotes or media", (UnaryOperator<Article.Builder>) b -> b
                        .dateline(null).byline(null).quotes(List.of()).media(List.of())),
                Arguments.of("video with name", (UnaryOperator<Article.Builder>) b -> b
                        .addMedia(Video.of(URI.create("https://example.com/v.mp4"), "Press conference")
                                .withDuration(Duration.ofMinutes(2)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passes")
    void validate_allowedValue_hasNoFindings(String name, UnaryOperator<Article.Builder> edit) {
        ValidationReport report = validate(edit.apply(Articles.publishable().toBuilder()).build());
        assertTrue(report.isEmpty(), report::toString);
    }

    @Test
    void validate_headlineWithNewline_isNotAlsoAControlCharacterFinding() {
        ValidationReport report = validate(Articles.publishable().toBuilder().headline("One\nTwo").build());
        assertEquals(List.of(Rule.HEADLINE_SINGLE_LINE.id()), report.findings().stream().map(Finding::rule).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"url", "headline"})
    void validate_ruleAboutWhatTheSourceCannotExpress_doesNotFire(String field) {
        // a field constraint (url, headline: @Required) is judged against unexpressed() like an article rule
        Article.Builder missing = Articles.publishable().toBuilder();
        if (field.equals("url")) {
            missing.url((URI) null);
        } else {
            missing.headline(null);
        }
        ValidationReport expressible = validate(missing.build());
        ValidationReport unexpressible = validate(missing.unexpressed(Set.of(field)).build());

        assertEquals(List.of(field), expressible.findings().stream().map(Finding::path).toList(), expressible::toString);
        assertTrue(unexpressible.isEmpty(), unexpressible::toString);
    }

    @Test
    void validate_nullArguments_throwNamingParameter() {
        Article article = Articles.publishable();
        assertEquals("article", assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null, Locale.ENGLISH)).getMessage());
        assertEquals("locale", assertThrows(NullPointerException.class, () -> VALIDATOR.validate(article, null)).getMessage());
        assertEquals("profiles", assertThrows(NullPointerException.class,
                () -> VALIDATOR.validate(article, Locale.ENGLISH, null)).getMessage());
    }

    @Test
    void validate_noProfiles_checksNothing() {
        Article broken = Articles.publishable().toBuilder().headline(null).build();
        assertTrue(VALIDATOR.validate(broken, Locale.ENGLISH, Set.of()).isEmpty());
        assertTrue(VALIDATOR.validate(broken, Locale.ENGLISH, EnumSet.of(Profile.PUBLISHABLE)).hasErrors());
    }

    @Test
    void disable_rule_dropsItsFindingsOnly() {
        Article broken = Articles.publishable().toBuilder().headline(null).url((URI) null).build();
        ValidationReport report = ArticleValidator.builder().disable(Rule.URL_REQUIRED).build()
                .validate(broken, Locale.ENGLISH, PUBLISHABLE_ONLY);
        assertEquals(List.of(Rule.HEADLINE_REQUIRED.id()), report.findings().stream().map(Finding::rule).toList());
    }

    @Test
    void severity_override_changesReportedSeverity() {
        Article broken = Articles.publishable().toBuilder().url((URI) null).build();
        ValidationReport report = ArticleValidator.builder().severity(Rule.URL_REQUIRED, Severity.WARNING).build()
                .validate(broken, Locale.ENGLISH, PUBLISHABLE_ONLY);
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
        assertFalse(report.hasErrors());
    }

    @Test
    void validate_messageLocale_isThePerCallLocale() {
        Article broken = Articles.publishable().toBuilder().url((URI) null).build();
        Locale before = Locale.getDefault();
        String english = VALIDATOR.validate(broken, Locale.ENGLISH, PUBLISHABLE_ONLY).findings().get(0).message();
        String german = VALIDATOR.validate(broken, Locale.GERMAN, PUBLISHABLE_ONLY).findings().get(0).message();
        // ValidationMessages_de.properties in the test resources overrides this key for German only
        assertEquals("Die kanonische URL fehlt (Hausregel).", german);
        assertNotEquals(german, english);
        assertEquals(before, Locale.getDefault());
    }

    @Test
    void validate_userText_isNeverSplicedIntoMessage() {
        String hostile = "<b>{publishable.url.required}</b> ${'x'.repeat(3)} \\{x}";
        Article broken = Articles.publishable().toBuilder().headline(hostile).build();
        Finding finding = validate(broken).findings().get(0);
        assertEquals(Rule.HEADLINE_NO_MARKUP.id(), finding.rule());
        assertFalse(finding.message().contains("<b>"), finding.message());
        assertFalse(finding.message().contains("canonical URL"), finding.message());
    }

    @Test
    void validate_manyThreadsAtOnce_giveTheSameReport() throws Exception {
        Article broken = Articles.publishable().toBuilder().headline(null).url((URI) null)
                .addMedia(Image.draft()).build();
        ValidationReport expected = validate(broken);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ValidationReport>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.GERMAN;
                futures.add(pool.submit(() -> VALIDATOR.validate(broken, locale, PUBLISHABLE_ONLY)));
            }
            for (int i = 0; i < futures.size(); i++) {
                ValidationReport report = futures.get(i).get();
                assertEquals(expected.findings().stream().map(Finding::rule).toList(),
                        report.findings().stream().map(Finding::rule).toList());
                if (i % 2 == 0) {
                    assertEquals(expected, report);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void builder_profiles_areWhatValidateChecks() {
        Article noAuthorNoHeadline = Articles.publishable().toBuilder().headline(null).byline(null).build();
        ArticleValidator publishableOnly = ArticleValidator.builder().profiles(EnumSet.of(Profile.PUBLISHABLE)).build();
        assertEquals(Set.of(Profile.PUBLISHABLE), publishableOnly.profiles());
        assertEquals(List.of(Rule.HEADLINE_REQUIRED.id()),
                publishableOnly.validate(noAuthorNoHeadline, Locale.ENGLISH).findings().stream().map(Finding::rule).toList());
        assertEquals(EnumSet.allOf(Profile.class), ArticleValidator.create().profiles());
        assertTrue(ArticleValidator.create().validate(noAuthorNoHeadline, Locale.ENGLISH).findings().stream()
                .anyMatch(f -> f.rule().equals(Rule.GOOGLE_AUTHOR_EXPECTED.id())));
        assertThrows(UnsupportedOperationException.class, () -> publishableOnly.profiles().add(Profile.EDITORIAL));
        assertThrows(NullPointerException.class, () -> ArticleValidator.builder().profiles(null));
    }

    @Test
    void builder_providerResolver_bootstrapsFromTheResolversProvider() {
        List<String> asked = new ArrayList<>();
        ArticleValidator validator = ArticleValidator.builder().providerResolver(() -> {
            asked.add("asked");
            return List.of(new org.hibernate.validator.HibernateValidator());
        }).build();
        Article broken = Articles.publishable().toBuilder().headline(null).build();
        assertTrue(asked.isEmpty(), "nothing is bootstrapped before the first validation");
        assertEquals(validate(broken), validator.validate(broken, Locale.ENGLISH, PUBLISHABLE_ONLY));
        int bootstrap = asked.size();
        assertTrue(bootstrap > 0);
        validator.validate(broken, Locale.GERMAN, PUBLISHABLE_ONLY);
        assertEquals(bootstrap, asked.size(), "bootstrapped once, on first use");
    }

    @Test
    void builder_providerResolverWithNoProvider_everyCallThrowsSayingWhatToAdd() {
        ArticleValidator validator = ArticleValidator.builder().providerResolver(List::of).build();
        for (int call = 0; call < 2; call++) {
            jakarta.validation.ValidationException e = assertThrows(jakarta.validation.ValidationException.class,
                    () -> validator.validate(Articles.publishable(), Locale.ENGLISH));
            assertEquals(ArticleValidator.NO_PROVIDER, e.getMessage());
            assertTrue(e.getMessage().contains("org.hibernate.validator:hibernate-validator"), e.getMessage());
        }
    }

    @Test
    void builder_validatorFactory_validatesWithItAndLeavesItOpen() {
        try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            ArticleValidator validator = ArticleValidator.builder().validatorFactory(factory).build();
            Article broken = Articles.publishable().toBuilder().headline(null).build();
            ValidationReport report = validator.validate(broken, Locale.GERMAN, PUBLISHABLE_ONLY);
            assertEquals(validate(broken).findings().stream().map(Finding::rule).toList(),
                    report.findings().stream().map(Finding::rule).toList());
            assertEquals(VALIDATOR.validate(broken, Locale.GERMAN, PUBLISHABLE_ONLY), report);
            assertFalse(factory.getValidator().validate(broken).isEmpty(), "the application's factory is still usable");
        }
        assertThrows(NullPointerException.class, () -> ArticleValidator.builder().validatorFactory(null));
        assertThrows(NullPointerException.class, () -> ArticleValidator.builder().providerResolver(null));
    }
}
