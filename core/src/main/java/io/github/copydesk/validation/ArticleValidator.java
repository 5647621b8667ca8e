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
import java.util.ServiceConfigurationError;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.internal.CopydeskMessageInterpolator;
import io.github.copydesk.validation.internal.Messages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidationProviderResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.bootstrap.GenericBootstrap;

/**
 * Validates {@link Article}s against Copydesk's rules and returns a {@link ValidationReport}.
 *
 * <p>Unless a builder names another source, all instances share one Jakarta {@link Validator}, built
 * lazily on first use from the default provider with no XML configuration scan and no Expression
 * Language: its {@link MessageInterpolator} leaves each message template as it is, and Copydesk
 * resolves the templates of the findings once, in the locale of the call. So an application needs a
 * Jakarta Validation provider (Hibernate Validator, {@code org.hibernate.validator:hibernate-validator},
 * is the tested one) but no EL implementation. Without a provider every validation throws a
 * {@link ValidationException} that says which dependency to add; the validator stays usable, and
 * validates once a provider can be found. Where the default lookup finds no provider (an OSGi
 * container), {@link Builder#providerResolver} names one, and {@link Builder#validatorFactory} reuses the
 * application's own factory (Spring's). Instances are immutable and thread-safe.
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

    private static final ArticleValidator DEFAULT = new ArticleValidator(Set.of(), Map.of(), List.of(),
            Collections.unmodifiableSet(EnumSet.allOf(Profile.class)), Engine.DEFAULT);

    /** What every validation says when no provider can be found; names the dependency to add. */
    static final String NO_PROVIDER = "Copydesk found no Jakarta Validation provider. Add one to the application's"
            + " dependencies, such as Hibernate Validator (org.hibernate.validator:hibernate-validator, 9.x; no"
            + " Expression Language implementation is needed), or, where the default lookup cannot see it (an OSGi"
            + " container), name it with ArticleValidator.builder().providerResolver(...) or .validatorFactory(...).";

    private final Set<Rule> disabled;
    private final Map<Rule, Severity> severities;
    private final List<HouseRule> houseRules;
    private final Set<Profile> profiles;
    private final Engine engine;

    private ArticleValidator(Set<Rule> disabled, Map<Rule, Severity> severities, List<HouseRule> houseRules,
            Set<Profile> profiles, Engine engine) {
        this.disabled = disabled;
        this.severities = severities;
        this.houseRules = houseRules;
        this.profiles = profiles;
        this.engine = engine;
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
     * Validates an article against the validator's profiles (every profile unless the builder chose
     * others), and the house rules.
     *
     * @param article the article
     * @param locale the locale of the messages
     * @return the report
     * @throws NullPointerException if a parameter is null
     * @throws ValidationException if no Jakarta Validation provider is available; the message says which
     *         dependency to add
     */
    public ValidationReport validate(Article article, Locale locale) {
        return validate(article, locale, profiles);
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
     * @throws ValidationException if no Jakarta Validation provider is available; the message says which
     *         dependency to add
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
            Set<ConstraintViolation<Article>> violations = engine.validator().validate(article, groups.toArray(new Class<?>[0]));
            CopydeskMessageInterpolator interpolator = MessagesHolder.INTERPOLATOR;
            for (ConstraintViolation<Article> violation : violations) {
                toFinding(violation, locale, interpolator).ifPresent(findings::add);
            }
        }
        for (HouseRule rule : houseRules) {
            checkHouseRule(rule, article, locale, findings);
        }
        return ValidationReport.of(findings, locale);
    }

    /**
     * The profiles that {@link #validate(Article, Locale)} checks.
     *
     * @return the profiles; unmodifiable
     */
    public Set<Profile> profiles() {
        return profiles;
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
        return Optional.of(finding(rule, path, message));
    }

    /**
     * Copydesk's interpolator of the findings' templates (of violations, and of findings made without one);
     * reads the application's bundle through the context class loader of first use.
     */
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
        if (rule.isPresent() && !violation.getRootBean().expresses(path)) {
            // the article's source cannot say it (a wire item has no web URL): no rule demands it
            return Optional.empty();
        }
        String message = interpolator.interpolate(template,
                violation.getConstraintDescriptor().getAttributes(), locale);
        if (rule.isEmpty()) {
            // a constraint that is not one of Copydesk's rules, declared by the application
            return Optional.of(new Finding(Severity.ERROR, template, path, message, null));
        }
        return Optional.of(finding(rule.get(), path, message));
    }

    /** A rule's finding: at the severity this validator gives the rule, with the rule's guideline. */
    private Finding finding(Rule rule, String path, String message) {
        return new Finding(severities.getOrDefault(rule, rule.severity()), rule.id(), path, message, rule.guideline().orElse(null));
    }

    private static ClassLoader userLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ArticleValidator.class.getClassLoader();
    }

    /**
     * Where the Jakarta validator comes from: built on first use and kept. A failed bootstrap is not kept
     * (nothing is built in a static initialiser), so every call reports it, and a later call can succeed.
     */
    private static final class Engine {
        /** The default provider, shared by every validator that names no other source. */
        static final Engine DEFAULT = new Engine(null, null);

        private final ValidationProviderResolver resolver;
        private final ValidatorFactory factory;
        private volatile Validator validator;

        Engine(ValidationProviderResolver resolver, ValidatorFactory factory) {
            this.resolver = resolver;
            this.factory = factory;
        }

        Validator validator() {
            Validator built = validator;
            if (built == null) {
                synchronized (this) {
                    built = validator;
                    if (built == null) {
                        built = build();
                        validator = built;
                    }
                }
            }
            return built;
        }

        private Validator build() {
            if (factory != null) {
                return factory.usingContext()
                        .messageInterpolator(new TemplatesOnly())
                        .traversableResolver(new Everything())
                        .getValidator();
            }
            GenericBootstrap bootstrap = Validation.byDefaultProvider();
            if (resolver != null) {
                bootstrap.providerResolver(resolver);
            }
            try {
                return bootstrap.configure()
                        .ignoreXmlConfiguration()
                        .messageInterpolator(new TemplatesOnly())
                        .traversableResolver(new Everything())
                        .buildValidatorFactory()
                        .getValidator();
            } catch (NoProviderFoundException e) {
                throw new ValidationException(NO_PROVIDER, e);
            } catch (ServiceConfigurationError | LinkageError e) {
                // a provider named in META-INF/services whose classes (or dependencies) are missing
                throw new ValidationException(NO_PROVIDER + " (The provider found could not be loaded: " + e + ")", e);
            }
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
        private EnumSet<Profile> profiles = EnumSet.allOf(Profile.class);
        private ValidationProviderResolver resolver;
        private ValidatorFactory factory;

        private Builder() {
        }

        /**
         * Chooses the profiles that {@link ArticleValidator#validate(Article, Locale)} checks; every profile
         * unless set.
         *
         * @param profiles the profiles, possibly none (then only house rules run)
         * @return this builder
         * @throws NullPointerException if {@code profiles} or one of its elements is null
         */
        public Builder profiles(Set<Profile> profiles) {
            Objects.requireNonNull(profiles, "profiles");
            EnumSet<Profile> copy = EnumSet.noneOf(Profile.class);
            for (Profile profile : profiles) {
                copy.add(Objects.requireNonNull(profile, "profiles[]"));
            }
            this.profiles = copy;
            return this;
        }

        /**
         * Finds the Jakarta Validation provider through the given resolver instead of the default lookup
         * (which uses {@code META-INF/services} through the context class loader, and finds nothing in an
         * OSGi container). The validator is bootstrapped from the resolver's first provider, with no XML
         * configuration and no Expression Language, on first use. Replaces a
         * {@linkplain #validatorFactory factory} set before.
         *
         * <pre>{@code
         * ArticleValidator.builder().providerResolver(() -> List.of(new HibernateValidator())).build();
         * }</pre>
         *
         * @param resolver the resolver
         * @return this builder
         * @throws NullPointerException if {@code resolver} is null
         */
        public Builder providerResolver(ValidationProviderResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            this.factory = null;
            return this;
        }

        /**
         * Validates with a validator of the application's own factory (Spring's
         * {@code LocalValidatorFactoryBean}, say), so that the application bootstraps one provider. Copydesk
         * takes a validator from the factory's {@code usingContext()}, with its own message interpolation and
         * every property traversable; the factory stays the application's to close. Replaces a
         * {@linkplain #providerResolver resolver} set before.
         *
         * @param factory the factory
         * @return this builder
         * @throws NullPointerException if {@code factory} is null
         */
        public Builder validatorFactory(ValidatorFactory factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
            this.resolver = null;
            return this;
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
         * Builds the validator. The Jakarta validator itself is built lazily, on first validation: a missing
         * provider is reported then, not here.
         *
         * @return the validator
         */
        public ArticleValidator build() {
            Engine engine = resolver == null && factory == null ? Engine.DEFAULT : new Engine(resolver, factory);
            return new ArticleValidator(Set.copyOf(disabled), Map.copyOf(severities), List.copyOf(houseRules),
                    Collections.unmodifiableSet(EnumSet.copyOf(profiles)), engine);
        }
    }
}
