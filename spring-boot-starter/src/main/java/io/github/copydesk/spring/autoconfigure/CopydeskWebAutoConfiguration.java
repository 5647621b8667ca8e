package io.github.copydesk.spring.autoconfigure;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.spring.ArticleProblemHandler;
import io.github.copydesk.spring.JsonLdHttpMessageConverter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * Copydesk in Spring's web layer, each bean unless the application defines its own: the
 * {@link JsonLdHttpMessageConverter} for {@code application/ld+json} (Spring Boot puts converter beans before its
 * own, so it answers before Jackson's), and in a servlet web application the {@link ArticleProblemHandler}, which
 * answers rejected and invalid articles with RFC 9457 problem details ({@code copydesk.web.problem-details=false}
 * switches it off).
 */
@AutoConfiguration(after = CopydeskAutoConfiguration.class,
        beforeName = "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration")
@ConditionalOnClass(HttpMessageConverter.class)
public final class CopydeskWebAutoConfiguration {

    /** Used by Spring Boot. */
    CopydeskWebAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    JsonLdHttpMessageConverter jsonLdHttpMessageConverter(JsonLdWriter writer, JsonLdReader reader) {
        return new JsonLdHttpMessageConverter(writer, reader);
    }

    /** The problem details, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnBooleanProperty(name = "copydesk.web.problem-details", matchIfMissing = true)
    static class ProblemDetailsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ArticleProblemHandler articleProblemHandler() {
            return new ArticleProblemHandler();
        }
    }
}
