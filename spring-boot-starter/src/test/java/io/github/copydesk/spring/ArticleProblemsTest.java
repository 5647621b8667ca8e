package io.github.copydesk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.ValidationReport;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ArticleProblemsTest {

    /** No headline (an error), no author (a warning with a guideline). */
    private static final Article DRAFT = Article.builder().url("https://example.com/news/1").body("Text.").build();

    @Test
    void rejected_is422WithTheSummaryAndEachFinding() {
        ValidationReport report = ArticleValidator.create().validate(DRAFT, Locale.ENGLISH);
        ProblemDetail problem = ArticleProblems.rejected(report);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo(report.summary());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) problem.getProperties().get("findings");
        assertThat(findings).hasSameSizeAs(report.findings());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = report.findings().get(i);
            Map<String, Object> entry = findings.get(i);
            assertThat(entry).containsEntry("severity", finding.severity().name()).containsEntry("rule", finding.rule())
                    .containsEntry("path", finding.path()).containsEntry("message", finding.message());
            if (finding.guideline() == null) {
                assertThat(entry).doesNotContainKey("guideline");
            } else {
                assertThat(entry).containsEntry("guideline", finding.guideline().toString());
            }
        }
        assertThat(findings).extracting(f -> f.get("rule")).contains(Rule.HEADLINE_REQUIRED.id(), Rule.GOOGLE_AUTHOR_EXPECTED.id());
    }

    @Test
    void rejected_inGerman_summaryInGerman() {
        ValidationReport report = ArticleValidator.create().validate(DRAFT, Locale.GERMAN);
        assertThat(ArticleProblems.rejected(report).getDetail()).isEqualTo(report.summary()).contains("Befunde");
    }

    @Test
    void exception_carriesTheReportAndTheProblem() {
        ValidationReport report = ArticleValidator.create().validate(DRAFT, Locale.ENGLISH);
        ArticleRejectedException e = new ArticleRejectedException(report);
        assertThat(e.report()).isSameAs(report);
        assertThat(e.getStatusCode().value()).isEqualTo(422);
        assertThat(e.getBody().getProperties()).isEqualTo(ArticleProblems.rejected(report).getProperties());
        assertThatThrownBy(() -> new ArticleRejectedException(null)).hasMessage("report");
    }
}
