package io.github.copydesk.validation.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Media;

/** Walks the parts of an article that the whole-article checks look at, each with its property path. */
final class ArticleParts {

    /** Receives a part and its property path. */
    interface Each<T> {
        void accept(T part, String path);
    }

    private ArticleParts() {
    }

    /** Each media item of a kind ({@code Image}, {@code Video}), in order, at {@code media[i]}. */
    static <T extends Media> void media(Article article, Class<T> kind, Each<T> each) {
        List<Media> media = article.media();
        for (int i = 0; i < media.size(); i++) {
            if (kind.isInstance(media.get(i))) {
                each.accept(kind.cast(media.get(i)), "media[" + i + "]");
            }
        }
    }

    /**
     * Reports {@code media[i]} and the suffix for each media item of a kind whose value is absent:
     * {@code null}, or blank text.
     */
    static <T extends Media> void absent(Article article, Class<T> kind, Function<T, ?> value, String suffix,
            Consumer<String> report) {
        media(article, kind, (item, path) -> {
            Object v = value.apply(item);
            if (v == null || v instanceof CharSequence text && Text.isBlank(text)) {
                report.accept(path + suffix);
            }
        });
    }

    /** Each author of the byline, in order, at {@code byline.contributors[i]}. */
    static void authors(Article article, Each<Contributor> each) {
        if (article.byline() == null) {
            return;
        }
        List<Contributor> contributors = article.byline().contributors();
        for (int i = 0; i < contributors.size(); i++) {
            if (contributors.get(i).role() == ContributorRole.AUTHOR) {
                each.accept(contributors.get(i), "byline.contributors[" + i + "]");
            }
        }
    }
}
