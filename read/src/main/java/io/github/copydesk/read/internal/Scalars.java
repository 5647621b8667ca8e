package io.github.copydesk.read.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.read.ReadCode;

/**
 * Reads the scalar values of the model from text, the same way in every format: a language tag, a
 * media type, a duration, a size in pixels written as text, a year written as text. Strict: as the
 * model writes them. Lenient: with the repairs each method names, each reported. What cannot be read
 * is reported as an error and read as {@code null}. Stateless and thread-safe.
 */
public final class Scalars {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})(?:\\.0+)?\\s*(?:px|pixels?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private Scalars() {
    }

    /**
     * A BCP 47 language tag; lenient mode reads {@code en_US} as {@code en-US}.
     *
     * @param tag the tag, cleaned
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where repairs and failures go
     * @return the language, or {@code null} when unreadable (reported)
     */
    public static Locale language(String tag, int block, JsonPath path, Findings findings) {
        String t = tag;
        if (!findings.strict() && t.indexOf('_') >= 0) {
            String fixed = t.replace('_', '-');
            findings.warning(ReadCode.VALUE_REPAIRED, block, path, "the language " + Checks.quote(t) + " read as the BCP 47 tag "
                    + Checks.quote(fixed));
            t = fixed;
        }
        try {
            return Checks.languageTag(t, "language");
        } catch (IllegalArgumentException e) {
            findings.error(ReadCode.VALUE_UNREADABLE, block, path, "not a BCP 47 language tag: " + Checks.quote(t) + "; left out");
            return null;
        }
    }

    /**
     * A media type such as {@code image/jpeg}; lenient mode reads one in capitals in lower case.
     *
     * @param format the media type, cleaned
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where repairs and failures go
     * @return the media type, or {@code null} when unreadable (reported)
     */
    public static String mediaType(String format, int block, JsonPath path, Findings findings) {
        if (MEDIA_TYPE.matcher(format).matches()) {
            return format;
        }
        String lower = format.toLowerCase(Locale.ROOT);
        if (!findings.strict() && MEDIA_TYPE.matcher(lower).matches()) {
            findings.warning(ReadCode.VALUE_REPAIRED, block, path, "the media type " + Checks.quote(format) + " read in lower case");
            return lower;
        }
        findings.error(ReadCode.VALUE_UNREADABLE, block, path, "not a media type such as image/jpeg: " + Checks.quote(format)
                + "; left out");
        return null;
    }

    /**
     * A positive ISO 8601 duration such as {@code PT1M30S}.
     *
     * @param text the duration, cleaned
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where failures go
     * @return the duration, or {@code null} when unreadable (reported)
     */
    public static Duration duration(String text, int block, JsonPath path, Findings findings) {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.isZero()) {
                findings.error(ReadCode.VALUE_UNREADABLE, block, path, "not a positive duration: " + Checks.quote(text) + "; left out");
                return null;
            }
            return d;
        } catch (DateTimeParseException | ArithmeticException e) {
            findings.error(ReadCode.VALUE_UNREADABLE, block, path, "not an ISO 8601 duration such as PT1M30S: " + Checks.quote(text)
                    + "; left out");
            return null;
        }
    }

    /**
     * A size in pixels written as text ({@code "1440"}, {@code "1440px"}), lenient mode only.
     *
     * @param text the text as written
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where the repair goes
     * @return the size, or {@code null} when the text is no size (the caller reports that)
     */
    public static Integer sizeText(String text, int block, JsonPath path, Findings findings) {
        if (findings.strict()) {
            return null;
        }
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int size = Integer.parseInt(m.group(1));
        if (size <= 0) {
            return null;
        }
        findings.warning(ReadCode.VALUE_REPAIRED, block, path, "the size " + Checks.quote(text) + " read as the number " + size);
        return size;
    }

    /**
     * A year written as text ({@code "2024"}), lenient mode only.
     *
     * @param text the text as written
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where the repair goes
     * @return the year, or {@code null} when the text is no year (the caller reports that)
     */
    public static Integer yearText(String text, int block, JsonPath path, Findings findings) {
        if (findings.strict() || !YEAR.matcher(text.strip()).matches()) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        if (year < 1) {
            return null;
        }
        findings.warning(ReadCode.VALUE_REPAIRED, block, path, "the year " + Checks.quote(text) + " read as a number");
        return year;
    }
}
