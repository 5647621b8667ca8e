package io.github.copydesk.read.internal.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes that make the output safe inside an HTML {@code <script>} element: {@code <},
 * {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, and the
 * line and paragraph separators U+2028 and U+2029 (line terminators in older JavaScript) as
 * {@code \u2028} and {@code \u2029}, and the noncharacters U+FFFE and U+FFFF as {@code \ufffe} and
 * {@code \uffff} (jsoup, which many crawlers and CMS importers use, takes a raw U+FFFF for the end of
 * the page). Every other non-ASCII character is written as itself. A JSON
 * parser decodes the escapes back to exactly the same characters. Stateless and thread-safe.
 */
public final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private static final SerializedString NONCHARACTER_FFFE = new SerializedString("\\ufffe");
    private static final SerializedString NONCHARACTER_FFFF = new SerializedString("\\uffff");

    private final int[] ascii;

    private HtmlSafeEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
        ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
        ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        // shared, not copied: Jackson only reads the table (its own JsonpCharacterEscapes does the same)
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (ch == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        if (ch == 0xFFFE) {
            return NONCHARACTER_FFFE;
        }
        if (ch == 0xFFFF) {
            return NONCHARACTER_FFFF;
        }
        return null;
    }
}
