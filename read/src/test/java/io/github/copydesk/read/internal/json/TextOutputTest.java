package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.junit.jupiter.api.Test;

class TextOutputTest {

    @Test
    void everyWrite_appendsItsCharsInOrder() throws IOException {
        TextOutput out = new TextOutput(2);
        out.write('a');
        out.write(new char[] {'x', 'b', 'c', 'y'}, 1, 2);
        out.write("xdex", 1, 2);
        out.write("f");
        out.write(new char[] {'g'});
        assertSame(out, out.append("h"));
        out.append("xiy", 1, 2).append('j').append(null);
        out.write(0x1F600); // as Writer says: the 16 low-order bits
        assertEquals("abcdefghijnull\uF600", out.toString());
    }

    @Test
    void write_outOfBounds_throwsAndWritesNothing() {
        TextOutput out = new TextOutput(0);
        assertThrows(IndexOutOfBoundsException.class, () -> out.write(new char[2], 1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> out.write("ab", 1, 5));
        assertEquals("", out.toString());
    }

    @Test
    void flushAndClose_keepTheText_andWritingGoesOn() throws IOException {
        TextOutput out = new TextOutput(16);
        out.write("a");
        out.flush();
        out.close();
        out.write("b");
        assertEquals("ab", out.toString());
        assertEquals("ab", out.toString());
    }

    @Test
    void aGeneratorWritesTheSameTextAsIntoAStringWriter() throws IOException {
        String text = "caf\u00e9 \uD83D\uDE00 \"quoted\" \\ ".repeat(2_000);
        JsonFactory factory = new JsonFactory();
        TextOutput out = new TextOutput(16);
        StringWriter expected = new StringWriter();
        for (Writer w : new Writer[] {out, expected}) {
            try (JsonGenerator g = factory.createGenerator(w)) {
                g.writeStartArray();
                g.writeString(text);
                g.writeNumber(1.5);
                g.writeEndArray();
            }
        }
        assertEquals(expected.toString(), out.toString());
    }
}
