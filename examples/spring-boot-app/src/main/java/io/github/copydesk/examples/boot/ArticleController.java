package io.github.copydesk.examples.boot;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.spring.ArticleRejectedException;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.SearchReady;
import io.github.copydesk.validation.ValidationReport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The service's one controller: everything else comes from the Copydesk starter. */
@RestController
@RequestMapping("/articles")
public class ArticleController {

    private final ArticleValidator validator;
    private final Map<Long, Article> published = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * A controller validating with the starter's validator.
     *
     * @param validator the validator
     */
    public ArticleController(ArticleValidator validator) {
        this.validator = validator;
    }

    // README begin (README.md, "Spring Boot": this region is quoted there, and ReadmeTest checks the quote)
    /**
     * Publishes an article: Bean Validation rejects it (400) when it is not publishable or breaks a Google Search
     * error rule; the full validation rejects it (422) for an editorial error, such as a misquote.
     *
     * @param article the article, as the model's JSON
     * @param locale the request's locale, for the messages
     * @return 201 with the article's location
     */
    @PostMapping
    public ResponseEntity<Void> publish(@Validated(SearchReady.class) @RequestBody Article article, Locale locale) {
        ValidationReport report = validator.validate(article, locale);
        if (report.hasErrors()) {
            throw new ArticleRejectedException(report);
        }
        long id = ids.incrementAndGet();
        published.put(id, article);
        return ResponseEntity.created(URI.create("/articles/" + id)).build();
    }

    /**
     * A published article: as the model's JSON, or as schema.org JSON-LD for {@code Accept: application/ld+json}.
     *
     * @param id the article's id
     * @return the article, or 404
     */
    @GetMapping("/{id}")
    public ResponseEntity<Article> article(@PathVariable long id) {
        Article article = published.get(id);
        return article == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(article);
    }

    /**
     * Imports the articles of a page's JSON-LD, as the lenient reader reads them.
     *
     * @param page the page's JSON-LD ({@code application/ld+json})
     * @return the headlines read and the reader's findings
     */
    @PostMapping(path = "/import", consumes = "application/ld+json")
    public Map<String, Object> importPage(@RequestBody ReadResult page) {
        return Map.of(
                "headlines", page.articles().stream().map(a -> String.valueOf(a.headline())).toList(),
                "findings", page.findings().stream().map(f -> f.code().id()).toList());
    }
    // README end

    /**
     * An article submitted with a note to the desk: the note's built-in constraint and the article's rules are
     * validated together.
     *
     * @param submission the note and the article
     * @return 202
     */
    @PostMapping("/submissions")
    public ResponseEntity<Void> submit(@Valid @RequestBody Submission submission) {
        return ResponseEntity.accepted().build();
    }

    /**
     * A note to the desk and an article.
     *
     * @param note the note, required
     * @param article the article
     */
    public record Submission(@NotBlank String note, @Valid Article article) {
    }

    /**
     * The ids of the published articles.
     *
     * @return the ids
     */
    @GetMapping
    public List<Long> ids() {
        return published.keySet().stream().sorted().toList();
    }
}
