package io.github.copydesk.read.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.read.ReadCode;

/**
 * Reads URLs as the model holds them (absolute {@code http}/{@code https} URLs with a host, checked
 * by the model's own {@link Checks#url(URI, String)}). Strict: exactly as written. Lenient, each
 * repair reported: white space around the URL trimmed, the HTML entity {@code &amp;amp;} read as
 * {@code &}, characters a URL may not hold as they are (spaces, quotation marks, {@code <>\^`{|}}, a
 * lone {@code %}) percent-encoded. A relative URL is left out: there is no base to resolve it against.
 *
 * <p>One instance per read: within it, a URL read as written with no finding is parsed once however
 * often the input repeats it (pages repeat theirs). Not thread-safe.
 */
public final class Urls {

    private final Findings findings;
    private final boolean lenient;
    private final Map<String, URI> cache = new HashMap<>();

    /**
     * A URL reader for one read.
     *
     * @param findings where repairs and failures go; its mode is the reader's
     */
    public Urls(Findings findings) {
        this.findings = findings;
        this.lenient = !findings.strict();
    }

    /**
     * Reads a URL.
     *
     * @param raw the text as written
     * @param block the block, for findings
     * @param path where, for findings
     * @return the URL, or {@code null} when the text is empty or the URL unreadable (reported)
     */
    public URI parse(String raw, int block, JsonPath path) {
        String s = lenient ? raw.strip() : raw;
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() != raw.length()) {
            // a strict reader rejects it: a repair, like every change Urls makes
            findings.warning(ReadCode.URL_REPAIRED, block, path, "white space around the URL trimmed: " + Checks.quote(raw));
        }
        URI known = cache.get(s);
        if (known != null) {
            return known;
        }
        if (lenient && s.contains("&amp;")) {
            s = s.replace("&amp;", "&");
            findings.warning(ReadCode.URL_REPAIRED, block, path, "the HTML entity &amp; in a URL read as &");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            if (!lenient) {
                findings.error(ReadCode.URL_UNREADABLE, block, path, "not a URL (" + e.getReason() + "): " + Checks.quote(s));
                return null;
            }
            try {
                uri = new URI(encode(s));
            } catch (URISyntaxException again) {
                findings.error(ReadCode.URL_UNREADABLE, block, path, "not a URL (" + e.getReason() + "): " + Checks.quote(s)
                        + "; left out");
                return null;
            }
            // a repair must never send the reader elsewhere than a browser goes: https://example.com\@evil.com/
            // is on example.com for a browser, but its percent-encoded form is on evil.com
            String browser = browserHost(s);
            String repaired = browserHost(uri.toString());
            if (browser != null && !browser.equals(repaired)) {
                findings.error(ReadCode.URL_UNREADABLE, block, path, "not a URL (" + e.getReason() + "), and encoding it would "
                        + "change its host from " + Checks.quote(browser) + ", where a browser goes, to " + Checks.quote(
                        String.valueOf(repaired)) + ": " + Checks.quote(s) + "; left out");
                return null;
            }
            findings.warning(ReadCode.URL_REPAIRED, block, path, "characters not allowed in a URL percent-encoded: "
                    + Checks.quote(s));
        }
        if (!uri.isAbsolute()) {
            findings.error(ReadCode.URL_UNREADABLE, block, path, "a relative URL, and no base to resolve it against: "
                    + Checks.quote(s) + "; left out");
            return null;
        }
        if (!plainHttpUrl(uri, s)) {
            try {
                Checks.url(uri, "url");
            } catch (IllegalArgumentException e) {
                findings.error(ReadCode.URL_UNREADABLE, block, path, e.getMessage() + "; left out");
                return null;
            }
        } else if (uri.toString().equals(s)) {
            cache.put(s, uri); // read as written, with no finding: the next occurrence reads the same
        }
        return uri;
    }

    /**
     * The host a browser reads in an http(s) URL, as the WHATWG URL standard parses those schemes: the
     * authority ends at the first {@code /}, {@code \}, {@code ?} or {@code #} after the slashes, and the
     * host follows its last {@code @}. Lower case; {@code null} for another scheme.
     */
    static String browserHost(String s) {
        int colon = s.indexOf(':');
        String scheme = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int start = colon + 1;
        while (start < s.length() && (s.charAt(start) == '/' || s.charAt(start) == '\\')) {
            start++;
        }
        int end = start;
        while (end < s.length() && "/\\?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String hostPort = s.substring(s.lastIndexOf('@', end - 1) < start ? start : s.lastIndexOf('@', end - 1) + 1, end);
        int port = hostPort.startsWith("[") ? hostPort.indexOf(']') + 1 : hostPort.indexOf(':');
        return (port <= 0 ? hostPort : hostPort.substring(0, port)).toLowerCase(Locale.ROOT);
    }

    /** A quick check that passes only URLs the model accepts: http(s), a host, ASCII text. */
    private static boolean plainHttpUrl(URI uri, String text) {
        String scheme = uri.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme))) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Percent-encodes the characters a URL may not hold as they are (non-ASCII text stays). */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean percent = c == '%' && !(i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2)));
            if (c <= 0x20 || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0 || percent) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    /**
     * Several http(s) URLs in one text, separated by commas, as some sites write a list.
     *
     * @param text the text
     * @return the URLs' texts, or {@code null} when the text is not such a list
     */
    public static String[] commaSeparated(String text) {
        if (text.indexOf(',') < 0) {
            return null;
        }
        String[] parts = text.strip().split(",");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
            String p = parts[i];
            if (!(p.startsWith("http://") || p.startsWith("https://"))) {
                return null;
            }
            for (int j = 0; j < p.length(); j++) {
                if (Character.isWhitespace(p.charAt(j))) {
                    return null;
                }
            }
        }
        return parts.length > 1 ? parts : null;
    }
}
