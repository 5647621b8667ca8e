package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.Required;

/** {@link Required} for text: not {@code null} and not blank. */
public final class RequiredTextValidator extends RuleValidator<Required, CharSequence> {

    /** Creates the validator; the provider calls this. */
    public RequiredTextValidator() {
    }

    @Override
    Rule rule(Required constraint) {
        return constraint.rule();
    }

    @Override
    boolean test(CharSequence value) {
        return value != null && !Text.isBlank(value);
    }
}
