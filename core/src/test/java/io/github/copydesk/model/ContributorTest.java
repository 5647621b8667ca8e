package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContributorTest {

    private static final Person JANE = Person.of("Jane Doe");

    // --- null checks, one per required parameter ------------------------------------------------

    @Test
    void constructor_nullParty_throwsNamingParty() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Contributor(null, ContributorRole.AUTHOR));
        assertEquals("party", e.getMessage());
    }

    @Test
    void constructor_nullRole_throwsNamingRole() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Contributor(JANE, null));
        assertEquals("role", e.getMessage());
    }

    @Test
    void of_nullRole_throwsNamingRole() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Contributor.of(null, JANE));
        assertEquals("role", e.getMessage());
    }

    @Test
    void of_nullParty_throwsNamingParty() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Contributor.of(ContributorRole.EDITOR, null));
        assertEquals("party", e.getMessage());
    }

    @Test
    void author_nullParty_throwsNamingParty() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Contributor.author(null));
        assertEquals("party", e.getMessage());
    }

    // --- factories ---------------------------------------------------------------------------------

    @Test
    void of_roleAndParty_keepsBoth() {
        Contributor editor = Contributor.of(ContributorRole.EDITOR, JANE);
        assertSame(JANE, editor.party());
        assertEquals(ContributorRole.EDITOR, editor.role());
    }

    @Test
    void of_argumentOrder_isRoleThenParty() {
        assertEquals(new Contributor(JANE, ContributorRole.PHOTOGRAPHER), Contributor.of(ContributorRole.PHOTOGRAPHER, JANE));
    }

    @Test
    void author_person_hasAuthorRole() {
        Contributor author = Contributor.author(JANE);
        assertSame(JANE, author.party());
        assertEquals(ContributorRole.AUTHOR, author.role());
    }

    @Test
    void author_organization_isAgencyByline() {
        Organization ap = Organization.newsMedia("The Associated Press");
        assertEquals(new Contributor(ap, ContributorRole.AUTHOR), Contributor.author(ap));
    }

    // --- equality ----------------------------------------------------------------------------------

    @Test
    void equals_sameRoleAndParty_isEqualWithSameHashCode() {
        Contributor a = Contributor.author(Person.of("Jane Doe"));
        Contributor b = Contributor.author(Person.of("Jane Doe"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void equals_otherRole_isNotEqual() {
        assertNotEquals(Contributor.author(JANE), Contributor.of(ContributorRole.EDITOR, JANE));
    }

    @Test
    void equals_otherParty_isNotEqual() {
        assertNotEquals(Contributor.author(JANE), Contributor.author(Person.of("John Roe")));
    }
}
