package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.validation.ValidationReport;

import org.junit.jupiter.api.Test;

/**
 * The seed story under every profile: no error, and exactly the findings that are true of the
 * story: it names no author and has no byline, no publication date, a date-only modification
 * date ("Last Updated: 07/27/2016"), and one photo without alt text or pixel size.
 */
class SeedStoryReportTest {

    @Test
    void validate_allProfiles_reportsExactlyWhatIsTrueOfTheStory() {
        ValidationReport report = ArticleValidator.create().validate(SeedStory.article(), Locale.ENGLISH);

        assertFalse(report.hasErrors(), report::toString);
        Map<String, List<String>> byRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule, Collectors.mapping(Finding::path, Collectors.toList())));
        assertEquals(Map.of(
                Rule.GOOGLE_AUTHOR_EXPECTED.id(), List.of("byline"),
                Rule.GOOGLE_DATE_PUBLISHED_EXPECTED.id(), List.of("datePublished"),
                Rule.GOOGLE_DATE_TIME_ZONE_EXPECTED.id(), List.of("dateModified"),
                Rule.EDITORIAL_BYLINE_EXPECTED.id(), List.of("byline"),
                Rule.EDITORIAL_IMAGE_ALT_TEXT_EXPECTED.id(), List.of("media[0].altText"),
                Rule.GOOGLE_IMAGE_SIZE_UNKNOWN.id(), List.of("media[0]"),
                Rule.GOOGLE_IMAGE_ASPECT_RATIOS.id(), List.of("media")), byRule, report::toString);
        for (Finding finding : report.findings()) {
            Rule rule = Rule.byId(finding.rule()).orElseThrow();
            assertEquals(rule.severity(), finding.severity(), finding.rule());
        }
        assertEquals(5, report.findings(Severity.WARNING).size());
        assertEquals(2, report.findings(Severity.INFO).size());
    }
}
