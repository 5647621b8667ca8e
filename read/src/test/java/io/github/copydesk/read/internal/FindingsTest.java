package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final JsonPath WIDTH = JsonPath.ROOT.child("image").index(0).child("width");

    @Test
    void lenient_collectsEveryFindingInOrder_withItsPathAsText() {
        Findings findings = new Findings(false);
        assertFalse(findings.strict());
        findings.warning(ReadCode.VALUE_REPAIRED, 1, WIDTH, "1440px");
        findings.error(ReadCode.URL_UNREADABLE, 0, JsonPath.ROOT.child("url"), "relative");
        findings.info(ReadCode.TEXT_CLEANED, 2, JsonPath.ROOT, "trimmed");
        assertEquals(List.of(
                new ReadFinding(Severity.WARNING, ReadCode.VALUE_REPAIRED, 1, "$.image[0].width", 0, 0, "1440px"),
                new ReadFinding(Severity.ERROR, ReadCode.URL_UNREADABLE, 0, "$.url", 0, 0, "relative"),
                new ReadFinding(Severity.INFO, ReadCode.TEXT_CLEANED, 2, "$", 0, 0, "trimmed")), findings.list());
    }

    @Test
    void strict_throwsAnErrorWithItsFinding() {
        Findings findings = new Findings(true);
        assertTrue(findings.strict());
        ReadException e = assertThrows(ReadException.class, () -> findings.error(ReadCode.DATE_UNREADABLE, 1, WIDTH, "no date"));
        assertEquals(new ReadFinding(Severity.ERROR, ReadCode.DATE_UNREADABLE, 1, "$.image[0].width", 0, 0, "no date"), e.finding());
        assertNull(e.limit());
        assertEquals(List.of(), findings.list());
    }

    @Test
    void strict_throwsAWarning_sinceTheValueCannotBeReadAsWritten() {
        Findings findings = new Findings(true);
        ReadException e = assertThrows(ReadException.class, () -> findings.warning(ReadCode.VALUE_REPAIRED, 0, WIDTH, "1440px"));
        assertEquals(Severity.WARNING, e.finding().severity());
        assertEquals(ReadCode.VALUE_REPAIRED, e.code());
    }

    @Test
    void strict_collectsInformation() {
        Findings findings = new Findings(true);
        findings.info(ReadCode.TYPE_REPAIRED, 0, JsonPath.ROOT, "a BlogPosting read as news");
        assertEquals(1, findings.list().size());
    }

    @Test
    void syntax_isCollectedWithItsPosition_inEitherMode() {
        for (boolean strict : new boolean[] {false, true}) {
            Findings findings = new Findings(strict);
            findings.syntax(Severity.ERROR, ReadCode.JSON_MALFORMED, 1, "$.a", 3, 7, "not JSON");
            assertEquals(List.of(new ReadFinding(Severity.ERROR, ReadCode.JSON_MALFORMED, 1, "$.a", 3, 7, "not JSON")), findings.list());
        }
    }

    @Test
    void notice_isCollectedAtItsSeverity_inEitherMode_neverThrown() {
        for (boolean strict : new boolean[] {false, true}) {
            Findings findings = new Findings(strict);
            findings.notice(Severity.ERROR, ReadCode.STATUS_CANCELED, 0, JsonPath.ROOT.child("pubStatus"), "canceled");
            findings.notice(Severity.WARNING, ReadCode.EMBARGO_FUTURE, 0, JsonPath.ROOT.child("embargoedUntil"), "embargoed");
            assertEquals(List.of(
                    new ReadFinding(Severity.ERROR, ReadCode.STATUS_CANCELED, 0, "$.pubStatus", 0, 0, "canceled"),
                    new ReadFinding(Severity.WARNING, ReadCode.EMBARGO_FUTURE, 0, "$.embargoedUntil", 0, 0, "embargoed")),
                    findings.list());
        }
    }

    @Test
    void reset_dropsOnlyTheFindingsSinceTheMark() {
        Findings findings = new Findings(false);
        findings.info(ReadCode.TEXT_CLEANED, 0, JsonPath.ROOT, "kept");
        int mark = findings.mark();
        assertEquals(1, mark);
        findings.warning(ReadCode.JSON_REPAIRED, 0, JsonPath.ROOT, "dropped");
        findings.error(ReadCode.JSON_MALFORMED, 0, JsonPath.ROOT, "dropped too");
        findings.reset(mark);
        assertEquals(List.of("kept"), findings.list().stream().map(ReadFinding::message).toList());
        findings.reset(findings.mark());
        assertEquals(1, findings.list().size());
    }
}
