package io.github.copydesk.jsonld.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.copydesk.jsonld.internal.Term;

/**
 * What the tables say, for those who check them against schema.org (the conformance tests) and for
 * documentation: the terms each type is written with, in order. Stateless and thread-safe.
 */
public final class Mappings {

    private Mappings() {
    }

    /**
     * The keys of an article node, in the order they are written: {@code @context} (compact form),
     * {@code @type}, {@code @id} (graph form), then the properties.
     *
     * @return the terms
     */
    public static List<Term> articleOrder() {
        List<Term> order = new ArrayList<>(List.of(Term.CONTEXT, Term.TYPE, Term.ID));
        order.addAll(ArticleMapping.ARTICLE.terms());
        return List.copyOf(order);
    }

    /**
     * The schema.org types other than the article's that Copydesk writes, each with the properties it
     * is written with, in order.
     *
     * @return the properties of each type
     */
    public static Map<Term, List<Term>> nodeTypes() {
        Map<Term, List<Term>> types = new LinkedHashMap<>();
        for (Table<?> table : List.of(PartyMapping.PERSON, PartyMapping.ORGANIZATION, RoleMapping.ROLE, MediaMapping.IMAGE,
                MediaMapping.VIDEO, MediaMapping.AUDIO, PlaceMapping.PLACE, PlaceMapping.ADDRESS, PartMapping.QUOTATION,
                PartMapping.SECTION, CorrectionMapping.CORRECTION)) {
            types.put(table.type(), List.copyOf(table.terms()));
        }
        types.put(Term.NEWS_MEDIA_ORGANIZATION, types.get(Term.ORGANIZATION));
        types.put(Term.WEB_PAGE, List.of(Term.URL));
        return types;
    }
}
