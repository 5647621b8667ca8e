package io.github.copydesk.model;

import java.util.Objects;

import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NamedParty;

import jakarta.validation.Valid;

/**
 * One entry of a {@link Byline}: a person or organization and the role they had. A byline title
 * ("AP Sports Writer") is the person's {@link Person#jobTitle()}, the organization they write for
 * their {@link Person#affiliation()}.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>party</td><td>no</td><td>not null</td><td>{@code publishable.contributor.name.required}</td></tr>
 * <tr><td>role</td><td>no</td><td>not null</td><td>-</td></tr>
 * </table>
 *
 * @param party who
 * @param role what they did
 */
public record Contributor(
        @Valid @NamedParty(rule = Rule.CONTRIBUTOR_NAME_REQUIRED) Party party,
        ContributorRole role) {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if a parameter is null
     */
    public Contributor {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
    }

    /**
     * A contributor with a role.
     *
     * @param role the role
     * @param party who
     * @return the contributor
     * @throws NullPointerException if a parameter is null
     */
    public static Contributor of(ContributorRole role, Party party) {
        return new Contributor(party, role);
    }

    /**
     * An author.
     *
     * @param party who
     * @return the contributor
     * @throws NullPointerException if {@code party} is null
     */
    public static Contributor author(Party party) {
        return new Contributor(party, ContributorRole.AUTHOR);
    }
}
