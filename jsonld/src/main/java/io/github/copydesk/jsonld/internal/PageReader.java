package io.github.copydesk.jsonld.internal;

import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.jsonld.internal.graph.Block;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.jsonld.internal.mapping.ArticleReader;
import io.github.copydesk.jsonld.internal.mapping.PageFacts;
import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Inputs;
import io.github.copydesk.read.internal.json.JsonTreeParser;

/**
 * Reads the blocks of one page: parses each within the limits, builds the page's graph, and maps its
 * articles. Immutable and thread-safe: it keeps nothing between calls.
 */
public final class PageReader {

    private final JsonTreeParser parser;
    private final int maxDefinitionsPerId;

    /**
     * A reader.
     *
     * @param limits the limits
     * @param strict whether to read strictly
     */
    public PageReader(ReadLimits limits, boolean strict) {
        this.parser = new JsonTreeParser(limits, strict);
        this.maxDefinitionsPerId = limits.maxDefinitionsPerId();
    }

    /**
     * Reads the blocks of one page.
     *
     * @param blocks the blocks, decoded and checked by {@link Inputs}
     * @param findings where findings go (it may hold findings about the decoding already)
     * @param page what the page says beside its JSON-LD, or {@link PageFacts#NONE}
     * @return the articles and findings
     * @throws ReadException in strict mode for anything not read exactly; in both modes for a limit
     */
    public ReadResult read(List<String> blocks, Findings findings, PageFacts page) {
        JsonTreeParser.Budget budget = new JsonTreeParser.Budget();
        List<Block> parsed = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = new Block(i);
            block.values(parser.parse(blocks.get(i), i, budget, findings, block));
            parsed.add(block);
        }
        try {
            List<Article> articles = new ArticleReader(new NodeGraph(parsed, findings, maxDefinitionsPerId), page).read();
            return new ReadResult(articles, findings.list());
        } catch (ReadException e) {
            throw Inputs.located(e, blocks);
        }
    }
}
