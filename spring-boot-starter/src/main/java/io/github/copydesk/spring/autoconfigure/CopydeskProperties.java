package io.github.copydesk.spring.autoconfigure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Copydesk's settings in a Spring Boot application, under {@code copydesk.*}. Every setting is optional: an
 * absent one keeps the library's own default, documented on the type it configures.
 *
 * <pre>
 * copydesk.validation.profiles=publishable,google-search
 * copydesk.validation.disabled-rules=google.image.aspect-ratios
 * copydesk.validation.severities[editorial.dateline.expected]=info
 * copydesk.json-ld.pretty=true
 * copydesk.reader.strict=true
 * copydesk.reader.max-input-size=1MB
 * </pre>
 *
 * @param validation the {@link ArticleValidator}'s settings
 * @param jsonLd the JsonLdWriter's settings
 * @param reader the JsonLdReader's settings
 * @param web the web layer's settings
 */
@ConfigurationProperties("copydesk")
public record CopydeskProperties(@DefaultValue Validation validation, @DefaultValue JsonLd jsonLd,
        @DefaultValue Reader reader, @DefaultValue Web web) {

    /**
     * The {@link ArticleValidator}'s settings.
     *
     * @param profiles the profiles that validate(article, locale) checks (publishable, google-search,
     *        editorial); all three when absent
     * @param disabledRules the ids of rules to switch off, such as google.image.aspect-ratios
     * @param severities the severity to report a rule's findings at, by rule id, such as
     *        copydesk.validation.severities[editorial.dateline.expected]=info
     */
    public record Validation(Set<Profile> profiles, Set<String> disabledRules, Map<String, Severity> severities) {

        /**
         * Configures a builder with these settings.
         *
         * @param builder the builder
         * @return the builder
         * @throws IllegalArgumentException naming the setting and the id, if an id is no rule's
         */
        public ArticleValidator.Builder configure(ArticleValidator.Builder builder) {
            if (profiles != null) {
                builder.profiles(profiles.isEmpty() ? EnumSet.noneOf(Profile.class) : EnumSet.copyOf(profiles));
            }
            if (disabledRules != null) {
                for (String id : disabledRules) {
                    builder.disable(rule("copydesk.validation.disabled-rules", id));
                }
            }
            if (severities != null) {
                severities.forEach((id, severity) -> builder.severity(rule("copydesk.validation.severities", id), severity));
            }
            return builder;
        }

        private static Rule rule(String setting, String id) {
            return Rule.byId(id).orElseThrow(() -> {
                List<String> ids = new ArrayList<>();
                for (Rule rule : Rule.values()) {
                    ids.add(rule.id());
                }
                return new IllegalArgumentException(setting + ": no rule has the id \"" + id + "\"; the rules are " + ids);
            });
        }
    }

    /**
     * The {@code JsonLdWriter}'s settings; each absent one keeps the writer's default.
     *
     * @param pretty whether to indent the JSON-LD (default false)
     * @param graph whether to write one @graph of linked nodes (default false)
     * @param quotes whether to write the quotes as Quotation parts (default true)
     * @param datelineStyle how to format the dateline (ap, reuters, plain); the dateline's text as written when
     *        absent
     */
    public record JsonLd(Boolean pretty, Boolean graph, Boolean quotes, DatelineStyle datelineStyle) {
    }

    /**
     * The {@code JsonLdReader}'s settings; each absent limit keeps its {@link ReadLimits#defaults() default}.
     *
     * @param strict whether to read strictly (reject malformed input with its line and column) rather than
     *        leniently (default false: lenient)
     * @param maxInputSize the largest input read (default ReadLimits.DEFAULT_MAX_INPUT_BYTES)
     * @param maxDepth the deepest nesting of JSON arrays and objects (default ReadLimits.DEFAULT_MAX_DEPTH)
     * @param maxStringLength the longest JSON string, in characters (default ReadLimits.DEFAULT_MAX_STRING_LENGTH)
     * @param maxNodes the most JSON values in one input (default ReadLimits.DEFAULT_MAX_NODES)
     * @param maxDefinitionsPerId the most objects that define one {@code @id} (default
     *        ReadLimits.DEFAULT_MAX_DEFINITIONS_PER_ID)
     */
    public record Reader(@DefaultValue("false") boolean strict, DataSize maxInputSize, Integer maxDepth,
            Integer maxStringLength, Integer maxNodes, Integer maxDefinitionsPerId) {

        /**
         * The limits these settings give.
         *
         * @return the limits
         * @throws IllegalArgumentException if a limit is out of its range
         */
        public ReadLimits limits() {
            ReadLimits limits = ReadLimits.defaults();
            if (maxInputSize != null) {
                limits = limits.withMaxInputBytes(maxInputSize.toBytes());
            }
            if (maxDepth != null) {
                limits = limits.withMaxDepth(maxDepth);
            }
            if (maxStringLength != null) {
                limits = limits.withMaxStringLength(maxStringLength);
            }
            if (maxNodes != null) {
                limits = limits.withMaxNodes(maxNodes);
            }
            if (maxDefinitionsPerId != null) {
                limits = limits.withMaxDefinitionsPerId(maxDefinitionsPerId);
            }
            return limits;
        }
    }

    /**
     * The web layer's settings.
     *
     * @param problemDetails whether to answer a rejected article, and an @Valid article that fails
     *        validation, with an RFC 9457 problem detail (default true)
     */
    public record Web(@DefaultValue("true") boolean problemDetails) {
    }
}
