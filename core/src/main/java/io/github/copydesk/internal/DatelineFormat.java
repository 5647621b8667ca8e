package io.github.copydesk.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Place;

/**
 * Reads and writes datelines; the implementation of {@link Dateline#parse(CharSequence)} and
 * {@link Dateline#format(DatelineStyle)}, where the accepted forms are documented.
 *
 * <p>Not part of Copydesk's API (see the package). Stateless and thread-safe.
 */
public final class DatelineFormat {

    /** The longest input {@link #parse(CharSequence)} reads, in chars, after stripping white space. */
    public static final int MAX_LENGTH = 200;

    /** The most words a locality may have ("SANTA CRUZ DE LA SIERRA" has five). */
    private static final int MAX_LOCALITY_WORDS = 6;

    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*(?:--|[\u2014\u2013:-])\\s*$");
    private static final Pattern DOT_AFTER_SOURCE = Pattern.compile("\\)\\s*\\.$");
    private static final Pattern SOURCE = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} .&/'\u2019-]*");
    private static final Pattern DATE_TOKENS = Pattern.compile("\\s*,\\s*|\\s+");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private DatelineFormat() {
    }

    /** One comma-separated part of a dateline: its text (stripped) and where it starts. */
    private record Part(String text, int start) {
    }

    /**
     * Reads a dateline as written; see {@link Dateline#parse(CharSequence)}.
     *
     * @param text the dateline
     * @return the dateline, names and date text as written
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not a dateline
     */
    public static Dateline parse(CharSequence text) {
        String input = Objects.requireNonNull(text, "text").toString();
        String s = input.strip();
        if (s.length() > MAX_LENGTH) {
            throw unreadable(input, "longer than " + MAX_LENGTH + " characters");
        }
        Checks.text(s, "text");
        if (s.isEmpty()) {
            throw unreadable(input, "empty");
        }
        String written = s;

        // 1. the closing separator: "--", an em or en dash, a hyphen, a colon, or a full stop after
        //    the source marker.
        s = TRAILING_SEPARATOR.matcher(s).replaceFirst("");
        if (DOT_AFTER_SOURCE.matcher(s).find()) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }

        // 2. the source marker in parentheses at the end: "(AP)", "(Reuters)".
        String source = null;
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open < 0) {
                throw unreadable(input, "unbalanced parenthesis");
            }
            source = s.substring(open + 1, s.length() - 1).strip();
            if (!SOURCE.matcher(source).matches()) {
                throw unreadable(input, "the source in parentheses is not a name");
            }
            s = s.substring(0, open).strip();
        }
        if (s.isEmpty()) {
            throw unreadable(input, "no place");
        }

        // 3. the comma-separated parts; a closing full stop belongs to an abbreviation ("Pa.", "U.S.")
        //    after the locality, else it is punctuation ("June 2.").
        List<Part> parts = split(s);
        if (s.endsWith(".")) {
            if (parts.size() == 1 || !abbreviation(parts.get(parts.size() - 1).text())) {
                s = s.substring(0, s.length() - 1).stripTrailing();
                parts = split(s);
            }
        }
        for (Part part : parts) {
            if (part.text().isEmpty()) {
                throw unreadable(input, "an empty part between commas");
            }
        }

        // 4. locality, then up to two place names, then the date.
        String locality = parts.get(0).text();
        checkName(input, locality, "locality");
        if (locality.split(" +").length > MAX_LOCALITY_WORDS) {
            throw unreadable(input, "a locality of more than " + MAX_LOCALITY_WORDS + " words");
        }
        List<String> names = new ArrayList<>();
        int i = 1;
        while (i < parts.size() && !startsDate(parts.get(i).text())) {
            String name = parts.get(i).text();
            checkName(input, name, "place name");
            names.add(name);
            i++;
        }
        if (names.size() > 2) {
            throw unreadable(input, "more than a region and a country after the locality");
        }
        String dateText = null;
        LocalDate date = null;
        if (i < parts.size()) {
            dateText = s.substring(parts.get(i).start()).strip();
            date = readDate(input, dateText);
        }
        return new Dateline(written, place(locality, names), dateText, date, source);
    }

    /**
     * Whether a name's closing full stop is part of it: a known abbreviation ("Pa.", "Calif.") or a
     * last word with another full stop inside ("U.S.", "D.C.", "W.Va.").
     */
    private static boolean abbreviation(String name) {
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        return lastWord.indexOf('.') < lastWord.length() - 1
                || (Places.regionCode(name) != null
                        && Places.regionCode(name.substring(0, name.length() - 1)) == null);
    }

    private static List<Part> split(String s) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = s.indexOf(',', start);
            int end = comma < 0 ? s.length() : comma;
            String raw = s.substring(start, end);
            int lead = raw.length() - raw.stripLeading().length();
            parts.add(new Part(raw.strip(), start + lead));
            if (comma < 0) {
                return parts;
            }
            start = comma + 1;
        }
    }

    /**
     * Checks a place name: it starts with a letter that is not lower case (a name, not a sentence) and
     * holds only letters, marks, spaces, full stops, apostrophes, hyphens and ampersands.
     */
    private static void checkName(String input, String name, String what) {
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) || Character.isLowerCase(first)) {
            throw unreadable(input, "the " + what + " " + Checks.quote(name) + " does not start with a capital letter");
        }
        for (int k = 0; k < name.length(); ) {
            int c = name.codePointAt(k);
            boolean allowed = Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || c == ' ' || c == '.' || c == '\'' || c == '\u2019' || c == '-' || c == '\u2010'
                    || c == '&';
            if (!allowed) {
                throw unreadable(input, "the " + what + " " + Checks.quote(name) + " holds "
                        + Checks.quote(new String(Character.toChars(c))));
            }
            k += Character.charCount(c);
        }
    }

    /**
     * The place from its parts. A locality alone that is a known country and not also its own city
     * ("Portugal", but not "SINGAPORE") is the country, with no locality. One name after the locality is
     * a country when it is a known country (so a lone "Georgia" is the country), else a region when it is
     * a known region ("Pa."), else a country with no code. Two names are region then country, as written,
     * with codes when known and consistent.
     */
    private static Place place(String locality, List<String> names) {
        if (names.isEmpty()) {
            // a country alone ("Portugal") names no locality, unless it is also its own city ("SINGAPORE")
            String countryCode = Places.countryCode(locality);
            if (countryCode != null && !Places.standsAlone(locality, null, null, null, null)) {
                return new Place(null, null, null, locality, countryCode);
            }
            return new Place(locality, null, null, null, null);
        }
        if (names.size() == 1) {
            String name = names.get(0);
            String countryCode = Places.countryCode(name);
            String regionCode = Places.regionCode(name);
            if (countryCode == null && regionCode != null) {
                return new Place(locality, name, regionCode, null, regionCode.substring(0, 2));
            }
            return new Place(locality, null, null, name, countryCode);
        }
        String region = names.get(0);
        String country = names.get(1);
        String regionCode = Places.regionCode(region);
        String countryCode = Places.countryCode(country);
        if (regionCode != null) {
            if (countryCode == null) {
                countryCode = regionCode.substring(0, 2);
            } else if (!regionCode.startsWith(countryCode + "-")) {
                regionCode = null;
            }
        }
        return new Place(locality, region, regionCode, country, countryCode);
    }

    private static boolean startsDate(String part) {
        String[] tokens = DATE_TOKENS.split(part);
        if (tokens.length == 0) {
            return false;
        }
        if (NewsVocabulary.weekday(tokens[0]) != null) {
            return true;
        }
        return tokens.length > 1
                && ((NewsVocabulary.month(tokens[0]) != null && DAY.matcher(tokens[1]).matches())
                        || (DAY.matcher(tokens[0]).matches() && NewsVocabulary.month(tokens[1]) != null));
    }

    /**
     * Reads a written date: an optional weekday, then month and day ("June 4", "Sept. 4", "4 June"),
     * then an optional year after the day; or a weekday alone. The date is complete only with a year.
     */
    private static LocalDate readDate(String input, String dateText) {
        String[] tokens = DATE_TOKENS.split(dateText);
        int k = 0;
        DayOfWeek weekday = k < tokens.length ? NewsVocabulary.weekday(tokens[k]) : null;
        if (weekday != null) {
            k++;
        }
        Month month = null;
        int day = 0;
        if (k + 1 < tokens.length && NewsVocabulary.month(tokens[k]) != null && DAY.matcher(tokens[k + 1]).matches()) {
            month = NewsVocabulary.month(tokens[k]);
            day = Integer.parseInt(tokens[k + 1]);
            k += 2;
        } else if (k + 1 < tokens.length && DAY.matcher(tokens[k]).matches() && NewsVocabulary.month(tokens[k + 1]) != null) {
            day = Integer.parseInt(tokens[k]);
            month = NewsVocabulary.month(tokens[k + 1]);
            k += 2;
        }
        Integer year = null;
        if (month != null && k < tokens.length && YEAR.matcher(tokens[k]).matches()) {
            year = Integer.valueOf(tokens[k]);
            k++;
        }
        if (k != tokens.length || (weekday == null && month == null)) {
            throw unreadable(input, "the date " + Checks.quote(dateText) + " is not a weekday, month and day, or year");
        }
        if (month != null && (day < 1 || day > month.maxLength())) {
            throw unreadable(input, "the date " + Checks.quote(dateText) + " has no such day");
        }
        if (year == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw unreadable(input, "the date " + Checks.quote(dateText) + " has no such day");
        }
        if (weekday != null && date.getDayOfWeek() != weekday) {
            throw unreadable(input, "the date " + Checks.quote(dateText) + " falls on a "
                    + title(date.getDayOfWeek().name()));
        }
        return date;
    }

    private static String title(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unreadable(String input, String reason) {
        return new IllegalArgumentException("cannot read dateline " + Checks.quote(input) + ": " + reason);
    }

    /**
     * Writes a dateline in a style; see {@link Dateline#format(DatelineStyle)}.
     *
     * @param dateline the dateline
     * @param style the style
     * @return the dateline as the style writes it
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the style needs a locality and the place has none (null or blank)
     */
    public static String format(Dateline dateline, DatelineStyle style) {
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(style, "style");
        Place place = dateline.place();
        if (style == DatelineStyle.PLAIN) {
            return displayName(place);
        }
        if (!present(place.locality())) {
            throw new IllegalStateException("the " + style + " dateline style needs a locality, and the place has none: " + place);
        }
        StringBuilder out = new StringBuilder(place.locality().strip().toUpperCase(Locale.ROOT));
        if (style == DatelineStyle.AP) {
            if (!Places.standsAlone(place.locality(), blankToNull(place.region()), place.regionCode(),
                    blankToNull(place.country()), place.countryCode())) {
                String where = apWhere(place);
                if (where != null) {
                    out.append(", ").append(where);
                }
            }
            return out.append(" (").append(present(dateline.source()) ? dateline.source() : "AP")
                    .append(") \u2014").toString();
        }
        String when = present(dateline.dateText()) ? dateline.dateText()
                : dateline.date() == null ? null
                : NewsVocabulary.shortMonth(dateline.date().getMonth()) + " " + dateline.date().getDayOfMonth();
        if (when != null) {
            out.append(", ").append(when);
        }
        return out.append(" (").append(present(dateline.source()) ? dateline.source() : "Reuters")
                .append(") -").toString();
    }

    /**
     * What AP writes after the locality: a US state in its AP form; else a region that has a code or
     * stands without a country; else the country.
     */
    private static String apWhere(Place place) {
        String apState = Places.apState(place.regionCode());
        if (apState != null) {
            return apState;
        }
        if (present(place.region()) && (place.regionCode() != null || !present(place.country()))) {
            return place.region();
        }
        return present(place.country()) ? place.country() : null;
    }

    /**
     * The present parts of a place as written, joined by commas: "MADRID, Spain".
     *
     * @param place the place
     * @return the name, empty when no part is present
     */
    public static String displayName(Place place) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {place.locality(), place.region(), place.country()}) {
            if (present(part)) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value : null;
    }
}
