package io.github.copydesk.osgi.probe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Person;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.ninjs.NinjsWriter;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.ValidationReport;

import jakarta.validation.ValidationException;

import org.hibernate.validator.HibernateValidator;
import org.osgi.framework.FrameworkUtil;

/**
 * What a CMS plugin does with Copydesk, run inside the OSGi framework from a bundle of its own (the test builds
 * it from this package): validates an article with Hibernate Validator's bundle as the provider, writes its JSON-LD
 * and its ninjs and reads them back, and writes the model's JSON with both Jackson modules. Returns what it saw, as text, for the
 * test outside the framework to check.
 */
public final class Probe {

    private Probe() {
    }

    /**
     * The article the probe validates and writes: without a headline, so that validation finds something.
     *
     * @return the article
     */
    public static Article article() {
        return Article.builder()
                .url("https://example.com/news/harbour-reopens")
                .language("en")
                .datePublished(NewsDate.parse("2026-03-02T08:00:00+01:00"))
                .byline(Byline.authors(Person.of("Ana Ruiz")))
                .body("The harbour reopened on Monday.")
                .build();
    }

    /**
     * Runs the probe.
     *
     * @return what it saw, by name
     */
    public static Map<String, String> run() {
        Map<String, String> seen = new LinkedHashMap<>();
        Article article = article();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        // as in a bundle's own thread: the context class loader is the bundle's, which sees no META-INF/services
        thread.setContextClassLoader(Probe.class.getClassLoader());
        try {
            try {
                ArticleValidator.create().validate(article, Locale.ENGLISH);
                seen.put("default lookup", "found a provider");
            } catch (ValidationException e) {
                seen.put("default lookup", e.getMessage());
            }

            HibernateValidator provider = new HibernateValidator();
            ArticleValidator validator = ArticleValidator.builder().providerResolver(() -> List.of(provider)).build();
            ValidationReport report = validator.validate(article, Locale.GERMAN);
            seen.put("rules", report.findings().stream().map(Finding::rule).collect(Collectors.joining(",")));
            seen.put("messages", report.findings().stream().map(Finding::message).collect(Collectors.joining("\n")));
            seen.put("provider bundle", FrameworkUtil.getBundle(provider.getClass()).getSymbolicName());
            seen.put("validator bundle", FrameworkUtil.getBundle(ArticleValidator.class).getSymbolicName());

            String jsonLd = JsonLdWriter.create().write(article);
            seen.put("json-ld", jsonLd);
            seen.put("json-ld read back", JsonLdReader.strict().read(jsonLd).articles().get(0).url().toString());

            String ninjs = NinjsWriter.create().write(article);
            seen.put("ninjs", ninjs);
            seen.put("ninjs read back", NinjsReader.strict().read(ninjs).articles().get(0).identifier());

            seen.put("jackson 3", tools.jackson.databind.json.JsonMapper.builder()
                    .addModule(new io.github.copydesk.jackson.CopydeskModule()).build().writeValueAsString(article));
            try {
                seen.put("jackson 2", new com.fasterxml.jackson.databind.ObjectMapper()
                        .registerModule(new io.github.copydesk.jackson2.CopydeskModule()).writeValueAsString(article));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            thread.setContextClassLoader(context);
        }
        return seen;
    }
}
