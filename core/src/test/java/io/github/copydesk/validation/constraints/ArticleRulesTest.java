package io.github.copydesk.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Editorial;
import io.github.copydesk.validation.GoogleSearch;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.internal.ArticleRulesValidator;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleRules} through a plain Bean Validation bootstrap, as an application that validates
 * articles with its own validator (or Spring's {@code @Validated}) uses it. The build runs this class
 * on the module path and on the class path.
 */
class ArticleRulesTest {

    /** A group an application defines so that one {@code @Validated(Publishing.class)} checks both. */
    interface Publishing extends Default, GoogleSearch.Errors {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
                .messageInterpolator(ArticleValidator.messageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /**
     * Breaks a publishable field rule, a publishable whole-article rule, two Google errors and several
     * Google and editorial warnings.
     */
    private static Article broken() {
        return Article.builder()
                .url("https://example.com/news/1")
                .headline(null)
                .datePublished(NewsDate.parse("2016-07-27T10:00:00+02:00"))
                .dateModified(NewsDate.parse("2016-07-26T10:00:00+02:00"))
                .byline(Byline.authors(Person.of("By Jane Doe")))
                .paywall(Paywall.of("#premium"))
                .build();
    }

    private static Set<String> rules(Class<?>... groups) {
        Set<String> ids = new TreeSet<>();
        for (ConstraintViolation<Article> violation : validator.validate(broken(), groups)) {
            ids.add(Rule.byMessageTemplate(violation.getMessageTemplate()).orElseThrow().id() + " at "
                    + violation.getPropertyPath());
        }
        return ids;
    }

    @Test
    void inheritedGroup_checksTheRulesOfEveryGroupItExtends() {
        assertEquals(new TreeSet<>(List.of(
                "publishable.headline.required at headline",
                "google.author.name.no-prefix at byline.contributors[0].party.name",
                "google.paywall.class-selector at paywall.sections[0]")), rules(Publishing.class));

        Set<String> both = new TreeSet<>(rules(Default.class));
        both.addAll(rules(GoogleSearch.Errors.class));
        assertEquals(both, rules(Publishing.class));
    }

    @Test
    void eachGroup_checksTheRulesOfThatGroupOnly() {
        List<String> checked = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            for (Class<?> group : profile.groups()) {
                for (ConstraintViolation<Article> violation : validator.validate(broken(), group)) {
                    Rule rule = Rule.byMessageTemplate(violation.getMessageTemplate()).orElseThrow();
                    assertEquals(group, rule.group(), rule.id() + " reported when validating " + group.getName());
                    checked.add(rule.id());
                }
            }
        }
        assertTrue(checked.containsAll(List.of("publishable.date-modified.not-before-published",
                "google.author.name.no-prefix", "google.author.url.expected", "editorial.dateline.expected")), checked::toString);
    }

    @Test
    void defaultGroup_isWhatPlainValidationChecks() {
        assertEquals(rules(Default.class), rules());
    }

    @ArticleRules(groups = {Editorial.Errors.class, Editorial.Advice.class})
    private static final class TwoGroups {
    }

    @Test
    void declarationWithSeveralGroups_isRejected() {
        ArticleRules twoGroups = TwoGroups.class.getAnnotation(ArticleRules.class);
        ConstraintDeclarationException e = assertThrows(ConstraintDeclarationException.class,
                () -> new ArticleRulesValidator().initialize(twoGroups));
        assertTrue(e.getMessage().contains("one group"), e.getMessage());
    }

    @Test
    void nullArticle_isValid() {
        ArticleRulesValidator v = new ArticleRulesValidator();
        v.initialize(Article.class.getAnnotationsByType(ArticleRules.class)[0]);
        assertTrue(v.isValid(null, null));
    }

    @Test
    void plainValidation_reportsCopydeskMessages() {
        ConstraintViolation<Article> violation = validator.validate(broken(), Editorial.Advice.class).stream()
                .filter(v -> v.getPropertyPath().toString().equals("dateline")).findFirst().orElseThrow();
        assertEquals("{editorial.dateline.expected}", violation.getMessageTemplate());
        assertTrue(violation.getMessage().startsWith("The article has no dateline."), violation.getMessage());
    }

    @Test
    void manyPlacesOfOneRule_firstHundredAndOneForTheRest_inLinearTime() {
        // issue 11: 16,000 authors took 20 s, since Hibernate Validator hashes alike every violation at
        // byline.contributors[i].party; now each rule is reported at most at MAX_PLACES places an article
        List<io.github.copydesk.model.Contributor> authors = new ArrayList<>();
        for (int i = 0; i < 45_000; i++) {
            authors.add(io.github.copydesk.model.Contributor.author(Person.of("Ana Ribeiro")));
        }
        Article many = Article.builder().headline("Harbour reopens").url("https://example.com/a").byline(Byline.of(authors)).build();

        io.github.copydesk.validation.ValidationReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> ArticleValidator.create().validate(many, java.util.Locale.ENGLISH));

        List<String> paths = report.findings().stream().filter(f -> f.rule().equals(Rule.GOOGLE_AUTHOR_URL_EXPECTED.id()))
                .map(io.github.copydesk.validation.Finding::path).toList();
        assertEquals(ArticleRulesValidator.MAX_PLACES + 1, paths.size());
        assertTrue(paths.contains("byline.contributors[99].party") && !paths.contains("byline.contributors[100].party"), paths::toString);
        io.github.copydesk.validation.Finding rest = report.findings().stream()
                .filter(f -> f.path().equals("byline.contributors")).findFirst().orElseThrow();
        assertEquals(Rule.GOOGLE_AUTHOR_URL_EXPECTED.id(), rest.rule());
        assertEquals(Rule.GOOGLE_AUTHOR_URL_EXPECTED.severity(), rest.severity());
        assertTrue(rest.message().endsWith("more places in this list than the 100 reported one by one; fix those and check again."),
                rest.message());
    }
}
