package io.github.copydesk.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.internal.ArticleRuleValidator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On an {@link io.github.copydesk.model.Article}: checks one rule of the Google Search or editorial
 * profile that needs the whole article (an author's name against the publisher, a quote against the
 * body, the aspect ratios of all images). Each violation is reported at the property path of what is
 * wrong ({@code byline.contributors[0].party.name}, {@code quotes[2].text}, {@code media[1]}).
 *
 * <p>Violations carry the rule's message template ({@link Rule#messageTemplate()}), so the
 * finding's message comes from Copydesk's bundle by rule id. {@link #groups()} must be the rule's
 * {@link Rule#group()} (a test reads every declaration and checks it).
 */
// validatedBy names a validator in an opened, unexported package on purpose: providers need to
// instantiate it, applications never use it directly
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {ArticleRuleValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ArticleRule.List.class)
public @interface ArticleRule {

    /** @return the rule this constraint checks */
    Rule rule();

    /** @return the message template; Copydesk's validators replace it by the rule's */
    String message() default "{io.github.copydesk.validation.Rule}";

    /** @return the groups; must be the rule's {@link Rule#group()} */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @ArticleRule} on the same type. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        ArticleRule[] value();
    }
}
