package io.github.copydesk.validation.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Rights;

/**
 * The checks of the rules about the article's images: that there is one, their size and aspect
 * ratios, their license metadata, alt text and credit line. Each constant is the {@link ArticleCheck}
 * of one rule, named by the rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public enum ImageChecks implements ArticleCheck {

    /** {@code google.image.expected}: the article has an image. */
    IMAGE_EXPECTED,
    /** {@code google.image.size.minimum}: each image of known size has at least 50,000 pixels. */
    SIZE_MINIMUM,
    /** {@code google.image.size.unknown}: each image has a width and a height. */
    SIZE_UNKNOWN,
    /**
     * {@code google.image.aspect-ratios}: the images of known size come in at least two aspect ratios,
     * each rounded to two decimals (so 1366x768 counts as 16x9, as it is sold).
     */
    ASPECT_RATIOS,
    /**
     * {@code google.image-license.required}: an image with rights metadata has a URL and a creator,
     * credit line, copyright notice or license.
     */
    LICENSE_REQUIRED,
    /** {@code google.image-license.recommended}: an image with rights metadata has a license and a page to acquire one. */
    LICENSE_RECOMMENDED,
    /** {@code editorial.image.alt-text.expected}: each image has alt text. */
    ALT_TEXT_EXPECTED,
    /**
     * {@code editorial.image.alt-text.not-caption}: no image's alt text repeats its caption, ignoring
     * white space and the form of quotation marks.
     */
    ALT_TEXT_NOT_CAPTION,
    /** {@code editorial.image.credit.expected}: each image has a credit line. */
    CREDIT_EXPECTED;

    @Override
    public void check(Article article, Consumer<String> report) {
        switch (this) {
            case IMAGE_EXPECTED -> {
                if (article.leadImage().isEmpty()) {
                    report.accept("media");
                }
            }
            case SIZE_MINIMUM -> ArticleParts.media(article, Image.class, (image, path) -> {
                if (image.width() != null && image.height() != null && (long) image.width() * image.height() < MIN_PIXELS) {
                    report.accept(path);
                }
            });
            case SIZE_UNKNOWN -> ArticleParts.media(article, Image.class, (image, path) -> {
                if (image.width() == null || image.height() == null) {
                    report.accept(path);
                }
            });
            case ASPECT_RATIOS -> {
                if (article.leadImage().isPresent() && aspectRatios(article) < 2) {
                    report.accept("media");
                }
            }
            case LICENSE_REQUIRED -> ArticleParts.media(article, Image.class, (image, path) -> {
                Rights r = image.rights();
                boolean optedIn = r.license() != null || r.acquireLicensePage() != null;
                if (optedIn && (image.url() == null || (r.creator() == null && Text.isBlankOrNull(image.credit())
                        && Text.isBlankOrNull(r.copyrightNotice()) && r.license() == null))) {
                    report.accept(path + ".rights");
                }
            });
            case LICENSE_RECOMMENDED -> ArticleParts.media(article, Image.class, (image, path) -> {
                Rights r = image.rights();
                if (!r.isEmpty() && (r.license() == null || r.acquireLicensePage() == null)) {
                    report.accept(path + ".rights");
                }
            });
            case ALT_TEXT_EXPECTED -> ArticleParts.absent(article, Image.class, Image::altText, ".altText", report);
            case ALT_TEXT_NOT_CAPTION -> ArticleParts.media(article, Image.class, (image, path) -> {
                if (!Text.isBlankOrNull(image.altText()) && image.caption() != null
                        && Text.normalise(image.altText()).equals(Text.normalise(image.caption()))) {
                    report.accept(path + ".altText");
                }
            });
            case CREDIT_EXPECTED -> ArticleParts.absent(article, Image.class, Image::credit, ".credit", report);
            default -> throw new IllegalStateException("no check for " + this);
        }
    }

    /** Google: images should have at least this many pixels. */
    private static final long MIN_PIXELS = 50_000;

    /** The number of distinct aspect ratios, rounded to two decimals, among the images of known size. */
    private static int aspectRatios(Article article) {
        Set<Long> ratios = new HashSet<>();
        ArticleParts.media(article, Image.class, (image, path) -> {
            if (image.width() != null && image.height() != null) {
                ratios.add(Math.round(100.0 * image.width() / image.height()));
            }
        });
        return ratios.size();
    }
}
