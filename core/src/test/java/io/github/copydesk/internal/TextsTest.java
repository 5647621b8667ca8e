package io.github.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;

class TextsTest {

    /** The definition, code point by code point, through Character's tables: what the fast path must equal. */
    private static int wordsByDefinition(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                count += inWord && hasLetter ? 1 : 0;
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasLetter ? count + 1 : count;
    }

    @Test
    void wordCount_isTheDefinitionsCount_forAsciiText() {
        Theories.qt(2000).forAll(strings().ascii().ofLengthBetween(0, 200))
                .checkAssert(text -> assertEquals(wordsByDefinition(text), Texts.wordCount(text), text));
    }

    @Test
    void wordCount_isTheDefinitionsCount_forAnyText() {
        // all of Unicode, unpaired surrogates included: the slow path, and ASCII between
        Theories.qt(2000).forAll(strings().allPossible().ofLengthBetween(0, 200), strings().ascii().ofLengthBetween(0, 50))
                .checkAssert((unicode, ascii) -> {
                    String text = unicode + ascii + unicode;
                    assertEquals(wordsByDefinition(text), Texts.wordCount(text), text);
                });
    }

    @Test
    void wordCount_everyAsciiCharacter_asCharacterSaysWhereItStands() {
        for (char c = 0; c < 0x80; c++) {
            String text = "a" + c + "b";
            assertEquals(wordsByDefinition(text), Texts.wordCount(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
        }
    }

    @Test
    void wordCount_null_isZero() {
        assertEquals(0, Texts.wordCount(null));
    }
}
