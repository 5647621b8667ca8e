package io.github.copydesk.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

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

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void serialization_givesAnEqualFinding() throws IOException, ClassNotFoundException {
        ReadFinding f = new ReadFinding(Severity.WARNING, CODE, 1, "$.datePublished", 3, 7, "read as 2024-01-02");
        assertEquals(f, deserialized(serialized(f)));
    }

    @Test
    void deserialization_checksEveryFieldAsTheConstructorDoes() throws IOException {
        // a line of 0x7ABCDEF0 in the stream, changed to -1 there
        byte[] bytes = serialized(new ReadFinding(Severity.WARNING, CODE, 1, "$", 0x7ABCDEF0, 7, "m"));
        int at = -1;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (bytes[i] == 0x7A && bytes[i + 1] == (byte) 0xBC && bytes[i + 2] == (byte) 0xDE && bytes[i + 3] == (byte) 0xF0) {
                at = i;
            }
        }
        assertTrue(at >= 0);
        java.util.Arrays.fill(bytes, at, at + 4, (byte) 0xFF);
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialized(bytes));
        assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
    }
}
