package io.github.copydesk.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;

class ReadResultTest {

    private static final Article ARTICLE = Article.builder().headline("Harbour reopens").build();
    private static final ReadFinding INFO = finding(Severity.INFO, "$.headline");
    private static final ReadFinding WARNING = finding(Severity.WARNING, "$.datePublished");
    private static final ReadFinding ERROR = finding(Severity.ERROR, "$.url");
    private static final ReadFinding WARNING2 = finding(Severity.WARNING, "$.image.width");

    private static ReadFinding finding(Severity severity, String path) {
        return new ReadFinding(severity, ReadCode.VALUE_REPAIRED, 0, path, 0, 0, "m");
    }

    @Test
    void lists_areCopied() {
        List<Article> articles = new ArrayList<>(List.of(ARTICLE));
        List<ReadFinding> findings = new ArrayList<>(List.of(INFO));
        ReadResult result = new ReadResult(articles, findings);
        articles.clear();
        findings.add(ERROR);
        assertEquals(List.of(ARTICLE), result.articles());
        assertEquals(List.of(INFO), result.findings());
    }

    @Test
    void lists_areUnmodifiable() {
        ReadResult result = new ReadResult(List.of(ARTICLE), List.of(INFO));
        assertThrows(UnsupportedOperationException.class, () -> result.articles().add(ARTICLE));
        assertThrows(UnsupportedOperationException.class, () -> result.findings().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> result.findings(Severity.INFO).clear());
    }

    @Test
    void nullListsOrElements_areRejected() {
        assertThrows(NullPointerException.class, () -> new ReadResult(null, List.of()));
        assertThrows(NullPointerException.class, () -> new ReadResult(List.of(), null));
        assertThrows(NullPointerException.class, () -> new ReadResult(Arrays.asList(ARTICLE, null), List.of()));
        assertThrows(NullPointerException.class, () -> new ReadResult(List.of(), Arrays.asList(INFO, null)));
    }

    @Test
    void hasErrors_isWhetherAFindingIsAnError() {
        assertFalse(new ReadResult(List.of(), List.of()).hasErrors());
        assertFalse(new ReadResult(List.of(ARTICLE), List.of(INFO, WARNING)).hasErrors());
        assertTrue(new ReadResult(List.of(ARTICLE), List.of(INFO, ERROR, WARNING)).hasErrors());
    }

    @Test
    void findingsOfASeverity_areThoseInTheirOrder() {
        ReadResult result = new ReadResult(List.of(), List.of(WARNING, INFO, ERROR, WARNING2));
        assertEquals(List.of(WARNING, WARNING2), result.findings(Severity.WARNING));
        assertEquals(List.of(ERROR), result.findings(Severity.ERROR));
        assertEquals(List.of(), new ReadResult(List.of(), List.of(INFO)).findings(Severity.ERROR));
        assertEquals("severity", assertThrows(NullPointerException.class, () -> result.findings(null)).getMessage());
    }

    @Test
    void equals_isByValue() {
        assertEquals(new ReadResult(List.of(ARTICLE), List.of(INFO)), new ReadResult(new ArrayList<>(List.of(ARTICLE)), List.of(INFO)));
        assertNotEquals(new ReadResult(List.of(ARTICLE), List.of(INFO)), new ReadResult(List.of(ARTICLE), List.of(WARNING)));
    }
}
