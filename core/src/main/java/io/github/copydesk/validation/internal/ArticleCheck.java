package io.github.copydesk.validation.internal;

import java.util.function.Consumer;

import io.github.copydesk.model.Article;

/**
 * The check of a rule that needs the whole article, named by the rule's entry in the registry
 * ({@link io.github.copydesk.validation.Rule}) and run by {@link ArticleRulesValidator}. The checks are
 * the constants of enums named after their subject ({@link BylineChecks}, {@link DateChecks},
 * {@link ImageChecks}, {@link VideoChecks}, {@link PaywallChecks}, {@link StoryChecks}): constants
 * rather than method references, so that naming 33 checks in the registry costs no class generation
 * at start-up. Each is stateless and thread-safe.
 */
@FunctionalInterface
public interface ArticleCheck {

    /**
     * Checks an article, reporting nothing when it passes.
     *
     * @param article the article, not null
     * @param report receives the property path of each problem, in the form Bean Validation writes it
     *        ({@code byline}, {@code media[1]}, {@code media[0].altText}, {@code ""} for the article)
     */
    void check(Article article, Consumer<String> report);
}
