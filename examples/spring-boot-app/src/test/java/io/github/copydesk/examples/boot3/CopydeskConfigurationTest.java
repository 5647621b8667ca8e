package io.github.copydesk.examples.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Rule;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The Boot 3 configuration README quotes gives working beans (in a plain Spring context with Spring's validator). */
class CopydeskConfigurationTest {

    private static final Article DRAFT = Article.builder().url("https://example.com/news/1").build();

    @Test
    void beans_work() throws Exception {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(LocalValidatorFactoryBean.class);
            context.register(CopydeskConfiguration.class);
            context.refresh();
            ObjectMapper mapper = new ObjectMapper().registerModule(context.getBean(io.github.copydesk.jackson2.CopydeskModule.class));
            assertThat(mapper.readValue(mapper.writeValueAsString(DRAFT), Article.class)).isEqualTo(DRAFT);
            assertThat(context.getBean(ArticleValidator.class).validate(DRAFT, Locale.ENGLISH).findings())
                    .anyMatch(f -> f.rule().equals(Rule.HEADLINE_REQUIRED.id()));
            String jsonLd = context.getBean(JsonLdWriter.class).write(DRAFT);
            assertThat(context.getBean(JsonLdReader.class).read(jsonLd).articles()).hasSize(1);
        }
    }
}
