package io.github.copydesk.validation.internal;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.ArticleRule;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/** {@link ArticleRule}: runs the rule's check from {@link ProfileChecks} and reports each path it finds. */
public final class ArticleRuleValidator implements ConstraintValidator<ArticleRule, Article> {

    private Rule rule;

    /** Creates the validator; the provider calls this. */
    public ArticleRuleValidator() {
    }

    @Override
    public void initialize(ArticleRule constraint) {
        rule = constraint.rule();
    }

    @Override
    public boolean isValid(Article article, ConstraintValidatorContext context) {
        if (article == null) {
            return true;
        }
        boolean[] valid = {true};
        ProfileChecks.check(rule, article, path -> {
            if (valid[0]) {
                context.disableDefaultConstraintViolation();
                valid[0] = false;
            }
            report(context, rule.messageTemplate(), path);
        });
        return valid[0];
    }

    /**
     * Adds a violation at a path such as {@code media[0].altText}, {@code media[1]} or {@code byline}
     * ({@code ""} for the article itself).
     */
    static void report(ConstraintValidatorContext context, String template, String path) {
        ConstraintViolationBuilder violation = context.buildConstraintViolationWithTemplate(template);
        if (path.isEmpty()) {
            violation.addConstraintViolation();
            return;
        }
        String[] segments = path.split("\\.");
        NodeBuilderCustomizableContext open = null;
        NodeBuilderDefinedContext defined = null;
        Integer index = null;
        for (String segment : segments) {
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
