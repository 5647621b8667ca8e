package io.github.copydesk.read.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text repairs a lenient reader makes where a forgiving parser still stops: a missing value read as
 * {@code null}, unquoted text read as a string, unescaped quotation marks inside a string escaped; and
 * the removal of a CDATA or HTML comment wrapper. Each repair keeps a record of the text it inserts, so
 * that positions map back to the input as given. One instance per block; not thread-safe.
 */
final class Repairs {

    /** How far a repair looks ahead for the end of a string or a bare value, in chars. */
    private static final int WINDOW = 64 * 1024;

    /** Where a string that ended too early really ends: a quote followed by what may follow a value. */
    private static final Pattern STRING_END = Pattern.compile(
            "\"(?=[ \\t\\r\\n]*(?:,[ \\t\\r\\n]*\"[^\"\\\\\\r\\n]{0,200}\"[ \\t\\r\\n]*:|[}\\]]|,[ \\t\\r\\n]*[\\[{]|\\z))");
    /** A wrapper's start marker, alone or in a line or block comment; group 1 opens a block comment, group 2 is the marker. */
    private static final Pattern WRAPPER_START = Pattern.compile("\\A[ \\t\\r\\n]*(?://[ \\t]*|(/\\*)[ \\t]*)?(<!\\[CDATA\\[|<!--)");
    /** The end of a block comment around a start marker: {@code /* <![CDATA[ *}{@code /}. */
    private static final Pattern COMMENT_END = Pattern.compile("[ \\t]*\\*/");
    private static final Pattern WRAPPER_END = Pattern.compile("(?://[ \\t]*|/\\*[ \\t]*)?(\\]\\]>|-->)[ \\t\\r\\n]*(?:\\*/)?[ \\t\\r\\n]*\\z");

    /** Insertions made so far: {offset in the original text, length}, in order. */
    private final List<int[]> insertions = new ArrayList<>();

    /** A repair: what it does, and the text to insert at offsets of the current text, in increasing order. */
    record Repair(String what, int[] offsets, String[] texts) {
    }

    /** A wrapper found around the JSON: the text with it blanked out, and where it started. */
    record Unwrapped(String text, boolean cdata, int start) {
    }

    /**
     * Replaces a CDATA or HTML comment wrapper by spaces (so that positions stay).
     *
     * @param text the block
     * @return the unwrapped block, or {@code null} when there is no wrapper
     */
    static Unwrapped unwrap(String text) {
        Matcher start = WRAPPER_START.matcher(text);
        if (!start.lookingAt()) {
            return null;
        }
        int after = start.end();
        if (start.group(1) != null) {
            Matcher comment = COMMENT_END.matcher(text).region(after, text.length());
            if (comment.lookingAt()) {
                after = comment.end();
            }
        }
        Matcher end = WRAPPER_END.matcher(text);
        boolean cdata = start.group(2).startsWith("<![");
        char[] chars = text.toCharArray();
        blank(chars, 0, after);
        if (end.find(after) && end.group(1).startsWith("]]") == cdata) {
            blank(chars, end.start(), end.end());
        }
        return new Unwrapped(new String(chars), cdata, start.start(2));
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
    }

    /**
     * Applies a repair.
     *
     * @param repair the repair
     * @param text the current text
     * @return the repaired text
     */
    String apply(Repair repair, String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        int shift = 0;
        for (int i = 0; i < repair.offsets().length; i++) {
            int offset = repair.offsets()[i];
            String insert = repair.texts()[i];
            out.append(text, from, offset).append(insert);
            record(offset + shift, insert.length());
            shift += insert.length();
            from = offset;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Records an insertion at an offset of the current text. */
    private void record(int current, int length) {
        int original = toOriginal(current);
        int i = 0;
        while (i < insertions.size() && insertions.get(i)[0] <= original) {
            i++;
        }
        insertions.add(i, new int[] {original, length});
    }

    /**
     * The offset in the text as given of an offset in the repaired text.
     *
     * @param current the offset in the repaired text
     * @return the offset in the original text
     */
    int toOriginal(int current) {
        int shift = 0;
        for (int[] insertion : insertions) {
            int start = insertion[0] + shift;
            if (current < start) {
                break;
            }
            if (current < start + insertion[1]) {
                return insertion[0];
            }
            shift += insertion[1];
        }
        return current - shift;
    }

    /**
     * The repair of the problem at an offset, if one applies.
     *
     * @param text the current text
     * @param offset where the parser stopped
     * @return the repair, or {@code null}
     */
    static Repair at(String text, int offset) {
        int prev = offset - 1;
        while (prev >= 0 && isSpace(text.charAt(prev))) {
            prev--;
        }
        if (prev < 0) {
            return null;
        }
        char before = text.charAt(prev);
        char at = offset < text.length() ? text.charAt(offset) : 0;
        if (before == ':' && (offset >= text.length() || at == ',' || at == '}' || at == ']')) {
            return new Repair("missing value read as null", new int[] {offset}, new String[] {"null"});
        }
        if (before == ':' && offset < text.length() && "\"{[-0123456789'".indexOf(at) < 0 && !isSpace(at)) {
            int end = offset;
            int limit = Math.min(text.length(), offset + WINDOW);
            while (end < limit && ",}]\r\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            while (end > offset && isSpace(text.charAt(end - 1))) {
                end--;
            }
            String bare = text.substring(offset, end);
            if (end == offset || bare.indexOf('"') >= 0 || bare.indexOf('\\') >= 0) {
                return null;
            }
            return new Repair("unquoted text read as a string", new int[] {offset, end}, new String[] {"\"", "\""});
        }
        if (before == '"' && offset < text.length() && ",:}]\"".indexOf(at) < 0) {
            Matcher end = STRING_END.matcher(text);
            end.region(offset, Math.min(text.length(), offset + WINDOW));
            if (!end.find()) {
                return null;
            }
            List<Integer> quotes = new ArrayList<>();
            for (int i = prev; i < end.start(); i++) {
                if (text.charAt(i) == '"' && !escaped(text, i)) {
                    quotes.add(i);
                }
            }
            int[] offsets = quotes.stream().mapToInt(Integer::intValue).toArray();
            String[] texts = new String[offsets.length];
            Arrays.fill(texts, "\\");
            return new Repair("unescaped quotation marks inside a string escaped", offsets, texts);
        }
        return null;
    }

    private static boolean escaped(String text, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
