package io.github.copydesk.validation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of Copydesk's validation rules: for each rule its stable id, profile, default
 * severity, and for rules that come from an external guideline, its URL. Nothing about a rule is
 * written anywhere else: every Copydesk constraint names its rule, the message is looked up by the
 * rule's id, and the Bean Validation group is derived from the profile and severity.
 *
 * <p>Ids have the form {@code profile.subject.rule} and never change once released.
 */
public enum Rule {

    /** The headline is present and not blank. */
    HEADLINE_REQUIRED("publishable.headline.required"),
    /** The headline is a single line. */
    HEADLINE_SINGLE_LINE("publishable.headline.single-line"),
    /** The headline contains no HTML or XML markup. */
    HEADLINE_NO_MARKUP("publishable.headline.no-markup"),
    /** The modification date is not before the publication date. */
    DATE_MODIFIED_NOT_BEFORE_PUBLISHED("publishable.date-modified.not-before-published"),
    /** The creation date is not after the publication date. */
    DATE_CREATED_NOT_AFTER_PUBLISHED("publishable.date-created.not-after-published"),
    /** The canonical URL is present. */
    URL_REQUIRED("publishable.url.required"),
    /** Every media item has a URL. */
    MEDIA_URL_REQUIRED("publishable.media.url.required"),
    /** Every video has a name. */
    VIDEO_NAME_REQUIRED("publishable.video.name.required"),
    /** Every contributor of the byline has a non-blank name. */
    CONTRIBUTOR_NAME_REQUIRED("publishable.contributor.name.required"),
    /** Every quote has words. */
    QUOTE_TEXT_REQUIRED("publishable.quote.text.required"),
    /** Every quote has a speaker. */
    QUOTE_SPEAKER_REQUIRED("publishable.quote.speaker.required"),
    /** Every speaker has a non-blank name, or, for an unnamed source, a description. */
    SPEAKER_NAME_REQUIRED("publishable.quote.speaker.name.required"),
    /** A dateline, when present, has a locality. */
    DATELINE_LOCALITY_REQUIRED("publishable.dateline.locality.required"),
    /** Text fields hold no control characters; the body may hold line breaks and tabs. */
    TEXT_NO_CONTROL_CHARACTERS("publishable.text.no-control-characters");

    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        for (Rule rule : values()) {
            BY_ID.put(rule.id, rule);
        }
    }

    private final String id;
    private final Profile profile;
    private final Severity severity;
    private final URI guideline;

    Rule(String id) {
        this(id, Profile.PUBLISHABLE, Severity.ERROR, null);
    }

    Rule(String id, Profile profile, Severity severity, String guideline) {
        if (!id.startsWith(profile.id() + ".")) {
            throw new IllegalStateException("rule id " + id + " must start with its profile " + profile.id());
        }
        this.id = id;
        this.profile = profile;
        this.severity = severity;
        this.guideline = guideline == null ? null : URI.create(guideline);
    }

    /**
     * The stable id, also the key of the rule's message in Copydesk's message bundle.
     *
     * @return the id, such as {@code publishable.headline.required}
     */
    public String id() {
        return id;
    }

    /** @return the profile the rule belongs to */
    public Profile profile() {
        return profile;
    }

    /** @return the severity the rule has unless a validator is configured otherwise */
    public Severity severity() {
        return severity;
    }

    /** @return the URL of the external guideline the rule comes from, if any */
    public Optional<URI> guideline() {
        return Optional.ofNullable(guideline);
    }

    /**
     * The Bean Validation group of the rule's constraints, derived from profile and severity.
     *
     * @return the group
     */
    public Class<?> group() {
        return profile.group(severity);
    }

    /**
     * The message template of the rule's constraint violations: the rule id in braces.
     *
     * @return {@code "{" + id() + "}"}
     */
    public String messageTemplate() {
        return "{" + id + "}";
    }

    /**
     * Looks a rule up by id.
     *
     * @param id the id
     * @return the rule, or empty if no rule has that id
     */
    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds the rule whose {@link #messageTemplate()} a violation carries.
     *
     * @param template a message template
     * @return the rule, or empty if the template is not a rule's
     */
    public static Optional<Rule> byMessageTemplate(String template) {
        if (template == null || template.length() < 3 || template.charAt(0) != '{'
                || template.charAt(template.length() - 1) != '}') {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_ID.get(template.substring(1, template.length() - 1)));
    }
}
