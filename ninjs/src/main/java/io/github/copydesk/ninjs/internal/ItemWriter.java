package io.github.copydesk.ninjs.internal;

import java.io.IOException;

import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsVersion;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes one article as a whole ninjs document. Stateless and thread-safe.
 */
public final class ItemWriter {

    private ItemWriter() {
    }

    /**
     * The {@code uri} an article is written with: its identifier, else its canonical URL.
     *
     * @param article the article
     * @return the uri, in ASCII
     * @throws IllegalArgumentException if the article has neither, or its identifier is not an absolute URI;
     *         the message names {@code uri}
     */
    public static String uri(Article article) {
        return ArticleMapping.uri(article);
    }

    /**
     * Writes the article.
     *
     * @param g the generator
     * @param generation the generation whose names are written
     * @param article the article
     * @param uri its {@code uri}, from {@link #uri(Article)}
     * @throws IOException if the target fails
     */
    public static void write(JsonGenerator g, NinjsVersion generation, Article article, String uri) throws IOException {
        ArticleMapping.write(new Writing(g, generation), article, uri);
    }
}
