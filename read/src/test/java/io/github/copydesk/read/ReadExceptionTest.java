package io.github.copydesk.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadExceptionTest {

    private static ReadException of(ReadCode code, int block, String path, int line, int column, String detail) {
        return new ReadException(new ReadFinding(Severity.ERROR, code, block, path, line, column, detail), null, null);
    }

    @Test
    void message_withPathAndPosition_isSummaryPlaceAndDetail() {
        assertEquals("an unreadable date (block 2 at $.datePublished, line 3, column 7): \"yesterday\"",
                of(ReadCode.DATE_UNREADABLE, 2, "$.datePublished", 3, 7, "\"yesterday\"").getMessage());
    }

    @Test
    void message_forTheBlockAsAWhole_leavesThePathOut() {
        assertEquals("not JSON (block 0, line 1, column 5): more than one JSON value",
                of(ReadCode.JSON_MALFORMED, 0, "$", 1, 5, "more than one JSON value").getMessage());
    }

    @Test
    void message_withoutAPosition_leavesLineAndColumnOut() {
        assertEquals("an unreadable URL (block 1 at $.url): a relative URL",
                of(ReadCode.URL_UNREADABLE, 1, "$.url", 0, 0, "a relative URL").getMessage());
        assertEquals("the input could not be read (block 0): disk on fire",
                of(ReadCode.INPUT_UNREADABLE, 0, "$", 0, 0, "disk on fire").getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ReadCode.class, mode = EnumSource.Mode.EXCLUDE, names = "LIMIT_EXCEEDED")
    void message_ofEveryCode_hasTheSameForm(ReadCode code) {
        String message = of(code, 4, "$.a[1]", 2, 9, "what was found").getMessage();
        assertTrue(message.matches("[^():]+ \\(block 4 at \\$\\.a\\[1\\], line 2, column 9\\): what was found"), message);
    }

    @Test
    void accessors_giveTheFindingsFields() {
        ReadFinding finding = new ReadFinding(Severity.WARNING, ReadCode.TYPE_REPAIRED, 3, "$['@type']", 4, 5, "newsarticle");
        IllegalStateException cause = new IllegalStateException("x");
        ReadException e = new ReadException(finding, null, cause);
        assertSame(finding, e.finding());
        assertEquals(ReadCode.TYPE_REPAIRED, e.code());
        assertEquals(3, e.block());
        assertEquals("$['@type']", e.path());
        assertEquals(4, e.line());
        assertEquals(5, e.column());
        assertNull(e.limit());
        assertSame(cause, e.getCause());
    }

    @Test
    void at_changesThePositionAndKeepsEverythingElse() {
        IllegalStateException cause = new IllegalStateException("x");
        ReadFinding finding = new ReadFinding(Severity.WARNING, ReadCode.DATE_REPAIRED, 2, "$.dateModified", 0, 0, "+0000");
        ReadException e = new ReadException(finding, null, cause);
        ReadException located = e.at(3, 14);
        assertEquals(new ReadFinding(Severity.WARNING, ReadCode.DATE_REPAIRED, 2, "$.dateModified", 3, 14, "+0000"), located.finding());
        assertSame(cause, located.getCause());
        assertNull(located.limit());
        assertTrue(located.getMessage().endsWith("(block 2 at $.dateModified, line 3, column 14): +0000"), located.getMessage());
        assertEquals(0, e.line(), "the exception it was made from is unchanged");
    }

    @Test
    void at_keepsTheLimit() {
        ReadException e = ReadException.limit(ReadLimits.Limit.DEPTH, 1, 0, 0, "nested deeper than 64 (maxDepth)");
        ReadException located = e.at(2, 3);
        assertEquals(ReadLimits.Limit.DEPTH, located.limit());
        assertEquals(ReadCode.LIMIT_EXCEEDED, located.code());
        assertEquals(2, located.line());
    }

    @Test
    void limit_isGivenOnlyWithLimitExceeded() {
        ReadFinding malformed = new ReadFinding(Severity.ERROR, ReadCode.JSON_MALFORMED, 0, "$", 0, 0, "m");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadException(malformed, ReadLimits.Limit.NODES, null));
        assertTrue(e.getMessage().contains("NODES") && e.getMessage().contains("read.json.malformed"), e.getMessage());
        ReadFinding exceeded = new ReadFinding(Severity.ERROR, ReadCode.LIMIT_EXCEEDED, 0, "$", 0, 0, "m");
        assertThrows(IllegalArgumentException.class, () -> new ReadException(exceeded, null, null));
        assertEquals(ReadLimits.Limit.NODES, new ReadException(exceeded, ReadLimits.Limit.NODES, null).limit());
    }

    @Test
    void nullFinding_throwsNamingIt() {
        assertEquals("finding", assertThrows(NullPointerException.class, () -> new ReadException(null, null, null)).getMessage());
    }

    @Test
    void limitFactory_makesAnErrorForTheWholeBlock() {
        ReadException e = ReadException.limit(ReadLimits.Limit.STRING_LENGTH, 1, 2, 3, "a string longer than 10 chars (maxStringLength)");
        assertEquals(new ReadFinding(Severity.ERROR, ReadCode.LIMIT_EXCEEDED, 1, "$", 2, 3,
                "a string longer than 10 chars (maxStringLength)"), e.finding());
        assertEquals(ReadLimits.Limit.STRING_LENGTH, e.limit());
        assertNull(e.getCause());
        assertEquals("the input exceeds a limit (block 1, line 2, column 3): a string longer than 10 chars (maxStringLength)",
                e.getMessage());
    }

    @Test
    void limitFactory_withoutAPosition_saysOnlyTheBlock() {
        assertEquals("the input exceeds a limit (block 0): more than 10 bytes of input (maxInputBytes)",
                ReadException.limit(ReadLimits.Limit.INPUT_BYTES, 0, 0, 0, "more than 10 bytes of input (maxInputBytes)").getMessage());
    }

    @Test
    void limitFactory_checksItsArguments() {
        assertEquals("limit", assertThrows(NullPointerException.class, () -> ReadException.limit(null, 0, 0, 0, "d")).getMessage());
        assertThrows(NullPointerException.class, () -> ReadException.limit(ReadLimits.Limit.DEPTH, 0, 0, 0, null));
        assertThrows(IllegalArgumentException.class, () -> ReadException.limit(ReadLimits.Limit.DEPTH, -1, 0, 0, "d"));
    }

    @Test
    void serialization_keepsTheFinding() throws IOException, ClassNotFoundException {
        ReadException e = ReadException.limit(ReadLimits.Limit.DEPTH, 1, 2, 3, "nested deeper than 64 (maxDepth)");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        ReadException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ReadException) in.readObject();
        }
        assertEquals(e.getMessage(), back.getMessage());
        assertEquals(ReadLimits.Limit.DEPTH, back.limit());
        assertEquals(e.finding(), back.finding());
        assertEquals(ReadCode.LIMIT_EXCEEDED, back.code());
    }
}
