package io.github.copydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.api.Test;

/**
 * What {@link TextGenerators} promise: scalar values only (never a lone surrogate), the whole code
 * space reached, text within its length, non-blank text never blank, URLs absolute on their host.
 */
class TextGeneratorsTest {

    @Test
    void scalarValues_areOneScalarValueEachAndReachTheSupplementaryPlanes() {
        Set<Integer> planes = new TreeSet<>();
        Theories.qt(2000).forAll(TextGenerators.scalarValues()).checkAssert(s -> {
            assertEquals(1, s.codePointCount(0, s.length()), s);
            assertFalse(isSurrogate(s.codePointAt(0)), "lone surrogate");
            planes.add(s.codePointAt(0) >> 16);
        });
        assertTrue(planes.contains(0) && planes.size() > 8, "planes drawn: " + planes);
    }

    @Test
    void bmpCharacters_areOneCharNeverASurrogate() {
        Theories.qt(2000).forAll(TextGenerators.bmpCharacters()).checkAssert(s -> {
            assertEquals(1, s.length());
            assertFalse(isSurrogate(s.charAt(0)), () -> Integer.toHexString(s.charAt(0)));
        });
    }

    @Test
    void text_isValidUnicodeOfAtMost24CodePoints() {
        Theories.qt(2000).forAll(TextGenerators.text()).checkAssert(s -> {
            assertTrue(s.codePointCount(0, s.length()) <= 24, s);
            assertTrue(s.codePoints().noneMatch(TextGeneratorsTest::isSurrogate), "lone surrogate");
        });
    }

    @Test
    void nonBlankText_isNeverBlank() {
        Theories.qt(2000).forAll(TextGenerators.nonBlankText()).checkAssert(s -> assertFalse(s.isBlank(), s));
    }

    @Test
    void urls_areAbsoluteHttpUrlsOnTheHost() {
        Theories.qt(1000).forAll(TextGenerators.urls("news.example")).checkAssert(url -> {
            assertTrue(Set.of("http", "https").contains(url.getScheme()), url::toString);
            assertEquals("news.example", url.getHost(), url::toString);
            assertTrue(url.getRawPath().startsWith("/"), url::toString);
        });
    }

    /** Whether a code point, as {@link String#codePoints()} gives it, is a lone surrogate. */
    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
