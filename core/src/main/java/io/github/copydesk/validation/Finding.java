package io.github.copydesk.validation;

import java.net.URI;
import java.util.Objects;

/**
 * One thing validation found about an article.
 *
 * @param severity how serious it is
 * @param rule the stable id of the rule that found it ({@link Rule#id()}, or a house rule's id)
 * @param path where: the property path in the article ({@code media[0].url}), empty for the
 *        article as a whole
 * @param message what is wrong and how to fix it, in the locale the validation was asked for
 * @param guideline the URL of the external guideline the rule comes from, or {@code null}
 */
public record Finding(Severity severity, String rule, String path, String message, URI guideline) {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if a parameter other than {@code guideline} is null
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line a person can act on: severity, rule, where, the message and the guideline in angle
     * brackets (no word of a language: the message is in the validation's locale).
     *
     * @return the line, such as {@code ERROR publishable.url.required at url: ...}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder()
                .append(severity).append(' ').append(rule)
                .append(" at ").append(path.isEmpty() ? "(article)" : path)
                .append(": ").append(message);
        if (guideline != null) {
            out.append(" <").append(guideline).append('>');
        }
        return out.toString();
    }
}
