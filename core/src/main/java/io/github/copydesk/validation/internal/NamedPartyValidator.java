package io.github.copydesk.validation.internal;

import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.validation.constraints.NamedParty;

/** {@link NamedParty}: {@code null} is valid. The provider creates it. */
public final class NamedPartyValidator extends RuleValidator<NamedParty, Party> {

    private boolean orDescription;


    @Override
    public void initialize(NamedParty constraint) {
        super.initialize(constraint);
        orDescription = constraint.orDescription();
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
