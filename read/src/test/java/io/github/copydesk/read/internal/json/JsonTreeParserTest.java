package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Inputs;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounded, repairing tree parser. Every position asserted here holds under every supported
 * Jackson version: the build runs these tests again with {@code -Pjackson-floor}. Positions are
 * 1-based lines and columns in the block as given; the messages' text after the repair is Jackson's
 * own and is not asserted.
 */
class JsonTreeParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BLOCK = 2;

    /** A shape that reads every property and notes nothing. */
    private static final JsonTreeParser.Shape ALL = new Log(name -> true);

    /** A shape that records what the parser tells it. */
    private static final class Log implements JsonTreeParser.Shape {
        final List<String> events = new ArrayList<>();
        private final Predicate<String> reads;

        Log(Predicate<String> reads) {
            this.reads = reads;
        }

        @Override
        public boolean reads(String name) {
            events.add("reads " + name);
            return reads.test(name);
        }

        @Override
        public void restart() {
            events.add("restart");
        }

        @Override
        public void objectEnded(ObjectNode object, JsonTreeParser.At at) {
            events.add("ended " + at.path() + " in value " + at.root());
        }

        List<String> ended() {
            return events.stream().filter(e -> e.startsWith("ended")).toList();
        }
    }

    private record Lenient(List<JsonNode> roots, List<ReadFinding> findings) {
        List<String> described() {
            return findings.stream().map(JsonTreeParserTest::describe).toList();
        }
    }

    private static String describe(ReadFinding f) {
        return f.severity() + " " + f.code().id() + " " + f.path() + " " + f.line() + ":" + f.column() + " | " + f.message();
    }

    private static Lenient lenient(String text, ReadLimits limits, JsonTreeParser.Budget budget, JsonTreeParser.Shape shape) {
        Findings findings = new Findings(false);
        List<JsonNode> roots = new JsonTreeParser(limits, false).parse(text, BLOCK, budget, findings, shape);
        return new Lenient(roots, findings.list());
    }

    private static Lenient lenient(String text) {
        return lenient(text, ReadLimits.defaults(), new JsonTreeParser.Budget(), ALL);
    }

    private static List<JsonNode> strict(String text, ReadLimits limits, JsonTreeParser.Budget budget, JsonTreeParser.Shape shape) {
        Findings findings = new Findings(true);
        List<JsonNode> roots = new JsonTreeParser(limits, true).parse(text, BLOCK, budget, findings, shape);
        assertEquals(List.of(), findings.list());
        return roots;
    }

    private static List<JsonNode> strict(String text) {
        return strict(text, ReadLimits.defaults(), new JsonTreeParser.Budget(), ALL);
    }

    private static ReadException strictFails(String text) {
        return assertThrows(ReadException.class, () -> strict(text));
    }

    private static List<JsonNode> values(String jsonArray) {
        try {
            List<JsonNode> values = new ArrayList<>();
            JSON.readTree(jsonArray).forEach(values::add);
            return values;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String position(ReadException e) {
        return e.path() + " " + e.line() + ":" + e.column();
    }

    // ---------------------------------------------------------------------------------------------
    // malformed blocks: where strict mode stops, and what lenient mode reads

    private static Arguments row(String name, String text, String strictStop, String lenientRoots, String... lenientFindings) {
        return Arguments.of(name, text, strictStop, lenientRoots, List.of(lenientFindings));
    }

    static Stream<Arguments> malformed() {
        String repaired = "WARNING read.json.repaired ";
        String malformed = "ERROR read.json.malformed ";
        return Stream.of(
                row("missing value", "{\"a\":, \"b\":1}", "$.a 1:6", "[{\"a\":null,\"b\":1}]",
                        repaired + "$.a 1:6 | missing value read as null ("),
                row("unquoted text", "{\"a\": x y}", "$.a 1:7", "[{\"a\":\"x y\"}]",
                        repaired + "$.a 1:7 | unquoted text read as a string ("),
                row("unquoted literal cut short", "{\"a\":tru}", "$.a 1:6", "[{\"a\":\"tru\"}]",
                        repaired + "$.a 1:6 | unquoted text read as a string ("),
                row("unescaped quotes", "{\"a\":\"say \"hi\" now\",\"b\":1}", "$.a 1:12", "[{\"a\":\"say \\\"hi\\\" now\",\"b\":1}]",
                        repaired + "$.a 1:12 | unescaped quotation marks inside a string escaped ("),
                row("trailing comma in an array", "{\"a\":[1,2,],}", "$.a[2] 1:11", "[{\"a\":[1,2]}]",
                        repaired + "$.a[2] 1:11 | not strict JSON ("),
                row("single quotes", "{'a':1}", "$ 1:2", "[{\"a\":1}]", repaired + "$ 1:2 | not strict JSON ("),
                row("unquoted name", "{a:1}", "$ 1:2", "[{\"a\":1}]", repaired + "$ 1:2 | not strict JSON ("),
                row("comment", "{\"a\":1 /* c */}", "$.a 1:8", "[{\"a\":1}]", repaired + "$.a 1:8 | not strict JSON ("),
                row("tab in a string", "{\"a\":\"x\ty\"}", "$.a 1:8", "[{\"a\":\"x\\ty\"}]", repaired + "$.a 1:8 | not strict JSON ("),
                row("unknown escape", "{\"a\":\"\\x\"}", "$.a 1:8", "[{\"a\":\"x\"}]", repaired + "$.a 1:8 | not strict JSON ("),
                row("leading decimal point", "{\"a\":.5}", "$.a 1:6", "[{\"a\":0.5}]", repaired + "$.a 1:6 | not strict JSON ("),
                row("CDATA wrapper", "<![CDATA[{\"a\":1}]]>", "$ 1:1", "[{\"a\":1}]",
                        repaired + "$ 1:1 | CDATA wrapper around the JSON removed"),
                row("CDATA wrapper in line comments", "//<![CDATA[\n{\"a\":1}\n//]]>", "$ 1:1", "[{\"a\":1}]",
                        repaired + "$ 1:3 | CDATA wrapper around the JSON removed"),
                row("HTML comment wrapper", "<!--\n{\"a\":1}\n-->", "$ 1:1", "[{\"a\":1}]",
                        repaired + "$ 1:1 | HTML comment wrapper around the JSON removed"),
                row("indented HTML comment wrapper", "  <!-- {\"a\":1} -->  ", "$ 1:3", "[{\"a\":1}]",
                        repaired + "$ 1:3 | HTML comment wrapper around the JSON removed"),
                row("wrapper ends with the other marker", "<![CDATA[{\"a\":1}-->", "$ 1:1", "[{\"a\":1}]",
                        repaired + "$ 1:1 | CDATA wrapper around the JSON removed",
                        malformed + "$ 1:18 | not JSON ("),
                row("two values", "{\"a\":1} {\"b\":2}", "$ 1:9", "[{\"a\":1},{\"b\":2}]"),
                row("two values without space", "{\"a\":\"x\"}{\"b\":\"y\"}", "$ 1:10", "[{\"a\":\"x\"},{\"b\":\"y\"}]"),
                row("a value and a number", "{\"a\":1} 3", "$ 1:9", "[{\"a\":1},3]"),
                row("empty block", "", "$ 1:1", "[]", "ERROR read.json.malformed $ 0:0 | the block is empty: no JSON value"),
                row("blank block", "\n", "$ 2:1", "[]", "ERROR read.json.malformed $ 0:0 | the block is empty: no JSON value"),
                row("byte order mark as a space", Inputs.withoutBom("\uFEFF{\"a\": x}"), "$.a 1:8", "[{\"a\":\"x\"}]",
                        repaired + "$.a 1:8 | unquoted text read as a string ("),
                row("byte order mark alone", Inputs.withoutBom("\uFEFF"), "$ 1:2", "[]",
                        "ERROR read.json.malformed $ 0:0 | the block is empty: no JSON value"),
                row("CRLF lines", "{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}", "$.b 3:8", "[{\"a\":1,\"b\":\"x\"}]",
                        repaired + "$.b 3:8 | unquoted text read as a string ("),
                row("CR lines", "{\r  \"a\": 1,\r  \"b\": x\r}", "$.b 3:8", "[{\"a\":1,\"b\":\"x\"}]",
                        repaired + "$.b 3:8 | unquoted text read as a string ("),
                row("three repairs, each at its place in the block as given", "{\"a\":, \"b\": x, \"c\": \"q\"q\", \"d\": 4}", "$.a 1:6",
                        "[{\"a\":null,\"b\":\"x\",\"c\":\"q\\\"q\",\"d\":4}]",
                        repaired + "$.a 1:6 | missing value read as null (",
                        repaired + "$.b 1:13 | unquoted text read as a string (",
                        repaired + "$.c 1:24 | unescaped quotation marks inside a string escaped ("),
                row("a repair after a wrapper", "<!--\n{\"a\":,\n \"b\": x}\n-->", "$ 1:1", "[{\"a\":null,\"b\":\"x\"}]",
                        repaired + "$ 1:1 | HTML comment wrapper around the JSON removed",
                        repaired + "$.a 2:6 | missing value read as null (",
                        repaired + "$.b 3:7 | unquoted text read as a string ("),
                row("cut off after a comma", "{\"a\":1,", "$.a 1:8", "[{\"a\":1}]", malformed + "$.a 1:8 | not JSON ("),
                row("cut off after a name", "{\"a\":1,\"b\"", "$.b 1:11", "[{\"a\":1}]", malformed + "$.b 1:11 | not JSON ("),
                row("cut off in a string", "{\"a\":\"b", "$.a 1:8", "[{}]", malformed + "$.a 1:8 | not JSON ("),
                row("cut off in an array", "[{\"a\":1},", "$[1] 1:10", "[[{\"a\":1}]]", malformed + "$[1] 1:10 | not JSON ("),
                row("two commas", "[1,,2]", "$[1] 1:4", "[[1]]", malformed + "$[1] 1:4 | not JSON ("),
                row("leading zero", "{\"a\":01}", "$.a 1:6", "[{}]", malformed + "$.a 1:6 | not JSON ("));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void strict_stopsAtTheProblem_withItsPathLineAndColumn(String name, String text, String strictStop, String lenientRoots,
            List<String> lenientFindings) {
        ReadException e = strictFails(text);
        assertEquals(ReadCode.JSON_MALFORMED, e.code());
        assertEquals(Severity.ERROR, e.finding().severity());
        assertEquals(BLOCK, e.block());
        assertEquals(strictStop, position(e));
        assertTrue(e.getMessage().startsWith("not JSON (block 2"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void lenient_readsWhatItCan_andReportsEachRepairWhereItIs(String name, String text, String strictStop, String lenientRoots,
            List<String> lenientFindings) {
        Lenient read = lenient(text);
        assertEquals(values(lenientRoots), read.roots());
        List<String> described = read.described();
        assertEquals(lenientFindings.size(), described.size(), described::toString);
        for (int i = 0; i < described.size(); i++) {
            assertTrue(described.get(i).startsWith(lenientFindings.get(i)), described.get(i));
            assertEquals(BLOCK, read.findings().get(i).block());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"a\":}", "{\"a\":1,}", "{\"a\":[}", "{\"a\":1}}", "[1,2]]"})
    void unexpectedClosingBracket_isAtTheBracket_inEveryJacksonVersion(String text) {
        int bracket = text.lastIndexOf(text.endsWith("]]") ? ']' : '}');
        ReadException e = strictFails(text);
        assertEquals(bracket + 1, e.column(), e::getMessage);
        if (text.equals("{\"a\":}")) {
            Lenient read = lenient(text);
            assertEquals(values("[{\"a\":null}]"), read.roots());
            assertEquals(List.of("WARNING read.json.repaired $.a 1:6"),
                    read.described().stream().map(d -> d.substring(0, d.indexOf(" |"))).toList());
        }
    }

    @Test
    void cdataWrapperInBlockComments_isRemoved() {
        Lenient read = lenient("/* <![CDATA[ */ {\"a\":1} /* ]]> */");
        assertEquals(values("[{\"a\":1}]"), read.roots());
        assertEquals(List.of(Severity.WARNING), read.findings().stream().map(ReadFinding::severity).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'{\"a\":1 \"b\":2}'|'[{\"a\":1,\"b\":2}]'|$.a 1:8",
        "'{\"a\":[1 2]}'|'[{\"a\":[1,2]}]'|$.a[1] 1:9",
        "'[{\"a\":1}\n {\"b\":2}]'|'[[{\"a\":1},{\"b\":2}]]'|$[1] 2:2",
        "'{\"a\":\"x\" b:[] \"c\":true}'|'[{\"a\":\"x\",\"b\":[],\"c\":true}]'|$.a 1:10;$.b 1:15"})
    void missingComma_betweenTwoValues_isInsertedWithAWarningAtTheSecond(String text, String values, String where) {
        Lenient read = lenient(text);
        assertEquals(values(values), read.roots());
        assertEquals(List.of(where.split(";")), read.findings().stream().map(f -> f.path() + " " + f.line() + ":" + f.column()).toList(),
                read.described()::toString);
        for (String d : read.described()) {
            assertTrue(d.startsWith("WARNING read.json.repaired ") && d.contains("| missing comma between two values inserted ("), d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'{\"a\":1'|'[{\"a\":1}]'|1:7",
        "'[{\"a\":1}'|'[[{\"a\":1}]]'|1:9",
        "'{\"a\":[1,2]\n'|'[{\"a\":[1,2]}]'|2:1"})
    void missingBracketAtTheEnd_isNoRepair_theBlockIsReadToItsEndWithAnError(String text, String values, String where) {
        // a closing bracket forgotten and the rest of the block cut off look the same: a repair would guess which
        Lenient read = lenient(text);
        assertEquals(values(values), read.roots());
        assertEquals(List.of("ERROR read.json.malformed " + where), read.findings().stream()
                .map(f -> f.severity() + " " + f.code().id() + " " + f.line() + ":" + f.column()).toList());
        assertTrue(read.findings().get(0).message().endsWith("): the block ends before its value does: read up to its end"),
                read.findings().get(0).message());
    }

    @Test
    void strict_secondValue_isAtTheBlock_whateverItIs() {
        assertEquals("$ 2:1", position(strictFails("{\"a\":1}\n[2]")));
    }

    @Test
    void tooManyRepairs_stopAtTheRepairLimit() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i <= JsonTreeParser.MAX_REPAIRS; i++) {
            text.append("\"k").append(i).append("\":,");
        }
        text.append("\"end\":1}");
        Lenient read = lenient(text.toString());
        List<Severity> severities = read.findings().stream().map(ReadFinding::severity).toList();
        assertEquals(JsonTreeParser.MAX_REPAIRS + 1, severities.size());
        assertEquals(JsonTreeParser.MAX_REPAIRS, severities.stream().filter(s -> s == Severity.WARNING).count());
        assertEquals(Severity.ERROR, severities.get(severities.size() - 1));
        assertEquals(JsonTreeParser.MAX_REPAIRS, read.roots().get(0).size(), "read up to the last repair");

        String fits = text.toString().replace("\"k0\":,", "");
        Lenient repaired = lenient(fits);
        assertEquals(List.of(), repaired.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        assertEquals(JsonTreeParser.MAX_REPAIRS + 1, repaired.roots().get(0).size());
    }

    @Test
    void valid_isOneValueOfTheRightNodeTypes_inBothModes() {
        String text = "[1, 3000000000, 123456789012345678901234567890, 1.5, -0.0, true, false, null, \"s\", {}, []]";
        List<JsonNodeType> types = List.of(JsonNodeType.NUMBER, JsonNodeType.NUMBER, JsonNodeType.NUMBER, JsonNodeType.NUMBER,
                JsonNodeType.NUMBER, JsonNodeType.BOOLEAN, JsonNodeType.BOOLEAN, JsonNodeType.NULL, JsonNodeType.STRING,
                JsonNodeType.OBJECT, JsonNodeType.ARRAY);
        for (List<JsonNode> roots : List.of(strict(text), lenient(text).roots())) {
            assertEquals(1, roots.size());
            JsonNode array = roots.get(0);
            List<JsonNodeType> read = new ArrayList<>();
            array.forEach(n -> read.add(n.getNodeType()));
            assertEquals(types, read);
            assertTrue(array.get(0).isInt() && array.get(1).isLong() && array.get(2).isBigInteger() && array.get(3).isDouble());
            assertEquals(values("[" + text + "]"), roots);
        }
        assertEquals(List.of(), lenient(text).findings());
    }

    // ---------------------------------------------------------------------------------------------
    // a key twice

    @Test
    void duplicateKey_strict_stopsAtTheSecondKeysName() {
        ReadException e = strictFails("{\"a\":1,\"b\":2,\"a\":3}");
        assertEquals(ReadCode.JSON_DUPLICATE_KEY, e.code());
        assertEquals("$.a 1:14", position(e));
        assertTrue(e.getMessage().startsWith("a key twice in one object (block 2 at $.a, line 1, column 14): the key \"a\""),
                e.getMessage());
        ReadException nested = strictFails("{\"a\":1,\n \"b\":{\"c\":2,\"c\":3}}");
        assertEquals(ReadCode.JSON_DUPLICATE_KEY, nested.code());
        assertEquals("$.b.c 2:13", position(nested));
    }

    @Test
    void duplicateKey_lenient_keepsTheLastValueWithAWarning() {
        Lenient read = lenient("{\"a\":1,\"b\":2,\n\"a\":{\"x\":3}}");
        assertEquals(values("[{\"a\":{\"x\":3},\"b\":2}]"), read.roots());
        assertEquals(1, read.findings().size());
        ReadFinding f = read.findings().get(0);
        assertEquals(List.of(Severity.WARNING, ReadCode.JSON_DUPLICATE_KEY, BLOCK, "$.a", 2),
                List.of(f.severity(), f.code(), f.block(), f.path(), f.line()));
        assertTrue(f.message().contains("the last value is kept"), f.message());
    }

    @Test
    void duplicateKey_lenient_isAtTheSecondKeysName_asInStrictMode() {
        ReadFinding f = lenient("{\"a\":1,\"a\":2}").findings().get(0);
        assertEquals("$.a 1:8", f.path() + " " + f.line() + ":" + f.column());
    }

    @Test
    void sameKey_inDifferentObjects_isNoDuplicate() {
        assertEquals(values("[[{\"a\":1},{\"a\":1}]]"), strict("[{\"a\":1},{\"a\":1}]"));
        assertEquals(values("[{\"a\":{\"a\":1}}]"), strict("{\"a\":{\"a\":1}}"));
    }

    @Test
    void duplicateKey_ofAPropertyNotRead_strictStops_lenientSaysNothing() {
        Log shape = new Log(name -> !name.equals("skip"));
        assertThrows(ReadException.class, () -> strict("{\"skip\":1,\"skip\":2}", ReadLimits.defaults(), new JsonTreeParser.Budget(), shape));
        Lenient read = lenient("{\"skip\":1,\"skip\":2}", ReadLimits.defaults(), new JsonTreeParser.Budget(), shape);
        assertEquals(values("[{}]"), read.roots());
        assertEquals(List.of(), read.findings());
    }

    // ---------------------------------------------------------------------------------------------
    // limits: which one, in both modes

    private static ReadException limitIn(String text, ReadLimits limits, boolean strict) {
        return assertThrows(ReadException.class, () -> new JsonTreeParser(limits, strict)
                .parse(text, BLOCK, new JsonTreeParser.Budget(), new Findings(strict), new Log(name -> !name.equals("skip"))));
    }

    private static final ReadLimits SMALL = ReadLimits.defaults().withMaxStringLength(10).withMaxDepth(4);
    private static final String LONG_STRING = "\"" + "x".repeat(11) + "\"";
    private static final String LONG_NUMBER = "1".repeat(ReadLimits.MAX_NUMBER_LENGTH + 1);

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("a long string", "{\"a\":" + LONG_STRING + "}", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long string in an array", "[" + LONG_STRING + "]", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long string at the top", LONG_STRING, ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long number", "{\"a\":" + LONG_NUMBER + "}", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long negative number", "{\"a\":-" + LONG_NUMBER + "}", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long fraction", "{\"a\":1." + LONG_NUMBER + "}", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long number at the top", LONG_NUMBER, ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long number first in an array", "[" + LONG_NUMBER + "]", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long number after a string value", "{\"a\":\"ok\",\"b\":" + LONG_NUMBER + "}", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long negative number after a string value", "{\"a\":\"ok\",\"b\":-" + LONG_NUMBER + "}",
                        ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long number after a literal", "{\"a\":null,\"b\":" + LONG_NUMBER + "}", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long number after an object in an array", "[{}," + LONG_NUMBER + "]", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long number not read", "{\"skip\":" + LONG_NUMBER + "}", ReadLimits.Limit.NUMBER_LENGTH),
                Arguments.of("a long string after a number", "{\"a\":1,\"b\":" + LONG_STRING + "}", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long string after a literal", "{\"a\":true,\"b\":" + LONG_STRING + "}", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long string after a number in an array", "[1," + LONG_STRING + "]", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long string after a string in an array", "[\"ok\"," + LONG_STRING + "]", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("a long string after an unread number", "{\"skip\":1,\"b\":" + LONG_STRING + "}", ReadLimits.Limit.STRING_LENGTH),
                Arguments.of("arrays too deep", "[[[[[1]]]]]", ReadLimits.Limit.DEPTH),
                Arguments.of("objects too deep", "{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", ReadLimits.Limit.DEPTH),
                Arguments.of("containers not read, too deep", "{\"skip\":[[[[1]]]]}", ReadLimits.Limit.DEPTH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void limit_isToldApart_inBothModes(String name, String text, ReadLimits.Limit limit) {
        for (boolean strict : new boolean[] {true, false}) {
            ReadException e = limitIn(text, SMALL, strict);
            assertEquals(ReadCode.LIMIT_EXCEEDED, e.code());
            assertEquals(limit, e.limit(), e::getMessage);
            assertEquals(BLOCK, e.block());
            assertEquals("$", e.path());
            assertEquals(1, e.line());
            String setting = switch (limit) {
                case STRING_LENGTH -> "a string longer than 10 chars (maxStringLength)";
                case NUMBER_LENGTH -> "a number longer than 100 chars";
                default -> "nested deeper than 4 (maxDepth)";
            };
            assertEquals(setting, e.finding().message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[\"ok\",%s]", "[1,%s]", "[true,%s]", "[\"ok\", -%s]", "{\"a\":[\"ok\",%s]}", "\"ok\" %s"})
    void longNumber_afterAScalarInAnArray_isANumberLimit(String template) {
        String text = String.format(java.util.Locale.ROOT, template, LONG_NUMBER);
        assertEquals(ReadLimits.Limit.NUMBER_LENGTH, limitIn(text, SMALL, false).limit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'{\"a\":1,\n \"b\":%s}'|STRING|2:6", "'{\"a\":1,\n \"b\":[1, %s]}'|STRING|2:10", "'{\"a\":1,\n %s:1}'|STRING|2:2",
        "'{\"a\":1,\n \"b\":%s}'|NUMBER|2:6", "'{\"a\":1,\n \"b\":[1, %s]}'|NUMBER|2:10", "'[\"x\",\n%s]'|NUMBER|2:1",
        "'{\"a\":\"x\",\n %s:1}'|STRING|2:2", "'[\"x\" /* \"c\" */ ,\n %s]'|NUMBER|2:2"})
    void limitPosition_isWhereTheValueOrNameStarts_inBothModes(String template, String kind, String where) {
        String text = String.format(java.util.Locale.ROOT, template, kind.equals("STRING") ? LONG_STRING : LONG_NUMBER);
        for (boolean strict : new boolean[] {true, false}) {
            if (strict && text.contains("/*")) {
                continue;
            }
            ReadException e = limitIn(text, SMALL, strict);
            assertEquals(kind.equals("STRING") ? ReadLimits.Limit.STRING_LENGTH : ReadLimits.Limit.NUMBER_LENGTH, e.limit(), e::getMessage);
            assertEquals(where, e.line() + ":" + e.column(), e::getMessage);
        }
        ReadException depth = limitIn("{\"a\":\n[[[[1]]]]}", SMALL, false);
        assertEquals(2, depth.line());
        assertEquals(4, depth.column(), "the bracket that goes too deep");
    }

    @Test
    void limitPosition_afterARepair_isInTheBlockAsGiven() {
        // the repair inserts "null" before the long string: the position is still the string's in the text as given
        ReadException e = limitIn("{\"a\":, \"b\":" + LONG_STRING + "}", SMALL, false);
        assertEquals(ReadLimits.Limit.STRING_LENGTH, e.limit());
        assertEquals("1:12", e.line() + ":" + e.column());
    }

    @Test
    void limitPosition_ofALongString_isTheSameOnEveryRead() throws InterruptedException {
        String text = "{\"a\":\"" + "x".repeat(100_000) + "\"}";
        List<Integer> columns = new ArrayList<>();
        Thread fresh = new Thread(() -> {
            for (int i = 0; i < 2; i++) {
                columns.add(limitIn(text, SMALL, true).column());
            }
        });
        fresh.start();
        fresh.join();
        assertEquals(2, columns.size());
        assertEquals(columns.get(0), columns.get(1));
    }

    @Test
    void lenient_longStringInSingleQuotes_isAStringLimit() {
        assertEquals(ReadLimits.Limit.STRING_LENGTH, limitIn("{\"a\":'" + "x".repeat(11) + "'}", SMALL, false).limit());
    }

    @Test
    void stringAtTheLimit_isRead_andALongStringNotRead_isSkipped() {
        Log shape = new Log(name -> !name.equals("skip"));
        String text = "{\"a\":\"" + "x".repeat(10) + "\",\"skip\":\"" + "y".repeat(10_000) + "\",\"b\":[\"" + "z".repeat(10) + "\"]}";
        for (boolean strict : new boolean[] {true, false}) {
            List<JsonNode> roots = new JsonTreeParser(SMALL, strict).parse(text, BLOCK, new JsonTreeParser.Budget(), new Findings(strict), shape);
            assertEquals(values("[{\"a\":\"" + "x".repeat(10) + "\",\"b\":[\"" + "z".repeat(10) + "\"]}]"), roots);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1234567890123456789012345678901234567890", "-0.12345678901234567890", "1.5e-300",
        "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"})
    void numberAtTheLimit_isRead(String number) {
        assertEquals(values("[" + number + "]"), List.of(strict("{\"n\":" + number + "}").get(0).get("n")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12345678901234567890", "1.2345678901", "-123456.78901"})
    void number_isReadWhateverTheStringLimit(String number) {
        List<JsonNode> roots = strict("{\"n\":" + number + "}", SMALL, new JsonTreeParser.Budget(), ALL);
        assertEquals(values("[" + number + "]"), List.of(roots.get(0).get("n")));
    }

    @Test
    void longName_withinTheStringLimit_isRead_inEveryJacksonVersion() {
        String name = "n".repeat(60_000);
        assertEquals(1, strict("{\"" + name + "\":1}").get(0).get(name).intValue());
    }

    @Test
    void depth_atTheLimit_isRead_oneMoreIsNot_upToTheCeiling() {
        ReadLimits deepest = ReadLimits.defaults().withMaxDepth(ReadLimits.MAX_DEPTH_CEILING);
        int n = ReadLimits.MAX_DEPTH_CEILING;
        String fits = "[".repeat(n) + "]".repeat(n);
        for (boolean strict : new boolean[] {true, false}) {
            JsonNode node = new JsonTreeParser(deepest, strict).parse(fits, 0, new JsonTreeParser.Budget(), new Findings(strict), ALL).get(0);
            int depth = 0;
            for (; node != null && node.isArray(); node = node.get(0)) {
                depth++;
            }
            assertEquals(n, depth);
            ReadException e = limitIn("[" + fits + "]", deepest, strict);
            assertEquals(ReadLimits.Limit.DEPTH, e.limit());
            assertEquals(n + 1, e.column());
        }
    }

    @Test
    void nodes_areCountedAcrossTheBlocksOfARead() {
        ReadLimits five = ReadLimits.defaults().withMaxNodes(5);
        JsonTreeParser.Budget budget = new JsonTreeParser.Budget();
        strict("[1,2]", five, budget, ALL);
        ReadException e = assertThrows(ReadException.class, () -> strict("[3,4]", five, budget, ALL));
        assertEquals(ReadLimits.Limit.NODES, e.limit());
        assertEquals(BLOCK, e.block());
        assertEquals(4, e.column(), "the sixth value");
        assertEquals("more than 5 JSON values (maxNodes)", e.finding().message());
        assertEquals(values("[[3,4]]"), strict("[3,4]", five, new JsonTreeParser.Budget(), ALL), "a new read has a new budget");
    }

    @Test
    void nodes_ofARepairedBlock_areCountedOnce() {
        ReadLimits three = ReadLimits.defaults().withMaxNodes(3);
        JsonTreeParser.Budget budget = new JsonTreeParser.Budget();
        assertEquals(values("[[1,2]]"), lenient("[1,2,]", three, budget, ALL).roots());
        ReadException e = assertThrows(ReadException.class, () -> lenient("7", three, budget, ALL));
        assertEquals(ReadLimits.Limit.NODES, e.limit());
    }

    @Test
    void nodes_notRead_areCountedToo() {
        ReadLimits two = ReadLimits.defaults().withMaxNodes(2);
        Log shape = new Log(name -> !name.equals("skip"));
        assertEquals(values("[{}]"), strict("{\"skip\":\"x\"}", two, new JsonTreeParser.Budget(), shape));
        ReadException e = assertThrows(ReadException.class,
                () -> strict("{\"skip\":[1]}", two, new JsonTreeParser.Budget(), shape));
        assertEquals(ReadLimits.Limit.NODES, e.limit());
    }

    // ---------------------------------------------------------------------------------------------
    // the shape

    @Test
    void shape_reads_isAskedForEveryNameInOrder_andWhatItDeclinesIsLeftOut() {
        Log shape = new Log(name -> !name.equals("skip"));
        String text = "{\"skip\":\"x\",\"keep\":\"y\",\"skip\":{\"a\":1,\"skip\":2,\"b\":[1]},\"list\":{\"skip\":[1,\"s\",{\"a\":2},[3]]}}";
        List<JsonNode> roots = lenient(text, ReadLimits.defaults(), new JsonTreeParser.Budget(), shape).roots();
        // an object or array that is not read is kept, without its scalars; its objects' members are read by their own names
        assertEquals(values("[{\"keep\":\"y\",\"skip\":{\"a\":1,\"b\":[1]},\"list\":{\"skip\":[{\"a\":2},[]]}}]"), roots);
        assertEquals(List.of("reads skip", "reads keep", "reads skip", "reads a", "reads skip", "reads b", "reads list", "reads skip",
                "reads a"), shape.events.stream().filter(e -> e.startsWith("reads")).toList());
    }

    @Test
    void shape_objectEnded_isCalledForEachObjectOnceComplete_innerFirst_withItsPath() {
        Log shape = new Log(name -> true);
        strict("{\"x\":[1,{\"a\":2}],\"y\":{\"@graph\":[{\"z\":1}]},\"it's\":{}}", ReadLimits.defaults(), new JsonTreeParser.Budget(), shape);
        assertEquals(List.of("ended $.x[1] in value 0", "ended $.y['@graph'][0] in value 0", "ended $.y in value 0",
                "ended $['it\\'s'] in value 0", "ended $ in value 0"), shape.ended());
    }

    @Test
    void shape_objectEnded_inABlockOfSeveralValues_givesThePathWithinItsValue() {
        Log shape = new Log(name -> true);
        lenient("{\"a\":1} [{\"b\":2}] {\"c\":{\"d\":3}}", ReadLimits.defaults(), new JsonTreeParser.Budget(), shape);
        assertEquals(List.of("ended $ in value 0", "ended $[0] in value 1", "ended $.c in value 2", "ended $ in value 2"), shape.ended());
    }

    @Test
    void shape_restart_isCalledBeforeEachAttempt() {
        Log shape = new Log(name -> true);
        Lenient read = lenient("{\"a\":{\"b\":1},\"c\":x,\"d\":,\"e\":1}", ReadLimits.defaults(), new JsonTreeParser.Budget(), shape);
        assertEquals(2, read.findings().size(), read.described()::toString);
        List<String> events = shape.events;
        assertEquals("restart", events.get(0));
        // the strict parser, the forgiving one, and the forgiving one after each of the two repairs
        assertEquals(4, events.stream().filter("restart"::equals).count(), events::toString);
        List<String> lastAttempt = events.subList(events.lastIndexOf("restart") + 1, events.size());
        assertEquals(List.of("ended $.a in value 0", "ended $ in value 0"), lastAttempt.stream().filter(e -> e.startsWith("ended")).toList());
    }

    @Test
    void shape_restart_isCalledOnceForABlockReadAtOnce() {
        Log shape = new Log(name -> true);
        strict("{\"a\":{}}", ReadLimits.defaults(), new JsonTreeParser.Budget(), shape);
        assertEquals(List.of("restart", "reads a", "ended $.a in value 0", "ended $ in value 0"), shape.events);
    }

    @Test
    void emptyObjectsAndArrays_areKept() {
        assertEquals(values("[{\"a\":{},\"b\":[],\"c\":[{}]}]"), strict("{\"a\":{},\"b\":[],\"c\":[{}]}"));
        ArrayNode expected = JsonNodeFactory.instance.arrayNode();
        assertEquals(List.of(expected), strict("[]"));
    }
}
