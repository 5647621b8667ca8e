package io.github.copydesk.read.internal.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.read.internal.JsonPath;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Positions in a JSON text: lines and columns of offsets, the path a parser is at, and where the
 * value at a path starts. Lines and columns are 1-based; a column counts UTF-16 chars; a line ends at
 * {@code \n}, {@code \r\n} or {@code \r}. Stateless and thread-safe.
 */
public final class Positions {

    private Positions() {
    }

    /**
     * The line of an offset.
     *
     * @param text the text
     * @param offset the offset
     * @return the line, 1-based
     */
    public static int line(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * The column of an offset.
     *
     * @param text the text
     * @param offset the offset
     * @return the column, 1-based, in UTF-16 chars
     */
    public static int column(String text, int offset) {
        int end = Math.min(offset, text.length());
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return end - start + 1;
    }

    /**
     * The path a parser is at, as far as it got.
     *
     * @param p the parser, or {@code null}
     * @return the path; the root when {@code p} is null
     */
    public static JsonPath pathOf(JsonParser p) {
        if (p == null) {
            return JsonPath.ROOT;
        }
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add(Math.max(0, c.getCurrentIndex()));
            } else if (c.getCurrentName() != null) {
                steps.add(c.getCurrentName());
            }
        }
        JsonPath path = JsonPath.ROOT;
        for (int i = steps.size() - 1; i >= 0; i--) {
            path = steps.get(i) instanceof Integer index ? path.index(index) : path.child((String) steps.get(i));
        }
        return path;
    }

    /**
     * Where the value at a path starts in a text, found by a forgiving parser (so that it also walks a
     * text a lenient reader repaired).
     *
     * @param text the text
     * @param path the path
     * @return the char offset, or -1 when not found
     */
    public static int locate(String text, JsonPath path) {
        List<Object> steps = path.steps();
        try (JsonParser p = JsonFactories.FORGIVING.createParser(text)) {
            JsonToken t;
            List<Object> at = new ArrayList<>();
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    continue;
                }
                JsonStreamContext c = p.getParsingContext();
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    c = c.getParent();
                }
                at.clear();
                for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
                    at.add(0, x.inArray() ? (Object) Integer.valueOf(x.getCurrentIndex()) : x.getCurrentName());
                }
                if (at.equals(steps)) {
                    return (int) Math.min(text.length(), Math.max(0, p.currentTokenLocation().getCharOffset()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
