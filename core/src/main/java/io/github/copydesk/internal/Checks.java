package io.github.copydesk.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Construction-time checks shared by the model types. Each check either returns its (possibly
 * copied) argument or throws an exception whose message names the field and quotes the bad value.
 *
 * <p>Not part of Copydesk's API (see the package).
 */
public final class Checks {

    private static final int MAX_QUOTED = 80;
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}|[a-z]{5,8}");

    private Checks() {
    }

    /**
     * Checks an optional text value: {@code null} passes; otherwise it must be valid Unicode (no
     * unpaired surrogate).
     */
    public static String text(String value, String field) {
        int unpaired = value == null ? -1 : unpairedSurrogate(value);
        if (unpaired >= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is not valid Unicode: unpaired surrogate U+%04X at index %d in %s",
                    field, (int) value.charAt(unpaired), unpaired, quote(value)));
        }
        return value;
    }

    private static boolean validUnicode(String value) {
        return unpairedSurrogate(value) < 0;
    }

    /** The index of the first unpaired surrogate, or -1. */
    private static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Checks a required text value: not null, valid Unicode. Blank is allowed (a draft). */
    public static String requiredText(String value, String field) {
        return text(Objects.requireNonNull(value, field), field);
    }

    /** Checks an optional text value that, when present, must not be blank. */
    public static String nonBlankText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank when present: " + quote(value));
        }
        return text(value, field);
    }

    /**
     * Checks the fields every {@code Media} record shares, in the order they are declared.
     *
     * @throws NullPointerException if {@code rights} is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public static void media(URI url, String caption, String credit, String altText, String extendedDescription,
            Object rights) {
        url(url, "url");
        text(caption, "caption");
        text(credit, "credit");
        text(altText, "altText");
        text(extendedDescription, "extendedDescription");
        Objects.requireNonNull(rights, "rights");
    }

    /**
     * Checks an optional URL: {@code null} passes; otherwise it must be absolute, with scheme
     * {@code http} or {@code https} and a host, and valid Unicode. Every URL of the model is checked
     * this way; other Copydesk modules use it to check a URL before they build a model object.
     *
     * @throws IllegalArgumentException naming the field and quoting the value if it is not such a URL
     */
    public static URI url(URI value, String field) {
        if (value == null) {
            return null;
        }
        if (!httpScheme(value)) {
            throw new IllegalArgumentException(field + " must be an absolute http or https URL: " + quote(value.toString()));
        }
        if (!hasHost(value)) {
            throw new IllegalArgumentException(field + " must name a host: " + quote(value.toString()));
        }
        text(value.toString(), field);
        return value;
    }

    /**
     * Whether the model accepts a URI as a URL, as {@link #url(URI, String)} checks it: absolute, http
     * or https, with a host, valid Unicode.
     *
     * @param value the URI, or {@code null}
     * @return whether it is a URL the model accepts; {@code false} for {@code null}
     */
    public static boolean isUrl(URI value) {
        return value != null && httpScheme(value) && hasHost(value) && validUnicode(value.toString());
    }

    private static boolean httpScheme(URI value) {
        String scheme = value.getScheme();
        return value.isAbsolute() && scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    private static boolean hasHost(URI value) {
        return (value.getHost() != null && !value.getHost().isEmpty()) || internationalHost(value);
    }

    /**
     * Whether a URL whose host {@link URI#getHost()} does not report names an internationalized
     * domain ({@code https://exämple.com/}) that IDNA can convert.
     */
    private static boolean internationalHost(URI value) {
        return asciiAuthority(value) != null;
    }

    /**
     * The authority of a URL with an internationalized domain, its host in IDNA's ASCII form and its port
     * as written; {@code null} when the URL has no such domain (or user information, or a host IDNA
     * cannot convert).
     */
    private static String asciiAuthority(URI value) {
        String authority = value.getRawAuthority();
        if (authority == null || authority.isEmpty() || authority.indexOf('@') >= 0) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        boolean port = colon >= 0 && authority.substring(colon + 1).chars().allMatch(Character::isDigit);
        String host = port ? authority.substring(0, colon) : authority;
        if (host.isEmpty() || host.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.USE_STD3_ASCII_RULES);
            return !ascii.isEmpty() && URI.create("http://" + ascii + "/").getHost() != null
                    ? ascii + (port ? authority.substring(colon) : "") : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A URI in ASCII, as formats that want RFC 3986 URIs write it: an internationalized domain
     * ({@code https://exämple.com/}) in IDNA's ASCII form ({@code xn--exmple-cua.com}), and every other
     * character outside ASCII percent-encoded as UTF-8 ({@link URI#toASCIIString()}). Percent-encoding a
     * host would make it no host at all.
     *
     * @param value the URI
     * @return the URI in ASCII
     */
    public static String ascii(URI value) {
        String authority = value.getHost() != null ? null : asciiAuthority(value);
        if (authority == null) {
            return value.toASCIIString();
        }
        StringBuilder out = new StringBuilder(value.getScheme()).append("://").append(authority).append(value.getRawPath());
        if (value.getRawQuery() != null) {
            out.append('?').append(value.getRawQuery());
        }
        if (value.getRawFragment() != null) {
            out.append('#').append(value.getRawFragment());
        }
        return URI.create(out.toString()).toASCIIString();
    }

    /**
     * Checks an optional identifier: {@code null} passes; otherwise one line of valid Unicode, not blank,
     * at most 2,000 chars.
     */
    public static String identifier(String value, String field) {
        if (value == null) {
            return null;
        }
        nonBlankText(value, field);
        if (value.length() > 2000 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field + " must be one line of at most 2000 characters: " + quote(value));
        }
        return value;
    }

    /** Checks an optional date that must carry a time and offset: {@code null} passes, a date-only one does not. */
    public static io.github.copydesk.model.NewsDate dateTime(io.github.copydesk.model.NewsDate value, String field) {
        if (value != null && value.isDateOnly()) {
            throw new IllegalArgumentException(field + " must be a date-time with an offset, not a date alone: "
                    + quote(value.toString()));
        }
        return value;
    }

    /** Parses and checks a URL given as text; {@code null} stays {@code null}. */
    public static URI url(String value, String field) {
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + quote(value) + " (" + e.getReason() + ")", e);
        }
        return url(uri, field);
    }

    /** Checks a list: not null, no null element; returns an unmodifiable copy. */
    public static <T> List<T> list(List<? extends T> value, String field) {
        Objects.requireNonNull(value, field);
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
        }
        return List.copyOf(value);
    }

    /** Checks a list of URLs: every element an absolute http(s) URL. */
    public static List<URI> urls(List<URI> value, String field) {
        List<URI> copy = list(value, field);
        for (int i = 0; i < copy.size(); i++) {
            url(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /** Checks a list of texts: no null element, each valid Unicode. */
    public static List<String> texts(List<String> value, String field) {
        List<String> copy = list(value, field);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /** Checks an optional positive size. */
    public static Integer positive(Integer value, String field) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
        return value;
    }

    /** Checks an optional positive duration. */
    public static java.time.Duration positive(java.time.Duration value, String field) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
        return value;
    }

    /** Checks an optional ISO 3166-1 alpha-2 country code (upper case). */
    public static String countryCode(String value, String field) {
        if (value != null && !Places.isCountryCode(value)) {
            throw new IllegalArgumentException(field + " must be an ISO 3166-1 alpha-2 code in upper case: " + quote(value));
        }
        return value;
    }

    /** Checks an optional ISO 3166-2 subdivision code such as {@code US-PA}. */
    public static String subdivisionCode(String value, String field) {
        if (value == null) {
            return null;
        }
        int dash = value.indexOf('-');
        if (dash != 2 || !Places.isCountryCode(value.substring(0, 2))
                || !value.substring(3).matches("[A-Z0-9]{1,3}")) {
            throw new IllegalArgumentException(field + " must be an ISO 3166-2 code such as US-PA: " + quote(value));
        }
        return value;
    }

    /**
     * Parses a well-formed BCP 47 language tag as the model reads one ({@code Article.Builder#language(String)}):
     * unlike {@link Locale#forLanguageTag(String)} it rejects ill-formed tags instead of silently dropping
     * their bad parts, and the language must pass {@link #language(Locale, String)}. Other Copydesk
     * modules use it to read a language without building an article.
     *
     * @throws NullPointerException if {@code tag} is null
     * @throws IllegalArgumentException naming the field and quoting the tag if it is not well-formed
     */
    public static Locale languageTag(String tag, String field) {
        Objects.requireNonNull(tag, field);
        try {
            return language(new Locale.Builder().setLanguageTag(tag).build(), field);
        } catch (java.util.IllformedLocaleException e) {
            throw new IllegalArgumentException(field + " is not a well-formed BCP 47 language tag: " + quote(tag), e);
        }
    }

    /**
     * Checks an optional language: when present it must name a language (not the root locale) and be
     * well-formed BCP 47, so that its language tag reads back as the same locale.
     */
    public static Locale language(Locale value, String field) {
        if (value == null) {
            return null;
        }
        if (value.getLanguage().isEmpty()) {
            throw new IllegalArgumentException(field + " must name a language: " + quote(value.toLanguageTag()));
        }
        if (!LANGUAGE.matcher(value.getLanguage()).matches()
                || !Locale.forLanguageTag(value.toLanguageTag()).equals(value)) {
            throw new IllegalArgumentException(field + " is not a well-formed BCP 47 language: " + quote(value.toString()));
        }
        return value;
    }

    /** Quotes a value for an error message, shortened when long, control characters escaped. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_QUOTED) + 8).append('"');
        int end = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (end < value.length()) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out.append('"').toString();
    }
}
