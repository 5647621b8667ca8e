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
     * A summary line and one line per finding, for people.
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
        for (Finding f : findings) {
            out.append("  ").append(f).append(System.lineSeparator());
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
