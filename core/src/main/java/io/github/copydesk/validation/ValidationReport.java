package io.github.copydesk.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The findings of one validation, sorted by severity (errors first), then by path, then by rule.
 * Immutable and thread-safe.
 */
public final class ValidationReport {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::path)
            .thenComparing(Finding::rule);

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * A report of the given findings, sorted.
     *
     * @param findings the findings, in any order
     * @return the report
     * @throws NullPointerException if {@code findings} or one of its elements is null
     */
    public static ValidationReport of(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sorted.add(java.util.Objects.requireNonNull(f, "findings[]"));
        }
        sorted.sort(ORDER);
        return new ValidationReport(List.copyOf(sorted));
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
     * The report for people: a summary line, then for each finding its severity, rule and where, the
     * message (what is wrong and how to fix it) and, for a rule from an external guideline, its link.
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
            return "No findings.";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d finding%s: %d error%s, %d warning%s, %d info%n",
                findings.size(), findings.size() == 1 ? "" : "s",
                count(Severity.ERROR), count(Severity.ERROR) == 1 ? "" : "s",
                count(Severity.WARNING), count(Severity.WARNING) == 1 ? "" : "s",
                count(Severity.INFO)));
        String newline = System.lineSeparator();
        for (Finding f : findings) {
            out.append("  ").append(String.format(Locale.ROOT, "%-7s", f.severity())).append(' ').append(f.rule())
                    .append(" at ").append(f.path().isEmpty() ? "(article)" : f.path()).append(newline)
                    .append("          ").append(f.message()).append(newline);
            if (f.guideline() != null) {
                out.append("          See ").append(f.guideline()).append(newline);
            }
        }
        return out.toString();
    }

    private long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport other && findings.equals(other.findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }
}
