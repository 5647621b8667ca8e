package io.github.copydesk.validation;

/**
 * How serious a finding is.
 */
public enum Severity {
    /** The article must not be published (or is not eligible for the feature) until this is fixed. */
    ERROR,
    /** Publishing is possible, but the article loses quality or search features. */
    WARNING,
    /** Worth knowing; nothing to fix, or nothing that can be checked. */
    INFO
}
