package io.github.copydesk.jsonld.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.jsonld.JsonLdException;
import io.github.copydesk.jsonld.ReadFinding;
import io.github.copydesk.model.Article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads the blocks of one page: parses each, then maps them together. Thread-safe (it keeps
 * nothing between calls).
 */
public final class PageReader {

    /** For finding where a value is: forgiving, so that it also walks a block lenient mode repaired. */
    private static final JsonFactory LOCATOR = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Limits limits;
    private final BlockParser parser;

    /**
     * A reader with limits.
     *
     * @param limits the mode and limits
     */
    public PageReader(Limits limits) {
        this.limits = limits;
        this.parser = new BlockParser(limits);
    }

    /**
     * What was read.
     *
     * @param articles the articles
     * @param findings the findings
     */
    public record Outcome(List<Article> articles, List<ReadFinding> findings) {
    }

    /**
     * Reads the blocks of one page.
     *
     * @param blocks the blocks, decoded
     * @param findings where findings go (it may hold findings about the decoding already)
     * @return the articles and findings
     * @throws ReadFailure in strict mode for anything not read exactly; in both modes for a limit
     */
    public Outcome read(List<String> blocks, Findings findings) {
        List<String> texts = new ArrayList<>(blocks.size());
        for (String block : blocks) {
            // a byte order mark is no JSON: read it as the space it stands in for, so that positions stay
            texts.add(block.startsWith("\uFEFF") ? " " + block.substring(1) : block);
        }
        BlockParser.Budget budget = new BlockParser.Budget();
        List<BlockParser.Tree> trees = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            trees.add(parser.parse(texts.get(i), i, budget, findings));
        }
        try {
            List<Article> articles = new ArticleReader(trees, findings).read();
            return new Outcome(articles, findings.list());
        } catch (ReadFailure e) {
            if (e.code() == JsonLdException.Code.INVALID_VALUE && e.where() != null && e.block() >= 0
                    && e.block() < texts.size()) {
                int offset = locate(texts.get(e.block()), e.where().steps());
                if (offset >= 0) {
                    String text = texts.get(e.block());
                    throw e.at(BlockParser.line(text, offset), BlockParser.column(text, offset));
                }
            }
            throw e;
        }
    }

    /** @return the mode and limits */
    public Limits limits() {
        return limits;
    }

    /**
     * Where the value at a path starts in a block.
     *
     * @return the char offset, or -1 when not found
     */
    static int locate(String text, List<Object> steps) {
        try (JsonParser p = LOCATOR.createParser(text)) {
            JsonToken t;
            List<Object> at = new ArrayList<>();
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    continue;
                }
                JsonStreamContext c = p.getParsingContext();
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    c = c.getParent();
                }
                at.clear();
                for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
                    at.add(0, x.inArray() ? (Object) Integer.valueOf(x.getCurrentIndex()) : x.getCurrentName());
                }
                if (at.equals(steps)) {
                    return (int) Math.min(text.length(), Math.max(0, p.currentTokenLocation().getCharOffset()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
