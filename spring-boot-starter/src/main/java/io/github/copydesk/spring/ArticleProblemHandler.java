package io.github.copydesk.spring;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers rejected and invalid articles with RFC 9457 problem details; the starter registers it in a servlet web
 * application. Ordered last, so that the application's own handlers of the same exceptions come first.
 * <ul>
 * <li>An {@link ArticleRejectedException}: 422, {@link ArticleProblems#rejected}.</li>
 * <li>A {@link MethodArgumentNotValidException} of a request body that is or holds an article (one of its errors
 *   is a Copydesk rule's): 400, {@link ArticleProblems#invalid}, the messages in the request's locale. Other
 *   bodies' errors are left to the application's, or Spring's, handling.</li>
 * </ul>
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ArticleProblemHandler {

    /** A handler; the starter creates it. */
    public ArticleProblemHandler() {
    }

    /**
     * Answers a rejected article.
     *
     * @param rejected the exception
     * @return 422 with the problem detail of the report
     */
    @ExceptionHandler(ArticleRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(ArticleRejectedException rejected) {
        return ResponseEntity.status(rejected.getStatusCode()).body(rejected.getBody());
    }

    /**
     * Answers a request body that failed validation, when it is or holds an article.
     *
     * @param invalid the exception
     * @param locale the request's locale
     * @return 400 with the problem detail of the errors
     * @throws MethodArgumentNotValidException the exception itself when no error is a Copydesk rule's, for the
     *         application's or Spring's own handling
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, Locale locale)
            throws MethodArgumentNotValidException {
        if (!ArticleProblems.concernsArticles(invalid.getBindingResult())) {
            throw invalid;
        }
        return ResponseEntity.badRequest().body(ArticleProblems.invalid(invalid.getBindingResult(), locale));
    }
}
