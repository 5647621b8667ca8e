package io.github.copydesk.jsonld.internal.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Definition;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.jsonld.internal.graph.Types;
import io.github.copydesk.model.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the articles of a page's graph: the nodes of an Article type at the top of each block (the
 * block's object, the elements of a top-level array, the members of {@code @graph}) and their
 * {@code mainEntity}, each article once however often it is defined or referenced. Nodes nested as
 * property values are not articles of their own. One instance per read; not thread-safe.
 */
public final class ArticleReader {

    private final NodeGraph graph;
    private final Reading r;
    private final PageFacts page;

    /**
     * A reader of one page's graph.
     *
     * @param graph the graph
     * @param page what the page says beside its JSON-LD, or {@link PageFacts#NONE}
     */
    public ArticleReader(NodeGraph graph, PageFacts page) {
        this.graph = graph;
        this.r = Reading.of(graph);
        this.page = page;
    }

    /**
     * Reads the articles.
     *
     * @return the articles, in document order
     */
    public List<Article> read() {
        List<Article> articles = new ArrayList<>();
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> seenIds = new HashSet<>();
        Set<String> candidateIds = new HashSet<>();
        for (Definition candidate : graph.candidates()) {
            // the node of an @id is read from its first candidate: the others are the same node
            JsonNode id = candidate.node().get(Term.ID.term());
            if (id != null && id.isTextual() && !candidateIds.add(id.textValue())) {
                continue;
            }
            Node s = graph.node(candidate);
            Types types = graph.types(s, false);
            if (types.article()) {
                add(s, types, seen, seenIds, articles);
                continue;
            }
            Field main = graph.get(s, Term.MAIN_ENTITY);
            if (main == null) {
                continue;
            }
            for (Field f : graph.elements(main)) {
                if (f.value().isObject() && !seen.contains(f.value())) {
                    Node m = graph.resolve(f, false);
                    if (m != null) {
                        Types mt = graph.types(m, false);
                        if (mt.article()) {
                            add(m, mt, seen, seenIds, articles);
                        }
                    }
                }
            }
        }
        return articles;
    }

    private void add(Node s, Types types, Set<ObjectNode> seen, Set<String> seenIds, List<Article> articles) {
        for (Definition d : s.defs()) {
            if (!seen.add(d.node())) {
                return;
            }
        }
        if (s.id() != null && !seenIds.add(s.id())) {
            return;
        }
        graph.types(s, true);
        Article article = ArticleMapping.read(r, s, types, page);
        if (article != null) {
            articles.add(article);
        }
    }
}
