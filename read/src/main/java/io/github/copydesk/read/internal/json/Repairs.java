package io.github.copydesk.read.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text repairs a lenient reader makes where a forgiving parser still stops: a missing value read as
 * {@code null}, unquoted text read as a string, unescaped quotation marks inside a string escaped, a
 * missing comma between two values inserted; and the removal of a CDATA or HTML comment wrapper. Each
 * repair keeps a record of the text it inserts, so that positions map back to the input as given. One
 * instance per block; not thread-safe.
 */
final class Repairs {

    /** How far a repair looks ahead for the end of a string or a bare value, in chars. */
    private static final int WINDOW = 64 * 1024;

    /** The first chars of a value in an array: a string, an object, an array, a number, a literal. */
    private static final String VALUE_START = "\"'{[-.0123456789tfnNI";

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
     * @param container where the parser was: {@code '['} in an array, <code>'{'</code> in an object,
     *        0 between the values of the block
     * @param names the names the object the parser was in holds so far (none outside an object)
     * @return the repair, or {@code null}
     */
    static Repair at(String text, int offset, char container, Predicate<String> names) {
        int prev = offset - 1;
        while (prev >= 0 && isSpace(text.charAt(prev))) {
            prev--;
        }
        if (prev < 0) {
            return null;
        }
        char before = text.charAt(prev);
        char at = offset < text.length() ? text.charAt(offset) : 0;
        if (before == ':') {
            return value(text, offset, at);
        }
        Repair quotes = before == '"' ? quotes(text, prev, offset, at) : null;
        return quotes != null ? quotes : comma(text, before, offset, at, container, names);
    }

    /** A value missing, or written without quotes, after a name. */
    private static Repair value(String text, int offset, char at) {
        if (offset >= text.length() || at == ',' || at == '}' || at == ']') {
            return new Repair("missing value read as null", new int[] {offset}, new String[] {"null"});
        }
        if ("\"{[-0123456789'".indexOf(at) < 0 && !isSpace(at)) {
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
        return null;
    }

    /** A string that ended too early, at a quotation mark not escaped, with text after it. */
    private static Repair quotes(String text, int prev, int offset, char at) {
        if (offset < text.length() && ",:}]\"".indexOf(at) < 0) {
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

    /**
     * A comma missing between two values: a value has ended, and what follows can only be the next
     * element of the array (a value followed by a comma or the end of the array) or the next member of
     * the object (a name and its colon, a name the object does not hold yet: one it holds says that the
     * object ended earlier than the text says, and where is a guess). Both values are kept as written;
     * nothing is guessed but the comma.
     */
    private static Repair comma(String text, char before, int offset, char at, char container, Predicate<String> names) {
        if (offset >= text.length()) {
            return null;
        }
        boolean ended = before == '"' || before == '\'' || before == '}' || before == ']' || Character.isLetterOrDigit(before);
        boolean next = container == '{' ? member(text, offset, names) : container == '[' && element(text, offset, at);
        if (!ended || !next) {
            return null;
        }
        return new Repair("missing comma between two values inserted", new int[] {offset}, new String[] {","});
    }

    /**
     * Whether an element of an array starts at an offset: an object, an array, or a value followed by
     * a comma, the end of the array or another value (not by a colon: that value is a name).
     */
    private static boolean element(String text, int offset, char at) {
        if (VALUE_START.indexOf(at) < 0) {
            return false;
        }
        if (at == '{' || at == '[') {
            return true;
        }
        int i = Tokens.end(text, offset);
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ']' || VALUE_START.indexOf(text.charAt(i)) >= 0);
    }

    /**
     * Whether a name that is not among the names given (in quotes without escapes, or unquoted as the
     * forgiving parser reads it) and a colon start at an offset.
     */
    private static boolean member(String text, int offset, Predicate<String> names) {
        char c = text.charAt(offset);
        int i = offset + 1;
        String name;
        if (c == '"' || c == '\'') {
            int limit = Math.min(text.length(), offset + WINDOW);
            while (i < limit && text.charAt(i) != c && text.charAt(i) != '\\') {
                i++;
            }
            if (i >= limit || text.charAt(i) != c) {
                return false;
            }
            name = text.substring(offset + 1, i++);
        } else if (Character.isJavaIdentifierStart(c)) {
            while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
            }
            name = text.substring(offset, i);
        } else {
            return false;
        }
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' && !names.test(name);
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
