package io.github.copydesk.validation.internal;

import java.util.Map;
import java.util.Objects;

import io.github.copydesk.validation.Rule;

/**
 * The whole-article checks that the rule registry names, as {@link Rule} hands them over when it is
 * initialized: a rule's check is written once, in its entry, and the validators read it here (the
 * registry cannot give it to them through its public API without making the check part of it).
 *
 * <p>Thread-safe: the table is installed once, during {@link Rule}'s class initialization, and
 * never changed; any thread that holds a {@code Rule} sees it.
 */
public final class RuleChecks {

    private static volatile Map<Rule, ArticleCheck> checks;

    private RuleChecks() {
    }

    /**
     * Installs the registry's checks; {@link Rule} calls this once, from its static initializer.
     *
     * @param table the check of each rule that has one
     * @throws IllegalStateException if the checks were installed before
     */
    public static synchronized void install(Map<Rule, ArticleCheck> table) {
        if (checks != null) {
            throw new IllegalStateException("the rule registry's checks are installed once, by Rule");
        }
        checks = Map.copyOf(table);
    }

    /**
     * The whole-article check a rule's registry entry names.
     *
     * @param rule the rule
     * @return the check, or {@code null} when the rule is checked by field constraints instead
     */
    public static ArticleCheck of(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        // holding a Rule means Rule is initialized, so the table is there
        return checks.get(rule);
    }
}
