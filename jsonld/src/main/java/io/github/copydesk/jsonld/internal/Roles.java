package io.github.copydesk.jsonld.internal;

import java.util.Locale;

import io.github.copydesk.model.ContributorRole;

/** The {@code roleName} of each contributor role: the role's name in lower case ("photographer"). */
public final class Roles {

    private Roles() {
    }

    /**
     * The role name written in a schema.org {@code Role}.
     *
     * @param role the role
     * @return its name, such as {@code photographer}
     */
    public static String name(ContributorRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role of a role name, as {@link #name(ContributorRole)} writes it (case-insensitive).
     *
     * @param name the role name
     * @return the role, or {@code null} if the name is not one of Copydesk's
     */
    public static ContributorRole of(String name) {
        for (ContributorRole role : ContributorRole.values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        return null;
    }
}
