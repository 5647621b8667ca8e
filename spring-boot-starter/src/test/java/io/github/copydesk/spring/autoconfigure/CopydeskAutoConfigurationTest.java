package io.github.copydesk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.copydesk.jackson.CopydeskModule;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import tools.jackson.databind.json.JsonMapper;

class CopydeskAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CopydeskAutoConfiguration.class));

    /** Breaks the publishable headline rule, Google's author rule (a warning) and the editorial dateline rule. */
    private static Article draft() {
        return Article.builder().url("https://example.com/news/1").body("Text.").build();
    }

    private static List<String> rules(ArticleValidator validator) {
        return validator.validate(draft(), Locale.ENGLISH).findings().stream().map(Finding::rule).toList();
    }

    @Test
    void defaults_areTheLibrarysDefaults() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ArticleValidator.class).hasSingleBean(JsonLdWriter.class)
                    .hasSingleBean(JsonLdReader.class).hasSingleBean(CopydeskModule.class);
            assertThat(context.getBean(ArticleValidator.class).profiles()).isEqualTo(EnumSet.allOf(Profile.class));
            assertThat(rules(context.getBean(ArticleValidator.class))).isEqualTo(rules(ArticleValidator.create()));
            JsonLdWriter writer = context.getBean(JsonLdWriter.class);
            assertThat(writer.write(draft())).isEqualTo(JsonLdWriter.create().write(draft()));
            JsonLdReader reader = context.getBean(JsonLdReader.class);
            assertThat(reader.isStrict()).isFalse();
            assertThat(reader.limits()).isEqualTo(ReadLimits.defaults());
        });
    }

    @Test
    void properties_configureEachBean() {
        runner.withPropertyValues(
                "copydesk.validation.profiles=publishable,google-search",
                "copydesk.validation.disabled-rules=google.author.expected",
                "copydesk.validation.severities[publishable.headline.required]=warning",
                "copydesk.json-ld.pretty=true",
                "copydesk.json-ld.graph=true",
                "copydesk.json-ld.quotes=false",
                "copydesk.json-ld.dateline-style=ap",
                "copydesk.reader.strict=true",
                "copydesk.reader.max-input-size=1KB",
                "copydesk.reader.max-depth=8",
                "copydesk.reader.max-string-length=100",
                "copydesk.reader.max-nodes=50",
                "copydesk.reader.max-definitions-per-id=3").run(context -> {
                    ArticleValidator validator = context.getBean(ArticleValidator.class);
                    assertThat(validator.profiles()).containsExactlyInAnyOrder(Profile.PUBLISHABLE, Profile.GOOGLE_SEARCH);
                    List<Finding> findings = validator.validate(draft(), Locale.ENGLISH).findings();
                    assertThat(findings).extracting(Finding::rule).doesNotContain(Rule.GOOGLE_AUTHOR_EXPECTED.id())
                            .noneMatch(id -> id.startsWith("editorial."));
                    assertThat(findings).filteredOn(f -> f.rule().equals(Rule.HEADLINE_REQUIRED.id()))
                            .extracting(Finding::severity).containsExactly(Severity.WARNING);

                    JsonLdWriter writer = context.getBean(JsonLdWriter.class);
                    assertThat(writer.pretty()).isTrue();
                    assertThat(writer.graph()).isTrue();
                    assertThat(writer.quotes()).isFalse();
                    assertThat(writer.datelineStyle()).isEqualTo(DatelineStyle.AP);

                    JsonLdReader reader = context.getBean(JsonLdReader.class);
                    assertThat(reader.isStrict()).isTrue();
                    assertThat(reader.limits()).isEqualTo(ReadLimits.defaults().withMaxInputBytes(1024).withMaxDepth(8)
                            .withMaxStringLength(100).withMaxNodes(50).withMaxDefinitionsPerId(3));
                });
    }

    @Test
    void unknownRuleId_failsTheStartNamingTheSettingAndTheId() {
        runner.withPropertyValues("copydesk.validation.disabled-rules=google.image.aspect-ratio").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("copydesk.validation.disabled-rules")
                    .hasMessageContaining("\"google.image.aspect-ratio\"")
                    .hasMessageContaining(Rule.GOOGLE_IMAGE_ASPECT_RATIOS.id());
        });
    }

    @Test
    void applicationBeans_replaceTheStarters() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasSingleBean(ArticleValidator.class).hasSingleBean(JsonLdWriter.class)
                    .hasSingleBean(JsonLdReader.class).hasSingleBean(CopydeskModule.class);
            assertThat(context.getBean(ArticleValidator.class)).isSameAs(OwnBeans.VALIDATOR);
            assertThat(context.getBean(JsonLdWriter.class)).isSameAs(OwnBeans.WRITER);
            assertThat(context.getBean(JsonLdReader.class)).isSameAs(OwnBeans.READER);
            assertThat(context.getBean(CopydeskModule.class)).isSameAs(OwnBeans.MODULE);
        });
    }

    @Test
    void validator_usesTheApplicationsValidatorFactory() {
        runner.withUserConfiguration(CountingFactory.class).run(context -> {
            ArticleValidator validator = context.getBean(ArticleValidator.class);
            assertThat(CountingFactory.CONTEXTS.get()).isZero();
            assertThat(rules(validator)).isEqualTo(rules(ArticleValidator.create()));
            assertThat(CountingFactory.CONTEXTS.get()).isEqualTo(1);
        });
    }

    @Test
    void withBootsValidation_validatesWithBootsFactory() {
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).run(context -> {
            assertThat(context).hasSingleBean(LocalValidatorFactoryBean.class);
            assertThat(rules(context.getBean(ArticleValidator.class))).isEqualTo(rules(ArticleValidator.create()));
        });
    }

    @Test
    void withBootsJackson_theMapperWritesAndReadsTheModel() {
        runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String json = mapper.writeValueAsString(draft());
            assertThat(json).contains("\"url\":\"https://example.com/news/1\"").doesNotContain("@context");
            assertThat(mapper.readValue(json, Article.class)).isEqualTo(draft());
        });
    }

    @Test
    void withoutJackson3_noModuleBean() {
        runner.withClassLoader(new FilteredClassLoader("tools.jackson.databind")).run(context -> {
            assertThat(context).hasSingleBean(ArticleValidator.class).doesNotHaveBean(CopydeskModule.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final ArticleValidator VALIDATOR = ArticleValidator.builder().build();
        static final JsonLdWriter WRITER = JsonLdWriter.builder().build();
        static final JsonLdReader READER = JsonLdReader.builder().build();
        static final CopydeskModule MODULE = new CopydeskModule();

        @Bean
        ArticleValidator ownValidator() {
            return VALIDATOR;
        }

        @Bean
        JsonLdWriter ownWriter() {
            return WRITER;
        }

        @Bean
        JsonLdReader ownReader() {
            return READER;
        }

        @Bean
        CopydeskModule ownModule() {
            return MODULE;
        }
    }

    /** The application's factory, counting the validators Copydesk takes from it. */
    @Configuration(proxyBeanMethods = false)
    static class CountingFactory {
        static final AtomicInteger CONTEXTS = new AtomicInteger();

        @Bean
        LocalValidatorFactoryBean applicationValidator() {
            CONTEXTS.set(0);
            return new LocalValidatorFactoryBean() {
                @Override
                public jakarta.validation.ValidatorContext usingContext() {
                    CONTEXTS.incrementAndGet();
                    return super.usingContext();
                }
            };
        }
    }
}
