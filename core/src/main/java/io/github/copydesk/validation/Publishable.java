package io.github.copydesk.validation;

/**
 * The publishable profile's non-error rules. Its errors are in {@link jakarta.validation.groups.Default}, so that plain {@code validator.validate(article)} and {@code @Valid} check publishability.
 */
public final class Publishable {

    private Publishable() {
    }

    /** The profile's rules of severity {@link Severity#WARNING} and {@link Severity#INFO}. */
    public interface Advice {
    }
}
