package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.SingleLine;

/** {@link SingleLine}: {@code null} is valid. */
public final class SingleLineValidator extends RuleValidator<SingleLine, CharSequence> {

    /** Creates the validator; the provider calls this. */
    public SingleLineValidator() {
    }

    @Override
    Rule rule(SingleLine constraint) {
        return constraint.rule();
    }

    @Override
    boolean test(CharSequence value) {
        return value == null || !Text.hasLineBreak(value);
    }
}
