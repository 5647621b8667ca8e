package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Party;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes one article as the whole JSON document: one article node, or in graph mode one
 * {@code @graph} of the article, its {@code WebPage} and each person and organization with an
 * {@code @id}. One instance per write: it holds the graph-mode node registry. Not thread-safe, never shared.
 */
public final class ArticleWriter {

    private final Writing w;

    /**
     * A writer for one article.
     *
     * @param g the generator
     * @param graph whether to write one {@code @graph} of linked nodes
     * @param quotes whether to write quotes as {@code Quotation} parts
     * @param datelineStyle the style of the dateline text, or {@code null} for the text as written
     */
    public ArticleWriter(JsonGenerator g, boolean graph, boolean quotes, DatelineStyle datelineStyle) {
        this.w = new Writing(g, graph, quotes, datelineStyle);
    }

    /**
     * Writes the article.
     *
     * @param a the article
     * @throws IOException if the target fails
     */
    public void write(Article a) throws IOException {
        if (!w.graph()) {
            ArticleMapping.write(w, a);
            return;
        }
        if (a.url() != null) {
            // the page's and the article's @id are taken: a person or organization whose url is the
            // canonical URL must not merge with them
            w.claim(ArticleMapping.pageId(a.url()), Writing.PAGE);
            w.claim(ArticleMapping.articleId(a.url()), Writing.PAGE);
        }
        JsonGenerator g = w.g();
        g.writeStartObject();
        w.field(Term.CONTEXT).writeString(ArticleMapping.SCHEMA_ORG);
        w.field(Term.GRAPH).writeStartArray();
        ArticleMapping.write(w, a);
        if (a.url() != null) {
            g.writeStartObject();
            w.type(Term.WEB_PAGE);
            w.field(Term.ID).writeString(ArticleMapping.pageId(a.url()));
            w.field(Term.URL).writeString(a.url().toString());
            g.writeEndObject();
        }
        for (Party party = w.nextPending(); party != null; party = w.nextPending()) {
            PartyMapping.writeNode(w, party, PartyMapping.id(party));
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
