package io.github.copydesk.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.validation.Rule;

/**
 * The checks of the Google Search and editorial rules that need the whole article. Each reports
 * the property path of every problem it finds to a sink; nothing is reported for a passing article.
 * Stateless and thread-safe.
 */
final class ProfileChecks {

    /** Google: images should have at least this many pixels. */
    static final long MIN_PIXELS = 50_000;
    /** Google: headlines longer than this may be truncated on some devices. */
    static final int HEADLINE_LENGTH = 110;

    private ProfileChecks() {
    }

    static void check(Rule rule, Article a, Consumer<String> report) {
        switch (rule) {
            case GOOGLE_AUTHOR_EXPECTED -> {
                if (authors(a).isEmpty()) {
                    report.accept("byline");
                }
            }
            case GOOGLE_AUTHOR_URL_EXPECTED -> forEachAuthor(a, (c, path) -> {
                if (c.party().url() == null && c.party().sameAs().isEmpty()) {
                    report.accept(path + ".party");
                }
            });
            case GOOGLE_AUTHOR_ONE_PERSON, GOOGLE_AUTHOR_NO_PREFIX, GOOGLE_AUTHOR_NO_JOB_TITLE,
                    GOOGLE_AUTHOR_NO_HONORIFIC, GOOGLE_AUTHOR_NO_PUBLISHER -> forEachAuthor(a, (c, path) -> {
                        String name = c.party().name();
                        if (name != null && AuthorNames.problems(name, c.party() instanceof Person,
                                a.publisher() == null ? null : a.publisher().name()).contains(rule)) {
                            report.accept(path + ".party.name");
                        }
                    });
            case GOOGLE_DATE_PUBLISHED_EXPECTED -> {
                if (a.datePublished() == null) {
                    report.accept("datePublished");
                }
            }
            case GOOGLE_DATE_MODIFIED_EXPECTED -> {
                if (a.dateModified() == null) {
                    report.accept("dateModified");
                }
            }
            case GOOGLE_DATE_TIME_ZONE_EXPECTED -> {
                dateOnly(a.datePublished(), "datePublished", report);
                dateOnly(a.dateModified(), "dateModified", report);
            }
            case GOOGLE_IMAGE_EXPECTED -> {
                if (a.leadImage().isEmpty()) {
                    report.accept("media");
                }
            }
            case GOOGLE_IMAGE_SIZE_MINIMUM -> forEachImage(a, (image, path) -> {
                if (image.width() != null && image.height() != null
                        && (long) image.width() * image.height() < MIN_PIXELS) {
                    report.accept(path);
                }
            });
            case GOOGLE_IMAGE_SIZE_UNKNOWN -> forEachImage(a, (image, path) -> {
                if (image.width() == null || image.height() == null) {
                    report.accept(path);
                }
            });
            case GOOGLE_IMAGE_ASPECT_RATIOS -> {
                if (a.leadImage().isPresent() && aspectRatios(a) < 2) {
                    report.accept("media");
                }
            }
            case GOOGLE_HEADLINE_LENGTH -> {
                if (a.headline() != null && a.headline().codePointCount(0, a.headline().length()) > HEADLINE_LENGTH) {
                    report.accept("headline");
                }
            }
            case GOOGLE_PAYWALL_SECTIONS_REQUIRED -> {
                Paywall p = a.paywall();
                if (p != null && !p.accessibleForFree() && p.sections().isEmpty()) {
                    report.accept("paywall.sections");
                }
            }
            case GOOGLE_PAYWALL_CLASS_SELECTOR -> {
                if (a.paywall() != null) {
                    List<String> sections = a.paywall().sections();
                    for (int i = 0; i < sections.size(); i++) {
                        if (!isClassSelector(sections.get(i))) {
                            report.accept("paywall.sections[" + i + "]");
                        }
                    }
                }
            }
            case GOOGLE_VIDEO_THUMBNAIL_REQUIRED -> forEachVideo(a, (v, path) -> {
                if (v.thumbnail() == null) {
                    report.accept(path + ".thumbnail");
                }
            });
            case GOOGLE_VIDEO_UPLOAD_DATE_REQUIRED -> forEachVideo(a, (v, path) -> {
                if (v.uploadDate() == null) {
                    report.accept(path + ".uploadDate");
                }
            });
            case GOOGLE_VIDEO_DESCRIPTION_EXPECTED -> forEachVideo(a, (v, path) -> {
                if (Text.isBlankOrNull(v.caption())) {
                    report.accept(path + ".caption");
                }
            });
            case GOOGLE_VIDEO_DURATION_EXPECTED -> forEachVideo(a, (v, path) -> {
                if (v.duration() == null) {
                    report.accept(path + ".duration");
                }
            });
            case GOOGLE_VIDEO_CONTENT_URL_EXPECTED -> forEachVideo(a, (v, path) -> {
                if (v.url() == null && v.embedUrl() == null) {
                    report.accept(path);
                }
            });
            case GOOGLE_IMAGE_LICENSE_REQUIRED -> forEachImage(a, (image, path) -> {
                Rights r = image.rights();
                if (!r.isEmpty() && (image.url() == null || (r.creator() == null && Text.isBlankOrNull(image.credit())
                        && Text.isBlankOrNull(r.copyrightNotice()) && r.license() == null))) {
                    report.accept(path + ".rights");
                }
            });
            case GOOGLE_IMAGE_LICENSE_RECOMMENDED -> forEachImage(a, (image, path) -> {
                Rights r = image.rights();
                if (!r.isEmpty() && (r.license() == null || r.acquireLicensePage() == null)) {
                    report.accept(path + ".rights");
                }
            });
            case EDITORIAL_QUOTE_IN_BODY -> quotesInBody(a, report);
            case EDITORIAL_BYLINE_EXPECTED -> {
                if (a.byline() == null) {
                    report.accept("byline");
                }
            }
            case EDITORIAL_DATELINE_EXPECTED -> {
                if (a.dateline() == null) {
                    report.accept("dateline");
                }
            }
            case EDITORIAL_IMAGE_ALT_TEXT_EXPECTED -> forEachImage(a, (image, path) -> {
                if (Text.isBlankOrNull(image.altText())) {
                    report.accept(path + ".altText");
                }
            });
            case EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION -> forEachImage(a, (image, path) -> {
                if (!Text.isBlankOrNull(image.altText()) && image.caption() != null
                        && Text.normalise(image.altText()).equals(Text.normalise(image.caption()))) {
                    report.accept(path + ".altText");
                }
            });
            case EDITORIAL_IMAGE_CREDIT_EXPECTED -> forEachImage(a, (image, path) -> {
                if (Text.isBlankOrNull(image.credit())) {
                    report.accept(path + ".credit");
                }
            });
            case EDITORIAL_KEYWORDS_UNIQUE -> {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < a.keywords().size(); i++) {
                    if (!seen.add(a.keywords().get(i).strip().toLowerCase(Locale.ROOT))) {
                        report.accept("keywords[" + i + "]");
                    }
                }
            }
            default -> throw new IllegalStateException("not a whole-article rule: " + rule);
        }
    }

    private static List<Contributor> authors(Article a) {
        return a.byline() == null ? List.of() : a.byline().withRole(ContributorRole.AUTHOR);
    }

    private interface Each<T> {
        void accept(T item, String path);
    }

    private static void forEachAuthor(Article a, Each<Contributor> each) {
        if (a.byline() == null) {
            return;
        }
        List<Contributor> contributors = a.byline().contributors();
        for (int i = 0; i < contributors.size(); i++) {
            if (contributors.get(i).role() == ContributorRole.AUTHOR) {
                each.accept(contributors.get(i), "byline.contributors[" + i + "]");
            }
        }
    }

    private static void forEachImage(Article a, Each<Image> each) {
        List<Media> media = a.media();
        for (int i = 0; i < media.size(); i++) {
            if (media.get(i) instanceof Image image) {
                each.accept(image, "media[" + i + "]");
            }
        }
    }

    private static void forEachVideo(Article a, Each<Video> each) {
        List<Media> media = a.media();
        for (int i = 0; i < media.size(); i++) {
            if (media.get(i) instanceof Video video) {
                each.accept(video, "media[" + i + "]");
            }
        }
    }

    private static void dateOnly(NewsDate date, String path, Consumer<String> report) {
        if (date != null && date.isDateOnly()) {
            report.accept(path);
        }
    }

    /**
     * The number of distinct aspect ratios among the images of known size, each ratio rounded to two
     * decimals (so 1366x768 counts as 16x9, as it is sold).
     */
    private static int aspectRatios(Article a) {
        Set<Long> ratios = new HashSet<>();
        for (Media m : a.media()) {
            if (m instanceof Image image && image.width() != null && image.height() != null) {
                ratios.add(Math.round(100.0 * image.width() / image.height()));
            }
        }
        return ratios.size();
    }

    /** {@code .name} or several, such as {@code .paywall.premium}: class selectors only. */
    static boolean isClassSelector(String selector) {
        return selector.strip().matches("(\\.-?[_a-zA-Z\\u00A0-\\uFFFF][_a-zA-Z0-9\\u00A0-\\uFFFF-]*)+");
    }

    /**
     * Every quote's words must appear in the body as whole words ("on" is not in "only"); the body is
     * normalised once per article.
     */
    private static void quotesInBody(Article a, Consumer<String> report) {
        if (a.quotes().isEmpty()) {
            return;
        }
        String body = a.body() == null ? "" : Text.normalise(a.body());
        List<Quote> quotes = a.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            String text = quotes.get(i).text();
            if (text != null && !Text.isBlankOrNull(text) && !containsWords(body, Text.normalise(text))) {
                report.accept("quotes[" + i + "].text");
            }
        }
    }

    /** Whether {@code words} occurs in {@code text} not cut out of a longer word at either end. */
    private static boolean containsWords(String text, String words) {
        boolean wordAtStart = Character.isLetterOrDigit(words.codePointAt(0));
        boolean wordAtEnd = Character.isLetterOrDigit(words.codePointBefore(words.length()));
        for (int from = text.indexOf(words); from >= 0; from = text.indexOf(words, from + 1)) {
            int end = from + words.length();
            boolean startOk = !wordAtStart || from == 0 || !Character.isLetterOrDigit(text.codePointBefore(from));
            boolean endOk = !wordAtEnd || end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
