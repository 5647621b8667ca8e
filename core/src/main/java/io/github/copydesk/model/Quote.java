package io.github.copydesk.model;

import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.NamedParty;
import io.github.copydesk.validation.constraints.NoControlCharacters;
import io.github.copydesk.validation.constraints.Required;

import jakarta.validation.Valid;

/**
 * Words someone said, as the story quotes them.
 *
 * <p>The words are stored without the quotation marks and without the comma that attribution adds:
 * the story's {@code "Cooperation ... participation," Ivanov told a news conference.} is the quote
 * {@code Cooperation ... participation}, said by Ivanov, attributed as {@code told a news conference}.
 * {@link #unquote(CharSequence)} strips the marks and that comma from a quotation as printed.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>text</td><td>yes (a draft)</td><td>valid Unicode</td><td>{@code publishable.quote.text.required}; no control characters</td></tr>
 * <tr><td>speaker</td><td>yes (to be confirmed)</td><td>-</td><td>{@code publishable.quote.speaker.required},
 *   {@code publishable.quote.speaker.name.required} (a name, or a description for an unnamed source)</td></tr>
 * <tr><td>partial</td><td>no</td><td>-</td><td>-</td></tr>
 * <tr><td>attribution</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * </table>
 *
 * @param text the words, without quotation marks
 * @param speaker who said them
 * @param partial whether the words are part of a sentence the speaker said (a partial quote)
 * @param attribution the attribution as written ("told a news conference")
 */
public record Quote(
        @Required(rule = Rule.QUOTE_TEXT_REQUIRED) @NoControlCharacters String text,
        @Valid @Required(rule = Rule.QUOTE_SPEAKER_REQUIRED)
        @NamedParty(rule = Rule.SPEAKER_NAME_REQUIRED, orDescription = true) Party speaker,
        boolean partial,
        @NoControlCharacters String attribution) {

    /** Opening marks and the closing marks each may pair with (English, German, French, Swedish...). */
    private static final java.util.Map<Character, String> PAIRS = java.util.Map.of(
            '"', "\"",
            '\u201C', "\u201D",
            '\u201E', "\u201C\u201D",
            '\u00AB', "\u00BB",
            '\u00BB', "\u00AB\u00BB",
            '\u201D', "\u201D",
            '\u2018', "\u2019",
            '\u201A', "\u2018\u2019",
            '\'', "'");

    /**
     * Checks every field.
     *
     * @throws IllegalArgumentException if a present text is not valid Unicode
     */
    public Quote {
        Checks.text(text, "text");
        Checks.text(attribution, "attribution");
    }

    /**
     * A full quote.
     *
     * @param text the words, without quotation marks
     * @param speaker who said them
     * @return the quote
     * @throws NullPointerException if a parameter is null
     */
    public static Quote of(String text, Party speaker) {
        return new Quote(Objects.requireNonNull(text, "text"), Objects.requireNonNull(speaker, "speaker"), false, null);
    }

    /**
     * A partial quote: a few words of a longer sentence.
     *
     * @param text the words, without quotation marks
     * @param speaker who said them
     * @return the quote
     * @throws NullPointerException if a parameter is null
     */
    public static Quote partial(String text, Party speaker) {
        return new Quote(Objects.requireNonNull(text, "text"), Objects.requireNonNull(speaker, "speaker"), true, null);
    }

    /**
     * Strips a quotation as printed down to the words: surrounding white space, one pair of
     * quotation marks (straight or typographic) and the comma that attribution adds before the
     * closing mark. The marks must pair up as a language uses them: {@code "..."}, {@code \u201C...\u201D},
     * {@code \u201E...\u201C}, {@code \u00AB...\u00BB}, {@code \u00BB...\u00AB}, {@code \u201D...\u201D}, or the single
     * quotation marks. Inner quotation marks are kept.
     *
     * @param quoted the quotation as printed, such as {@code "Cooperation with NATO may take many forms,"}
     * @return the words, such as {@code Cooperation with NATO may take many forms}
     * @throws NullPointerException if {@code quoted} is null
     * @throws IllegalArgumentException if the text is not enclosed in quotation marks
     */
    public static String unquote(CharSequence quoted) {
        String s = Objects.requireNonNull(quoted, "quoted").toString().strip();
        String closing = s.length() < 2 ? null : PAIRS.get(s.charAt(0));
        if (closing == null || closing.indexOf(s.charAt(s.length() - 1)) < 0) {
            throw new IllegalArgumentException("quoted must be enclosed in quotation marks: " + Checks.quote(s));
        }
        String words = s.substring(1, s.length() - 1).strip();
        if (words.endsWith(",")) {
            words = words.substring(0, words.length() - 1).stripTrailing();
        }
        return words;
    }

    /**
     * Returns a copy with another text.
     *
     * @param text the new words
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Quote withText(String text) {
        return new Quote(text, speaker, partial, attribution);
    }

    /**
     * Returns a copy with another speaker.
     *
     * @param speaker the new speaker
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Quote withSpeaker(Party speaker) {
        return new Quote(text, speaker, partial, attribution);
    }

    /**
     * Returns a copy with the partial flag as given.
     *
     * @param partial whether the quote is partial
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Quote withPartial(boolean partial) {
        return new Quote(text, speaker, partial, attribution);
    }

    /**
     * Returns a copy with another attribution.
     *
     * @param attribution the attribution as written
     * @return the copy
     * @throws IllegalArgumentException if the value is malformed
     */
    public Quote withAttribution(String attribution) {
        return new Quote(text, speaker, partial, attribution);
    }
}
