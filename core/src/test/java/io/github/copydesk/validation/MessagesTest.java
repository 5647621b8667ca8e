package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Video;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

/**
 * The test class path holds an application's own {@code ValidationMessages.properties} (see
 * src/test/resources) that overrides one Copydesk key and defines keys of its own.
 */
class MessagesTest {

    private static final java.util.Set<Profile> PUBLISHABLE_ONLY = java.util.EnumSet.of(Profile.PUBLISHABLE);

    private static final ArticleValidator VALIDATOR = ArticleValidator.create();

    @Test
    void applicationBundle_overridesItsKey() {
        Article article = Articles.publishable().toBuilder()
                .addMedia(Video.of(URI.create("https://example.com/v.mp4"), "x").withName(null)).build();
        Finding finding = VALIDATOR.validate(article, Locale.ENGLISH, PUBLISHABLE_ONLY).findings().get(0);
        assertEquals(Rule.VIDEO_NAME_REQUIRED.id(), finding.rule());
        assertEquals("House style: every video needs a title before it goes live.", finding.message());
    }

    @Test
    void applicationBundle_doesNotHideCopydeskMessages() {
        Article article = Articles.publishable().toBuilder().headline(null).build();
        Finding finding = VALIDATOR.validate(article, Locale.ENGLISH, PUBLISHABLE_ONLY).findings().get(0);
        assertEquals("The headline is missing. Write a headline: an article cannot be published without one.",
                finding.message());
    }

    @Test
    void unknownLocale_fallsBackToCopydeskRootBundle_notToJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            Article article = Articles.publishable().toBuilder().url((URI) null).build();
            Finding finding = VALIDATOR.validate(article, Locale.JAPANESE, PUBLISHABLE_ONLY).findings().get(0);
            assertEquals("The canonical URL is missing. Set the article's canonical URL before publishing.", finding.message());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void interpolator_inAPlainBootstrap_resolvesRuleIdsAndApplicationKeys() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
                .messageInterpolator(ArticleValidator.messageInterpolator()).buildValidatorFactory()) {
            Set<ConstraintViolation<Article>> violations = factory.getValidator()
                    .validate(Articles.publishable().toBuilder().headline("").build());
            ConstraintViolation<Article> violation = violations.iterator().next();
            assertEquals("{publishable.headline.required}", violation.getMessageTemplate());
            assertEquals("The headline is missing. Write a headline: an article cannot be published without one.",
                    violation.getMessage());
        }
        var interpolator = new io.github.copydesk.validation.internal.CopydeskMessageInterpolator(
                new io.github.copydesk.validation.internal.Messages(MessagesTest.class.getClassLoader()));
        assertEquals("The slug is not valid. (max 3)", interpolator.interpolate(
                "{com.example.cms.slug.invalid} (max {max})", Map.of("max", 3), Locale.ENGLISH));
        assertEquals("${validatedValue} stays", interpolator.interpolate("${validatedValue} stays", Map.of(), Locale.ENGLISH));
        assertEquals("{unknown.key}", interpolator.interpolate("{unknown.key}", Map.of(), Locale.ENGLISH));
        assertNull(new io.github.copydesk.validation.internal.Messages(null).get("com.example.cms.slug.invalid", Locale.ENGLISH));
    }
}
