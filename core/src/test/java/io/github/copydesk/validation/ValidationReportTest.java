package io.github.copydesk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Finding INFO = new Finding(Severity.INFO, "google.image.size.unknown", "media[0]", "Size unknown.", null);
    private static final Finding WARNING_B = new Finding(Severity.WARNING, "editorial.byline.expected", "byline", "No byline.", null);
    private static final Finding WARNING_A = new Finding(Severity.WARNING, "google.author.expected", "author", "No author.",
            URI.create("https://developers.google.com/search/docs/appearance/structured-data/article"));
    private static final Finding ERROR = new Finding(Severity.ERROR, "publishable.url.required", "url", "No URL.", null);

    @Test
    void of_sortsBySeverityThenPath() {
        ValidationReport report = ValidationReport.of(List.of(INFO, WARNING_B, ERROR, WARNING_A));
        assertEquals(List.of(ERROR, WARNING_A, WARNING_B, INFO), report.findings());
        assertEquals(List.of(WARNING_A, WARNING_B), report.findings(Severity.WARNING));
        assertTrue(report.hasErrors());
    }

    @Test
    void of_copiesAndIsUnmodifiable() {
        List<Finding> input = new ArrayList<>(List.of(INFO));
        ValidationReport report = ValidationReport.of(input);
        input.add(ERROR);
        assertEquals(List.of(INFO), report.findings());
        assertFalse(report.hasErrors());
        assertThrows(UnsupportedOperationException.class, () -> report.findings().add(ERROR));
    }

    @Test
    void of_nullElement_throws() {
        List<Finding> input = new ArrayList<>();
        input.add(null);
        assertThrows(NullPointerException.class, () -> ValidationReport.of(input));
        assertThrows(NullPointerException.class, () -> ValidationReport.of(null));
        assertThrows(NullPointerException.class, () -> ValidationReport.of(List.of(), null));
    }

    @Test
    void toString_listsEachFindingWithWhereAndLink() {
        String text = ValidationReport.of(List.of(INFO, ERROR, WARNING_A)).toString();
        assertTrue(text.startsWith("3 findings: 1 error, 1 warning, 1 info"), text);
        assertTrue(text.contains("ERROR   publishable.url.required at url" + System.lineSeparator() + "          No URL."), text);
        assertTrue(text.contains("See https://developers.google.com/search/docs/appearance/structured-data/article"), text);
        assertTrue(text.indexOf("ERROR") < text.indexOf("WARNING") && text.indexOf("WARNING") < text.indexOf("INFO"), text);
        assertEquals("No findings.", ValidationReport.of(List.of()).toString());
    }

    @Test
    void toString_inGerman_translatesTheReportsOwnWords() {
        ValidationReport report = ValidationReport.of(List.of(INFO, ERROR, WARNING_A,
                new Finding(Severity.WARNING, "house.rule", "", "Whole article.", null)), Locale.GERMAN);
        String text = report.toString();
        assertTrue(text.startsWith("4 Befunde: 1 Fehler, 2 Warnungen, 1 Hinweis" + System.lineSeparator()), text);
        assertTrue(text.contains("ERROR   publishable.url.required bei url"), text);
        assertTrue(text.contains("house.rule bei (Artikel)"), text);
        assertTrue(text.contains("Siehe https://developers.google.com/search/docs/appearance/structured-data/article"), text);
        assertFalse(text.contains("See "), text);
        assertEquals("Keine Befunde.", ValidationReport.of(List.of(), Locale.GERMANY).toString());
        assertEquals("4 Befunde: 1 Fehler, 2 Warnungen, 1 Hinweis", report.summary());
        assertEquals(Locale.GERMAN, report.locale());
        assertEquals("1 finding: 0 errors, 0 warnings, 1 info" + System.lineSeparator(),
                ValidationReport.of(List.of(INFO)).toString().lines().findFirst().orElseThrow() + System.lineSeparator());
    }

    @Test
    void finding_toString_namesNoWordOfALanguage() {
        assertEquals("WARNING google.author.expected at author: No author. "
                + "<https://developers.google.com/search/docs/appearance/structured-data/article>", WARNING_A.toString());
    }

    @Test
    void finding_nullParameters_throwNamingThem() {
        assertEquals("severity", assertThrows(NullPointerException.class, () -> new Finding(null, "r", "p", "m", null)).getMessage());
        assertEquals("rule", assertThrows(NullPointerException.class, () -> new Finding(Severity.INFO, null, "p", "m", null)).getMessage());
        assertEquals("path", assertThrows(NullPointerException.class, () -> new Finding(Severity.INFO, "r", null, "m", null)).getMessage());
        assertEquals("message", assertThrows(NullPointerException.class, () -> new Finding(Severity.INFO, "r", "p", null, null)).getMessage());
    }

    @Test
    void equals_sameFindings() {
        assertEquals(ValidationReport.of(List.of(ERROR, INFO)), ValidationReport.of(List.of(INFO, ERROR)));
        assertEquals(ValidationReport.of(List.of(ERROR, INFO)).hashCode(), ValidationReport.of(List.of(INFO, ERROR)).hashCode());
    }
}
