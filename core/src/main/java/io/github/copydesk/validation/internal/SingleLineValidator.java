package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.constraints.SingleLine;

/** {@link SingleLine}: {@code null} is valid. The provider creates it. */
public final class SingleLineValidator extends RuleValidator<SingleLine, CharSequence> {

    @Override
    boolean test(CharSequence value) {
        return value == null || !Text.hasLineBreak(value);
    }
}
