package io.github.copydesk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.spring.ArticleProblemHandler;
import io.github.copydesk.spring.JsonLdHttpMessageConverter;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;

class CopydeskWebAutoConfigurationTest {

    private static final AutoConfigurations COPYDESK = AutoConfigurations.of(CopydeskAutoConfiguration.class,
            CopydeskWebAutoConfiguration.class);

    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(COPYDESK);

    @Test
    void servletApplication_hasTheConverterAndTheProblemHandler() {
        web.run(context -> assertThat(context).hasSingleBean(JsonLdHttpMessageConverter.class)
                .hasSingleBean(ArticleProblemHandler.class));
    }

    @Test
    void problemDetailsOff_noProblemHandler() {
        web.withPropertyValues("copydesk.web.problem-details=false").run(context -> assertThat(context)
                .hasSingleBean(JsonLdHttpMessageConverter.class).doesNotHaveBean(ArticleProblemHandler.class));
    }

    @Test
    void notAWebApplication_converterOnly() {
        new ApplicationContextRunner().withConfiguration(COPYDESK).run(context -> assertThat(context)
                .hasSingleBean(JsonLdHttpMessageConverter.class).doesNotHaveBean(ArticleProblemHandler.class));
    }

    @Test
    void withoutSpringWeb_neither() {
        new ApplicationContextRunner().withConfiguration(COPYDESK)
                .withClassLoader(new FilteredClassLoader(HttpMessageConverter.class)).run(context -> assertThat(context)
                        .doesNotHaveBean(JsonLdHttpMessageConverter.class).doesNotHaveBean(ArticleProblemHandler.class));
    }

    @Test
    void applicationBeans_replaceTheStarters() {
        web.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasSingleBean(JsonLdHttpMessageConverter.class).hasSingleBean(ArticleProblemHandler.class);
            assertThat(context.getBean(ArticleProblemHandler.class)).isSameAs(OwnBeans.HANDLER);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final ArticleProblemHandler HANDLER = new ArticleProblemHandler();

        @Bean
        ArticleProblemHandler ownHandler() {
            return HANDLER;
        }
    }
}
