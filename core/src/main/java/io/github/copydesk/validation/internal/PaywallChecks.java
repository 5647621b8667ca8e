package io.github.copydesk.validation.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.github.copydesk.model.Article;

/**
 * The checks of Google's rules about paywalled content. Each is an {@link ArticleCheck} named by its
 * rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public final class PaywallChecks {

    /** {@code .name} or several, such as {@code .paywall.premium}: class selectors only. */
    private static final Pattern CLASS_SELECTOR = Pattern.compile(
            "(\\.-?[_a-zA-Z\\u00A0-\\uFFFF][_a-zA-Z0-9\\u00A0-\\uFFFF-]*)+");

    private PaywallChecks() {
    }

    /**
     * {@code google.paywall.sections.required}: a paywalled article names its paywalled sections.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void sectionsRequired(Article article, Consumer<String> report) {
        if (article.paywall() != null && !article.paywall().accessibleForFree() && article.paywall().sections().isEmpty()) {
            report.accept("paywall.sections");
        }
    }

    /**
     * {@code google.paywall.class-selector}: each paywalled section is named by class selectors only.
     *
     * @param article the article
     * @param report receives the path of each problem
     */
    public static void classSelector(Article article, Consumer<String> report) {
        if (article.paywall() == null) {
            return;
        }
        List<String> sections = article.paywall().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (!CLASS_SELECTOR.matcher(sections.get(i).strip()).matches()) {
                report.accept("paywall.sections[" + i + "]");
            }
        }
    }
}
