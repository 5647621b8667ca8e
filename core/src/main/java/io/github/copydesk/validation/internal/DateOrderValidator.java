package io.github.copydesk.validation.internal;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.DateOrder;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link DateOrder} on an {@link Article}; the violation is reported on the later date's property. */
public final class DateOrderValidator implements ConstraintValidator<DateOrder, Article> {

    private Rule rule;
    private DateOrder.Property earlier;
    private DateOrder.Property later;

    /** Creates the validator; the provider calls this. */
    public DateOrderValidator() {
    }

    @Override
    public void initialize(DateOrder constraint) {
        rule = constraint.rule();
        earlier = constraint.earlier();
        later = constraint.later();
    }

    @Override
    public boolean isValid(Article article, ConstraintValidatorContext context) {
        if (article == null) {
            return true;
        }
        NewsDate first = date(article, earlier);
        NewsDate second = date(article, later);
        if (first == null || second == null || !first.isAfter(second)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(rule.messageTemplate())
                .addPropertyNode(propertyName(later))
                .addConstraintViolation();
        return false;
    }

    private static NewsDate date(Article article, DateOrder.Property property) {
        return switch (property) {
            case DATE_CREATED -> article.dateCreated();
            case DATE_PUBLISHED -> article.datePublished();
            case DATE_MODIFIED -> article.dateModified();
        };
    }

    private static String propertyName(DateOrder.Property property) {
        return switch (property) {
            case DATE_CREATED -> "dateCreated";
            case DATE_PUBLISHED -> "datePublished";
            case DATE_MODIFIED -> "dateModified";
        };
    }
}
