package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;

import io.github.copydesk.read.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFactoriesTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxDepth(7).withMaxStringLength(33);

    /** What pages write that is not JSON, one form each: the forgiving factory reads them all. */
    private static final String NOT_JSON = "{'single': 1, unquoted: 2, \"trailing\": [3,], /* java */ \"c\": 4, // line\n"
            + "# yaml\n \"nan\": NaN, \"half\": .5, \"escape\": \"\\q\", \"control\": \"tab\there\",}";

    private static JsonNode read(JsonFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            return new ObjectMapper(factory).readTree(p);
        }
    }

    @Test
    void bothFactories_carryTheLimits_theDepthOneDeeperAsABackstop() {
        for (JsonFactory factory : new JsonFactory[] {JsonFactories.strict(LIMITS), JsonFactories.forgiving(LIMITS)}) {
            StreamReadConstraints c = factory.streamReadConstraints();
            assertEquals(8, c.getMaxNestingDepth());
            assertEquals(33, c.getMaxStringLength());
            assertEquals(ReadLimits.MAX_NUMBER_LENGTH, c.getMaxNumberLength());
        }
    }

    @Test
    void forgiving_readsWhatPagesWrite() throws IOException {
        JsonNode node = read(JsonFactories.forgiving(LIMITS), NOT_JSON);
        assertEquals(1, node.get("single").intValue());
        assertEquals(2, node.get("unquoted").intValue());
        assertEquals(1, node.get("trailing").size());
        assertEquals(4, node.get("c").intValue());
        assertTrue(Double.isNaN(node.get("nan").doubleValue()));
        assertEquals(0.5, node.get("half").doubleValue());
        assertEquals("q", node.get("escape").textValue());
        assertEquals("tab\there", node.get("control").textValue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{'a': 1}", "{a: 1}", "[1,]", "[1 /* c */]", "[NaN]", "[.5]", "[\"\\q\"]", "[\"\t\"]", "[01]"})
    void strict_readsOnlyJson(String text) {
        assertThrows(JsonProcessingException.class, () -> read(JsonFactories.strict(LIMITS), text));
    }

    @Test
    void errors_neverQuoteTheInput() {
        String secret = "{\"apikey\": \"s3cr3t-value\", \"x\": oops}";
        for (JsonFactory factory : new JsonFactory[] {JsonFactories.strict(LIMITS), JsonFactories.forgiving(LIMITS)}) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(factory, secret));
            assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
            assertFalse(e.getMessage().contains("apikey"), e.getMessage());
        }
    }

    @Test
    void names_longerThanJacksonsOwnDefaultLimit_areReadWithinTheStringLimit() throws IOException {
        // Jackson 2.16 and later limit names to 50,000 chars unless told otherwise; 2.15 does not limit them
        String name = "n".repeat(60_000);
        for (JsonFactory factory : new JsonFactory[] {JsonFactories.strict(ReadLimits.defaults()),
            JsonFactories.forgiving(ReadLimits.defaults()), JsonFactories.FORGIVING}) {
            assertEquals(1, read(factory, "{\"" + name + "\":1}").get(name).intValue());
        }
        assertEquals(2, read(JsonFactories.strict(LIMITS), "{\"" + "n".repeat(33) + "\":2}").get("n".repeat(33)).intValue());
    }

    @Test
    void writing_escapesForHtmlInLowerCaseHex_andLeavesTheTargetOpen() throws IOException {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the writer's target was closed");
            }
        };
        try (JsonGenerator g = JsonFactories.writing().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("k<", "</script>&\u2028\u00e9");
            g.writeEndObject();
        }
        out.write('!');
        assertEquals("{\"k\\u003c\":\"\\u003c/script\\u003e\\u0026\\u2028\u00e9\"}!", out.toString());
    }

    @Test
    void stringWriter_twoAtOnceInOneThread_keepTheirOwnText() throws IOException {
        // a recycled buffer is never shared: two documents written side by side, as a writer inside a
        // writer's callback would, each get their own text, longer than one chunk
        String text = "caf\u00e9 \uD83D\uDE00 \"quoted\" \\ ".repeat(2_000);
        SegmentedStringWriter a = JsonFactories.stringWriter();
        SegmentedStringWriter b = JsonFactories.stringWriter();
        StringWriter expected = new StringWriter();
        try (JsonGenerator ga = JsonFactories.writing().createGenerator(a);
                JsonGenerator gb = JsonFactories.writing().createGenerator(b);
                JsonGenerator ge = JsonFactories.writing().createGenerator(expected)) {
            for (JsonGenerator g : new JsonGenerator[] {ga, gb, ge}) {
                g.writeStartArray();
            }
            for (int i = 0; i < 3; i++) {
                ga.writeString(text + i);
                gb.writeNumber(i);
                ge.writeString(text + i);
            }
            for (JsonGenerator g : new JsonGenerator[] {ga, gb, ge}) {
                g.writeEndArray();
            }
        }
        assertEquals(expected.toString(), a.getAndClear());
        assertEquals("[0,1,2]", b.getAndClear());
        assertEquals("", JsonFactories.stringWriter().getAndClear(), "a new writer starts empty");
    }

    @Test
    void eachCall_givesItsOwnFactory() {
        JsonFactory a = JsonFactories.strict(LIMITS);
        JsonFactory b = JsonFactories.strict(ReadLimits.defaults());
        assertEquals(33, a.streamReadConstraints().getMaxStringLength());
        assertEquals(ReadLimits.DEFAULT_MAX_STRING_LENGTH, b.streamReadConstraints().getMaxStringLength());
    }
}
