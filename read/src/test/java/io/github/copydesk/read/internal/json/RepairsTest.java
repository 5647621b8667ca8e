package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepairsTest {

    // ---- wrappers

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'<![CDATA[{}]]>'|true|0", "'//<![CDATA[\n{}\n//]]>'|true|2", "'  // <![CDATA[\r\n{}\r\n// ]]>  '|true|5",
        "'<!--{}-->'|false|0", "'\n<!--\n{}\n-->\n'|false|1", "'/* <![CDATA[ */ {} /* ]]> */'|true|3",
        "'/*<![CDATA[*/\n{}\n/*]]>*/'|true|2", "'/* <!-- */{}/* --> */'|false|3"})
    void unwrap_blanksTheWrapper_keepingLengthAndLineEnds(String text, boolean cdata, int start) {
        Repairs.Unwrapped u = Repairs.unwrap(text);
        assertEquals(cdata, u.cdata());
        assertEquals(start, u.start());
        assertEquals(text.length(), u.text().length());
        assertEquals("{}", u.text().strip());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '{' || c == '}') {
                assertEquals(c, u.text().charAt(i), "at " + i);
            }
        }
    }

    @Test
    void unwrap_keepsAnEndMarkerOfTheOtherKind() {
        assertEquals("         {}-->", Repairs.unwrap("<![CDATA[{}-->").text());
        assertEquals("    {}", Repairs.unwrap("<!--{}").text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"a\":\"<![CDATA[x]]>\"}", "x <!-- {} -->", "/* c */ {}"})
    void unwrap_noWrapperAtTheStart_isNull(String text) {
        assertNull(Repairs.unwrap(text));
    }

    // ---- repairs at the place the parser stopped

    private static String applied(String text, int offset, char container) {
        Repairs.Repair r = Repairs.at(text, offset, container, name -> false);
        return r == null ? null : new Repairs().apply(r, text);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
        "'{\"a\":,\"b\":1}'|5|{|'{\"a\":null,\"b\":1}'",
        "'{\"a\": }'|6|{|'{\"a\": null}'",
        "'[{\"a\":]'|6|{|'[{\"a\":null]'",
        "'{\"a\":'|5|{|'{\"a\":null'",
        "'{\"a\": hello world ,\"b\":1}'|6|{|'{\"a\": \"hello world\" ,\"b\":1}'",
        "'{\"a\":x\n}'|5|{|'{\"a\":\"x\"\n}'",
        "'{\"a\":\"say \"hi\" now\"}'|11|{|'{\"a\":\"say \\\"hi\\\" now\"}'",
        "'{\"a\":\"x \\\"y\\\" \"z\" w\",\"b\":1}'|15|{|'{\"a\":\"x \\\"y\\\" \\\"z\\\" w\",\"b\":1}'",
        // a comma missing between two values
        "'{\"a\":1 \"b\":2}'|7|{|'{\"a\":1 ,\"b\":2}'",
        "'{\"a\":\"x\"\n \"b\" : 2}'|10|{|'{\"a\":\"x\"\n ,\"b\" : 2}'",
        "'{\"a\":{} b:2}'|8|{|'{\"a\":{} ,b:2}'",
        "'{\"a\":true ''b'':2}'|10|{|'{\"a\":true ,''b'':2}'",
        "'{\"a\":[1 2]}'|8|[|'{\"a\":[1 ,2]}'",
        "'[{} {}]'|4|[|'[{} ,{}]'",
        "'[\"x\" \"y\"]'|5|[|'[\"x\" ,\"y\"]'",
        "'[null -1]'|6|[|'[null ,-1]'",
        "'[1 true]'|3|[|'[1 ,true]'",
        "'[1 2 3]'|3|[|'[1 ,2 3]'"})
    void at_repairsTheProblemWhereTheParserStopped(String text, int offset, char container, String repaired) {
        assertEquals(repaired, applied(text, offset, container));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {"'[1,,2]'|3|[", "'{\"a\":x\"y}'|5|{", "'{\"a\":x\\y}'|5|{", "'  x'|2|[",
        "'{\"a\":\"b\" c'|9|{", "'{\"a\":1 \"b\"}'|7|{", "'{\"a\":1 \"b\" 2}'|7|{", "'{\"a\":1 b\":2}'|7|{",
        "'{\"a\":1 \"b}'|7|{", "'[1 x]'|3|[", "'[1 }'|3|[", "'{,\"b\":2}'|1|{", "'{\"a\":1 \"b\":2}'|7|0", "'[1 2]'|3|{",
        "'{\"a\":[1 2]}'|8|{",
        "'[\"x\" \"h\": 1]'|5|[", "'[{} 4\\/5]'|4|["})
    void at_noRepairApplies_isNull(String text, int offset, String container) {
        assertNull(Repairs.at(text, offset, container.equals("0") ? 0 : container.charAt(0), name -> false));
    }

    @Test
    void at_missingCommaBeforeANameTheObjectHolds_isNoRepair() {
        // {"a":1 "a":2}: a key twice where a comma is missing says the object may have ended earlier
        assertNull(Repairs.at("{\"a\":1 \"a\":2}", 7, '{', "a"::equals));
        assertNull(Repairs.at("{\"a\":1 a:2}", 7, '{', "a"::equals));
        assertEquals("{\"a\":1 ,\"b\":2}", new Repairs().apply(Repairs.at("{\"a\":1 \"b\":2}", 7, '{', "a"::equals), "{\"a\":1 \"b\":2}"));
        // a name with an escape is not read here: no repair
        assertNull(Repairs.at("{\"a\":1 \"b\\\"c\":2}", 7, '{', name -> false));
    }

    @Test
    void toOriginal_mapsOffsetsBackThroughEveryInsertion() {
        String original = "{\"a\":,\"b\":x}";
        Repairs repairs = new Repairs();
        String once = repairs.apply(Repairs.at(original, 5, '{', name -> false), original);
        assertEquals("{\"a\":null,\"b\":x}", once);
        String twice = repairs.apply(Repairs.at(once, once.indexOf('x'), '{', name -> false), once);
        assertEquals("{\"a\":null,\"b\":\"x\"}", twice);
        // each char of the repaired text: its own offset in the original, or the offset it was inserted at
        int[] actual = new int[twice.length()];
        for (int i = 0; i < twice.length(); i++) {
            actual[i] = repairs.toOriginal(i);
        }
        // "null" maps to 5, where the value was missing; each added quote to the char it stands before
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 5, 5, 5, 5, 6, 7, 8, 9, 10, 10, 11, 11}, actual);
        assertEquals(original.length(), repairs.toOriginal(twice.length()));
    }

    @Test
    void isSpace_isJsonsWhiteSpaceOnly() {
        for (char c : new char[] {' ', '\t', '\n', '\r'}) {
            assertTrue(Repairs.isSpace(c));
        }
        for (char c : new char[] {'\u00A0', '\u000B', '\u000C', '\u2028', 'x'}) {
            assertFalse(Repairs.isSpace(c));
        }
    }
}
