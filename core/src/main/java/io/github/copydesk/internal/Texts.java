package io.github.copydesk.internal;

/**
 * Counting in text. Stateless and thread-safe. Not API: exported to Copydesk's own modules only.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The number of words of a text: runs of characters between white space that hold at least one
     * letter or digit (so a dash standing alone is not a word).
     *
     * @param text the text, or {@code null}
     * @return the word count, 0 for {@code null}
     */
    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char ch = text.charAt(i);
            boolean space;
            boolean letter;
            if (ch < 0x80) {
                // ASCII, most of a body: the same answers as Character's, without its lookup tables
                space = ch == ' ' || ch >= 0x09 && ch <= 0x0D || ch >= 0x1C && ch <= 0x1F;
                letter = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
                i++;
            } else {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                space = Character.isWhitespace(c) || Character.isSpaceChar(c);
                letter = !space && Character.isLetterOrDigit(c);
            }
            if (space) {
                if (inWord && hasLetter) {
                    count++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= letter;
            }
        }
        return inWord && hasLetter ? count + 1 : count;
    }
}
