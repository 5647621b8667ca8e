package io.github.copydesk.spring;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.validation.ValidationReport;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Validation findings as RFC 9457 problem details, for a controller that rejects an article.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(article, locale);
 * if (report.hasErrors()) {
 *     return ResponseEntity.of(ArticleProblems.rejected(report)).build();   // or: throw new ArticleRejectedException(report)
 * }
 * }</pre>
 *
 * <p>The problem's {@code detail} is the report's summary in its locale ("2 findings: 1 error, 1 warning, 0 info"),
 * and its {@code findings} property lists each finding as the {@code copydesk lint --format json} command does:
 * {@code severity}, {@code rule}, {@code path}, {@code message} and, for a rule from an external guideline,
 * {@code guideline}.
 */
public final class ArticleProblems {

    /** 422 Unprocessable Content: the request was understood, the article is not acceptable. */
    static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

    private ArticleProblems() {
    }

    /**
     * The problem of an article that validation rejected: status 422 (Unprocessable Content), the report's
     * summary as {@code detail}, and its findings.
     *
     * @param report the report
     * @return the problem
     * @throws NullPointerException if {@code report} is null
     */
    public static ProblemDetail rejected(ValidationReport report) {
        return problem(UNPROCESSABLE, report);
    }

    /**
     * The problem of a request whose body failed validation ({@code @Valid} or {@code @Validated} on a request
     * body that is or holds an article): status 400, the summary as {@code detail}, and one finding per error
     * with its path and its message as the validator gave it (in the request's locale). A Copydesk rule's
     * finding carries the rule's id, severity and guideline; another constraint's carries its code, such as
     * {@code NotBlank}, as its rule, and the severity ERROR.
     *
     * @param errors the binding result of the request body
     * @param locale the locale the messages are in
     * @return the problem
     * @throws NullPointerException if a parameter is null
     */
    public static ProblemDetail invalid(BindingResult errors, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, report(errors, locale));
    }

    /**
     * The findings of a binding result, as a report.
     *
     * @param errors the binding result
     * @param locale the locale the messages are in
     * @return the report
     * @throws NullPointerException if a parameter is null
     */
    public static ValidationReport report(BindingResult errors, Locale locale) {
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(locale, "locale");
        List<Finding> findings = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            String path = error instanceof FieldError field ? field.getField() : "";
            String message = Objects.requireNonNullElse(error.getDefaultMessage(), "");
            Optional<Rule> rule = rule(error);
            if (rule.isPresent()) {
                Rule r = rule.get();
                findings.add(new Finding(r.severity(), r.id(), path, message, r.guideline().orElse(null)));
            } else {
                findings.add(new Finding(Severity.ERROR, Objects.requireNonNullElse(error.getCode(), "invalid"), path,
                        message, null));
            }
        }
        return ValidationReport.of(findings, locale);
    }

    /**
     * Whether a binding result holds a finding of one of Copydesk's rules.
     *
     * @param errors the binding result
     * @return whether one of its errors is a Copydesk rule's
     */
    public static boolean concernsArticles(BindingResult errors) {
        for (ObjectError error : errors.getAllErrors()) {
            if (rule(error).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Rule> rule(ObjectError error) {
        if (error.contains(ConstraintViolation.class)) {
            return Rule.byMessageTemplate(error.unwrap(ConstraintViolation.class).getMessageTemplate());
        }
        return Optional.empty();
    }

    private static ProblemDetail problem(HttpStatusCode status, ValidationReport report) {
        Objects.requireNonNull(report, "report");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, report.summary());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("severity", finding.severity().name());
            entry.put("rule", finding.rule());
            entry.put("path", finding.path());
            entry.put("message", finding.message());
            URI guideline = finding.guideline();
            if (guideline != null) {
                entry.put("guideline", guideline.toString());
            }
            findings.add(entry);
        }
        problem.setProperty("findings", findings);
        return problem;
    }
}
