package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.internal.BylineFormat;
import io.github.copydesk.internal.Checks;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Definition;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.jsonld.internal.graph.Types;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.TextCleaner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * schema.org {@code Person} and {@code Organization} (and {@code NewsMediaOrganization}) both ways,
 * from their tables. In graph mode a person or organization with a {@code url} (else a first
 * {@code sameAs}) is a node of its own with that {@code @id}, written once and referenced. Reading,
 * a person or organization may be a name as text, or a node; what it is for ({@link Use}) decides its
 * kind when the node does not say, and whether a name may hold a byline ({@link BylineInName}).
 */
final class PartyMapping {

    /** What a party is for: decides its kind when the node does not say, and whether a name may be a byline. */
    enum Use {
        /** An author: a name may hold a byline, and is judged by Google's author-name rules as written. */
        AUTHOR,
        /** An editor or other contributor: a name may hold a byline. */
        CONTRIBUTOR,
        /** A publisher or an affiliation: an organization. */
        ORGANIZATION,
        /** A creator, a speaker: a person unless typed otherwise. */
        PERSON,
        /** A copyright holder: a person or organization as typed, an organization unless typed. */
        HOLDER;

        /** @return whether a name may hold a byline: an author's, an editor's, a contributor's */
        boolean bylines() {
            return this == AUTHOR || this == CONTRIBUTOR;
        }
    }

    static final Table<Person> PERSON = new Table<>(Term.PERSON);
    private static final Property<Person, String> PERSON_NAME = PERSON.add(Term.NAME, Kinds.LINE, Person::name,
            Alias.repair(Term.BYLINE));
    private static final Property<Person, String> HONORIFIC_PREFIX = PERSON.add(Term.HONORIFIC_PREFIX, Kinds.LINE,
            Person::honorificPrefix);
    private static final Property<Person, String> HONORIFIC_SUFFIX = PERSON.add(Term.HONORIFIC_SUFFIX, Kinds.LINE,
            Person::honorificSuffix);
    private static final Property<Person, String> JOB_TITLE = PERSON.add(Term.JOB_TITLE, Kinds.LINE, Person::jobTitle);
    private static final Property<Person, String> DESCRIPTION = PERSON.add(Term.DESCRIPTION, Kinds.LINE, Person::description);
    private static final Property<Person, URI> PERSON_URL = PERSON.add(Term.URL, Kinds.URL, Person::url);
    private static final Property<Person, List<URI>> PERSON_SAME_AS = PERSON.add(Term.SAME_AS, Kinds.URLS, Person::sameAs);
    private static final Property<Person, Organization> AFFILIATION = PERSON.add(Term.AFFILIATION,
            organization(), Person::affiliation);

    static final Table<Organization> ORGANIZATION = new Table<>(Term.ORGANIZATION);
    private static final Property<Organization, String> ORGANIZATION_NAME = ORGANIZATION.add(Term.NAME, Kinds.LINE,
            Organization::name);
    private static final Property<Organization, URI> ORGANIZATION_URL = ORGANIZATION.add(Term.URL, Kinds.URL,
            Organization::url);
    private static final Property<Organization, URI> LOGO = ORGANIZATION.add(Term.LOGO, Kinds.IMAGE_OBJECT_URL,
            Organization::logo);
    private static final Property<Organization, List<URI>> ORGANIZATION_SAME_AS = ORGANIZATION.add(Term.SAME_AS,
            Kinds.URLS, Organization::sameAs);

    private PartyMapping() {
    }

    // ---------------------------------------------------------------------------------------------
    // kinds

    /**
     * One person or organization for a use: the first of several values.
     *
     * @param use what it is for
     * @return the kind
     */
    static Kind<Party> party(Use use) {
        return one(use, Party.class);
    }

    /**
     * One organization (a publisher, an affiliation): the first of several values.
     *
     * @return the kind
     */
    static Kind<Organization> organization() {
        return one(Use.ORGANIZATION, Organization.class);
    }

