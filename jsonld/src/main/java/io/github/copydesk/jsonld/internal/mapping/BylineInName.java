package io.github.copydesk.jsonld.internal.mapping;

import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.internal.BylineFormat;
import io.github.copydesk.internal.Checks;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.read.ReadCode;

/**
 * A name that holds a byline ("By Jane Doe and John Roe, Staff Writers"), as pages write in an
 * author's name (lenient mode): read with {@link Byline#parse(CharSequence)} into one person or
 * organization each, reported when it is more than a name. Stateless and thread-safe.
 */
final class BylineInName {

    private BylineInName() {
    }

    /**
     * Reads a name as a byline.
     *
     * @param r the read
     * @param name the name, cleaned
     * @param f where it is
     * @param node the person read from a node whose name this is, or {@code null} for a name given as text
     * @param use what the name is for: an author's name as written is judged by Google's author-name rules
     * @return the people and organizations, at least one
     */
    static List<Party> read(Reading r, String name, Field f, Person node, PartyMapping.Use use) {
        List<Contributor> parsed;
        try {
            parsed = name.length() <= BylineFormat.MAX_LENGTH ? Byline.parse(name).contributors() : List.of();
        } catch (IllegalArgumentException e) {
            parsed = List.of();
        }
        if (parsed.isEmpty()) {
            return List.of(node != null ? node : Person.of(name));
        }
        List<Party> parties = new ArrayList<>(parsed.size());
        for (Contributor c : parsed) {
            parties.add(c.party());
        }
        if (parties.size() == 1) {
            Party only = parties.get(0);
            if (only instanceof Person p && name.equals(p.name()) && p.jobTitle() == null && p.affiliation() == null) {
                return List.of(node != null ? node : p);
            }
            if (only instanceof Organization o && name.equals(o.name()) && node == null) {
                return List.of(o);
            }
            if (node != null) {
                if (!(only instanceof Person p)) {
                    return List.of(node);
                }
                Person merged = node.withName(p.name());
                if (merged.jobTitle() == null) {
                    merged = merged.withJobTitle(p.jobTitle());
                }
                if (merged.affiliation() == null) {
                    merged = merged.withAffiliation(p.affiliation());
                }
                split(r, f, use, name, "a byline in a name (" + Checks.quote(name) + "): read as "
                        + PartyMapping.describe(List.of(merged)));
                return List.of(merged);
            }
        }
        split(r, f, use, name, "a byline in one value (" + Checks.quote(name) + "): read as "
                + PartyMapping.describe(parties));
        return parties;
    }

    /**
     * Reports a split: an author's name is judged by Google's author-name rules once the article's
     * publisher is known ({@link Reading#judgeAuthorSplits(String)}); another name's split is a repair.
     */
    private static void split(Reading r, Field f, PartyMapping.Use use, String name, String message) {
        if (use == PartyMapping.Use.AUTHOR) {
            r.authorSplit(name, f, message);
        } else {
            r.findings().warning(ReadCode.BYLINE_SPLIT, f.block(), f.path(), message);
        }
    }
}
