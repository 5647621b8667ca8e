package io.github.copydesk.read.internal.json;

/**
 * A small look at JSON text beside Jackson's parser: where tokens start and end, so that a limit
 * Jackson stopped at can be told by the token it was reading, and placed at that token's start,
 * without reading Jackson's messages. It reads what the forgiving parser reads too: strings in single
 * quotes, unquoted names, comments. Stateless and thread-safe.
 */
final class Tokens {

    /** What ends a token that is neither a string nor a bracket: a number, a literal, an unquoted name. */
    private static final String BARE_END = ",:[]{}\"' \t\r\n/#";

    private Tokens() {
    }

    /**
     * Where the token a parser stopped in starts: walking the tokens from one that starts at
     * {@code from}, the last one that starts before {@code stop}. A parser that stops at a limit has
     * read at least the first char of the token it was reading, and no char of the next.
     *
     * @param text the text
     * @param from where a token starts, at or before the one sought
     * @param stop where the parser stopped: within the token it was reading, or just past its end
     * @return where that token starts; {@code from} when none starts between
     */
    static int startBefore(String text, int from, int stop) {
        int start = from;
        for (int i = skip(text, from); i < stop && i < text.length(); i = skip(text, end(text, i))) {
            start = i;
        }
        return start;
    }

    /** Past white space, separators and comments, from an offset. */
    static int skip(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Repairs.isSpace(c) || c == ',' || c == ':') {
                i++;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else if (c == '#' || text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * Where a token that starts at an offset ends: past a bracket, past the closing quote of a string
     * (or at the end of the text when there is none), past a number, a literal or an unquoted name.
     *
     * @param text the text
     * @param start where the token starts
     * @return the offset just past it, more than {@code start}
     */
    static int end(String text, int start) {
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            for (int i = start + 1; i < text.length(); i++) {
                char d = text.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == c) {
                    return i + 1;
                }
            }
            return text.length();
        }
        int i = start + 1;
        if ("[]{}".indexOf(c) < 0) {
            while (i < text.length() && BARE_END.indexOf(text.charAt(i)) < 0) {
                i++;
            }
        }
        return i;
    }
}