    /** One party of a type for a use (reading for {@link Use#ORGANIZATION} only ever gives organizations). */
    private static <P extends Party> Kind<P> one(Use use, Class<P> type) {
        return new Kind<>() {
            @Override
            public void write(Writing w, Term term, P value) throws IOException {
                if (value != null) {
                    w.field(term);
                    PartyMapping.write(w, value);
                }
            }

            @Override
            public P read(Reading r, Field f) {
                List<Party> parties = parties(r, r.graph().one(f), use);
                return parties.isEmpty() ? null : type.cast(parties.get(0));
            }
        };
    }

    /**
     * Several people and organizations for a use, written as an array (authors, editors).
     *
     * @param use what they are for
     * @return the kind
     */
    static Kind<List<Party>> parties(Use use) {
        return new Kind<>() {
            @Override
            public void write(Writing w, Term term, List<Party> value) throws IOException {
                if (value != null && !value.isEmpty()) {
                    w.field(term).writeStartArray();
                    for (Party p : value) {
                        PartyMapping.write(w, p);
                    }
                    w.g().writeEndArray();
                }
            }

            @Override
            public List<Party> read(Reading r, Field f) {
                return parties(r, f, use);
            }
        };
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * Writes a person or organization as a value: embedded, or in graph mode a reference to its node.
     *
     * @param w the write
     * @param p the party
     * @throws IOException if the target fails
     */
    static void write(Writing w, Party p) throws IOException {
        String id = w.graph() ? id(p) : null;
        if (id != null) {
            Party known = w.claim(id, p);
            if (known == null || known.equals(p)) {
                JsonGenerator g = w.g();
                g.writeStartObject();
                w.field(Term.ID).writeString(id);
                g.writeEndObject();
                return;
            }
            // another party claims the same @id: embed it whole, without the @id, so nothing merges or is lost
            id = null;
        }
        writeNode(w, p, id);
    }

    /**
     * Writes a person or organization node.
     *
     * @param w the write
     * @param p the party
     * @param id its {@code @id}, or {@code null}
     * @throws IOException if the target fails
     */
    static void writeNode(Writing w, Party p, String id) throws IOException {
        w.g().writeStartObject();
        if (p instanceof Person person) {
            w.type(Term.PERSON);
            if (id != null) {
                w.field(Term.ID).writeString(id);
            }
            PERSON.writeProperties(w, person);
        } else if (p instanceof Organization org) {
            w.type(org.newsMedia() ? Term.NEWS_MEDIA_ORGANIZATION : Term.ORGANIZATION);
            if (id != null) {
                w.field(Term.ID).writeString(id);
            }
            ORGANIZATION.writeProperties(w, org);
        }
        w.g().writeEndObject();
    }

    /**
     * The stable {@code @id} of a person or organization node: its url, else its first sameAs.
     *
     * @param p the party
     * @return the {@code @id}, or {@code null} when it has neither
     */
    static String id(Party p) {
        if (p.url() != null) {
            return p.url().toString();
        }
        return p.sameAs().isEmpty() ? null : p.sameAs().get(0).toString();
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /** The parties of a value: one per element (a byline text in lenient mode may give several). */
    static List<Party> parties(Reading r, Field f, Use use) {
        if (f == null) {
            return List.of();
        }
        List<Party> out = new ArrayList<>(1);
        for (Field e : r.graph().elements(f)) {
            JsonNode v = e.value();
            if (v.isTextual()) {
                out.addAll(fromText(r, e, use));
            } else if (v.isObject()) {
                out.addAll(fromNode(r, e, use));
            } else {
                r.findings().error(ReadCode.VALUE_UNREADABLE, e.block(), e.path(), NodeGraph.describe(v)
                        + " where a person or organization is expected; left out");
            }
        }
        return out;
    }

    private static List<Party> fromText(Reading r, Field f, Use use) {
        String name = r.values().string(f.value().textValue(), TextCleaner.Kind.LINE, f);
        if (name == null) {
            return List.of();
        }
        try {
            if (use.bylines() && r.lenient()) {
                return BylineInName.read(r, name, f, null, use);
            }
            return List.of(use == Use.ORGANIZATION || use == Use.HOLDER ? Organization.of(name) : Person.of(name));
        } catch (IllegalArgumentException e) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), e.getMessage() + "; left out");
            return List.of();
        }
    }

    private static List<Party> fromNode(Reading r, Field f, Use use) {
        Node s = r.graph().resolve(f, true);
        if (s == null) {
            return List.of();
        }
        return r.graph().once(use.name(), s, f, () -> node(r, s, use), List.of());
    }

    private static List<Party> node(Reading r, Node s, Use use) {
        Definition at = s.first();
        Types types = r.graph().types(s, true);
        Term kind = types.firstParty();
        if (types.person() && types.organization()) {
            r.findings().warning(ReadCode.TYPE_REPAIRED, at.block(), at.path().child(Term.TYPE.term()),
                    "typed both as a person and as an organization: read as "
                    + (kind == Term.PERSON ? "a person" : "an organization") + " (the first type)");
        }
        boolean organization = kind != null ? kind != Term.PERSON : use == Use.ORGANIZATION || use == Use.HOLDER;
        if (use == Use.ORGANIZATION && !organization) {
            r.findings().warning(ReadCode.TYPE_REPAIRED, at.block(), at.path(),
                    "a person where an organization is expected: read as an organization");
            organization = true;
        }
        try {
            Party party = organization ? organization(r, s, types) : person(r, s);
            if (r.lenient() && empty(party)) {
                r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), (organization ? "an organization" : "a person")
                        + " with no name and nothing else readable; left out");
                return List.of();
            }
            if (r.lenient() && use.bylines() && party instanceof Person p && p.name() != null
                    && BylineFormat.mayHoldByline(p.name())) {
                Field name = r.graph().get(s, Term.NAME);
                return BylineInName.read(r, p.name(), name != null ? name : new Field(at.node(), at.block(), at.path()), p, use);
            }
            return List.of(party);
        } catch (IllegalArgumentException e) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            return List.of();
        }
    }

    private static boolean empty(Party p) {
        if (p instanceof Person person) {
            return person.name() == null && person.description() == null && person.url() == null
                    && person.sameAs().isEmpty() && person.jobTitle() == null;
        }
        Organization o = (Organization) p;
        return o.name() == null && o.url() == null && o.sameAs().isEmpty() && o.logo() == null;
    }

    private static Person person(Reading r, Node s) {
        Values<Person> v = PERSON.values(r, s);
        String name = v.get(PERSON_NAME);
        Organization affiliation = v.get(AFFILIATION);
        return new Person(name, v.get(DESCRIPTION), v.get(JOB_TITLE), v.get(HONORIFIC_PREFIX), v.get(HONORIFIC_SUFFIX),
                affiliation, v.get(PERSON_URL), orEmpty(v.get(PERSON_SAME_AS)));
    }

    private static Organization organization(Reading r, Node s, Types types) {
        Values<Organization> v = ORGANIZATION.values(r, s);
        return new Organization(v.get(ORGANIZATION_NAME), types.has(Term.NEWS_MEDIA_ORGANIZATION), v.get(ORGANIZATION_URL),
                v.get(LOGO), orEmpty(v.get(ORGANIZATION_SAME_AS)));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Says who the parties are, for a finding.
     *
     * @param parties the parties
     * @return such as {@code 2 contributors: Person "Jane Doe", Person "John Roe" (Staff Writer)}
     */
    static String describe(List<Party> parties) {
        StringBuilder out = new StringBuilder();
        out.append(parties.size()).append(parties.size() == 1 ? " contributor: " : " contributors: ");
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            out.append(i == 0 ? "" : ", ").append(p instanceof Person ? "Person " : "Organization ")
                    .append(Checks.quote(String.valueOf(p.name())));
            if (p instanceof Person person && person.jobTitle() != null) {
                out.append(" (").append(person.jobTitle()).append(')');
            }
            if (p instanceof Person person && person.affiliation() != null) {
                out.append(" of ").append(Checks.quote(String.valueOf(person.affiliation().name())));
            }
        }
        return out.toString();
    }
}
