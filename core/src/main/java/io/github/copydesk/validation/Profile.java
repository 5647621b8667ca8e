package io.github.copydesk.validation;

import jakarta.validation.groups.Default;

/**
 * A set of rules with one purpose. Each profile is split into Bean Validation groups by severity,
 * so that a framework that blocks on any violation of a group (Spring's {@code @Validated}) can block
 * on errors alone.
 *
 * <table class="striped">
 * <caption>Profiles and their groups</caption>
 * <tr><th>profile</th><th>errors group</th><th>warnings and information group</th></tr>
 * <tr><td>{@link #PUBLISHABLE}</td><td>{@link Default}</td><td>{@link Publishable.Advice}</td></tr>
 * <tr><td>{@link #GOOGLE_SEARCH}</td><td>{@link GoogleSearch.Errors}</td><td>{@link GoogleSearch.Advice}</td></tr>
 * <tr><td>{@link #EDITORIAL}</td><td>{@link Editorial.Errors}</td><td>{@link Editorial.Advice}</td></tr>
 * </table>
 *
 * <p>Groups combine by inheritance: {@link SearchReady} is the publishable and Google Search errors in
 * one group, {@link AllErrors} every profile's errors.
 */
public enum Profile {
    /** Whether a draft can be published at all; the errors are in the {@code Default} group. */
    PUBLISHABLE("publishable", Default.class, Publishable.Advice.class),
    /** Google Search structured-data guidelines for articles, paywalls, videos and image licenses. */
    GOOGLE_SEARCH("google", GoogleSearch.Errors.class, GoogleSearch.Advice.class),
    /** Newsroom quality: quote integrity, bylines and datelines, accessibility, credits. */
    EDITORIAL("editorial", Editorial.Errors.class, Editorial.Advice.class);

    private final String id;
    private final Class<?> errors;
    private final Class<?> advice;

    Profile(String id, Class<?> errors, Class<?> advice) {
        this.id = id;
        this.errors = errors;
        this.advice = advice;
    }

    /**
     * The stable identifier, the first part of each of the profile's rule ids.
     *
     * @return {@code publishable}, {@code google} or {@code editorial}
     */
    public String id() {
        return id;
    }

    /**
     * The profile of a rule id: the one its id starts with.
     *
     * @param ruleId a rule id, such as {@code google.author.expected}
     * @return the profile
     * @throws IllegalArgumentException if no profile's id starts it
     */
    static Profile ofRuleId(String ruleId) {
        for (Profile profile : values()) {
            if (ruleId.startsWith(profile.id + ".")) {
                return profile;
            }
        }
        throw new IllegalArgumentException("no profile for the rule id " + ruleId);
    }

    /**
     * The Bean Validation group that holds the profile's rules of the given severity.
     *
     * @param severity the severity
     * @return the errors group for {@link Severity#ERROR}, otherwise the advice group
     */
    public Class<?> group(Severity severity) {
        return severity == Severity.ERROR ? errors : advice;
    }

    /**
     * Both groups of the profile.
     *
     * @return the errors group, then the advice group
     */
    public Class<?>[] groups() {
        return new Class<?>[] {errors, advice};
    }
}
