package io.github.copydesk.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.copydesk.validation.internal.Messages;

/**
 * The findings of one validation, sorted by severity (errors first), then by path, then by rule, and
 * the locale their messages are in, which {@link #toString()} prints in too. Immutable and thread-safe.
 */
public final class ValidationReport {

    /** The report's own words (summary, "See", ...), in Copydesk's bundle {@code .../internal/report}. */
    private static final Messages WORDS = Messages.of("io/github/copydesk/validation/internal/report");

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::path)
            .thenComparing(Finding::rule);

    private final List<Finding> findings;
    private final Locale locale;

    private ValidationReport(List<Finding> findings, Locale locale) {
        this.findings = findings;
        this.locale = locale;
    }

    /**
     * A report of the given findings, sorted, whose messages are in English ({@link Locale#ROOT}).
     *
     * @param findings the findings, in any order
     * @return the report
     * @throws NullPointerException if {@code findings} or one of its elements is null
     */
    public static ValidationReport of(List<Finding> findings) {
        return of(findings, Locale.ROOT);
    }

    /**
     * A report of the given findings, sorted, whose messages are in the given locale.
     *
     * @param findings the findings, in any order
     * @param locale the locale of the findings' messages, in which {@link #toString()} prints the report
     * @return the report
     * @throws NullPointerException if a parameter or an element of {@code findings} is null
     */
    public static ValidationReport of(List<Finding> findings, Locale locale) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(locale, "locale");
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sorted.add(Objects.requireNonNull(f, "findings[]"));
        }
        sorted.sort(ORDER);
        return new ValidationReport(List.copyOf(sorted), locale);
    }

    /** @return the locale of the findings' messages */
    public Locale locale() {
        return locale;
    }

    /** @return every finding, sorted; unmodifiable */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings of one severity, in report order.
     *
     * @param severity the severity
     * @return the findings; unmodifiable
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** @return whether any finding is an {@link Severity#ERROR} */
    public boolean hasErrors() {
        return !findings.isEmpty() && findings.get(0).severity() == Severity.ERROR;
    }

    /** @return whether there are no findings at all */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * The report's first line, in its {@linkplain #locale() locale}: how many findings of each severity.
     *
     * @return such as {@code 3 findings: 1 error, 1 warning, 1 info}, or {@code No findings.}
     */
    public String summary() {
        if (findings.isEmpty()) {
            return word("report.empty");
        }
        return new MessageFormat(word("report.summary"), locale).format(new Object[] {
                findings.size(), count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)});
    }

    /**
     * The report for people, in the report's {@linkplain #locale() locale} (English and German ship with
     * Copydesk): a summary line, then for each finding its severity, rule and where, the message (what is
     * wrong and how to fix it) and, for a rule from an external guideline, its link.
     *
     * <pre>
     * 2 findings: 1 error, 1 warning, 0 info
     *   ERROR   publishable.url.required at url
     *           The canonical URL is missing. Set the article's canonical URL before publishing.
     *   WARNING google.author.expected at byline
     *           The article names no author. ...
     *           See https://developers.google.com/search/docs/appearance/structured-data/article
     * </pre>
     *
     * @return the report as text
     */
    @Override
    public String toString() {
        if (findings.isEmpty()) {
            return summary();
        }
        String newline = System.lineSeparator();
        StringBuilder out = new StringBuilder(summary()).append(newline);
        String at = word("report.at");
        String article = word("report.article");
        String see = word("report.see");
        for (Finding f : findings) {
            out.append("  ").append(String.format(Locale.ROOT, "%-7s", f.severity())).append(' ').append(f.rule())
                    .append(' ').append(at).append(' ').append(f.path().isEmpty() ? article : f.path()).append(newline)
                    .append("          ").append(f.message()).append(newline);
            if (f.guideline() != null) {
                out.append("          ").append(see).append(' ').append(f.guideline()).append(newline);
            }
        }
        return out.toString();
    }

    private long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private String word(String key) {
        return WORDS.get(key, locale);
    }

    /**
     * Whether another report has the same findings (messages included). The locales are not compared: reports
     * for {@code de} and {@code de-DE} with the same findings are equal.
     *
     * @param o the other object
     * @return whether it is an equal report
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport other && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }
}
