package io.github.copydesk.model;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.internal.DatelineFormat;
import io.github.copydesk.validation.constraints.NoControlCharacters;

import jakarta.validation.Valid;

/**
 * Where (and when) a story was filed: {@code MADRID, Spain --}, {@code LONDON, June 4 (Reuters) -}.
 *
 * <p>Keeps the text as written, the {@link Place}, the date as written plus a {@link LocalDate} only
 * when the written date is complete (a day, month and year), and the source marker ({@code AP},
 * {@code Reuters}).
 *
 * <p>{@link #parse(CharSequence)} reads the common written forms and {@link #format(DatelineStyle)}
 * writes the AP, Reuters and plain styles; for every style, parsing what it writes gives back every
 * part the style shows. The {@code withX} methods change one field and never rewrite {@link #text()},
 * which stays what was read (or {@code null}).
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>text</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>place</td><td>no</td><td>not null</td><td>{@code publishable.dateline.locality.required}</td></tr>
 * <tr><td>dateText</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>date</td><td>yes</td><td>-</td><td>-</td></tr>
 * <tr><td>source</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * </table>
 *
 * @param text the dateline as written, or {@code null} when built from parts
 * @param place where
 * @param dateText the date as written ("June 4", "Monday")
 * @param date the date, only when the written date is complete
 * @param source the source marker ("AP", "Reuters")
 */
