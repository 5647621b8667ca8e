package io.github.copydesk.validation.internal;

import java.lang.annotation.Annotation;

import io.github.copydesk.validation.Rule;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Base of the validators of Copydesk's field constraints: reports a failed check with the message
 * template of the constraint's rule, so every violation can be traced back to its rule. Every such
 * constraint names its rule in a {@code Rule rule()} attribute, which this class reads once, when the
 * provider initializes the validator; a subclass holds only the check.
 *
 * @param <A> the constraint
 * @param <T> the validated type
 */
abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    private String template;

    /** The check itself; {@code null} values reach it too. */
    abstract boolean test(T value);

    @Override
    public void initialize(A constraint) {
        template = ruleOf(constraint).messageTemplate();
    }

    /**
     * The constraint's {@code rule()}: annotations cannot share an interface, so it is read through
     * the annotation's type.
     */
    private static Rule ruleOf(Annotation constraint) {
        try {
            return (Rule) constraint.annotationType().getMethod("rule").invoke(constraint);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ConstraintDeclarationException("@" + constraint.annotationType().getSimpleName()
                    + " must name its rule in a rule() attribute of type Rule", e);
        }
    }

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (test(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
