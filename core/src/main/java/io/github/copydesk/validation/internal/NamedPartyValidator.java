package io.github.copydesk.validation.internal;

import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NamedParty;

/** {@link NamedParty}: {@code null} is valid. */
public final class NamedPartyValidator extends RuleValidator<NamedParty, Party> {

    private boolean orDescription;

    /** Creates the validator; the provider calls this. */
    public NamedPartyValidator() {
    }

    @Override
    Rule rule(NamedParty constraint) {
        orDescription = constraint.orDescription();
        return constraint.rule();
    }

    @Override
    boolean test(Party value) {
        if (value == null || present(value.name())) {
            return true;
        }
        return orDescription && value instanceof Person person && present(person.description());
    }

    private static boolean present(String text) {
        return text != null && !Text.isBlank(text);
    }

}
