package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Video;

/**
 * The checks of Google's rules about the article's videos. Each is an {@link ArticleCheck} named by
 * its rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public final class VideoChecks {

    private VideoChecks() {
    }

    /**
     * {@code google.video.thumbnail.required}: each video has a thumbnail.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void thumbnailRequired(Article article, Consumer<String> report) {
        ArticleParts.absent(article, Video.class, Video::thumbnail, ".thumbnail", report);
    }

    /**
     * {@code google.video.upload-date.required}: each video has an upload date.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void uploadDateRequired(Article article, Consumer<String> report) {
        ArticleParts.absent(article, Video.class, Video::uploadDate, ".uploadDate", report);
    }

    /**
     * {@code google.video.description.expected}: each video has a description, its caption.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void descriptionExpected(Article article, Consumer<String> report) {
        ArticleParts.absent(article, Video.class, Video::caption, ".caption", report);
    }

    /**
     * {@code google.video.duration.expected}: each video has a duration.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void durationExpected(Article article, Consumer<String> report) {
        ArticleParts.absent(article, Video.class, Video::duration, ".duration", report);
    }

    /**
     * {@code google.video.content-url.expected}: each video has a content URL or an embed URL.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void contentUrlExpected(Article article, Consumer<String> report) {
        ArticleParts.media(article, Video.class, (video, path) -> {
            if (video.url() == null && video.embedUrl() == null) {
                report.accept(path);
            }
        });
    }
}
