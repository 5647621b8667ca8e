package io.github.copydesk.jsonld.internal.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.model.ArticleType;

/**
 * What the types of a node say: its NewsArticle types, its other Article types, the other terms
 * among its types, and the first of them that makes it a person or an organization.
 */
public final class Types {

    private final List<ArticleType> news = new ArrayList<>();
    private final List<String> otherArticles = new ArrayList<>();
    private final Set<Term> terms = EnumSet.noneOf(Term.class);
    private Term firstParty;

    void add(ArticleType type) {
        news.add(type);
    }

    void add(Term term) {
        terms.add(term);
        if (Term.OTHER_ARTICLE_TYPES.contains(term)) {
            otherArticles.add(term.term());
        }
        if (firstParty == null && (term == Term.PERSON || Term.ORGANIZATION_TYPES.contains(term))) {
            firstParty = term;
        }
    }

    /** @return the NewsArticle types, in the order written */
    public List<ArticleType> news() {
        return news;
    }

    /** @return the Article types that are not NewsArticle types, in the order written */
    public List<String> otherArticles() {
        return otherArticles;
    }

    /**
     * Whether a term is among the types.
     *
     * @param term the term
     * @return whether it is
     */
    public boolean has(Term term) {
        return terms.contains(term);
    }

    /** @return whether the node is an article of some kind */
    public boolean article() {
        return !news.isEmpty() || !otherArticles.isEmpty();
    }

    /** @return whether the node is typed as a person */
    public boolean person() {
        return terms.contains(Term.PERSON);
    }

    /** @return whether the node is typed as an organization of some kind */
    public boolean organization() {
        for (Term t : terms) {
            if (Term.ORGANIZATION_TYPES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first type that makes the node a person or an organization, or {@code null} */
    public Term firstParty() {
        return firstParty;
    }
}
