package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.Required;

/** {@link Required} for any object: not {@code null}. */
public final class RequiredValidator extends RuleValidator<Required, Object> {

    /** Creates the validator; the provider calls this. */
    public RequiredValidator() {
    }

    @Override
    Rule rule(Required constraint) {
        return constraint.rule();
    }

    @Override
    boolean test(Object value) {
        return value != null;
    }
}
