package io.github.copydesk.jsonld.internal.mapping;

import java.util.List;
import java.util.Locale;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Party;
import io.github.copydesk.read.ReadCode;

/**
 * schema.org {@code Role} both ways: a contributor other than an author or editor, written as
 * {@code contributor} wrapped in a {@code Role} whose {@code roleName} is the role's name in lower case
 * ({@code photographer}), so that the role and the order survive. Read: a {@code Role}, or a person or
 * organization given directly (a contributor). Stateless and thread-safe.
 */
final class RoleMapping {

    static final Table<Contributor> ROLE = new Table<>(Term.ROLE);
    private static final Property<Contributor, String> ROLE_NAME = ROLE.add(Term.ROLE_NAME, Kinds.LINE,
            c -> name(c.role()));
    private static final Property<Contributor, Party> PARTY = ROLE.add(Term.CONTRIBUTOR,
            PartyMapping.party(PartyMapping.Use.CONTRIBUTOR), Contributor::party);

    /** The contributors in {@code Role}s, written as an array. */
    static final Kind<List<Contributor>> ROLES = ROLE.array(RoleMapping::contributors);

    private RoleMapping() {
    }

    /**
     * The role name written in a schema.org {@code Role}.
     *
     * @param role the role
     * @return its name, such as {@code photographer}
     */
    static String name(ContributorRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role of a role name, as {@link #name(ContributorRole)} writes it (case-insensitive).
     *
     * @param name the role name
     * @return the role, or {@code null} if the name is not one of Copydesk's
     */
    static ContributorRole of(String name) {
        for (ContributorRole role : ContributorRole.values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        return null;
    }

    private static void contributors(Reading r, Field e, List<Contributor> out) {
        ContributorRole role = ContributorRole.CONTRIBUTOR;
        Field party = e;
        if (e.value().isObject()) {
            Node n = r.graph().resolve(e, true);
            if (n == null) {
                return;
            }
            if (r.graph().types(n, true).has(Term.ROLE)) {
                Values<Contributor> v = ROLE.values(r, n);
                String name = v.get(ROLE_NAME);
                ContributorRole named = name == null ? null : of(name);
                if (named == null) {
                    r.findings().warning(ReadCode.VALUE_REPAIRED, n.first().block(), n.first().path().child(Term.ROLE_NAME.term()),
                            (name == null ? "a Role without a roleName" : "the roleName " + Checks.quote(name)
                                    + " is not one of Copydesk's roles") + ": read as a contributor");
                } else {
                    role = named;
                }
                // the party of a Role may be a byline that reads as several: each gets the role
                party = r.graph().get(n, PARTY.term());
                if (party == null) {
                    r.findings().error(ReadCode.VALUE_UNREADABLE, n.first().block(), n.first().path(),
                            "a Role without a contributor; left out");
                    return;
                }
            }
        }
        for (Party p : PartyMapping.parties(r, party, PartyMapping.Use.CONTRIBUTOR)) {
            out.add(Contributor.of(role, p));
        }
    }
}
