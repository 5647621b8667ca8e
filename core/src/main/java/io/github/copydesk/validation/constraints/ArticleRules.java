package io.github.copydesk.validation.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.internal.ArticleRulesValidator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link io.github.copydesk.model.Article}: checks every rule of the registry that needs the whole
 * article and belongs to this constraint's group: an author's name against the publisher, a quote
 * against the body, the aspect ratios of all images, the order of the dates. The rules are not listed
 * here: the validator runs each {@link Rule} whose {@link Rule#group()} is this constraint's group and
 * whose registry entry names a whole-article check. A rule's group is derived from its profile and
 * severity, so a rule whose severity changes is checked in its new group with no other change.
 *
 * <p>{@code Article} carries one {@code @ArticleRules} for each group of each profile
 * ({@link io.github.copydesk.validation.Profile#groups()}), including groups that have no
 * whole-article rule yet. Each declares exactly one group; none means
 * {@link jakarta.validation.groups.Default}, whose whole-article rules are the publishable errors.
 * Group inheritance works as Bean Validation defines it: validating an article for an application's
 * {@code interface Publishing extends Default, GoogleSearch.Errors} runs the constraints of both
 * groups, so the rules of both.
 *
 * <p>Each problem is one violation at the property path of what is wrong
 * ({@code byline.contributors[0].party.name}, {@code quotes[2].text}, {@code media[1]}), carrying its
 * rule's message template ({@link Rule#messageTemplate()}), so that the finding's message comes from
 * Copydesk's bundle by rule id. The constraint applies to {@code Article} only; Copydesk declares it,
 * applications have no need to.
 */
// validatedBy names a validator in an opened, unexported package on purpose: providers need to
// instantiate it, applications never use it directly
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {ArticleRulesValidator.class})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(ArticleRules.List.class)
public @interface ArticleRules {

    /** @return the message template; each violation carries its own rule's instead */
    String message() default "{io.github.copydesk.validation.Rule}";

    /**
     * The one group whose whole-article rules this constraint checks.
     *
     * @return the group, or none for {@link jakarta.validation.groups.Default}
     */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The {@code @ArticleRules} of several groups on one type. */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        ArticleRules[] value();
    }
}
