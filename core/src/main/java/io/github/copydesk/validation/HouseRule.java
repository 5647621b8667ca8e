package io.github.copydesk.validation;

import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.copydesk.model.Article;

/**
 * A newsroom's own rule, checked by an {@link ArticleValidator} beside Copydesk's rules.
 *
 * <pre>{@code
 * HouseRule noExclamation = HouseRule.of("house.headline.no-exclamation", Severity.WARNING,
 *         "Headlines do not shout: remove the exclamation mark.",
 *         article -> article.headline() != null && article.headline().contains("!") ? List.of("headline") : List.of());
 * ArticleValidator validator = ArticleValidator.builder().addRule(noExclamation).build();
 * }</pre>
 *
 * <p>The message is looked up by the rule's id in the application's {@code ValidationMessages}
 * bundle in the locale of each validation, so it can be translated; the default message is used
 * where the bundle has none. Immutable; the check must be thread-safe.
 */
public final class HouseRule {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9][a-z0-9-]*)+");

    private final String id;
    private final Severity severity;
    private final String message;
    private final Check check;

    /** What a house rule checks. */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks an article.
         *
         * @param article the article
         * @return the property path of each problem found ({@code "headline"}, {@code "media[0].caption"},
         *         {@code ""} for the article as a whole); empty when the article passes
         */
        Collection<String> violations(Article article);
    }

    private HouseRule(String id, Severity severity, String message, Check check) {
        this.id = id;
        this.severity = severity;
        this.message = message;
        this.check = check;
    }

    /**
     * A house rule.
     *
     * @param id a stable id of dot-separated lower-case words, such as {@code house.headline.no-exclamation};
     *        Copydesk's prefixes {@code publishable.}, {@code google.} and {@code editorial.} are reserved
     * @param severity how serious a finding is
     * @param message what is wrong and how to fix it, used where {@code ValidationMessages} has no entry for the id
     * @param check the check
     * @return the rule
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if the id is malformed or reserved, or the message is blank
     */
    public static HouseRule of(String id, Severity severity, String message, Check check) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(check, "check");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be dot-separated lower-case words such as house.headline.no-exclamation: \"" + id + "\"");
        }
        for (Profile profile : Profile.values()) {
            if (id.startsWith(profile.id() + ".")) {
                throw new IllegalArgumentException("id must not use Copydesk's reserved prefix " + profile.id() + ".: \"" + id + "\"");
            }
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        return new HouseRule(id, severity, message, check);
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the severity */
    public Severity severity() {
        return severity;
    }

    /** @return the default message */
    public String message() {
        return message;
    }

    /** @return the check */
    public Check check() {
        return check;
    }

    @Override
    public String toString() {
        return "HouseRule[" + id + ", " + severity + "]";
    }
}
