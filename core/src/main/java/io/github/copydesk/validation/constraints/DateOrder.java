package io.github.copydesk.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.internal.DateOrderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On an {@link io.github.copydesk.model.Article}: one date is not after another, compared by
 * {@link io.github.copydesk.model.NewsDate#isAfter(io.github.copydesk.model.NewsDate)} (by calendar
 * day when either is date-only, so the same day passes). Absent dates pass. The violation is
 * reported on the {@link #later()} property.
 *
 * <p>Violations carry the rule's message template ({@link Rule#messageTemplate()}), so the
 * finding's message comes from Copydesk's bundle by rule id.
 */
// validatedBy names a validator in an opened, unexported package on purpose: providers need to
// instantiate it, applications never use it directly
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {DateOrderValidator.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DateOrder.List.class)
public @interface DateOrder {

    /** A date property of {@link io.github.copydesk.model.Article}. */
    enum Property {
        /** {@code dateCreated} */
        DATE_CREATED,
        /** {@code datePublished} */
        DATE_PUBLISHED,
        /** {@code dateModified} */
        DATE_MODIFIED
    }

    /** @return the date that must not be after {@link #later()} */
    Property earlier();

    /** @return the date that must not be before {@link #earlier()} */
    Property later();

    /** @return the rule this constraint checks */
    Rule rule();

    /** @return the message template; Copydesk's validators replace it by the rule's */
    String message() default "{io.github.copydesk.validation.Rule}";

    /** @return the groups; must be the rule's {@link Rule#group()} */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @DateOrder} on the same element. */
    @Documented
    @Target({TYPE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        DateOrder[] value();
    }
}
