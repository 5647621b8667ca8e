package io.github.copydesk.benchmarks;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The baselines' own HTML-safe escapes, written as a developer would without Copydesk: {@code <},
 * {@code >}, {@code &} as {@code \u003c}, {@code \u003e}, {@code \u0026}, and U+2028, U+2029, U+FFFE,
 * U+FFFF as {@code \u2028}, {@code \u2029}, {@code \ufffe}, {@code \uffff}; everything else as
 * Jackson writes it. The same output as Copydesk's
 * (internal, unexported) escapes; the ASCII table is shared rather than copied per generator, as
 * Jackson's own documentation does.
 */
final class HtmlEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    static final HtmlEscapes INSTANCE = new HtmlEscapes();

    private static final SerializedString LS = new SerializedString("\\u2028");
    private static final SerializedString PS = new SerializedString("\\u2029");
    private static final SerializedString FFFE = new SerializedString("\\ufffe");
    private static final SerializedString FFFF = new SerializedString("\\uffff");

    private final int[] ascii;

    private HtmlEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
        ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
        ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LS;
        }
        if (ch == 0x2029) {
            return PS;
        }
        if (ch == 0xFFFE) {
            return FFFE;
        }
        if (ch == 0xFFFF) {
            return FFFF;
        }
        return null;
    }
}
