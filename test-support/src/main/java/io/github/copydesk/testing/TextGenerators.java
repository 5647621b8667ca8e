package io.github.copydesk.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.util.List;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of text and URLs for property tests: strings drawn from all Unicode scalar
 * values (never a lone surrogate) and biased towards ASCII and the characters that escaping code gets
 * wrong, and absolute http(s) URLs with percent-encoded, non-ASCII and query parts. Every generator
 * is stateless and may be shared.
 */
public final class TextGenerators {

    /** The highest code point that is not a surrogate, once the surrogate block is left out. */
    private static final int SCALARS_WITHOUT_SURROGATES = Character.MAX_CODE_POINT
            - (Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1);
    private static final int BMP_WITHOUT_SURROGATES = 0xFFFF - (Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1);

    /**
     * Characters that JSON, JavaScript or HTML treat specially, or that encoders get wrong: markup
     * characters, quotes, backslash and slash, the JavaScript line terminators U+2028 and U+2029,
     * control characters, a character outside the BMP, the byte order mark, no-break space, and the
     * noncharacters U+FFFE and U+FFFF.
     */
    private static final List<String> SPECIAL = List.of("<", ">", "&", "\"", "'", "\\", "/", "\u2028", "\u2029",
            "\u0000", "\n", "\r", "\t", "\u0085", "\u007F", "\uD83D\uDE00", "\uFEFF", "\u00A0", " ", "\uFFFE",
            "\uFFFF");

    /** Path segments: 1 to 12 of a-z and the unreserved marks, or a percent-encoded or non-ASCII one. */
    private static final Gen<String> PATH_SEGMENT = Generate.frequency(
            Pair.of(6, strings(Generate.pick(List.of("abcdefghijklmnopqrstuvwxyz-_.~".split(""))), 1, 12)),
            Pair.of(1, Generate.pick(List.of("caf%C3%A9", "%20", "ümlaut", "日本", "a%2Fb"))));

    private TextGenerators() {
    }

    /**
     * One ASCII character, U+0000 to U+007F.
     *
     * @return the generator of one-character strings
     */
    public static Gen<String> asciiCharacters() {
        return integers().between(0, 0x7F).map(Character::toString);
    }

    /**
     * One scalar value of the Basic Multilingual Plane (U+0000 to U+FFFF but the surrogates), uniformly.
     *
     * @return the generator of one-character strings
     */
    public static Gen<String> bmpCharacters() {
        return integers().between(0, BMP_WITHOUT_SURROGATES).map(TextGenerators::scalar);
    }

    /**
     * One Unicode scalar value (U+0000 to U+10FFFF but the surrogates), uniformly: one or two
     * {@code char}s, a valid surrogate pair outside the BMP.
     *
     * @return the generator of one-code-point strings
     */
    public static Gen<String> scalarValues() {
        return integers().between(0, SCALARS_WITHOUT_SURROGATES).map(TextGenerators::scalar);
    }

    /**
     * One character that JSON, JavaScript or HTML treat specially, or that encoders get wrong:
     * {@code < > & " ' \ /}, U+2028, U+2029, NUL, line feed, carriage return, tab, U+0085, U+007F,
     * U+1F600 (outside the BMP), U+FEFF, no-break space, space, U+FFFE and U+FFFF.
     *
     * @return the generator of one-code-point strings
     */
    public static Gen<String> specialCharacters() {
        return Generate.pick(SPECIAL);
    }

    /**
     * Strings made of up to {@code maxParts} parts drawn from {@code parts}, joined. Shrinks towards
     * fewer parts.
     *
     * @param parts the parts, such as characters or hostile fragments
     * @param maxParts the most parts in one string, at least 0
     * @return the generator
     */
    public static Gen<String> strings(Gen<String> parts, int maxParts) {
        return strings(parts, 0, maxParts);
    }

    private static Gen<String> strings(Gen<String> parts, int minParts, int maxParts) {
        return lists().of(parts).ofSizeBetween(minParts, maxParts).map(list -> String.join("", list));
    }

    /**
     * Text as a model field may hold: up to 24 code points, half of them ASCII, a third any scalar
     * value, a fifth {@linkplain #specialCharacters() special}; the empty string included.
     *
     * @return the generator
     */
    public static Gen<String> text() {
        return strings(Generate.frequency(
                Pair.of(5, asciiCharacters()), Pair.of(3, scalarValues()), Pair.of(2, specialCharacters())), 24);
    }

    /**
     * {@link #text()} that is not blank: blank text gets a visible character appended.
     *
     * @return the generator
     */
    public static Gen<String> nonBlankText() {
        return text().zip(integers().between('!', '~'), (text, visible) ->
                text.isBlank() ? text + (char) visible.intValue() : text);
    }

    /**
     * Absolute URLs on a host: {@code http} or {@code https}, up to three path segments (some
     * percent-encoded or non-ASCII), and no tail, a query with {@code &} and an encoded {@code <},
     * a fragment, or a query with a comma.
     *
     * @param host the host, such as {@code news.example}
     * @return the generator
     */
    public static Gen<URI> urls(String host) {
        return Generate.pick(List.of("https", "http")).zip(
                lists().of(PATH_SEGMENT).ofSizeBetween(0, 3),
                Generate.pick(List.of("", "?q=1&x=%3C", "#frag", "?a=b,c")),
                (scheme, path, tail) -> URI.create(scheme + "://" + host + "/" + String.join("/", path) + tail));
    }

    private static String scalar(int index) {
        return Character.toString(index < Character.MIN_SURROGATE ? index
                : index + (Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1));
    }
}