public record Dateline(
        @NoControlCharacters String text,
        @Valid Place place,
        @NoControlCharacters String dateText,
        LocalDate date,
        @NoControlCharacters String source) {

    /**
     * Checks every field.
     *
     * @param text the dateline as written, or {@code null} when built from parts
     * @param place where
     * @param dateText the date as written, or {@code null}
     * @param date the date, only when the written date is complete, or {@code null}
     * @param source the source marker, or {@code null}
     * @throws NullPointerException if {@code place} is null
     * @throws IllegalArgumentException if a present text is not valid Unicode
     */
    public Dateline {
        Checks.text(text, "text");
        Objects.requireNonNull(place, "place");
        Checks.text(dateText, "dateText");
        Checks.text(source, "source");
    }

    /**
     * A dateline with a place and nothing else.
     *
     * @param place where
     * @return the dateline, with no text, date or source
     * @throws NullPointerException if {@code place} is null
     */
    public static Dateline of(Place place) {
        return new Dateline(null, Objects.requireNonNull(place, "place"), null, null, null);
    }

    /**
     * Reads a dateline as written, keeping every name and the date text exactly as written.
     *
     * <p>The form is {@code LOCALITY[, region][, country][, date] [(SOURCE)] [separator]}:
     * <ul>
     * <li>Surrounding white space is stripped and the rest is kept as {@link #text()}.</li>
     * <li>The closing separator is one of {@code --}, {@code —}, {@code –}, {@code -}, {@code :}, or a
     *     full stop; a full stop that ends an abbreviation ({@code Pa.}, {@code U.S.}) is kept as part
     *     of the name.</li>
     * <li>The source is the name in parentheses at the end: {@code (AP)}, {@code (Reuters)}.</li>
     * <li>The locality is the first comma-separated part. It, and each place name after it, must start
     *     with a letter that is not lower case and hold only letters, spaces, full stops, apostrophes,
     *     hyphens and ampersands; the locality has at most six words. Letter case is kept:
     *     {@code MADRID} stays {@code MADRID}.</li>
     * <li>The date is the first part that starts with a weekday ({@code Monday}), a month and day
     *     ({@code June 4}, {@code Sept. 4}, {@code Sept 4}, {@code 4 June}) and runs to the end: an
     *     optional weekday, the month and day, an optional year ({@code Monday, June 3, 2024}).
     *     {@link #date()} is set only when the year is written; a date that does not exist, or a
     *     weekday that does not match the full date, is rejected.</li>
     * <li>Between the locality and the date come at most two names. Two are the region and the
     *     country, as written. One is the country when it is a known country name (so a lone
     *     {@code Georgia} is the country, as AP writes the state {@code Ga.}), the region when it is a
     *     known region ({@code Pa.}, {@code Pennsylvania}, {@code Ontario}), and otherwise the
     *     country as written with no code.</li>
     * <li>Codes are inferred as by {@link Place#withRegion(String)} and
     *     {@link Place#withCountry(String)}: {@code Spain} gives {@code ES}; {@code Pa.} gives
     *     {@code US-PA} and the country code {@code US}.</li>
     * </ul>
     *
     * @param text the dateline as written, such as {@code MADRID, Spain --},
     *        {@code LONDON, June 4 (Reuters) -} or {@code STATE COLLEGE, Pa. —}
     * @return the dateline
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not a dateline in this form (empty, no
     *         place, more than 200 characters, a sentence rather than a name, an unreadable date);
     *         the message quotes the text
     */
    public static Dateline parse(CharSequence text) {
        return DatelineFormat.parse(text);
    }

    /**
     * Reads the dateline a story's text starts with, as wire copy writes it before the first sentence
     * ({@code GROSSETO, Italy (AP) -- The trial of the captain ...}), and says where the story goes on.
     *
     * <p>From the position, white space is skipped; the candidate is the text up to and including the
     * first separator on that line ({@code --}, {@code —}, {@code –}, or a hyphen between white space),
     * within 200 chars. It is a dateline when
     * {@link #parse(CharSequence)} reads it and it shows that it is one: the locality in capitals, a source
     * marker, a region or country, or a date ({@code LONDON --}, {@code Washington (AP) —},
     * {@code Grosseto, Italy --}; but not {@code Breaking News -}, which parses as a locality). A source
     * marker alone ({@code (Business Wire)--}) names no place and is no dateline.
     *
     * <p>Named apart from {@link #parse(CharSequence)} so that {@code Dateline::parse} stays one method.
     * As {@link java.text.Format#parseObject(String, ParsePosition)} does: on success the position's
     * index is set to where the story goes on (after the separator and the white space after it) and
     * the dateline's {@link #text()} is the candidate as written; otherwise the index is left as it was,
     * the error index is set to where the candidate starts, and the result is {@code null}.
     *
     * @param text the story's text, such as an article body
     * @param position where to start reading (0 for the start of the text)
     * @return the dateline, or {@code null} when the text does not start with one
     * @throws NullPointerException if a parameter is null
     * @throws IndexOutOfBoundsException if the position's index is outside the text
     */
    public static Dateline parseLeading(CharSequence text, ParsePosition position) {
        return DatelineFormat.parseLeading(text, position);
    }

    /**
     * Writes this dateline in a style.
     *
     * <ul>
     * <li>{@link DatelineStyle#AP AP}: the locality in upper case, then {@code , } and the place
     *     that AP names unless the city stands alone in AP style ({@code MADRID},
     *     {@code WASHINGTON}, {@code LONDON}), then {@code (SOURCE) —} with the source, or {@code AP}
     *     when there is none: {@code GROSSETO, Italy (AP) —}. The place named is a US state in its AP
     *     form ({@code Pa.}, {@code Texas}, whatever form the region was written in); else a region
     *     that has a code or has no country beside it; else the country.</li>
     * <li>{@link DatelineStyle#REUTERS REUTERS}: the locality in upper case, then {@code , } and the
     *     date text when there is one, or the date written as Reuters does ({@code June 4},
     *     {@code Sept 12}), then {@code (SOURCE) -} with the source, or {@code Reuters}:
     *     {@code LONDON, June 4 (Reuters) -}. The region and country are not written.</li>
     * <li>{@link DatelineStyle#PLAIN PLAIN}: {@link Place#displayName()}, the names as written with
     *     no date and no source: {@code MADRID, Spain}.</li>
     * </ul>
     *
     * @param style the style
     * @return the dateline as the style writes it
     * @throws NullPointerException if {@code style} is null
     * @throws IllegalStateException if the style is AP or REUTERS and the place has no locality, or a
     *     blank one
     */
    public String format(DatelineStyle style) {
        return DatelineFormat.format(this, style);
    }

    /**
     * Returns a copy with another text as written.
     *
     * @param text the dateline as written, or {@code null} for none
     * @return a copy with {@code text}; every other field unchanged
     * @throws IllegalArgumentException if {@code text} is not valid Unicode
     */
    public Dateline withText(String text) {
        return new Dateline(text, place, dateText, date, source);
    }

    /**
     * Returns a copy with another place.
     *
     * @param place where
     * @return a copy with {@code place}; every other field unchanged
     * @throws NullPointerException if {@code place} is null
     */
    public Dateline withPlace(Place place) {
        return new Dateline(text, place, dateText, date, source);
    }

    /**
     * Returns a copy with another date as written.
     *
     * @param dateText the date as written ("June 4"), or {@code null} for none
     * @return a copy with {@code dateText}; every other field unchanged, {@link #date()} included
     * @throws IllegalArgumentException if {@code dateText} is not valid Unicode
     */
    public Dateline withDateText(String dateText) {
        return new Dateline(text, place, dateText, date, source);
    }

    /**
     * Returns a copy with another complete date.
     *
     * @param date the date, or {@code null} for none
     * @return a copy with {@code date}; every other field unchanged, {@link #dateText()} included
     */
    public Dateline withDate(LocalDate date) {
        return new Dateline(text, place, dateText, date, source);
    }

    /**
     * Returns a copy with another source marker.
     *
     * @param source the source marker ("AP", "Reuters"), or {@code null} for none
     * @return a copy with {@code source}; every other field unchanged
     * @throws IllegalArgumentException if {@code source} is not valid Unicode
     */
    public Dateline withSource(String source) {
        return new Dateline(text, place, dateText, date, source);
    }
}
