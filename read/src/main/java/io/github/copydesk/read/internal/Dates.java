package io.github.copydesk.read.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.model.NewsDate;

import io.github.copydesk.internal.Checks;

/**
 * Reads dates. Strict: exactly what {@link NewsDate#parse(CharSequence)} reads (ISO 8601 date, or
 * date-time with offset). Lenient, each repair reported as a warning, nothing invented:
 * <ul>
 * <li>ISO 8601 date or date-time with offset, fractional seconds included: read as is;</li>
 * <li>an offset without colon ({@code +0000}, {@code +0200}) or hours only ({@code +02}), or
 *   {@code UTC}/{@code GMT} for {@code Z}: read as that offset;</li>
 * <li>a space, or a time-zone abbreviation, in place of the {@code T} ({@code 2024-04-30 16:38:37 +02:00},
 *   {@code 2018-11-28CET11:59:00+0100}): read when the offset is written;</li>
 * <li>a date-time without offset ({@code 2024-02-24T10:00:00}, {@code 2021-05-11 09:49:18},
 *   {@code 2022/05/10 17:36:11}): the date is kept, date-only; the time is dropped, since no zone is
 *   invented;</li>
 * <li>Java's {@code Date.toString()} form ({@code Fri Apr 28 19:20:36 CEST 2023}): with {@code UTC},
 *   {@code GMT} or {@code UT} read as a date-time in UTC; with another zone abbreviation (ambiguous:
 *   CST is three zones) the date is kept, date-only; the weekday must match;</li>
 * <li>the Unix epoch ({@code 1970-01-01T00:00:00Z} in any offset), which a CMS writes for a date it
 *   does not have: left out as an error;</li>
 * <li>anything else ({@code 10/05/2022 05:22 pm}: day and month cannot be told apart): left out as
 *   an error.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Dates {

    /** The longest text read as a date; longer text is no date. */
    private static final int MAX_LENGTH = 64;

    private static final Pattern LOOSE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:(T|t| +|[A-Za-z]{1,5})(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + " *(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern JAVA_DATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{1,2}) "
            + "(\\d{2}):(\\d{2}):(\\d{2}) ([A-Za-z]{1,6}) (\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("Jan", 1), Map.entry("Feb", 2),
            Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7),
            Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));

    private Dates() {
    }

    /**
     * Reads a date.
     *
     * @param text the text, cleaned
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where repairs and failures are reported (strict: thrown)
     * @return the date, or {@code null} when unreadable
     */
    public static NewsDate read(String text, int block, JsonPath path, Findings findings) {
        NewsDate fast = iso(text);
        if (fast != null || findings.strict()) {
            if (fast == null) {
                try {
                    fast = NewsDate.parse(text);
                } catch (IllegalArgumentException e) {
                    findings.error(ReadCode.DATE_UNREADABLE, block, path, "not an ISO 8601 date or date-time with offset: " + Checks.quote(text));
                    return null;
                }
            }
            return epoch(fast, block, path, findings) ? null : fast;
        }
        String s = text.strip();
        if (s.length() > MAX_LENGTH) {
            findings.error(ReadCode.DATE_UNREADABLE, block, path, "not a date: " + Checks.quote(s));
            return null;
        }
        NewsDate date;
        try {
            date = loose(s, block, path, findings);
        } catch (DateTimeException e) {
            findings.error(ReadCode.DATE_UNREADABLE, block, path, "not a date (" + e.getMessage() + "): " + Checks.quote(s));
            return null;
        }
        if (date == null) {
            findings.error(ReadCode.DATE_UNREADABLE, block, path, "not a readable date (day and month order, or the form, unknown): " + Checks.quote(s));
            return null;
        }
        return epoch(date, block, path, findings) ? null : date;
    }

    private static boolean epoch(NewsDate date, int block, JsonPath path, Findings findings) {
        if (findings.strict() || date.dateTime().isEmpty() || date.dateTime().get().toEpochSecond() != 0
                || date.dateTime().get().getNano() != 0) {
            return false;
        }
        findings.error(ReadCode.DATE_UNREADABLE, block, path, "the Unix epoch (" + date + "): a CMS's placeholder for a date it does not have; left out");
        return true;
    }

    private static NewsDate loose(String s, int block, JsonPath path, Findings findings) {
        Matcher m = LOOSE.matcher(s);
        if (m.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return NewsDate.of(date);
            }
            int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            int nano = 0;
            if (m.group(8) != null) {
                String fraction = (m.group(8) + "000000000").substring(0, 9);
                nano = Integer.parseInt(fraction);
            }
            LocalDateTime local = date.atTime(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), second, nano);
            String separator = m.group(4);
            String zone = m.group(9);
            if (zone == null) {
                findings.warning(ReadCode.DATE_REPAIRED, block, path, "a date-time without UTC offset (" + Checks.quote(s)
                        + "): the date is kept and the time dropped, since no time zone is invented");
                return NewsDate.of(date);
            }
            StringBuilder repairs = new StringBuilder();
            if (!separator.equals("T")) {
                repairs.append(separator.isBlank() ? "a space" : Checks.quote(separator)).append(" in place of the T");
            }
            ZoneOffset offset;
            if (zone.equals("Z")) {
                offset = ZoneOffset.UTC;
            } else if (zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT")) {
                offset = ZoneOffset.UTC;
                append(repairs, Checks.quote(zone) + " for Z");
            } else {
                int hours = Integer.parseInt(zone.substring(1, 3));
                String rest = zone.substring(3).replace(":", "");
                int minutes = rest.isEmpty() ? 0 : Integer.parseInt(rest);
                if (zone.length() != 6 || zone.charAt(3) != ':') {
                    append(repairs, "the offset " + Checks.quote(zone) + " for " + zone.charAt(0) + zone.substring(1, 3) + ":"
                            + (rest.isEmpty() ? "00" : rest));
                }
                offset = ZoneOffset.ofHoursMinutes(zone.charAt(0) == '-' ? -hours : hours, zone.charAt(0) == '-' ? -minutes : minutes);
            }
            NewsDate result = NewsDate.of(OffsetDateTime.of(local, offset));
            if (repairs.length() > 0) {
                findings.warning(ReadCode.DATE_REPAIRED, block, path, "not ISO 8601 (" + repairs + "): read as " + result);
            }
            return result;
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) != null) {
                findings.warning(ReadCode.DATE_REPAIRED, block, path, "a date-time without UTC offset (" + Checks.quote(s)
                        + "): the date is kept and the time dropped, since no time zone is invented");
            } else {
                findings.warning(ReadCode.DATE_REPAIRED, block, path, "not ISO 8601 (" + Checks.quote(s) + "): read as " + date);
            }
            return NewsDate.of(date);
        }
        m = JAVA_DATE.matcher(s);
        if (m.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(8)), MONTHS.get(m.group(2)),
                    Integer.parseInt(m.group(3)));
            DayOfWeek written = DayOfWeek.valueOf(weekday(m.group(1)));
            if (date.getDayOfWeek() != written) {
                return null;
            }
            String zone = m.group(7).toUpperCase(Locale.ROOT);
            if (zone.equals("UTC") || zone.equals("GMT") || zone.equals("UT")) {
                OffsetDateTime dateTime = OffsetDateTime.of(date.atTime(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))), ZoneOffset.UTC);
                NewsDate result = NewsDate.of(dateTime);
                findings.warning(ReadCode.DATE_REPAIRED, block, path, "Java's Date.toString() form (" + Checks.quote(s) + "): read as " + result);
                return result;
            }
            findings.warning(ReadCode.DATE_REPAIRED, block, path, "Java's Date.toString() form with the time-zone abbreviation " + Checks.quote(m.group(7))
                    + ", which may name several zones (" + Checks.quote(s) + "): the date is kept and the time dropped");
            return NewsDate.of(date);
        }
        return null;
    }

    private static String weekday(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return day.name();
            }
        }
        throw new DateTimeException("no weekday " + abbreviation);
    }

    private static void append(StringBuilder repairs, String what) {
        if (repairs.length() > 0) {
            repairs.append(", ");
        }
        repairs.append(what);
    }

    /**
     * Reads the common ISO 8601 forms quickly, exactly as {@link NewsDate#parse(CharSequence)} would:
     * {@code yyyy-MM-dd} and {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:mm)}.
     *
     * @return the date, or {@code null} when the text is in another form
     */
    static NewsDate iso(String s) {
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-' || !digits(s, 8, 10)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
            if (n == 10) {
                return NewsDate.of(date);
            }
            if (n < 20 || s.charAt(10) != 'T' || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16)
                    || s.charAt(16) != ':' || !digits(s, 17, 19)) {
                return null;
            }
            int i = 19;
            int nano = 0;
            if (s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                    i++;
                }
                if (i == start || (i < n && Character.isDigit(s.charAt(i)))) {
                    return null;
                }
                nano = Integer.parseInt((s.substring(start, i) + "000000000").substring(0, 9));
            }
            ZoneOffset offset;
            if (i == n - 1 && s.charAt(i) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, i + 3)
                    && s.charAt(i + 3) == ':' && digits(s, i + 4, i + 6)) {
                int hours = num(s, i + 1, i + 3);
                int minutes = num(s, i + 4, i + 6);
                if (s.charAt(i) == '-') {
                    if (hours == 0 && minutes == 0) {
                        return null; // "-00:00": leave it to the full parser
                    }
                    hours = -hours;
                    minutes = -minutes;
                }
                offset = ZoneOffset.ofHoursMinutes(hours, minutes);
            } else {
                return null;
            }
            return NewsDate.of(OffsetDateTime.of(date, java.time.LocalTime.of(num(s, 11, 13), num(s, 14, 16),
                    num(s, 17, 19), nano), offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
