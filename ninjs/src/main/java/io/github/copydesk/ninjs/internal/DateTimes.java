package io.github.copydesk.ninjs.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import io.github.copydesk.model.NewsDate;

/**
 * Dates as ninjs writes them: RFC 3339 date-times ({@code format: date-time}), with seconds and an
 * offset in hours and minutes. A date-only value is not written (a time would be invented); a date-time
 * whose offset has seconds, which RFC 3339 cannot write, is written as the same instant in UTC; one whose
 * year RFC 3339 cannot write (after 9999) is not written. Stateless and thread-safe.
 */
final class DateTimes {

    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T').appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private DateTimes() {
    }

    /**
     * The date as ninjs writes it.
     *
     * @param date the date, or {@code null}
     * @return the RFC 3339 date-time, or {@code null} when it is absent, date-only, or beyond year 9999
     */
    static String format(NewsDate date) {
        if (date == null || date.isDateOnly()) {
            return null;
        }
        OffsetDateTime t = written(date.dateTime().orElseThrow());
        return t == null ? null : RFC_3339.format(t);
    }

    /**
     * The date-time written for a date-time: itself, or in UTC when its offset has seconds.
     *
     * @param t the date-time
     * @return the date-time written, or {@code null} when its year is not 0 to 9999
     */
    static OffsetDateTime written(OffsetDateTime t) {
        OffsetDateTime out = t.getOffset().getTotalSeconds() % 60 == 0 ? t : t.withOffsetSameInstant(ZoneOffset.UTC);
        return out.getYear() < 0 || out.getYear() > 9999 ? null : out;
    }
}
