package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;

import io.github.copydesk.internal.NewsVocabulary;
import io.github.copydesk.internal.Places;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Place;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.TextCleaner;

/**
 * The dateline both ways: its text as {@code dateline}, and its place as {@code locationCreated}, a
 * schema.org {@code Place} with a {@code PostalAddress} ({@code addressLocality}, {@code addressRegion},
 * {@code addressCountry}: the ISO code when known, else the name as written). Stateless and thread-safe.
 */
final class PlaceMapping {


    /** A place's country: an ISO 3166-1 code, or the name as written; read also from a {@code Country} node's name. */
    private static final Kind<String> COUNTRY = new Kind<>() {
        @Override
        public void write(Writing w, Term term, String value) throws IOException {
            Kinds.LINE.write(w, term, value);
        }

        @Override
        public String read(Reading r, Field f) {
            f = r.graph().one(f);
            if (f != null && f.value().isObject()) {
                Node c = r.graph().resolve(f, true);
                return c == null ? null : r.values().text(r.graph().get(c, Term.NAME), TextCleaner.Kind.LINE);
            }
            return r.values().text(f, TextCleaner.Kind.LINE);
        }
    };

    static final Table<Place> ADDRESS = new Table<>(Term.POSTAL_ADDRESS);
    private static final Property<Place, String> LOCALITY = ADDRESS.add(Term.ADDRESS_LOCALITY, Kinds.LINE, Place::locality);
    private static final Property<Place, String> REGION = ADDRESS.add(Term.ADDRESS_REGION, Kinds.LINE, Place::region);
    private static final Property<Place, String> ADDRESS_COUNTRY = ADDRESS.add(Term.ADDRESS_COUNTRY, COUNTRY,
            p -> p.countryCode() != null ? p.countryCode() : p.country());

    /** The {@code address} of a place: written from the place itself, read as the place. */
    private static final Output<Place> POSTAL_ADDRESS = (w, term, value) -> {
        w.field(term).writeStartObject();
        w.type(Term.POSTAL_ADDRESS);
        ADDRESS.writeProperties(w, value);
        w.g().writeEndObject();
    };

    static final Table<Place> PLACE = new Table<>(Term.PLACE);
    /** Written only: the place's display name; the reader takes the place from its address. */
    private static final Property<Place, String> NAME = PLACE.add(Term.NAME, Kinds.LINE,
            p -> p.displayName().isEmpty() ? null : p.displayName());
    private static final Written<Place, Place> PLACE_ADDRESS = PLACE.written(Term.ADDRESS, POSTAL_ADDRESS, p -> p);

    /** A dateline's place, as {@code locationCreated}; a place with no name and no country is not written. */
    static final Kind<Place> LOCATION = new Kind<>() {
        @Override
        public void write(Writing w, Term term, Place value) throws IOException {
            if (value == null || (NAME.get().apply(value) == null && ADDRESS_COUNTRY.get().apply(value) == null)) {
                return;
            }
            w.field(term).writeStartObject();
            w.type(PLACE.type());
            PLACE.writeProperties(w, value);
            w.g().writeEndObject();
        }

        @Override
        public Place read(Reading r, Field f) {
            return place(r, f);
        }
    };

    /**
     * A dateline's text, as written or formatted in the writer's style; read with the date, date text and
     * source the text shows, and no place yet (the place is {@code locationCreated}'s).
     */
    static final Kind<Dateline> DATELINE = new Kind<>() {
        @Override
        public void write(Writing w, Term term, Dateline value) throws IOException {
            if (value != null) {
                Kinds.LINE.write(w, term, text(value, w.datelineStyle()));
            }
        }

        @Override
        public Dateline read(Reading r, Field f) {
            String text = r.values().text(f, TextCleaner.Kind.LINE);
            if (text == null) {
                return null;
            }
            String dateText = null;
            java.time.LocalDate date = null;
            String source = null;
            if (mayShowDateOrSource(text)) {
                try {
                    Dateline shown = Dateline.parse(text);
                    dateText = shown.dateText();
                    date = shown.date();
                    source = shown.source();
                } catch (IllegalArgumentException e) {
                    // a dateline text that is not in a known form shows no date and no source
                }
            }
            return new Dateline(text, NO_PLACE, dateText, date, source);
        }
    };

