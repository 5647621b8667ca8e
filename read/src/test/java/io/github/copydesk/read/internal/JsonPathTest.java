package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Stream;

import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class JsonPathTest {

    /** Names that a path must quote, or that look like the syntax of a path. */
    private static final List<String> TRICKY = List.of("@graph", "@id", "it's", "'", "''", "back\\slash", "\\", "\\'",
            "']", "['", "a.b", ".", "a[0]", "[0]", "]", "$", "", " ", "0", "01", "-1", "a b", "\u00fcber", "\u65e5\u672c",
            "\uD83D\uDE00", "a\uD835\uDC9C", "caf\u00e9", "\u0661", "_", "a_1", "\u2028", "\"", "headline");

    private static final Gen<Object> STEPS = Generate.frequency(
            Pair.of(3, integers().between(0, 10_000).map(i -> (Object) i)),
            Pair.of(3, Generate.pick(TRICKY).map(s -> (Object) s)),
            Pair.of(2, TextGenerators.text().map(s -> (Object) s)),
            Pair.of(2, TextGenerators.strings(Generate.pick(List.of("a", "Z", "_", "1", "\u00e9", ".", "[", "]", "'", "\\", "@")), 8)
                    .map(s -> (Object) s)));

    private static final Gen<JsonPath> PATHS = lists().of(STEPS).ofSizeBetween(0, 8).map(JsonPathTest::path);

    private static JsonPath path(List<Object> steps) {
        JsonPath path = JsonPath.ROOT;
        for (Object step : steps) {
            path = step instanceof Integer i ? path.index(i) : path.child((String) step);
        }
        return path;
    }

    @Test
    void parse_ofToString_givesThePathBack() {
        Theories.qt(2_000).forAll(PATHS).checkAssert(p -> {
            JsonPath back = JsonPath.parse(p.toString());
            assertEquals(p.steps(), back.steps(), p::toString);
            assertEquals(p.toString(), back.toString());
        });
    }

    static Stream<Arguments> written() {
        return Stream.of(
                Arguments.of(List.of(), "$"),
                Arguments.of(List.of("author", 0, "name"), "$.author[0].name"),
                Arguments.of(List.of("@graph", 2, "headline"), "$['@graph'][2].headline"),
                Arguments.of(List.of("it's"), "$['it\\'s']"),
                Arguments.of(List.of("back\\slash"), "$['back\\\\slash']"),
                Arguments.of(List.of("a.b", "a[0]"), "$['a.b']['a[0]']"),
                Arguments.of(List.of(""), "$['']"),
                Arguments.of(List.of("0", 0), "$['0'][0]"),
                Arguments.of(List.of("\u00fcber", "_x1"), "$.\u00fcber._x1"),
                Arguments.of(List.of("http://schema.org/name"), "$['http://schema.org/name']"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("written")
    void toString_writesNamesPlainOrQuoted(List<Object> steps, String text) {
        assertEquals(text, path(steps).toString());
        assertEquals(steps, JsonPath.parse(text).steps());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "x", "author", "$a", "$[", "$[x]", "$[1", "$[]", "$[ 1]", "$[1.5]", "$[99999999999]", "$['a'",
        "$['a]", "$['a'x", "$['a']x", "$['a\\", "$$",
        // forms toString never writes
        "$.", "$..a", "$.a.", "$.a b", "$.1a", "$.@id", "$.a-b", "$[+1]", "$[-1]", "$[01]", "$[00]", "$['headline']", "$['_x1']",
        "$['a\\b']", "$['\\\"']"})
    void parse_ofTextThatIsNoPath_throwsQuotingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonPath.parse(text));
        assertTrue(e.getMessage().startsWith("not a JSON path: \""), e.getMessage());
    }

    @Test
    void equalsAndHashCode_compareTheSteps() {
        Theories.qt(1_000).forAll(PATHS).checkAssert(p -> {
            JsonPath same = path(p.steps());
            assertEquals(p, same);
            assertEquals(p.hashCode(), same.hashCode());
            assertEquals(p, JsonPath.parse(p.toString()));
            assertNotEquals(p, p.child("x"));
            assertNotEquals(p.child("0"), p.index(0));
            assertNotEquals(p.index(1), p.index(2));
        });
        assertNotEquals(JsonPath.ROOT.child("a").child("b"), JsonPath.ROOT.child("b").child("a"));
        assertNotEquals(JsonPath.ROOT, "$");
    }

    @Test
    void index_negative_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> JsonPath.ROOT.index(-1));
    }

    @Test
    void steps_areNamesAndIndexesFromTheRoot() {
        assertEquals(List.of(), JsonPath.ROOT.steps());
        assertEquals(List.of("@graph", 2, "author", 0), JsonPath.ROOT.child("@graph").index(2).child("author").index(0).steps());
    }

    @Test
    void child_leavesItsParentUnchanged() {
        JsonPath author = JsonPath.ROOT.child("author");
        author.index(0);
        author.child("name");
        assertEquals("$.author", author.toString());
        assertEquals("$", JsonPath.ROOT.toString());
    }
}
