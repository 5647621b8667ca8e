package io.github.copydesk.read.internal.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * A small look at JSON text beside Jackson's parser: where the token after the current one starts,
 * so that a limit Jackson stopped at can be told by the token it was reading, without reading
 * Jackson's messages. Stateless and thread-safe.
 */
final class Tokens {

    private Tokens() {
    }

    /**
     * The first char of the token after the current one.
     *
     * @param text the text
     * @param current the parser's current token, or {@code null} before the first
     * @param start where the current token starts (ignored without one)
     * @return the char, or 0 at the end of the text
     */
    static char nextTokenStart(String text, JsonToken current, int start) {
        int i = current == null ? 0 : end(text, current, start);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Repairs.isSpace(c) || c == ',' || c == ':') {
                i++;
            } else {
                return c;
            }
        }
        return 0;
    }

    /** Where a token that starts at an offset ends. */
    private static int end(String text, JsonToken token, int start) {
        int i = start;
        if (i >= text.length()) {
            return text.length();
        }
        char c = text.charAt(i);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == JsonToken.END_OBJECT
                || token == JsonToken.END_ARRAY) {
            return i + 1;
        }
        if (c == '"' || c == '\'') {
            for (i = start + 1; i < text.length(); i++) {
                char d = text.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == c) {
                    return i + 1;
                }
            }
            return text.length();
        }
        while (i < text.length() && ",:]}\" \t\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
