package io.github.copydesk.benchmarks.coldstart;

import java.util.Locale;
import java.util.Set;

import io.github.copydesk.examples.SeedStory;
import io.github.copydesk.model.Article;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Editorial;
import io.github.copydesk.validation.GoogleSearch;
import io.github.copydesk.validation.ValidationReport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;

/**
 * Cold start: a new JVM, from {@code main} to the first validation report on the seed story. Run
 * by {@code benchmarks/coldstart.sh}, once per JVM, alternately in the two modes:
 * <ul>
 * <li>{@code copydesk}: {@link ArticleValidator} (no XML scan, no Expression Language, Copydesk's
 *   interpolator), on a class path without an EL implementation;</li>
 * <li>{@code plain}: {@code Validation.buildDefaultValidatorFactory()} validating the same article in
 *   the same groups, on a class path with Expressly, the EL implementation it needs.</li>
 * <li>{@code bean-copydesk} and {@code bean-plain}: the floor of the comparison. The same two
 *   bootstraps (Copydesk's configuration: no XML scan, Copydesk's interpolator; the plain default)
 *   validating a record with one {@code @NotNull} component instead of an article: what is left of
 *   the difference when the model costs nothing.</li>
 * </ul>
 * Prints one line: the mode, the number of findings, and the nanoseconds from the start of
 * {@code main} to the report.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * The smallest bean: one constrained component.
     *
     * @param name a value that must not be null
     */
    public record Bean(@NotNull String name) {
    }

    /** Renders each violation as a report line would (path and message), and counts them. */
    private static int report(Set<? extends ConstraintViolation<?>> violations) {
        StringBuilder messages = new StringBuilder();
        for (ConstraintViolation<?> v : violations) {
            messages.append(v.getPropertyPath()).append(": ").append(v.getMessage()).append('\n');
        }
        return violations.size();
    }

    /**
     * Runs one cold start.
     *
     * @param args {@code copydesk}, {@code plain}, {@code bean-copydesk} or {@code bean-plain}
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ColdStart copydesk|plain|bean-copydesk|bean-plain");
        }
        int findings;
        switch (args[0]) {
            case "copydesk" -> {
                Article article = SeedStory.article();
                ValidationReport report = ArticleValidator.create().validate(article, Locale.ENGLISH);
                findings = report.findings().size();
            }
            case "plain" -> {
                Article article = SeedStory.article();
                ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                findings = report(factory.getValidator().validate(article, Default.class,
                        GoogleSearch.Errors.class, GoogleSearch.Advice.class, Editorial.Errors.class, Editorial.Advice.class));
            }
            case "bean-copydesk" -> {
                ValidatorFactory factory = Validation.byDefaultProvider().configure()
                        .ignoreXmlConfiguration()
                        .messageInterpolator(ArticleValidator.messageInterpolator())
                        .buildValidatorFactory();
                findings = report(factory.getValidator().validate(new Bean(null)));
            }
            case "bean-plain" -> {
                ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                findings = report(factory.getValidator().validate(new Bean(null)));
            }
            default -> throw new IllegalArgumentException("usage: ColdStart copydesk|plain|bean-copydesk|bean-plain, not " + args[0]);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println(args[0] + " " + findings + " " + elapsed);
    }
}
