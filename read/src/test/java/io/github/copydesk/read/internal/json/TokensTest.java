package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonToken;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    @ParameterizedTest(name = "{0} from {2} at {1}")
    @CsvSource(delimiter = '|', value = {
        "'  [1]'|0||[",
        "'\"a\\\"b,]\" , 7'|0|VALUE_STRING|7",
        "'''a,b'' x'|0|VALUE_STRING|x",
        "'123 ]'|0|VALUE_NUMBER_INT|]",
        "'-1.5e3,\"x\"'|0|VALUE_NUMBER_FLOAT|\"",
        "'true}'|0|VALUE_TRUE|}",
        "'{ \"a\"'|0|START_OBJECT|\"",
        "'[[1'|1|START_ARRAY|1",
        "'\"a\" : [1'|0|FIELD_NAME|[",
        "'{\"a\":1} ,\n {'|6|END_OBJECT|{"})
    void nextTokenStart_isTheFirstCharOfTheNextToken(String text, int start, JsonToken current, char expected) {
        assertEquals(expected, Tokens.nextTokenStart(text, current, start));
    }

    @ParameterizedTest(name = "\"{0}\" at {1}")
    @CsvSource(delimiter = '|', value = {"'1'|0|VALUE_NUMBER_INT", "'\"a\" , '|0|VALUE_STRING", "'\"open'|0|VALUE_STRING",
        "'[1]'|9|END_ARRAY", "'  '|0|"})
    void nextTokenStart_atTheEnd_isZero(String text, int start, JsonToken current) {
        assertEquals(0, Tokens.nextTokenStart(text, current, start));
    }
}
