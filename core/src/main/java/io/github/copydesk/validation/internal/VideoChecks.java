package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Video;

/**
 * The checks of Google's rules about the article's videos. Each constant is the {@link ArticleCheck}
 * of one rule, named by the rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public enum VideoChecks implements ArticleCheck {

    /** {@code google.video.thumbnail.required}: each video has a thumbnail. */
    THUMBNAIL_REQUIRED,
    /** {@code google.video.upload-date.required}: each video has an upload date. */
    UPLOAD_DATE_REQUIRED,
    /** {@code google.video.description.expected}: each video has a description, its caption. */
    DESCRIPTION_EXPECTED,
    /** {@code google.video.duration.expected}: each video has a duration. */
    DURATION_EXPECTED,
    /** {@code google.video.content-url.expected}: each video has a content URL or an embed URL. */
    CONTENT_URL_EXPECTED;

    @Override
    public void check(Article article, Consumer<String> report) {
        switch (this) {
            case THUMBNAIL_REQUIRED -> ArticleParts.absent(article, Video.class, Video::thumbnail, ".thumbnail", report);
            case UPLOAD_DATE_REQUIRED -> ArticleParts.absent(article, Video.class, Video::uploadDate, ".uploadDate", report);
            case DESCRIPTION_EXPECTED -> ArticleParts.absent(article, Video.class, Video::caption, ".caption", report);
            case DURATION_EXPECTED -> ArticleParts.absent(article, Video.class, Video::duration, ".duration", report);
            case CONTENT_URL_EXPECTED -> ArticleParts.media(article, Video.class, (video, path) -> {
                if (video.url() == null && video.embedUrl() == null) {
                    report.accept(path);
                }
            });
            default -> throw new IllegalStateException("no check for " + this);
        }
    }
}
