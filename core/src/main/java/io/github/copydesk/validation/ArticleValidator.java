package io.github.copydesk.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.internal.CopydeskMessageInterpolator;
import io.github.copydesk.validation.internal.Messages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Validates {@link Article}s against Copydesk's rules and returns a {@link ValidationReport}.
 *
 * <p>All instances share one Jakarta {@link Validator}, built lazily on first use from the default
 * provider with no XML configuration scan and no Expression Language: its {@link MessageInterpolator}
 * leaves each message template as it is, and Copydesk resolves the templates of the findings once,
 * in the locale of the call. So an application needs a Jakarta Validation provider (Hibernate
 * Validator is the tested one) but no EL implementation. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ArticleValidator.create().validate(article, Locale.ENGLISH);
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>A validator can switch rules off, change their severity, and add the newsroom's own rules:
 * {@code ArticleValidator.builder().disable(Rule.URL_REQUIRED).severity(Rule.VIDEO_NAME_REQUIRED, Severity.WARNING)
 * .addRule(houseRule).build()}. A changed severity changes the findings, not the Bean Validation group
 * a rule is declared in: with plain Bean Validation, a rule stays in the group of its default severity.
 */
public final class ArticleValidator {

    private static final ArticleValidator DEFAULT = new ArticleValidator(Set.of(), Map.of(), List.of());

    private final Set<Rule> disabled;
    private final Map<Rule, Severity> severities;
    private final List<HouseRule> houseRules;

    private ArticleValidator(Set<Rule> disabled, Map<Rule, Severity> severities, List<HouseRule> houseRules) {
        this.disabled = disabled;
        this.severities = severities;
        this.houseRules = houseRules;
    }

    /**
     * The validator with every rule on, at its default severity.
     *
     * @return the validator
     */
    public static ArticleValidator create() {
        return DEFAULT;
    }

    /**
     * A builder for a configured validator.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A {@link MessageInterpolator} that resolves Copydesk's message keys (rule ids) and the
     * application's {@code ValidationMessages}, with no Expression Language; for applications that
     * bootstrap their own {@link Validator} and want Copydesk's messages in its violations.
     *
     * @return the interpolator, reading {@code ValidationMessages} through the context class loader
     */
    public static MessageInterpolator messageInterpolator() {
        return new CopydeskMessageInterpolator(new Messages(userLoader()));
    }

    /**
     * The languages Copydesk writes its messages in: English and German. A locale of another language gets
     * English, unless the application's {@code ValidationMessages} bundle has messages in it.
     *
     * @return the languages, English first
     */
    public static List<Locale> languages() {
        return Messages.LANGUAGES;
    }

    /**
     * Validates an article against every profile, and the house rules.
     *
     * @param article the article
     * @param locale the locale of the messages
     * @return the report
     * @throws NullPointerException if a parameter is null
     * @throws jakarta.validation.ValidationException if no Jakarta Validation provider is available
     */
    public ValidationReport validate(Article article, Locale locale) {
        return validate(article, locale, EnumSet.allOf(Profile.class));
    }

