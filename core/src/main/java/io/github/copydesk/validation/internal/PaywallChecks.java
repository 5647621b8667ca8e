package io.github.copydesk.validation.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Paywall;

/**
 * The checks of Google's rules about paywalled content. Each constant is the {@link ArticleCheck} of
 * one rule, named by the rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public enum PaywallChecks implements ArticleCheck {

    /** {@code google.paywall.sections.required}: a paywalled article names its paywalled sections. */
    SECTIONS_REQUIRED,
    /** {@code google.paywall.class-selector}: each paywalled section is named by class selectors only. */
    CLASS_SELECTOR;

    /** {@code .name} or several, such as {@code .paywall.premium}: class selectors only. */
    private static final Pattern CLASS_SELECTORS = Pattern.compile(
            "(\\.-?[_a-zA-Z\\u00A0-\\uFFFF][_a-zA-Z0-9\\u00A0-\\uFFFF-]*)+");

    @Override
    public void check(Article article, Consumer<String> report) {
        Paywall paywall = article.paywall();
        if (paywall == null) {
            return;
        }
        switch (this) {
            case SECTIONS_REQUIRED -> {
                if (!paywall.accessibleForFree() && paywall.sections().isEmpty()) {
                    report.accept("paywall.sections");
                }
            }
            case CLASS_SELECTOR -> {
                List<String> sections = paywall.sections();
                for (int i = 0; i < sections.size(); i++) {
                    if (!CLASS_SELECTORS.matcher(sections.get(i).strip()).matches()) {
                        report.accept("paywall.sections[" + i + "]");
                    }
                }
            }
            default -> throw new IllegalStateException("no check for " + this);
        }
    }
}
