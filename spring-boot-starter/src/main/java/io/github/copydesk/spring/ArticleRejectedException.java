package io.github.copydesk.spring;

import java.util.Objects;

import io.github.copydesk.validation.ValidationReport;

import org.springframework.web.ErrorResponseException;

/**
 * Thrown by a controller to reject an article with its validation report: Spring answers it with
 * {@link ArticleProblems#rejected(ValidationReport)}, status 422 and an RFC 9457 problem detail that lists the
 * findings (through the starter's exception handler, or Spring's own handling of an {@link ErrorResponseException}).
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(article, locale);
 * if (report.hasErrors()) {
 *     throw new ArticleRejectedException(report);
 * }
 * }</pre>
 */
public class ArticleRejectedException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a report is not {@code Serializable}; the problem detail, which holds its findings, is. */
    private final transient ValidationReport report;

    /**
     * An exception that rejects an article with the given report.
     *
     * @param report the report, usually one with errors
     * @throws NullPointerException if {@code report} is null
     */
    public ArticleRejectedException(ValidationReport report) {
        super(ArticleProblems.UNPROCESSABLE, ArticleProblems.rejected(Objects.requireNonNull(report, "report")), null);
        this.report = report;
    }

    /**
     * The report the article was rejected with.
     *
     * @return the report, or {@code null} after deserialization
     */
    public ValidationReport report() {
        return report;
    }
}
