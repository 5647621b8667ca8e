package io.github.copydesk.validation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.copydesk.validation.internal.ArticleCheck;
import io.github.copydesk.validation.internal.ArticleRulesValidator;
import io.github.copydesk.validation.internal.BylineChecks;
import io.github.copydesk.validation.internal.DateChecks;
import io.github.copydesk.validation.internal.ImageChecks;
import io.github.copydesk.validation.internal.PaywallChecks;
import io.github.copydesk.validation.internal.RuleChecks;
import io.github.copydesk.validation.internal.StoryChecks;
import io.github.copydesk.validation.internal.VideoChecks;

/**
 * The registry of Copydesk's validation rules: for each rule its stable id, profile, default
 * severity, for rules that come from an external guideline its URL, and how it is checked. Nothing
 * about a rule is written anywhere else:
 * <ul>
 * <li>its Bean Validation {@linkplain #group() group} is derived from its profile and severity, never
 *     declared;</li>
 * <li>a rule that needs the whole article (an author's name against the publisher, a quote against the
 *     body, the order of the dates) names its check in its entry here, and the article's
 *     {@link io.github.copydesk.validation.constraints.ArticleRules @ArticleRules} constraint of its
 *     group runs it;</li>
 * <li>a rule about one value (a required headline, a URL of each media item) is checked by a field
 *     constraint of the model that names it ({@code @Required(rule = Rule.URL_REQUIRED)});</li>
 * <li>its message is looked up by its id in Copydesk's message bundle.</li>
 * </ul>
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
    /**
     * The modification date is not before the publication date: a warning, since a story edited at 14:12
     * and scheduled for 18:00 truthfully carries an earlier modification date.
     */
    DATE_MODIFIED_NOT_BEFORE_PUBLISHED("publishable.date-modified.not-before-published", Severity.WARNING, null,
            DateChecks.MODIFIED_NOT_BEFORE_PUBLISHED),
    /** The creation date is not after the publication date: a warning, as for the modification date. */
    DATE_CREATED_NOT_AFTER_PUBLISHED("publishable.date-created.not-after-published", Severity.WARNING, null,
            DateChecks.CREATED_NOT_AFTER_PUBLISHED),
    /** The publication date is not before the embargo lifts. */
    DATE_PUBLISHED_NOT_BEFORE_EMBARGO("publishable.date-published.not-before-embargo", Severity.ERROR, null,
            DateChecks.PUBLISHED_NOT_BEFORE_EMBARGO),
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
    /** Text fields hold no control characters; the body may hold line breaks and tabs. */
    TEXT_NO_CONTROL_CHARACTERS("publishable.text.no-control-characters"),

    // Google Search: articles
    /** The article names no author at all (one finding, not one per missing property). */
    GOOGLE_AUTHOR_EXPECTED("google.author.expected", Severity.WARNING, Guides.ARTICLE, BylineChecks.AUTHOR_EXPECTED),
    /** Each author has a {@code url} or {@code sameAs} that identifies them. */
    GOOGLE_AUTHOR_URL_EXPECTED("google.author.url.expected", Severity.WARNING, Guides.ARTICLE, BylineChecks.AUTHOR_URL_EXPECTED),
    /** Each author entry names one person: no "A and B", "A, B". */
    GOOGLE_AUTHOR_ONE_PERSON("google.author.name.one-person", Severity.ERROR, Guides.ARTICLE, BylineChecks.AUTHOR_ONE_PERSON),
    /** An author's name does not start with "By" or "Posted by". */
    GOOGLE_AUTHOR_NO_PREFIX("google.author.name.no-prefix", Severity.ERROR, Guides.ARTICLE, BylineChecks.AUTHOR_NO_PREFIX),
    /** An author's name holds no job title ("Staff Writer"). */
    GOOGLE_AUTHOR_NO_JOB_TITLE("google.author.name.no-job-title", Severity.ERROR, Guides.ARTICLE, BylineChecks.AUTHOR_NO_JOB_TITLE),
    /** An author's name holds no honorific ("Dr.", "PhD"). */
    GOOGLE_AUTHOR_NO_HONORIFIC("google.author.name.no-honorific", Severity.ERROR, Guides.ARTICLE, BylineChecks.AUTHOR_NO_HONORIFIC),
    /**
     * An author's name holds no publisher or other organization ("Jane Doe | Reuters"), and a person's
     * name is not the publisher's.
     */
    GOOGLE_AUTHOR_NO_PUBLISHER("google.author.name.no-publisher", Severity.ERROR, Guides.ARTICLE, BylineChecks.AUTHOR_NO_PUBLISHER),
    /** An author's name holds no initials or handle after it ("Elena Muster (emu)"): not the name, not an organization. */
    GOOGLE_AUTHOR_NO_INITIALS("google.author.name.no-initials", Severity.WARNING, Guides.ARTICLE, BylineChecks.AUTHOR_NO_INITIALS),
    /** The article has a publication date. */
    GOOGLE_DATE_PUBLISHED_EXPECTED("google.date-published.expected", Severity.WARNING, Guides.ARTICLE, DateChecks.PUBLISHED_EXPECTED),
    /** The article has a modification date. */
    GOOGLE_DATE_MODIFIED_EXPECTED("google.date-modified.expected", Severity.WARNING, Guides.ARTICLE, DateChecks.MODIFIED_EXPECTED),
    /** Publication and modification dates carry a time and time zone. */
    GOOGLE_DATE_TIME_ZONE_EXPECTED("google.date.time-zone.expected", Severity.WARNING, Guides.ARTICLE, DateChecks.TIME_ZONE_EXPECTED),
    /** The article has an image. */
    GOOGLE_IMAGE_EXPECTED("google.image.expected", Severity.WARNING, Guides.ARTICLE, ImageChecks.IMAGE_EXPECTED),
    /** Each image has at least 50,000 pixels (width times height). */
    GOOGLE_IMAGE_SIZE_MINIMUM("google.image.size.minimum", Severity.WARNING, Guides.ARTICLE, ImageChecks.SIZE_MINIMUM),
    /** An image's size is unknown, so its pixel count cannot be checked. */
    GOOGLE_IMAGE_SIZE_UNKNOWN("google.image.size.unknown", Severity.INFO, Guides.ARTICLE, ImageChecks.SIZE_UNKNOWN),
    /** Images in several aspect ratios (16x9, 4x3, 1x1) are recommended; only one is given. */
    GOOGLE_IMAGE_ASPECT_RATIOS("google.image.aspect-ratios", Severity.INFO, Guides.ARTICLE, ImageChecks.ASPECT_RATIOS),
    /** A headline over 110 characters may be truncated on some devices. */
    GOOGLE_HEADLINE_LENGTH("google.headline.length", Severity.INFO, Guides.ARTICLE, StoryChecks.HEADLINE_LENGTH),

    // Google Search: paywalled content
    /**
     * A paywalled article should name its paywalled sections by CSS selector: Google requires only
     * {@code isAccessibleForFree} and recommends {@code hasPart.cssSelector} "for more granularity".
     */
    GOOGLE_PAYWALL_SECTIONS_EXPECTED("google.paywall.sections.expected", Severity.WARNING, Guides.PAYWALL, PaywallChecks.SECTIONS_EXPECTED),
    /** Paywalled sections are named by class selectors only ({@code .paywall}). */
    GOOGLE_PAYWALL_CLASS_SELECTOR("google.paywall.class-selector", Severity.ERROR, Guides.PAYWALL, PaywallChecks.CLASS_SELECTOR),

    // Google Search: videos
    /** Each video has a thumbnail URL. */
    GOOGLE_VIDEO_THUMBNAIL_REQUIRED("google.video.thumbnail.required", Severity.ERROR, Guides.VIDEO, VideoChecks.THUMBNAIL_REQUIRED),
    /** Each video has an upload date. */
    GOOGLE_VIDEO_UPLOAD_DATE_REQUIRED("google.video.upload-date.required", Severity.ERROR, Guides.VIDEO, VideoChecks.UPLOAD_DATE_REQUIRED),
    /** Each video has a description (its caption). */
    GOOGLE_VIDEO_DESCRIPTION_EXPECTED("google.video.description.expected", Severity.WARNING, Guides.VIDEO, VideoChecks.DESCRIPTION_EXPECTED),
    /** Each video has a duration. */
    GOOGLE_VIDEO_DURATION_EXPECTED("google.video.duration.expected", Severity.WARNING, Guides.VIDEO, VideoChecks.DURATION_EXPECTED),
    /** Each video has a content URL or an embed URL. */
    GOOGLE_VIDEO_CONTENT_URL_EXPECTED("google.video.content-url.expected", Severity.WARNING, Guides.VIDEO, VideoChecks.CONTENT_URL_EXPECTED),

    // Google Search: image license metadata
    /**
     * An image that opts into Google's license metadata (it has a license or a page to acquire one) has a
     * URL and a creator, credit, copyright notice or license.
     */
    GOOGLE_IMAGE_LICENSE_REQUIRED("google.image-license.required", Severity.ERROR, Guides.LICENSE, ImageChecks.LICENSE_REQUIRED),
    /** An image with rights metadata also has a license and a page to acquire one (recommended). */
    GOOGLE_IMAGE_LICENSE_RECOMMENDED("google.image-license.recommended", Severity.INFO, Guides.LICENSE, ImageChecks.LICENSE_RECOMMENDED),

    // Editorial
    /** Every quote's words appear in the body, after normalising quotation marks, apostrophes and white space. */
    EDITORIAL_QUOTE_IN_BODY("editorial.quote.in-body", Severity.ERROR, null, StoryChecks.QUOTES_IN_BODY),
    /** A news article has a byline. */
    EDITORIAL_BYLINE_EXPECTED("editorial.byline.expected", Severity.WARNING, null, BylineChecks.BYLINE_EXPECTED),
    /** A news article has a dateline: information, since most newsrooms put none on local stories. */
    EDITORIAL_DATELINE_EXPECTED("editorial.dateline.expected", Severity.INFO, null, StoryChecks.DATELINE_EXPECTED),
    /** A dateline names its locality (AP: the city first). */
    EDITORIAL_DATELINE_LOCALITY_EXPECTED("editorial.dateline.locality.expected", Severity.WARNING, null,
            StoryChecks.DATELINE_LOCALITY_EXPECTED),
    /** Every image has alt text. */
    EDITORIAL_IMAGE_ALT_TEXT_EXPECTED("editorial.image.alt-text.expected", Severity.WARNING, null, ImageChecks.ALT_TEXT_EXPECTED),
    /** Alt text does not repeat the caption word for word. */
    EDITORIAL_IMAGE_ALT_TEXT_NOT_CAPTION("editorial.image.alt-text.not-caption", Severity.INFO, null, ImageChecks.ALT_TEXT_NOT_CAPTION),
    /** Every image carries a credit line. */
    EDITORIAL_IMAGE_CREDIT_EXPECTED("editorial.image.credit.expected", Severity.WARNING, null, ImageChecks.CREDIT_EXPECTED),
    /** Keywords are unique, ignoring case. */
    EDITORIAL_KEYWORDS_UNIQUE("editorial.keywords.unique", Severity.WARNING, null, StoryChecks.KEYWORDS_UNIQUE);

    /** The Google Search guidelines the rules come from (as they stood in 2026). */
    private static final class Guides {
        static final String ARTICLE = "https://developers.google.com/search/docs/appearance/structured-data/article";
        static final String PAYWALL = "https://developers.google.com/search/docs/appearance/structured-data/paywalled-content";
        static final String VIDEO = "https://developers.google.com/search/docs/appearance/structured-data/video";
        static final String LICENSE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata";
    }

    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        Map<Rule, ArticleCheck> checks = new HashMap<>();
        for (Rule rule : values()) {
            BY_ID.put(rule.id, rule);
            if (rule.check != null) {
                checks.put(rule, rule.check);
            }
        }
        RuleChecks.install(checks);
    }

    private final String id;
    private final Profile profile;
    private final Severity severity;
    private final URI guideline;
    /** The check of a rule that needs the whole article; null for a rule that field constraints check. */
    private final ArticleCheck check;

    /** A publishable error that constraints on the model's fields check. */
    Rule(String id) {
        this(id, Profile.PUBLISHABLE, Severity.ERROR, null, null);
    }

    /** A rule that needs the whole article, in the profile its id starts with, with the guideline it comes from. */
    Rule(String id, Severity severity, String guideline, ArticleCheck check) {
        this(id, Profile.ofRuleId(id), severity, guideline, check);
    }

    Rule(String id, Profile profile, Severity severity, String guideline, ArticleCheck check) {
        if (!id.startsWith(profile.id() + ".")) {
            throw new IllegalStateException("rule id " + id + " must start with its profile " + profile.id());
        }
        this.id = id;
        this.profile = profile;
        this.severity = severity;
        this.guideline = guideline == null ? null : URI.create(guideline);
        this.check = check;
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
     * The author-name rules ({@code google.author.name.*}) that a name, as written, breaks: for a reader
     * that repairs a page's author name ("By Jane Doe" read as "Jane Doe") and must still say what the
     * page got wrong, and for a CMS that checks a name before it builds a byline.
     *
     * @param name the name as written
     * @param person whether the author is a person (an organization's name is only checked for "By")
     * @param publisher the publisher's name, or {@code null}
     * @return the rules it breaks, in registry order; none for a plain name
     * @throws NullPointerException if {@code name} is null
     */
    public static java.util.List<Rule> authorName(String name, boolean person, String publisher) {
        Objects.requireNonNull(name, "name");
        java.util.List<Rule> broken = new java.util.ArrayList<>(2);
        java.util.Set<BylineChecks> checks = BylineChecks.brokenBy(name, person, publisher); // the name read once
        for (Rule rule : values()) {
            if (rule.check instanceof BylineChecks check && checks.contains(check)) {
                broken.add(rule);
            }
        }
        return java.util.List.copyOf(broken);
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
        // the violation that stands for a rule's places past the most reported is the rule's too
        String own = template.endsWith(ArticleRulesValidator.MORE)
                ? template.substring(0, template.length() - ArticleRulesValidator.MORE.length()) : template;
        return own.length() < 3 || own.charAt(own.length() - 1) != '}' ? Optional.empty()
                : Optional.ofNullable(BY_ID.get(own.substring(1, own.length() - 1)));
    }
}
