package io.github.copydesk.read.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    /** Each row: the text, where a token starts, where the parser stopped, and the text the token sought starts with. */
    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "'[1, 22222]'|0|8|22222",
        "'[1, 22222]'|4|9|22222",
        "'{\"a\": 123}'|1|9|123",
        "'{\"a\":1,\"bbbb\":2}'|5|10|\"bbbb",
        "'[\"a\\\"b,]\" , 55]'|1|14|55",
        "'[''a,b'' , 77]'|1|11|77",
        "'{\"a\": /* \"x\" */ 1111}'|1|20|1111",
        "'{\"a\": // \"x\n 1111}'|1|16|1111",
        "'{\"a\": # \"x\n 1111}'|1|15|1111",
        "'{b: 12}'|0|6|12",
        "'[[1'|1|4|1",
        "'[1]'|0|1|[",
        "'\"open'|0|5|\"open"})
    void startBefore_isTheStartOfTheTokenTheParserStoppedIn(String text, int from, int stop, String token) {
        int start = Tokens.startBefore(text, from, stop);
        assertEquals(token, text.substring(start, Math.min(text.length(), start + token.length())), () -> "at " + start);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {"'[1]'|0|1", "'}'|0|1", "'\"a\\\"b\" x'|0|6", "'''a\"b'' x'|0|5", "'\"open'|0|5",
        "'-1.5e3,'|0|6", "'true}'|0|4", "'abc:'|0|3", "'/x'|0|2", "'1/*c*/'|0|1"})
    void end_isJustPastTheToken(String text, int start, int end) {
        assertEquals(end, Tokens.end(text, start));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', value = {"' , : x'|0|5", "'/* a */x'|0|7", "'// a\nx'|0|5", "'# a\r\nx'|0|5", "'/* open'|0|7",
        "'x'|0|0", "'  '|0|2"})
    void skip_passesWhiteSpaceSeparatorsAndComments(String text, int from, int to) {
        assertEquals(to, Tokens.skip(text, from));
    }
}
