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
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inWord && hasLetter) {
                    count++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasLetter ? count + 1 : count;
    }
}
