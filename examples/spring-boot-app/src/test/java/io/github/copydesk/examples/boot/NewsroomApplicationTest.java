package io.github.copydesk.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Quote;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Rule;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The newsroom service as a client sees it: every behaviour the Copydesk starter gives an application that wrote
 * only its controller.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsroomApplicationTest {

    private static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper mapper;

    /** Publishable, with no Google or editorial error. */
    private static Article publishable() {
        return Article.builder()
                .url("https://example.com/news/harbour-reopens")
                .headline("Harbour reopens after storm")
                .language("en")
                .datePublished(NewsDate.parse("2026-03-02T08:00:00+01:00"))
                .byline(Byline.authors(Person.of("Ana Ruiz").withUrl(URI.create("https://example.com/staff/ana-ruiz"))))
                .body("The harbour reopened on Monday. \"We are open again,\" the harbour master said.")
                .addQuote(Quote.of("We are open again", Person.unnamed("the harbour master")))
                .build();
    }

    /** Copydesk's message for a rule, as the library gives it in a locale. */
    private static String message(Article article, Rule rule, Locale locale) {
        return ArticleValidator.create().validate(article, locale, Set.of(rule.profile())).findings().stream()
                .filter(f -> f.rule().equals(rule.id())).map(Finding::message).findFirst().orElseThrow();
    }

    private MvcResult publish(Article article, String language) throws Exception {
        return mvc.perform(post("/articles").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language)
                .content(mapper.writeValueAsString(article))).andReturn();
    }

    @Test
    void publish_thenGet_asTheModelsJsonOrAsSchemaOrg() throws Exception {
        Article article = publishable();
        String location = mvc.perform(post("/articles").contentType(MediaType.APPLICATION_JSON)
                .content(mapper.writeValueAsString(article)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        String modelJson = mvc.perform(get(location).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(mapper.readValue(modelJson, Article.class)).isEqualTo(article);

        // Jackson's converter accepts application/*+json too: the starter's converter answers first, with schema.org
        String jsonLd = mvc.perform(get(location).accept(LD_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(LD_JSON))
                .andExpect(jsonPath("$['@context']").value("https://schema.org"))
                .andExpect(jsonPath("$['@type']").value("NewsArticle"))
                .andReturn().getResponse().getContentAsString();
        assertThat(jsonLd).isEqualTo(JsonLdWriter.create().write(article));

        // a client that accepts anything gets the application's JSON
        mvc.perform(get(location).accept(MediaType.ALL))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$['@context']").doesNotExist())
                .andExpect(jsonPath("$.headline").value(article.headline()));
    }

    @Test
    void publish_withoutHeadline_is400WithCopydesksMessageInEnglish() throws Exception {
        Article noHeadline = publishable().toBuilder().headline(null).build();
        mvc.perform(post("/articles").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content(mapper.writeValueAsString(noHeadline)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.findings[0].path").value("headline"))
                .andExpect(jsonPath("$.findings[0].rule").value(Rule.HEADLINE_REQUIRED.id()))
                .andExpect(jsonPath("$.findings[0].message").value(message(noHeadline, Rule.HEADLINE_REQUIRED, Locale.ENGLISH)));
    }

    @Test
    void publish_withoutHeadline_is400WithCopydesksMessageInGerman() throws Exception {
        Article noHeadline = publishable().toBuilder().headline(null).build();
        String german = message(noHeadline, Rule.HEADLINE_REQUIRED, Locale.GERMAN);
        assertThat(german).isNotEqualTo(message(noHeadline, Rule.HEADLINE_REQUIRED, Locale.ENGLISH));
        mvc.perform(post("/articles").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "de-DE")
                .content(mapper.writeValueAsString(noHeadline)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("1 Befund: 1 Fehler, 0 Warnungen, 0 Hinweise"))
                .andExpect(jsonPath("$.findings[0].message").value(german));
    }

    @Test
    void publish_googleError_is400_googleWarningsPass() throws Exception {
        // a paywall section named by id is one of Google's errors; the author's missing URL would only be a warning
        Article idSelector = publishable().toBuilder().paywall(Paywall.of("#premium"))
                .byline(Byline.authors(Person.of("Ana Ruiz"))).build();
        mvc.perform(post("/articles").contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(idSelector)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.findings[*].rule").value(hasItem(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR.id())))
                .andExpect(jsonPath("$.findings[*].rule").value(not(hasItem(Rule.GOOGLE_AUTHOR_URL_EXPECTED.id()))))
                .andExpect(jsonPath("$.findings[?(@.rule == '" + Rule.GOOGLE_PAYWALL_CLASS_SELECTOR.id() + "')].guideline")
                        .value(hasItem(Rule.GOOGLE_PAYWALL_CLASS_SELECTOR.guideline().orElseThrow().toString())));
    }

    @Test
    void publish_misquote_is422ProblemDetailWithTheReport() throws Exception {
        Article misquoted = publishable().toBuilder().body("The harbour reopened on Monday.").build();
        MvcResult result = publish(misquoted, "en");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var report = ArticleValidator.create().validate(misquoted, Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = mapper.readValue(result.getResponse().getContentAsString(), Map.class);
        assertThat(problem).containsEntry("status", 422).containsEntry("detail", report.summary());
        assertThat(problem.get("findings").toString()).contains(Rule.EDITORIAL_QUOTE_IN_BODY.id(), "quotes[0].text",
                message(misquoted, Rule.EDITORIAL_QUOTE_IN_BODY, Locale.ENGLISH));
    }

    @Test
    void submission_builtInMessagesStayIntact_besideCopydesks() throws Exception {
        String body = "{\"note\": \" \", \"article\": " + mapper.writeValueAsString(publishable().toBuilder().headline(null).build()) + "}";
        mvc.perform(post("/articles/submissions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.findings[?(@.path == 'note')].message").value(hasItem("must not be blank")))
                .andExpect(jsonPath("$.findings[?(@.path == 'note')].rule").value(hasItem("NotBlank")))
                .andExpect(jsonPath("$.findings[?(@.path == 'article.headline')].message")
                        .value(hasItem(message(publishable().toBuilder().headline(null).build(), Rule.HEADLINE_REQUIRED, Locale.ENGLISH))));
        mvc.perform(post("/articles/submissions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "de")
                .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.findings[?(@.path == 'note')].message").value(hasItem("darf nicht leer sein")))
                .andExpect(jsonPath("$.findings[?(@.path == 'article.headline')].message")
                        .value(hasItem(message(publishable().toBuilder().headline(null).build(), Rule.HEADLINE_REQUIRED, Locale.GERMAN))));
    }

    @Test
    void submission_withoutArticleErrors_isLeftToSpring() throws Exception {
        String body = "{\"note\": \"\", \"article\": " + mapper.writeValueAsString(publishable()) + "}";
        mvc.perform(post("/articles/submissions").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.findings").doesNotExist());
    }

    @Test
    void import_readsLdJsonAsAReadResult() throws Exception {
        String page = "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Harbour reopens\","
                + " \"datePublished\": \"2026-03-02 08:00:00+0100\", \"author\": {\"@type\": \"Person\", \"name\": \"By Ana Ruiz\"}}";
        var expected = JsonLdReader.lenient().read(page);
        mvc.perform(post("/articles/import").contentType(LD_JSON).content(page))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headlines[0]").value("Harbour reopens"))
                .andExpect(jsonPath("$.findings.length()").value(expected.findings().size()))
                .andExpect(jsonPath("$.findings[0]").value(expected.findings().get(0).code().id()));
    }

    @Test
    void badModelJson_is400NotA500() throws Exception {
        mvc.perform(post("/articles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\": \"not a url\", \"headline\": \"H\"}"))
                .andExpect(status().isBadRequest());
    }
}
