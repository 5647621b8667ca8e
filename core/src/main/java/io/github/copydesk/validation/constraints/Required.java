package io.github.copydesk.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.internal.RequiredValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated value is present: not {@code null}, and for text not blank. Copydesk's model allows
 * absence at construction wherever a draft may lack a value; this constraint says where a
 * publishable article must have one.
 *
 * <p>Violations carry the rule's message template ({@link Rule#messageTemplate()}), so the
 * finding's message comes from Copydesk's bundle by rule id.
 */
// validatedBy names a validator in an opened, unexported package on purpose: providers need to
// instantiate it, applications never use it directly
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {RequiredValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Required.List.class)
public @interface Required {

    /** @return the rule this constraint checks */
    Rule rule();

    /** @return the message template; Copydesk's validators replace it by the rule's */
    String message() default "{io.github.copydesk.validation.Rule}";

    /** @return the groups; must be the rule's {@link Rule#group()} */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @Required} on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        Required[] value();
    }
}
