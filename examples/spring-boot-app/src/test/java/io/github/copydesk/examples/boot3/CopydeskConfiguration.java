package io.github.copydesk.examples.boot3;

import io.github.copydesk.jackson2.CopydeskModule;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.validation.ArticleValidator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copydesk in a Spring Boot 3 application, by hand (the starter is for Boot 4): Boot 3 adds every Jackson 2
 * {@code Module} bean to its {@code ObjectMapper}. Quoted in README.md ("Spring Boot 3"); its package is outside
 * the Boot 4 example's, so that the example does not pick it up.
 */
@Configuration(proxyBeanMethods = false)
public class CopydeskConfiguration {

    /** @return the model's JSON in Boot 3's Jackson 2 mapper */
    @Bean
    public CopydeskModule copydeskJacksonModule() {
        return new CopydeskModule();
    }

    /** @return the validator, on Spring's validator factory when given one */
    @Bean
    public ArticleValidator articleValidator(jakarta.validation.ValidatorFactory factory) {
        return ArticleValidator.builder().validatorFactory(factory).build();
    }

    /** @return the JSON-LD writer */
    @Bean
    public JsonLdWriter jsonLdWriter() {
        return JsonLdWriter.create();
    }

    /** @return the JSON-LD reader */
    @Bean
    public JsonLdReader jsonLdReader() {
        return JsonLdReader.lenient();
    }
}
