package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NoControlCharacters;

/** {@link NoControlCharacters}: {@code null} is valid. */
public final class NoControlCharactersValidator extends RuleValidator<NoControlCharacters, CharSequence> {

    private boolean allowLineBreaks;
    private boolean allowTabs;

    /** Creates the validator; the provider calls this. */
    public NoControlCharactersValidator() {
    }

    @Override
    Rule rule(NoControlCharacters constraint) {
        allowLineBreaks = constraint.allowLineBreaks();
        allowTabs = constraint.allowTabs();
        return constraint.rule();
    }

    @Override
    boolean test(CharSequence value) {
        return value == null || !Text.hasControlCharacter(value, allowLineBreaks, allowTabs);
    }
}
