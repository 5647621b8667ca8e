package io.github.copydesk.ninjs.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.Scalars;
import io.github.copydesk.read.internal.TextCleaner;
import io.github.copydesk.read.internal.TextReader;
import io.github.copydesk.read.internal.Urls;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of one read, shared by the mappings: the findings and the mode, the reader's clock and set
 * version, and how a JSON value becomes one of the model's scalars (text, a URL, a date, a size, a
 * duration) through the readers every format shares ({@link TextCleaner}, {@link Urls},
 * {@link io.github.copydesk.read.internal.Dates}, {@link Scalars}). ninjs puts every value in one
 * document, so every finding is in block 0. One per read; not thread-safe.
 */
final class Reading {

    /** The longest duration the model holds, in seconds. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Findings findings;
    private final Urls urls;
    private final Clock clock;
    private final NinjsVersion version;

    /**
     * The state of a read.
     *
     * @param findings where findings go; its mode is the reader's
     * @param clock the clock an embargo is compared with
     * @param version the generation set by the caller, or {@code null} to detect it
     */
    Reading(Findings findings, Clock clock, NinjsVersion version) {
        this.findings = findings;
        this.urls = new Urls(findings);
        this.clock = clock;
        this.version = version;
    }

    /** @return whether the read is strict */
    boolean strict() {
        return findings.strict();
    }

    /** @return the findings */
    Findings findings() {
        return findings;
    }

    /** @return the clock an embargo is compared with */
    Clock clock() {
        return clock;
    }

    /** @return the generation the caller set, or {@code null} */
    NinjsVersion version() {
        return version;
    }

    void error(ReadCode code, JsonPath at, String message) {
        findings.error(code, 0, at, message);
    }

    void warning(ReadCode code, JsonPath at, String message) {
        findings.warning(code, 0, at, message);
    }

    void info(ReadCode code, JsonPath at, String message) {
        findings.info(code, 0, at, message);
    }

    void notice(Severity severity, ReadCode code, JsonPath at, String message) {
        findings.notice(severity, code, 0, at, message);
    }

    /**
     * Text: cleaned in lenient mode, as written in strict mode; an empty string is absent. A number or a
     * boolean is read as text after a repair (lenient); any other value is left out.
     *
     * @param v the value, or {@code null}
     * @param at where it is
     * @param kind one line or paragraphs
     * @return the text, or {@code null}
     */
    String text(JsonNode v, JsonPath at, TextCleaner.Kind kind) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return string(v.textValue(), at, kind);
        }
        if ((v.isNumber() || v.isBoolean()) && !strict()) {
            findings.warning(ReadCode.VALUE_REPAIRED, 0, at, describe(v) + " where text is expected: read as text");
            return v.asText();
        }
        findings.error(ReadCode.VALUE_UNREADABLE, 0, at, describe(v) + " where text is expected; left out");
        return null;
    }

    /**
     * A string as written, cleaned in lenient mode.
     *
     * @param s the string
     * @param at where it is
     * @param kind one line or paragraphs
     * @return the text, or {@code null} when nothing is left
     */
    String string(String s, JsonPath at, TextCleaner.Kind kind) {
        if (strict()) {
            return s.isEmpty() ? null : s;
        }
        return TextCleaner.clean(s, kind, 0, at, findings);
    }

    /**
     * A value read from text by one of the readers every format shares.
     *
     * @param <T> the value
     * @param v the value as written, or {@code null}
     * @param at where it is
     * @param reader reads the text
     * @return the value, or {@code null}
     */
    <T> T fromText(JsonNode v, JsonPath at, TextReader<T> reader) {
        String text = text(v, at, TextCleaner.Kind.LINE);
        return text == null ? null : reader.read(text, 0, at, findings);
    }

    /**
     * A web address (an absolute http or https URL).
     *
     * @param v the value, or {@code null}
     * @param at where it is
     * @return the URL, or {@code null}
     */
    URI url(JsonNode v, JsonPath at) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            findings.error(ReadCode.URL_UNREADABLE, 0, at, describe(v) + " where a URL is expected; left out");
            return null;
        }
        return urls.parse(v.textValue(), 0, at);
    }

    /**
     * A size in pixels: a positive whole number, or (lenient) one written as text ({@code "1440"}).
     *
     * @param v the value, or {@code null}
     * @param at where it is
     * @return the size, or {@code null}
     */
    Integer size(JsonNode v, JsonPath at) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() > 0) {
            return v.intValue();
        }
        if (v.isTextual()) {
            Integer size = Scalars.sizeText(v.textValue(), 0, at, findings);
            if (size != null) {
                return size;
            }
        }
        findings.error(ReadCode.VALUE_UNREADABLE, 0, at, "not a size in pixels: " + describe(v) + "; left out");
        return null;
    }

    /**
     * A duration in seconds, as ninjs writes it: a positive number, fractions allowed.
     *
     * @param v the value, or {@code null}
     * @param at where it is
     * @return the duration, or {@code null}
     */
    Duration seconds(JsonNode v, JsonPath at) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber() && v.decimalValue().signum() > 0 && v.decimalValue().compareTo(MAX_SECONDS) <= 0) {
            BigDecimal s = v.decimalValue();
            long whole = s.longValue();
            long nanos = s.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            if (whole > 0 || nanos > 0) {
                return Duration.ofSeconds(whole, nanos);
            }
        }
        findings.error(ReadCode.VALUE_UNREADABLE, 0, at, "not a duration in seconds: " + describe(v) + "; left out");
        return null;
    }

    /**
     * Makes a value the model may reject: a rejection is reported and the value left out.
     *
     * @param <T> the value
     * @param at where the value is
     * @param make makes the value
     * @return the value, or {@code null} when rejected
     */
    <T> T guard(JsonPath at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            findings.error(ReadCode.VALUE_UNREADABLE, 0, at, e.getMessage() + "; left out");
            return null;
        }
    }

    /**
     * A value as a message shows it: short text quoted, other values by kind.
     *
     * @param v the value
     * @return the description
     */
    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return Checks.quote(v.textValue());
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.isNull() ? "null" : v.isBoolean() ? "the boolean " + v.asText() : "the number " + v.asText();
    }
}
