package io.github.copydesk.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import io.github.copydesk.internal.Checks;

/**
 * A date as news content carries it: either a calendar date without a time ("Last Updated:
 * 07/27/2016") or a date-time that always carries its UTC offset.
 *
 * <p>A date-only value stays date-only: no time or zone is ever invented for it. Two values compare
 * by calendar date with {@link #isBefore(NewsDate)} and {@link #isAfter(NewsDate)}, each
 * date-time on the calendar of its own offset, so a date-only value and a date-time on the same day
 * are neither before nor after each other; two date-times compare as instants.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th></tr>
 * <tr><td>date</td><td>no</td><td>derived: the calendar date (of the date-time in its own offset)</td></tr>
 * <tr><td>dateTime</td><td>yes (absent for a date-only value)</td><td>an {@link OffsetDateTime}: the offset is always present</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NewsDate {

    private final LocalDate date;
    private final OffsetDateTime dateTime;

    private NewsDate(LocalDate date, OffsetDateTime dateTime) {
        this.date = date;
        this.dateTime = dateTime;
    }

    /**
     * A date-only value.
     *
     * @param date the calendar date
     * @return the value
     * @throws NullPointerException if {@code date} is null
     */
    public static NewsDate of(LocalDate date) {
        return new NewsDate(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * A date-time value with its offset.
     *
     * @param dateTime the date-time
     * @return the value
     * @throws NullPointerException if {@code dateTime} is null
     */
    public static NewsDate of(OffsetDateTime dateTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        return new NewsDate(dateTime.toLocalDate(), dateTime);
    }

    /**
     * Parses what {@link #toString()} writes: an ISO 8601 calendar date ({@code 2016-07-27}) or an
     * ISO 8601 date-time with an offset ({@code 2016-07-27T10:15:00+02:00}, {@code ...Z}).
     *
     * @param text the text
     * @return the value
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is neither form; a date-time without an offset is
     *         rejected, never given an invented one
     */
    public static NewsDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        try {
            if (s.indexOf('T') < 0) {
                return of(LocalDate.parse(s));
            }
            return of(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be an ISO 8601 date or a date-time with an offset: "
                    + Checks.quote(s), e);
        }
    }

    /** @return whether this value has no time */
    public boolean isDateOnly() {
        return dateTime == null;
    }

    /** @return the calendar date (for a date-time, the date in its own offset) */
    public LocalDate date() {
        return date;
    }

    /** @return the date-time, or empty for a date-only value */
    public Optional<OffsetDateTime> dateTime() {
        return Optional.ofNullable(dateTime);
    }

    /**
     * Whether this value is on an earlier calendar day than {@code other}, or, when both carry a
     * time, at an earlier instant.
     *
     * @param other the value to compare with
     * @return whether this is before {@code other}
     */
    public boolean isBefore(NewsDate other) {
        Objects.requireNonNull(other, "other");
        if (dateTime != null && other.dateTime != null) {
            return dateTime.isBefore(other.dateTime);
        }
        return date.isBefore(other.date);
    }

    /**
     * Whether this value is on a later calendar day than {@code other}, or, when both carry a time,
     * at a later instant.
     *
     * @param other the value to compare with
     * @return whether this is after {@code other}
     */
    public boolean isAfter(NewsDate other) {
        return Objects.requireNonNull(other, "other").isBefore(this);
    }

    /**
     * The ISO 8601 form: {@code 2016-07-27} or {@code 2016-07-27T10:15:00+02:00}.
     *
     * @return the text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return dateTime == null ? date.toString() : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewsDate other && date.equals(other.date) && Objects.equals(dateTime, other.dateTime);
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + Objects.hashCode(dateTime);
    }
}
