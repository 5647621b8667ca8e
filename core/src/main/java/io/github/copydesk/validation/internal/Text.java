package io.github.copydesk.validation.internal;

import java.util.regex.Pattern;

/** Character-level checks shared by the text constraints. */
final class Text {

    /** A tag ({@code <b>}, {@code </a >}, {@code <!--}, {@code <?xml}) or a character reference. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*[A-Za-z][^<>]*>|<!--|<!\\[CDATA\\[|<[!?][A-Za-z]|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    private Text() {
    }

    static boolean isBlank(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isWhitespace(value.charAt(i)) && !Character.isSpaceChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean hasLineBreak(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (isLineBreak(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a control character (category Cc), optionally allowing CR and LF, and TAB. */
    static boolean hasControlCharacter(CharSequence value, boolean allowLineBreaks, boolean allowTabs) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL
                    && !(allowLineBreaks && (c == '\n' || c == '\r')) && !(allowTabs && c == '\t')) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlankOrNull(CharSequence value) {
        return value == null || isBlank(value);
    }

    /**
     * Text as an editor compares quotes: typographic double quotation marks become {@code "},
     * apostrophes and single quotation marks {@code '}, every run of white space one space, and the
     * ends are trimmed. One pass, linear in the length.
     */
    static String normalise(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> out.append('"');
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasMarkup(CharSequence value) {
        return MARKUP.matcher(value).find();
    }
}
