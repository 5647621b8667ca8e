package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jakarta.validation.ValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An application without a Jakarta Validation provider: the build runs this class alone, on a class path
 * without Hibernate Validator (core's pom, execution {@code no-provider}); the other runs leave it out.
 */
@EnabledIfSystemProperty(named = "copydesk.test.noProvider", matches = "true")
class NoProviderTest {

    @Test
    void classPath_hasNoProvider() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.validator.HibernateValidator"));
    }

    @Test
    void everyCall_throwsAValidationExceptionThatNamesTheDependency() {
        ArticleValidator validator = ArticleValidator.create();
        for (int call = 0; call < 3; call++) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> validator.validate(Articles.publishable(), Locale.ENGLISH));
            assertEquals(ArticleValidator.NO_PROVIDER, e.getMessage());
            assertTrue(e.getMessage().contains("org.hibernate.validator:hibernate-validator"), e.getMessage());
        }
        ArticleValidator configured = ArticleValidator.builder().disable(Rule.URL_REQUIRED).build();
        assertThrows(ValidationException.class, () -> configured.validate(Articles.publishable(), Locale.GERMAN));
    }

    @Test
    void withoutAProvider_whatNeedsNoValidatorStillWorks() {
        ArticleValidator houseRulesOnly = ArticleValidator.builder().profiles(java.util.Set.of())
                .addRule(HouseRule.of("house.headline.required", Severity.ERROR, "No headline.",
                        a -> a.headline() == null ? java.util.List.of("headline") : java.util.List.of()))
                .build();
        ValidationReport report = houseRulesOnly.validate(Articles.publishable().toBuilder().headline(null).build(),
                Locale.ENGLISH);
        assertEquals(java.util.List.of("house.headline.required"), report.findings().stream().map(Finding::rule).toList());
        assertTrue(ArticleValidator.messageInterpolator() != null);
    }
}
