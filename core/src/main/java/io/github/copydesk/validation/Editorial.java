package io.github.copydesk.validation;

/**
 * Bean Validation groups of the editorial profile (see {@link Profile#EDITORIAL}).
 */
public final class Editorial {

    private Editorial() {
    }

    /** The profile's rules of severity {@link Severity#ERROR}. */
    public interface Errors {
    }
    /** The profile's rules of severity {@link Severity#WARNING} and {@link Severity#INFO}. */
    public interface Advice {
    }
}