    /** The place of a dateline that names none. */
    static final Place NO_PLACE = new Place(null, null, null, null, null);

    private PlaceMapping() {
    }

    /**
     * A dateline from its text and its place, as read: the place is {@code locationCreated}'s, or when
     * there is none and the read is lenient, the place the text shows ({@link Dateline#parse(CharSequence)}).
     * A strict read takes the markup as written, which names no place (and the writer's projection has none).
     *
     * @param text the dateline read from the text, or {@code null}
     * @param place the place, or {@code null}
     * @param lenient whether the read is lenient
     * @return the dateline, or {@code null} when there is neither
     */
    static Dateline dateline(Dateline text, Place place, boolean lenient) {
        if (text == null && place == null) {
            return null;
        }
        if (text == null) {
            return new Dateline(null, place, null, null, null);
        }
        return text.withPlace(place != null ? place : lenient ? placeShownBy(text.text()) : NO_PLACE);
    }

    /** The place a dateline's text shows ("LISBON, Portugal"), or none when the text is in no known form. */
    private static Place placeShownBy(String text) {
        try {
            return Dateline.parse(text).place();
        } catch (IllegalArgumentException e) {
            return NO_PLACE;
        }
    }

    /** The text a dateline is written with. */
    private static String text(Dateline d, DatelineStyle chosen) {
        if (chosen == null && d.text() != null && !d.text().isEmpty()) {
            return d.text();
        }
        DatelineStyle style = chosen == null ? DatelineStyle.PLAIN : chosen;
        if (style != DatelineStyle.PLAIN && (d.place().locality() == null || d.place().locality().isBlank())) {
            style = DatelineStyle.PLAIN;
        }
        String text = d.format(style);
        return text.isEmpty() ? null : text;
    }

    /**
     * Whether a dateline text may show a date or a source, as {@link Dateline#parse(CharSequence)}
     * reads them: a source is in parentheses, a date holds a day number or a weekday. Text without
     * any of these shows neither, and is not parsed.
     */
    static boolean mayShowDateOrSource(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || Character.isDigit(c)) {
                return true;
            }
        }
        return NewsVocabulary.mentionsWeekday(text);
    }

    private static Place place(Reading r, Field f) {
        f = r.graph().one(f);
        if (f == null) {
            return null;
        }
        if (!f.value().isObject()) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), NodeGraph.describe(f.value())
                    + " where a Place is expected; left out");
            return null;
        }
        Node s = r.graph().resolve(f, true);
        if (s == null) {
            return null;
        }
        Field address = r.graph().one(r.graph().get(s, PLACE_ADDRESS.term()));
        if (address == null || !address.value().isObject()) {
            if (address != null) {
                r.findings().error(ReadCode.VALUE_UNREADABLE, address.block(), address.path(), NodeGraph.describe(address.value())
                        + " where a PostalAddress is expected; left out");
            } else {
                r.findings().error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), "a place without a PostalAddress; left out");
            }
            return null;
        }
        Node a = r.graph().resolve(address, true);
        if (a == null) {
            return null;
        }
        Values<Place> v = ADDRESS.values(r, a);
        String locality = v.get(LOCALITY);
        String region = v.get(REGION);
        String country = v.get(ADDRESS_COUNTRY);
        String code = null;
        if (country != null && Places.isCountryCode(country)) {
            code = country;
            country = null;
        }
        if (locality == null && region == null && country == null && code == null) {
            return null;
        }
        try {
            return new Place(locality, region, null, country, code);
        } catch (IllegalArgumentException e) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, f.block(), f.path(), e.getMessage() + "; left out");
            return null;
        }
    }
}
