package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import io.github.copydesk.model.Article;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Copydesk's messages as Hibernate Validator's contributor bundle ({@code ContributorValidationMessages*.properties}
 * at the root of core's jar), which the build generates from Copydesk's own bundle: an application's validator
 * (Spring's, or a plain bootstrap) finds them with no configuration. The build runs this class on the module
 * path and on the class path.
 */
class ContributorValidationMessagesTest {

    private static final String OWN = "io/github/copydesk/validation/internal/messages";

    private static Properties read(String name, boolean utf8) throws IOException {
        try (InputStream in = ContributorValidationMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the class path");
            Properties properties = new Properties();
            if (utf8) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } else {
                properties.load(in);   // ISO-8859-1, as Hibernate Validator reads contributor bundles
            }
            return properties;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"root", "de"})
    void contributorBundle_readAsHibernateValidatorDoes_isCopydesksBundle(String locale) throws IOException {
        String suffix = locale.equals("root") ? "" : "_" + locale;
        Properties own = read(OWN + suffix + ".properties", true);
        Properties contributor = read("ContributorValidationMessages" + suffix + ".properties", false);
        assertFalse(own.isEmpty());
        assertEquals(own, contributor);
        // nothing in a message that an interpolator would read as a parameter or an expression
        for (String key : own.stringPropertyNames()) {
            String message = own.getProperty(key);
            assertFalse(message.matches("(?s).*[{}$\\\\].*"), key + ": " + message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void plainHibernateValidator_withoutExpressionLanguage_resolvesCopydesksMessages(String language) {
        Locale locale = Locale.forLanguageTag(language);
        // what Spring Boot configures when no EL implementation is on the class path
        ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return parameters.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return parameters.interpolate(template, context, locale);
            }
        };
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
                .messageInterpolator(inLocale).buildValidatorFactory()) {
            Set<ConstraintViolation<Article>> violations = factory.getValidator()
                    .validate(Articles.publishable().toBuilder().headline(null).build());
            assertEquals(1, violations.size(), violations::toString);
            String expected = ArticleValidator.create().validate(Articles.publishable().toBuilder().headline(null).build(),
                    locale, Set.of(Profile.PUBLISHABLE)).findings().get(0).message();
            assertEquals(expected, violations.iterator().next().getMessage());
        }
    }
}
