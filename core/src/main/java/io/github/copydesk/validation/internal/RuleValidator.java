package io.github.copydesk.validation.internal;

import java.lang.annotation.Annotation;

import io.github.copydesk.validation.Rule;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Base of Copydesk's constraint validators: reports a failed check with the rule's message template,
 * so every violation can be traced back to its rule.
 *
 * @param <A> the constraint
 * @param <T> the validated type
 */
abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    private Rule rule;

    /** Reads the rule (and any other attribute) from the constraint. */
    abstract Rule rule(A constraint);

    /** The check itself; {@code null} values reach it too. */
    abstract boolean test(T value);

    @Override
    public void initialize(A constraint) {
        rule = rule(constraint);
    }

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (test(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(rule.messageTemplate()).addConstraintViolation();
        return false;
    }
}
