package io.github.copydesk.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadFindingTest {

    private static final ReadCode CODE = ReadCode.DATE_REPAIRED;

    @Test
    void toString_ofAValueFinding_givesSeverityIdBlockPathAndMessage() {
        ReadFinding f = new ReadFinding(Severity.WARNING, CODE, 1, "$['@graph'][0].datePublished", 0, 0, "read as 2024-01-02");
        assertEquals("WARNING read.date.repaired block 1 $['@graph'][0].datePublished: read as 2024-01-02", f.toString());
    }

    @Test
    void toString_ofASyntaxFinding_givesLineAndColumnInPlaceOfThePath() {
        ReadFinding f = new ReadFinding(Severity.ERROR, ReadCode.JSON_MALFORMED, 0, "$.a", 3, 7, "not JSON");
        assertEquals("ERROR read.json.malformed block 0 line 3, column 7: not JSON", f.toString());
    }

    @Test
    void nullFields_throwNamingTheField() {
        assertEquals("severity", assertThrows(NullPointerException.class,
                () -> new ReadFinding(null, CODE, 0, "$", 0, 0, "m")).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> new ReadFinding(Severity.INFO, null, 0, "$", 0, 0, "m")).getMessage());
        assertEquals("path", assertThrows(NullPointerException.class,
                () -> new ReadFinding(Severity.INFO, CODE, 0, null, 0, 0, "m")).getMessage());
        assertEquals("message", assertThrows(NullPointerException.class,
                () -> new ReadFinding(Severity.INFO, CODE, 0, "$", 0, 0, null)).getMessage());
    }

    @ParameterizedTest(name = "block {0}, line {1}, column {2}")
    @CsvSource({"-1, 0, 0", "0, -1, 0", "0, 0, -1", "-2147483648, 1, 1"})
    void negativeBlockLineOrColumn_isRejectedWithTheValues(int block, int line, int column) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadFinding(Severity.INFO, CODE, block, "$", line, column, "m"));
        assertTrue(e.getMessage().contains(block + ", " + line + ", " + column), e.getMessage());
    }

    @Test
    void zeroBlockLineAndColumn_areAllowed() {
        ReadFinding f = new ReadFinding(Severity.INFO, CODE, 0, "$", 0, 0, "");
        assertEquals(0, f.block() + f.line() + f.column());
    }

    @Test
    void equals_isByValue() {
        ReadFinding f = new ReadFinding(Severity.INFO, CODE, 0, "$.a", 0, 0, "m");
        assertEquals(f, new ReadFinding(Severity.INFO, CODE, 0, "$.a", 0, 0, "m"));
        assertEquals(f.hashCode(), new ReadFinding(Severity.INFO, CODE, 0, "$.a", 0, 0, "m").hashCode());
        assertNotEquals(f, new ReadFinding(Severity.INFO, CODE, 0, "$.b", 0, 0, "m"));
        assertNotEquals(f, new ReadFinding(Severity.WARNING, CODE, 0, "$.a", 0, 0, "m"));
    }
}
