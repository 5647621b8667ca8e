package io.github.copydesk.validation.internal;

import io.github.copydesk.validation.constraints.NoControlCharacters;

/** {@link NoControlCharacters}: {@code null} is valid. The provider creates it. */
public final class NoControlCharactersValidator extends RuleValidator<NoControlCharacters, CharSequence> {

    private boolean allowLineBreaks;
    private boolean allowTabs;

    @Override
    public void initialize(NoControlCharacters constraint) {
        super.initialize(constraint);
        allowLineBreaks = constraint.allowLineBreaks();
        allowTabs = constraint.allowTabs();
    }

    @Override
    boolean test(CharSequence value) {
        return value == null || !Text.hasControlCharacter(value, allowLineBreaks, allowTabs);
    }
}
