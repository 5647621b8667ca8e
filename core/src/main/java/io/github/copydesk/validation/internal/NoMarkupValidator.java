package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NoMarkup;

/** {@link NoMarkup}: {@code null} is valid. */
public final class NoMarkupValidator extends RuleValidator<NoMarkup, CharSequence> {

    /** Creates the validator; the provider calls this. */
    public NoMarkupValidator() {
    }

    @Override
    Rule rule(NoMarkup constraint) {
        return constraint.rule();
    }

    @Override
    boolean test(CharSequence value) {
        return value == null || !Text.hasMarkup(value);
    }
}