    /**
     * Validates an article against the given profiles, and the house rules (which run whatever the
     * profiles).
     *
     * @param article the article
     * @param locale the locale of the messages
     * @param profiles the profiles to check
     * @return the report
     * @throws NullPointerException if a parameter is null
     * @throws jakarta.validation.ValidationException if no Jakarta Validation provider is available
     */
    public ValidationReport validate(Article article, Locale locale, Set<Profile> profiles) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(profiles, "profiles");
        List<Finding> findings = new ArrayList<>();
        if (!profiles.isEmpty()) {
            List<Class<?>> groups = new ArrayList<>();
            for (Profile profile : profiles) {
                Collections.addAll(groups, profile.groups());
            }
            Shared shared = Shared.INSTANCE;
            Set<ConstraintViolation<Article>> violations = shared.validator.validate(article, groups.toArray(new Class<?>[0]));
            for (ConstraintViolation<Article> violation : violations) {
                toFinding(violation, locale, shared.interpolator).ifPresent(findings::add);
            }
        }
        for (HouseRule rule : houseRules) {
            checkHouseRule(rule, article, locale, findings);
        }
        return ValidationReport.of(findings);
    }

    /**
     * The finding this validator reports for a rule at a path, as it would for a violation found in an
     * article: for what a rule finds outside the model, such as an author's name as a page publishes it
     * ({@link Rule#authorName(String, boolean, String)}) at its JSON path.
     *
     * @param rule the rule
     * @param path where, such as {@code $.author[0].name}
     * @param locale the locale of the message
     * @return the finding at the rule's severity for this validator, or empty when the rule is switched off
     * @throws NullPointerException if a parameter is null
     */
    public Optional<Finding> judge(Rule rule, String path, Locale locale) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        if (disabled.contains(rule)) {
            return Optional.empty();
        }
        String message = MessagesHolder.INTERPOLATOR.interpolate(rule.messageTemplate(), Map.of(), locale);
        return Optional.of(new Finding(severities.getOrDefault(rule, rule.severity()), rule.id(), path, message,
                rule.guideline().orElse(null)));
    }

    /** Copydesk's messages, for findings made without a provider's violation. */
    private static final class MessagesHolder {
        static final CopydeskMessageInterpolator INTERPOLATOR = new CopydeskMessageInterpolator(new Messages(userLoader()));
    }

    private static void checkHouseRule(HouseRule rule, Article article, Locale locale, List<Finding> findings) {
        java.util.Collection<String> paths;
        try {
            paths = rule.check().violations(article);
        } catch (RuntimeException e) {
            throw new IllegalStateException("house rule " + rule.id() + " failed: " + e, e);
        }
        if (paths == null || paths.isEmpty()) {
            return;
        }
        String message = HouseMessages.INSTANCE.get(rule.id(), locale);
        for (String path : paths) {
            if (path == null) {
                throw new IllegalStateException("house rule " + rule.id() + " returned a null path");
            }
            findings.add(new Finding(rule.severity(), rule.id(), path, message != null ? message : rule.message(), null));
        }
    }

    /** The application's messages for house rules, read only when a house rule finds something. */
    private static final class HouseMessages {
        static final Messages INSTANCE = new Messages(userLoader());
    }

    private Optional<Finding> toFinding(ConstraintViolation<Article> violation, Locale locale,
            CopydeskMessageInterpolator interpolator) {
        String template = violation.getMessageTemplate();
        Optional<Rule> rule = Rule.byMessageTemplate(template);
        if (rule.isPresent() && disabled.contains(rule.get())) {
            return Optional.empty();
        }
        String path = violation.getPropertyPath().toString();
        String message = interpolator.interpolate(template,
                violation.getConstraintDescriptor().getAttributes(), locale);
        if (rule.isEmpty()) {
            // a constraint that is not one of Copydesk's rules, declared by the application
            return Optional.of(new Finding(Severity.ERROR, template, path, message, null));
        }
        Rule r = rule.get();
        return Optional.of(new Finding(severities.getOrDefault(r, r.severity()), r.id(), path, message,
                r.guideline().orElse(null)));
    }

    private static ClassLoader userLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ArticleValidator.class.getClassLoader();
    }

    /** The one Jakarta validator, built on first use. */
    private static final class Shared {
        static final Shared INSTANCE = new Shared();

        final CopydeskMessageInterpolator interpolator = MessagesHolder.INTERPOLATOR;
        final Validator validator;

        private Shared() {
            ValidatorFactory factory = Validation.byDefaultProvider()
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new TemplatesOnly())
                    .traversableResolver(new Everything())
                    .buildValidatorFactory();
            validator = factory.getValidator();
        }
    }

    /**
     * Leaves messages as their templates: {@link #toFinding} interpolates each finding's template
     * once, in the locale of the call, so the provider need not do it too.
     */
    private static final class TemplatesOnly implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    /** Every property is reachable and cascadable: Copydesk's model has no lazy loading. */
    private static final class Everything implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> root, Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> root, Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    }

    /**
     * Configures an {@link ArticleValidator}. Mutable and not thread-safe.
     */
    public static final class Builder {
        private final Set<Rule> disabled = EnumSet.noneOf(Rule.class);
        private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
        private final List<HouseRule> houseRules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a house rule of the newsroom's own.
         *
         * @param rule the rule
         * @return this builder
         * @throws NullPointerException if {@code rule} is null
         * @throws IllegalArgumentException if a rule with the same id was added before
         */
        public Builder addRule(HouseRule rule) {
            Objects.requireNonNull(rule, "rule");
            for (HouseRule added : houseRules) {
                if (added.id().equals(rule.id())) {
                    throw new IllegalArgumentException("a house rule with id " + rule.id() + " was added before");
                }
            }
            houseRules.add(rule);
            return this;
        }

        /**
         * Switches a rule off.
         *
         * @param rule the rule
         * @return this builder
         * @throws NullPointerException if {@code rule} is null
         */
        public Builder disable(Rule rule) {
            disabled.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Reports a rule's findings at another severity.
         *
         * @param rule the rule
         * @param severity the severity to report
         * @return this builder
         * @throws NullPointerException if a parameter is null
         */
        public Builder severity(Rule rule, Severity severity) {
            severities.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Builds the validator. The Jakarta validator itself is built lazily, on first validation.
         *
         * @return the validator
         */
        public ArticleValidator build() {
            return new ArticleValidator(Set.copyOf(disabled), Map.copyOf(severities), List.copyOf(houseRules));
        }
    }
}
