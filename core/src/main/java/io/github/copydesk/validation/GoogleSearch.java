package io.github.copydesk.validation;

/**
 * Bean Validation groups of the Google Search profile (see {@link Profile#GOOGLE_SEARCH}).
 */
public final class GoogleSearch {

    private GoogleSearch() {
    }

    /** The profile's rules of severity {@link Severity#ERROR}. */
    public interface Errors {
    }
    /** The profile's rules of severity {@link Severity#WARNING} and {@link Severity#INFO}. */
    public interface Advice {
    }
}
