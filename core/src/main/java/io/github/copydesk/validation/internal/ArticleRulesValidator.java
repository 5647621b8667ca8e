package io.github.copydesk.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.ArticleRules;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.groups.Default;

/**
 * {@link ArticleRules}: runs the check ({@link RuleChecks}) of every rule of the constraint's group
 * and reports each path a check finds as a violation with the rule's message template. The rules of
 * the group are looked up once, when the provider initializes the validator.
 */
public final class ArticleRulesValidator implements ConstraintValidator<ArticleRules, Article> {

    private String[] templates = new String[0];
    private ArticleCheck[] checks = new ArticleCheck[0];

    /** Creates the validator; the provider calls this. */
    public ArticleRulesValidator() {
    }

    @Override
    public void initialize(ArticleRules constraint) {
        Class<?> group = group(constraint.groups());
        List<String> ruleTemplates = new ArrayList<>();
        List<ArticleCheck> ruleChecks = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            ArticleCheck check = RuleChecks.of(rule);
            if (check != null && rule.group() == group) {
                ruleTemplates.add(rule.messageTemplate());
                ruleChecks.add(check);
            }
        }
        templates = ruleTemplates.toArray(new String[0]);
        checks = ruleChecks.toArray(new ArticleCheck[0]);
    }

    /**
     * The one group of a declaration; none is {@link Default}.
     *
     * @throws ConstraintDeclarationException if several groups are declared
     */
    static Class<?> group(Class<?>[] groups) {
        if (groups.length == 0) {
            return Default.class;
        }
        if (groups.length > 1) {
            throw new ConstraintDeclarationException("@ArticleRules checks the rules of one group; declare one "
                    + "@ArticleRules per group instead of " + Arrays.toString(groups));
        }
        return groups[0];
    }

    /**
     * The most places one rule is reported at in one article. Past it, one more violation, whose template
     * is the rule's followed by {@link #MORE}, stands for the rest at the list that holds them. This bounds
     * the work of Bean Validation, whose set of violations hashes alike all violations of one rule whose
     * paths end in the same property ({@code byline.contributors[i].party}): without the bound, an article
     * with 16,000 authors took 20 s to validate.
     */
    public static final int MAX_PLACES = 100;

    /** The template that follows a rule's for the violation that stands for its places past {@link #MAX_PLACES}. */
    public static final String MORE = "{copydesk.findings.more}";

    @Override
    public boolean isValid(Article article, ConstraintValidatorContext context) {
        if (article == null) {
            return true;
        }
        Violations violations = new Violations(context, article);
        for (int i = 0; i < checks.length; i++) {
            violations.start(templates[i]);
            checks[i].check(article, violations);
            violations.end();
        }
        return violations.none;
    }

    /**
     * Turns the paths a check reports into violations with the rule's message template, except a path the
     * article's source could not express ({@link Article#expresses(String)}): no rule demands what the
     * source cannot say.
     */
    private static final class Violations implements Consumer<String> {
        private final ConstraintValidatorContext context;
        private final Article article;
        private String template;
        private int places;
        private String more;
        private boolean none = true;

        Violations(ConstraintValidatorContext context, Article article) {
            this.context = context;
            this.article = article;
        }

        void start(String template) {
            this.template = template;
            this.places = 0;
            this.more = null;
        }

        /** A rule found at more than {@link #MAX_PLACES} places: one violation more, at the list that holds them. */
        void end() {
            if (more != null) {
                report(context, template + MORE, more);
            }
        }

        @Override
        public void accept(String path) {
            if (!article.unexpressed().isEmpty() && !article.expresses(path)) {
                return;
            }
            if (none) {
                context.disableDefaultConstraintViolation();
                none = false;
            }
            if (++places > MAX_PLACES) {
                if (more == null) {
                    int bracket = path.lastIndexOf('[');
                    more = bracket < 0 ? "" : path.substring(0, bracket);
                }
                return;
            }
            report(context, template, path);
        }
    }

    /**
     * Adds a violation at a path such as {@code media[0].altText}, {@code media[1]} or {@code byline}
     * ({@code ""} for the article itself).
     */
    private static void report(ConstraintValidatorContext context, String template, String path) {
        ConstraintViolationBuilder violation = context.buildConstraintViolationWithTemplate(template);
        if (path.isEmpty()) {
            violation.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext open = null;
        NodeBuilderDefinedContext defined = null;
        Integer index = null;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            NodeBuilderCustomizableContext next = open == null && defined == null ? violation.addPropertyNode(name)
                    : open != null ? open.addPropertyNode(name) : defined.addPropertyNode(name);
            if (index != null) {
                defined = next.inIterable().atIndex(index);
                open = null;
            } else {
                open = next;
                defined = null;
            }
            index = bracket < 0 ? null : Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
        }
        if (index != null) {
            // the path ends at an element of a list: media[1]
            (open != null ? open.addBeanNode() : defined.addBeanNode()).inIterable().atIndex(index).addConstraintViolation();
        } else if (open != null) {
            open.addConstraintViolation();
        } else {
            defined.addConstraintViolation();
        }
    }
}
