package io.github.copydesk.validation.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Rights;

/**
 * The checks of the rules about the article's images: that there is one, their size and aspect
 * ratios, their license metadata, alt text and credit line. Each is an {@link ArticleCheck} named by
 * its rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public final class ImageChecks {

    /** Google: images should have at least this many pixels. */
    static final long MIN_PIXELS = 50_000;

    private ImageChecks() {
    }

    /**
     * {@code google.image.expected}: the article has an image.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void imageExpected(Article article, Consumer<String> report) {
        if (article.leadImage().isEmpty()) {
            report.accept("media");
        }
    }

    /**
     * {@code google.image.size.minimum}: each image of known size has at least 50,000 pixels.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void sizeMinimum(Article article, Consumer<String> report) {
        ArticleParts.media(article, Image.class, (image, path) -> {
            if (image.width() != null && image.height() != null && (long) image.width() * image.height() < MIN_PIXELS) {
                report.accept(path);
            }
        });
    }

    /**
     * {@code google.image.size.unknown}: each image has a width and a height.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void sizeUnknown(Article article, Consumer<String> report) {
        ArticleParts.media(article, Image.class, (image, path) -> {
            if (image.width() == null || image.height() == null) {
                report.accept(path);
            }
        });
    }

    /**
     * {@code google.image.aspect-ratios}: the images of known size come in at least two aspect ratios,
     * each rounded to two decimals (so 1366x768 counts as 16x9, as it is sold).
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void aspectRatios(Article article, Consumer<String> report) {
        if (article.leadImage().isEmpty()) {
            return;
        }
        Set<Long> ratios = new HashSet<>();
        ArticleParts.media(article, Image.class, (image, path) -> {
            if (image.width() != null && image.height() != null) {
                ratios.add(Math.round(100.0 * image.width() / image.height()));
            }
        });
        if (ratios.size() < 2) {
            report.accept("media");
        }
    }

    /**
     * {@code google.image-license.required}: an image with rights metadata has a URL and a creator,
     * credit line, copyright notice or license.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void licenseRequired(Article article, Consumer<String> report) {
        ArticleParts.media(article, Image.class, (image, path) -> {
            Rights r = image.rights();
            if (!r.isEmpty() && (image.url() == null || (r.creator() == null && Text.isBlankOrNull(image.credit())
                    && Text.isBlankOrNull(r.copyrightNotice()) && r.license() == null))) {
                report.accept(path + ".rights");
            }
        });
    }

    /**
     * {@code google.image-license.recommended}: an image with rights metadata has a license and a page
     * to acquire one.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void licenseRecommended(Article article, Consumer<String> report) {
        ArticleParts.media(article, Image.class, (image, path) -> {
            Rights r = image.rights();
            if (!r.isEmpty() && (r.license() == null || r.acquireLicensePage() == null)) {
                report.accept(path + ".rights");
            }
        });
    }

    /**
     * {@code editorial.image.alt-text.expected}: each image has alt text.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void altTextExpected(Article article, Consumer<String> report) {
        ArticleParts.absent(article, Image.class, Image::altText, ".altText", report);
    }

    /**
     * {@code editorial.image.alt-text.not-caption}: no image's alt text repeats its caption, ignoring
     * white space and the form of quotation marks.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void altTextNotCaption(Article article, Consumer<String> report) {
        ArticleParts.media(article, Image.class, (image, path) -> {
            if (!Text.isBlankOrNull(image.altText()) && image.caption() != null
                    && Text.normalise(image.altText()).equals(Text.normalise(image.caption()))) {
                report.accept(path + ".altText");
            }
        });
    }

    /**
     * {@code editorial.image.credit.expected}: each image has a credit line.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void creditExpected(Article article, Consumer<String> report) {
        ArticleParts.absent(article, Image.class, Image::credit, ".credit", report);
    }
}
