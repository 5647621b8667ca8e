package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The escapes on any Jackson generator, for values and names, as every Copydesk writer uses them.
 * What the JSON-LD writer's whole output holds is jsonld's {@code HtmlSafetyTest}; here, what a
 * second writer (ninjs, whose objects are keyed by the content's own names) can rely on.
 */
class HtmlSafeEscapesTest {

    /** As Copydesk's writers write: with these escapes, lower-case hex in escapes, the same in every Jackson version. */
    private static final JsonFactory FACTORY = JsonFactories.writing();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {"name": value}, written through a Writer or as UTF-8 bytes. */
    private static String write(String name, String value, boolean bytes) {
        try {
            if (bytes) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (JsonGenerator g = FACTORY.createGenerator(out)) {
                    object(g, name, value);
                }
                return out.toString(StandardCharsets.UTF_8);
            }
            StringWriter out = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                object(g, name, value);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void object(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField(name, value);
        g.writeEndObject();
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(delimiter = '|', value = {
        "003C|\\u003c", "003E|\\u003e", "0026|\\u0026", "2028|\\u2028", "2029|\\u2029", "FFFE|\\ufffe", "FFFF|\\uffff",
        "0022|\\\"", "005C|\\\\", "000A|\\n", "0000|\\u0000", "001F|\\u001f"})
    void escaped_inValuesAndNames_throughAWriterAndAsUtf8(String hex, String escape) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        for (boolean bytes : new boolean[] {false, true}) {
            assertEquals("{\"k" + escape + "\":\"v" + escape + "\"}", write("k" + c, "v" + c, bytes));
        }
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"002F", "0027", "0060", "007F", "0085", "00A0", "00E9", "FEFF", "FFFD", "200D", "4F8B"})
    void writtenAsItself(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        for (boolean bytes : new boolean[] {false, true}) {
            assertEquals("{\"k" + c + "\":\"v" + c + "\"}", write("k" + c, "v" + c, bytes));
        }
    }

    @Test
    void supplementaryCharacter_throughAWriter_isWrittenAsItself() {
        assertEquals("{\"\uD83D\uDE00\":\"\uD83D\uDE00\"}", write("\uD83D\uDE00", "\uD83D\uDE00", false));
    }

    @Test
    void scriptEndTagAndCommentInAName_cannotEndTheScript() {
        String json = write("</script><!--", "x", false);
        assertEquals("{\"\\u003c/script\\u003e\\u003c!--\":\"x\"}", json);
    }

    @Test
    void anyTextInAWriter_isWrittenWithoutMarkupCharactersOrLineSeparators_andReadsBackTheSame() {
        Theories.qt(1_000).forAll(TextGenerators.text(), TextGenerators.text()).checkAssert((name, value) -> {
            String json = write(name, value, false);
            for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029', '\uFFFE', '\uFFFF'}) {
                assertTrue(json.indexOf(c) < 0, json);
            }
            try {
                JsonNode back = JSON.readTree(json);
                assertEquals(value, back.get(name).textValue());
                assertEquals(1, back.size());
            } catch (IOException e) {
                throw new AssertionError(json, e);
            }
        });
    }

    @Test
    void asciiTable_isJsonsOwnPlusTheThreeMarkupCharacters() {
        int[] standard = CharacterEscapes.standardAsciiEscapesForJSON();
        int[] html = HtmlSafeEscapes.INSTANCE.getEscapeCodesForAscii();
        for (int c = 0; c < standard.length; c++) {
            boolean markup = c == '<' || c == '>' || c == '&';
            assertEquals(markup ? CharacterEscapes.ESCAPE_STANDARD : standard[c], html[c], "char " + c);
        }
        write("<&>", "<&>", false);
        assertArrayEquals(html, HtmlSafeEscapes.INSTANCE.getEscapeCodesForAscii(), "writing leaves the table as it was");
    }
}
