package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.constraints.NoMarkup;

/** {@link NoMarkup}: {@code null} is valid. The provider creates it. */
public final class NoMarkupValidator extends RuleValidator<NoMarkup, CharSequence> {

    @Override
    boolean test(CharSequence value) {
        return value == null || !Text.hasMarkup(value);
    }
}
