package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.constraints.Required;

/** {@link Required}: not {@code null}, and for text not blank. The provider creates it. */
public final class RequiredValidator extends RuleValidator<Required, Object> {

    @Override
    boolean test(Object value) {
        return value != null && !(value instanceof CharSequence text && Text.isBlank(text));
    }
}
