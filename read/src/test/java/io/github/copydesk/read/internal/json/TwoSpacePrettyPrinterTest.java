package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The layout of every pretty-printed Copydesk document. The JSON-LD writer's golden files hold
 * non-empty objects and arrays; here also what they never hold: empty containers, arrays of arrays,
 * several root values.
 */
class TwoSpacePrettyPrinterTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String NESTED = "{\"a\":1,\"b\":[1,\"x\"],\"c\":{},\"d\":[],\"e\":[{}],\"f\":{\"g\":[[],[null]]}}";

    private static void copy(String json, JsonGenerator g) throws IOException {
        g.setPrettyPrinter(new TwoSpacePrettyPrinter());
        try (JsonParser p = FACTORY.createParser(json)) {
            for (JsonNode root = JSON.readTree(p); root != null; root = JSON.readTree(p)) {
                JSON.writeTree(g, root);
            }
        }
    }

    private static String pretty(String json) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            copy(json, g);
        }
        return out.toString();
    }

    @Test
    void layout_isTwoSpacesPerLevel_lineFeeds_andEmptyContainersOnOneLine() throws IOException {
        assertEquals(String.join("\n",
                "{",
                "  \"a\": 1,",
                "  \"b\": [",
                "    1,",
                "    \"x\"",
                "  ],",
                "  \"c\": {},",
                "  \"d\": [],",
                "  \"e\": [",
                "    {}",
                "  ],",
                "  \"f\": {",
                "    \"g\": [",
                "      [],",
                "      [",
                "        null",
                "      ]",
                "    ]",
                "  }",
                "}"), pretty(NESTED));
    }

    @Test
    void emptyRoots_andScalarRoots_stayOnOneLine() throws IOException {
        assertEquals("{}", pretty("{}"));
        assertEquals("[]", pretty("[]"));
        assertEquals("\"s\"", pretty("\"s\""));
    }

    @Test
    void severalRootValues_areOnePerLine() throws IOException {
        assertEquals("{\n  \"a\": 1\n}\n[\n  2\n]\n3", pretty("{\"a\":1} [2] 3"));
    }

    @Test
    void utf8Output_isTheSameText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            copy(NESTED, g);
        }
        assertEquals(pretty(NESTED), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void output_readsBackAsTheSameJson() throws IOException {
        assertEquals(JSON.readTree(NESTED), JSON.readTree(pretty(NESTED)));
    }
}
