package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PositionsTest {

    private static final String LINES = "ab\ncd\r\nef\rgh";

    @ParameterizedTest(name = "offset {0}")
    @CsvSource({"0, 1, 1", "1, 1, 2", "2, 1, 3", "3, 2, 1", "4, 2, 2", "5, 2, 3", "7, 3, 1", "9, 3, 3", "10, 4, 1", "11, 4, 2",
        "12, 4, 3", "99, 4, 3"})
    void lineAndColumn_countLinesEndedByLfCrLfOrCr(int offset, int line, int column) {
        assertEquals(line, Positions.line(LINES, offset));
        assertEquals(column, Positions.column(LINES, offset));
    }

    @Test
    void lineAndColumn_ofAnEmptyText_areTheStart() {
        assertEquals(1, Positions.line("", 0));
        assertEquals(1, Positions.column("", 0));
    }

    @Test
    void column_countsUtf16Chars() {
        String text = "\"\uD83D\uDE00\u00e9\" x";
        assertEquals(7, Positions.column(text, text.indexOf('x')));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"'a\n\nb'|3", "'a\r\rb'|3", "'a\r\n\r\nb'|3", "'a\n\rb'|3", "'a\r\n\nb'|3", "'a\r\nb'|2"})
    void emptyLines_areLinesToo(String text, int line) {
        assertEquals(line, Positions.line(text, text.indexOf('b')));
        assertEquals(1, Positions.column(text, text.indexOf('b')));
    }

    /**
     * Lines of text without line ends, joined by any line end: every char is at its line and column.
     * (Each line holds a char, so that a CR, an empty line and an LF do not make one CRLF.)
     */
    @Test
    void lineAndColumn_ofEveryChar_areThoseOfItsLine() {
        Gen<String> line = TextGenerators.text().map(s -> "x" + s.replace("\r", "").replace("\n", ""));
        Gen<List<String>> lines = lists().of(line).ofSizeBetween(1, 6);
        Gen<List<String>> ends = lists().of(Generate.pick(List.of("\n", "\r\n", "\r"))).ofSize(5);
        Theories.qt(1_000).forAll(lines, ends).checkAssert((ls, es) -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < ls.size(); i++) {
                text.append(i == 0 ? "" : es.get(i - 1));
                int start = text.length();
                text.append(ls.get(i));
                for (int offset = start; offset <= text.length(); offset++) {
                    assertEquals(i + 1, Positions.line(text.toString(), offset), text::toString);
                    assertEquals(offset - start + 1, Positions.column(text.toString(), offset), text::toString);
                }
            }
        });
    }

    private static final String DOCUMENT = "{\"a\": [1, {\"b\": \"x\"}],\n \"@graph\": [{\"c\": true}], \"a.b\": null, \"it's\": [[5]]}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$|{", "$.a|[1", "$.a[0]|1,", "$.a[1]|{\"b\"", "$.a[1].b|\"x\"", "$['@graph'][0].c|true", "$['a.b']|null",
        "$['it\\'s'][0][0]|5]"})
    void locate_findsWhereTheValueStarts(String path, String startsWith) {
        int offset = Positions.locate(DOCUMENT, JsonPath.parse(path));
        assertEquals(DOCUMENT.indexOf(startsWith), offset, path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"$.z", "$.a[2]", "$.a[1].c", "$['@graph'][1]", "$.b"})
    void locate_aPathNotInTheText_isMinusOne(String path) {
        assertEquals(-1, Positions.locate(DOCUMENT, JsonPath.parse(path)));
    }

    @Test
    void locate_readsWhatALenientReaderRead() {
        String text = "  {'a': 1, /* note */ b: [2,], \"c\": NaN}";
        assertEquals(text.indexOf("2"), Positions.locate(text, JsonPath.ROOT.child("b").index(0)));
        assertEquals(text.indexOf("NaN"), Positions.locate(text, JsonPath.ROOT.child("c")));
        assertEquals(2, Positions.locate(text, JsonPath.ROOT));
    }

    @Test
    void locate_findsAValueBeforeBrokenText_butNotAfter() {
        assertEquals(6, Positions.locate("{\"a\": 1, \"b\": }", JsonPath.ROOT.child("a")));
        assertEquals(-1, Positions.locate("{\"x\": , \"a\": 1}", JsonPath.ROOT.child("a")));
    }

    @Test
    void locate_aKeyTwice_isTheFirst() {
        assertEquals(5, Positions.locate("{\"a\":1,\"a\":2}", JsonPath.ROOT.child("a")));
    }

    @Test
    void pathOf_noParser_isTheRoot() {
        assertEquals("$", Positions.pathOf(null).toString());
    }
}
