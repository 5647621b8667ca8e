package io.github.copydesk.validation.internal;

import java.util.List;
import java.util.function.Consumer;

import io.github.copydesk.internal.ClassSelectors;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Paywall;

/**
 * The checks of Google's rules about paywalled content. Each constant is the {@link ArticleCheck} of
 * one rule, named by the rule's entry in {@link io.github.copydesk.validation.Rule}.
 */
public enum PaywallChecks implements ArticleCheck {

    /** {@code google.paywall.sections.expected}: a paywalled article should name its paywalled sections. */
    SECTIONS_EXPECTED,
    /** {@code google.paywall.class-selector}: each paywalled section is named by class selectors only. */
    CLASS_SELECTOR;

    @Override
    public void check(Article article, Consumer<String> report) {
        Paywall paywall = article.paywall();
        if (paywall == null) {
            return;
        }
        switch (this) {
            case SECTIONS_EXPECTED -> {
                if (!paywall.accessibleForFree() && paywall.sections().isEmpty()) {
                    report.accept("paywall.sections");
                }
            }
            case CLASS_SELECTOR -> {
                List<String> sections = paywall.sections();
                for (int i = 0; i < sections.size(); i++) {
                    if (ClassSelectors.classes(sections.get(i)) == null) {
                        report.accept("paywall.sections[" + i + "]");
                    }
                }
            }
            default -> throw new IllegalStateException("no check for " + this);
        }
    }
}
