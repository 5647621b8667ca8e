package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

/** {@link SearchReady} and {@link AllErrors}, as {@code @Validated(...)} in Spring uses them: a plain bootstrap. */
class SearchReadyTest {

    /** An application's own validator, as Spring's {@code @Validated} uses it. */
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
            .messageInterpolator(ArticleValidator.messageInterpolator()).buildValidatorFactory().getValidator();

    private static Set<String> rules(Article article, Class<?> group) {
        Set<String> ids = new TreeSet<>();
        for (ConstraintViolation<Article> violation : VALIDATOR.validate(article, group)) {
            ids.add(Rule.byMessageTemplate(violation.getMessageTemplate()).orElseThrow().id());
        }
        return ids;
    }

    @Test
    void articleWithoutHeadline_isRejected() {
        Article noHeadline = Articles.publishable().toBuilder().headline(null).build();
        assertEquals(Set.of(Rule.HEADLINE_REQUIRED.id()), rules(noHeadline, SearchReady.class));
        assertEquals(Set.of(Rule.HEADLINE_REQUIRED.id()), rules(noHeadline, AllErrors.class));
    }

    @Test
    void googleErrors_areRejected_googleWarningsAreNot() {
        // a paywall selector that is not a class is a Google error; the author without a URL only a warning
        Article article = Articles.publishable().toBuilder()
                .byline(Byline.authors(Person.of("Jane Doe")))
                .paywall(Paywall.of("#premium"))
                .build();
        assertEquals(Set.of(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR.id()), rules(article, SearchReady.class));
    }

    @Test
    void editorialErrors_areInAllErrorsOnly() {
        Article misquoted = Articles.publishable().toBuilder().body("MADRID, Spain -- Russia is offering help.").build();
        assertTrue(rules(misquoted, SearchReady.class).isEmpty(), () -> rules(misquoted, SearchReady.class).toString());
        assertEquals(Set.of(Rule.EDITORIAL_QUOTE_IN_BODY.id()), rules(misquoted, AllErrors.class));
    }

    @Test
    void publishableArticle_passesBoth() {
        assertEquals(Set.of(), rules(Articles.publishable(), SearchReady.class));
        assertEquals(Set.of(), rules(Articles.publishable(), AllErrors.class));
    }
}
