package io.github.copydesk.spring.autoconfigure;

import io.github.copydesk.jackson.CopydeskModule;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.validation.ArticleValidator;

import jakarta.validation.ValidatorFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JacksonModule;

/**
 * Copydesk's beans, each unless the application defines its own: an {@link ArticleValidator} (on the application's
 * Bean Validation factory, Spring Boot's, when there is one), a {@link JsonLdWriter} and a {@link JsonLdReader},
 * configured by {@link CopydeskProperties} ({@code copydesk.*}), and the model's JSON for Boot's Jackson 3 mapper
 * (the {@link CopydeskModule}, which Boot adds to its {@code JsonMapper} as it does every module bean).
 */
@AutoConfiguration(afterName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
        beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(CopydeskProperties.class)
public final class CopydeskAutoConfiguration {

    /** Used by Spring Boot. */
    CopydeskAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    ArticleValidator articleValidator(CopydeskProperties properties, ObjectProvider<ValidatorFactory> factories) {
        ArticleValidator.Builder builder = properties.validation().configure(ArticleValidator.builder());
        ValidatorFactory factory = factories.getIfUnique();
        if (factory != null) {
            builder.validatorFactory(factory);
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    JsonLdWriter jsonLdWriter(CopydeskProperties properties) {
        CopydeskProperties.JsonLd settings = properties.jsonLd();
        JsonLdWriter.Builder builder = JsonLdWriter.builder();
        if (settings.pretty() != null) {
            builder.pretty(settings.pretty());
        }
        if (settings.graph() != null) {
            builder.graph(settings.graph());
        }
        if (settings.quotes() != null) {
            builder.quotes(settings.quotes());
        }
        if (settings.datelineStyle() != null) {
            builder.datelineStyle(settings.datelineStyle());
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    JsonLdReader jsonLdReader(CopydeskProperties properties) {
        return JsonLdReader.builder().strict(properties.reader().strict()).limits(properties.reader().limits()).build();
    }

    /** The model's JSON in Jackson 3, where the application has Jackson 3 (Spring Boot 4's default). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JacksonModule.class)
    static class JacksonConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CopydeskModule copydeskJacksonModule() {
            return new CopydeskModule();
        }
    }
}
