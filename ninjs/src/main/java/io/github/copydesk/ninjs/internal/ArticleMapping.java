package io.github.copydesk.ninjs.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.copydesk.internal.BylineFormat;
import io.github.copydesk.internal.Checks;
import io.github.copydesk.internal.PropertyPaths;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.ninjs.internal.TextMapping.Entry;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.Dates;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.Scalars;
import io.github.copydesk.read.internal.TextCleaner;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A ninjs item as an {@link Article}, both ways: a text item (the story), and what every item gives
 * (its identifier, language and embargo, and the notices about its status and use). Stateless and
 * thread-safe.
 */
final class ArticleMapping {

    /**
     * What ninjs cannot express, in every version: the canonical web address (ninjs's {@code uri}
     * identifies the item, it is not a link), the section, quotes, the publisher, corrections, the
     * paywall, the copyright year, an author's web address (a byline is one line of text), and a medium's
     * alt text, extended description, license page, embed URL and transcript.
     */
    static final Set<String> UNEXPRESSED = PropertyPaths.patterns(Set.of("url", "section", "quotes", "publisher", "corrections",
            "paywall", "copyright.year", "byline.contributors[*].party", "media[*].altText", "media[*].extendedDescription",
            "media[*].rights.acquireLicensePage", "media[*].embedUrl", "media[*].transcript"), "unexpressed");

    /**
     * What a picture, video or audio item cannot express of the article that holds its medium: besides
     * {@link #UNEXPRESSED}, everything of a story (its headline is the medium's, its text the caption), so
     * that no rule asks a photo for a story's headline, body, byline, dates or dateline.
     */
    static final Set<String> MEDIUM_ITEM_UNEXPRESSED = union(UNEXPRESSED, Set.of("headline", "alternativeHeadline",
            "description", "body", "keywords", "datePublished", "dateModified", "dateCreated", "dateline", "byline", "copyright"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return PropertyPaths.patterns(all, "unexpressed");
    }

    /** The schema of the version written, as {@code standard.schema}. */
    private static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_%s.json#";

    /**
     * One date both ways: its term, its property path in the model, the model's accessor and the builder's setter.
     *
     * @param term the term
     * @param path the model's property path, as {@link LeftOut} names it
     * @param get the accessor
     * @param set the setter
     */
    record DateRow(Term term, String path, Function<Article, NewsDate> get, BiConsumer<Article.Builder, NewsDate> set) {
    }

    /** The dates, in the order they are written. */
    static final List<DateRow> DATES = List.of(
            new DateRow(Term.FIRST_CREATED, "datePublished", Article::datePublished, Article.Builder::datePublished),
            new DateRow(Term.VERSION_CREATED, "dateModified", Article::dateModified, Article.Builder::dateModified),
            new DateRow(Term.CONTENT_CREATED, "dateCreated", Article::dateCreated, Article.Builder::dateCreated),
            new DateRow(Term.EMBARGOED, "embargoedUntil", Article::embargoedUntil, Article.Builder::embargoedUntil));

    private ArticleMapping() {
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /**
     * Reads what every item gives into a builder: the identifier, the language, the embargo; and reports
     * what the item asks (its status, a note to editors).
     *
     * @param r the read
     * @param item the item
     * @param b the builder
     */
    static void readItem(Reading r, Item item, Article.Builder b) {
        b.identifier(identifier(r, item));
        b.language(r.fromText(item.get(Term.LANGUAGE), item.at(Term.LANGUAGE), Scalars::language));
        b.embargoedUntil(embargo(r, item));
        status(r, item);
        notHeld(r, item, Term.ED_NOTE, "a note to editors, which may restrict the item's use");
        b.unexpressed(UNEXPRESSED);
    }

    /**
     * Reads a text item's story into a builder.
     *
     * @param r the read
     * @param item the item
     * @param b the builder
     */
    static void readStory(Reading r, Item item, Article.Builder b) {
        List<Entry> headlines = TextMapping.entries(r, item, TextMapping.Kind.HEADLINE);
        Entry main = TextMapping.mainHeadline(headlines);
        b.headline(TextMapping.line(r, main));
        for (Entry e : headlines) {
            if (e != main) {
                b.alternativeHeadline(TextMapping.line(r, e));
                break;
            }
        }
        b.description(TextMapping.line(r, TextMapping.summary(TextMapping.entries(r, item, TextMapping.Kind.DESCRIPTION))));
        BodyMapping.Body body = BodyMapping.read(r, item);
        String text = body == null ? null : body.text();
        b.body(text);
        for (DateRow row : DATES) {
            if (row.term() != Term.EMBARGOED) {
                row.set().accept(b, r.fromText(item.get(row.term()), item.at(row.term()), Dates::read));
            }
        }
        String by = r.text(item.get(Term.BY), item.at(Term.BY), TextCleaner.Kind.LINE);
        b.byline(by == null ? null : r.guard(item.at(Term.BY), () -> Byline.parse(by)));
        b.dateline(dateline(r, item, text));
        b.keywords(keywords(r, item));
        b.copyright(copyright(r, item));
        b.media(associations(r, item));
        notHeld(r, item, Term.USAGE_TERMS, "terms of use of the story");
        JsonNode info = item.get(Term.RIGHTS_INFO);
        if (info != null && info.isObject()) {
            MediaMapping.encodedRights(r, info, item.at(Term.RIGHTS_INFO), item);
        }
        if (item.has(Term.RENDITIONS)) {
            r.info(ReadCode.PROPERTY_IGNORED, item.at(Term.RENDITIONS), "renditions of a text item are no media of the story"
                    + " (its media are its associations): left out");
        }
    }

    /** The item's {@code uri}, when it is an absolute URI. */
    private static String identifier(Reading r, Item item) {
        String uri = r.text(item.get(Term.URI), item.at(Term.URI), TextCleaner.Kind.LINE);
        if (uri == null) {
            return null;
        }
        if (!absoluteUri(uri)) {
            r.error(ReadCode.URL_UNREADABLE, item.at(Term.URI), "not an absolute URI, as ninjs's uri must be: " + Checks.quote(uri)
                    + "; left out");
            return null;
        }
        return r.guard(item.at(Term.URI), () -> Checks.identifier(uri, "identifier"));
    }

    /**
     * Whether a text is an absolute URI, as ninjs's {@code uri} must be: a scheme, and only what RFC 3986
     * allows (ASCII, no white space).
     *
     * @param s the text
     * @return whether it is
     */
    static boolean absoluteUri(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static NewsDate embargo(Reading r, Item item) {
        NewsDate embargo = r.fromText(item.get(Term.EMBARGOED), item.at(Term.EMBARGOED), Dates::read);
        if (embargo == null) {
            return null;
        }
        if (embargo.isDateOnly()) {
            r.error(ReadCode.VALUE_UNREADABLE, item.at(Term.EMBARGOED), "an embargo until a day, without a time and offset ("
                    + embargo + "), names no instant; left out: read the embargo from the source");
            return null;
        }
        Instant until = embargo.dateTime().orElseThrow().toInstant();
        if (r.clock().instant().isBefore(until)) {
            r.notice(Severity.WARNING, ReadCode.EMBARGO_FUTURE, item.at(Term.EMBARGOED), "embargoed until " + embargo
                    + ": not to be published before then");
        }
        return embargo;
    }

    private static void status(Reading r, Item item) {
        JsonNode v = item.get(Term.PUB_STATUS);
        String status = v == null || !v.isTextual() ? "" : v.textValue().strip().toLowerCase(Locale.ROOT);
        if (status.equals("withheld")) {
            r.notice(Severity.WARNING, ReadCode.STATUS_WITHHELD, item.at(Term.PUB_STATUS),
                    "withheld by its provider: not to be published until released");
        } else if (status.equals("canceled") || status.equals("cancelled")) {
            r.notice(Severity.ERROR, ReadCode.STATUS_CANCELED, item.at(Term.PUB_STATUS),
                    "canceled by its provider: it must not be published");
        }
    }

    /** Reports a text that matters to a publisher and has no place in the model. */
    static void notHeld(Reading r, Item item, Term term, String what) {
        JsonNode v = item.get(term);
        if (v != null && v.isTextual() && !v.textValue().isBlank()) {
            r.notice(Severity.INFO, ReadCode.VALUE_NOT_HELD, item.at(term), what + " (" + Checks.quote(v.textValue().strip())
                    + "): Copydesk does not hold it; read it from the source");
        }
    }

    /** The dateline at the start of the body, else the place {@code located} names. */
    private static Dateline dateline(Reading r, Item item, String body) {
        return dateline(body, () -> r.text(item.get(Term.LOCATED), item.at(Term.LOCATED), TextCleaner.Kind.LINE),
                make -> r.guard(item.at(Term.LOCATED), make));
    }

    /**
     * The dateline an item gives: the one its body starts with, else the place {@code located} names (a
     * dateline with that place and no text).
     *
     * @param body the body, or {@code null}
     * @param located gives {@code located}'s text, or {@code null}; asked only when the body has no dateline
     * @param guard makes a place from text that {@code Dateline.parse} cannot read, or gives {@code null}
     * @return the dateline, or {@code null}
     */
    static Dateline dateline(String body, Supplier<String> located, Function<Supplier<Place>, Place> guard) {
        Dateline dateline = body == null ? null : Dateline.parseLeading(body, new ParsePosition(0));
        if (dateline != null) {
            return dateline;
        }
        String text = located.get();
        if (text == null) {
            return null;
        }
        Place place;
        try {
            place = Dateline.parse(text).place();
        } catch (IllegalArgumentException e) {
            place = guard.apply(() -> Place.of(text));
        }
        return place == null ? null : Dateline.of(place);
    }

    /** The names of the subjects, then of the genres; those without a name are not keywords. */
    private static List<String> keywords(Reading r, Item item) {
        List<String> out = new ArrayList<>();
        for (Term t : List.of(Term.SUBJECTS, Term.GENRES)) {
            JsonNode v = item.get(t);
            if (v == null || !v.isArray()) {
                continue;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode concept = v.get(i);
                JsonPath at = item.at(t).index(i);
                if (concept.isObject()) {
                    String name = r.text(concept.get(Term.NAME.name(item.generation())), at.child(Term.NAME.name(item.generation())),
                            TextCleaner.Kind.LINE);
                    if (name != null) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    private static Copyright copyright(Reading r, Item item) {
        String holderName = r.text(item.get(Term.COPYRIGHT_HOLDER), item.at(Term.COPYRIGHT_HOLDER), TextCleaner.Kind.LINE);
        Organization holder = holderName == null ? null : r.guard(item.at(Term.COPYRIGHT_HOLDER), () -> Organization.of(holderName));
        String notice = r.text(item.get(Term.COPYRIGHT_NOTICE), item.at(Term.COPYRIGHT_NOTICE), TextCleaner.Kind.LINE);
        return holder == null && notice == null ? null
                : r.guard(item.at(Term.COPYRIGHT_NOTICE), () -> new Copyright(null, holder, notice));
    }

    /** The pictures, graphics, videos and audio among the associations, in order; one level deep, never followed by uri. */
    private static List<Media> associations(Reading r, Item item) {
        JsonNode v = item.get(Term.ASSOCIATIONS);
        List<Media> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        JsonPath at = item.at(Term.ASSOCIATIONS);
        List<Map.Entry<JsonPath, JsonNode>> all = new ArrayList<>();
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                all.add(Map.entry(at.index(i), v.get(i)));
            }
        } else if (v.isObject()) {
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                all.add(Map.entry(at.child(e.getKey()), e.getValue()));
            }
        } else {
            r.error(ReadCode.VALUE_UNREADABLE, at, Reading.describe(v) + " where associations are expected; left out");
        }
        for (Map.Entry<JsonPath, JsonNode> e : all) {
            Media m = association(r, e.getKey(), e.getValue(), item.generation());
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static Media association(Reading r, JsonPath at, JsonNode node, NinjsVersion g) {
        if (!node.isObject()) {
            r.error(ReadCode.VALUE_UNREADABLE, at, Reading.describe(node) + " where an association is expected; left out");
            return null;
        }
        JsonNode type = node.get(Term.TYPE.name(g));
        String kindName = type == null || !type.isTextual() ? null : type.textValue().strip().toLowerCase(Locale.ROOT);
        RenditionMapping.Kind kind = kindName == null ? null : MediaMapping.kind(kindName);
        if (kind == null) {
            r.info(ReadCode.PROPERTY_IGNORED, at, (kindName == null ? "an association without a type" : "an association of type "
                    + Checks.quote(kindName)) + " is no picture, graphic, video or audio: left out");
            return null;
        }
        Item a = Item.scan(r, (ObjectNode) node, at, g, true);
        notHeld(r, a, Term.ED_NOTE, "a note to editors, which may restrict the medium's use");
        if (a.has(Term.ASSOCIATIONS)) {
            r.info(ReadCode.PROPERTY_IGNORED, a.at(Term.ASSOCIATIONS), "associations of an association are not read: left out");
        }
        return MediaMapping.read(r, a, kind);
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * Writes an article as a ninjs text item.
     *
     * @param w the write
     * @param a the article
     * @param uri the item's {@code uri}
     * @throws IOException if the target fails
     */
    static void write(Writing w, Article a, String uri) throws IOException {
        w.g().writeStartObject();
        w.field(Term.URI).writeString(uri);
        String version = w.generation().newest();
        w.field(Term.STANDARD).writeStartObject();
        w.field(Term.STANDARD_NAME).writeString("ninjs");
        w.field(Term.STANDARD_VERSION).writeString(version);
        w.field(Term.STANDARD_SCHEMA).writeString(String.format(Locale.ROOT, SCHEMA, version));
        w.g().writeEndObject();
        w.field(Term.TYPE).writeString("text");
        for (DateRow row : DATES) {
            w.text(row.term(), DateTimes.format(row.get().apply(a)));
        }
        w.text(Term.LANGUAGE, a.language() == null ? null : a.language().toLanguageTag());
        TextMapping.write(w, TextMapping.Kind.HEADLINE, new TextMapping.Out("main", a.headline()),
                new TextMapping.Out(TextMapping.ALTERNATIVE, a.alternativeHeadline()));
        TextMapping.write(w, TextMapping.Kind.DESCRIPTION, new TextMapping.Out("summary", a.description()));
        BodyMapping.write(w, a.body());
        w.text(Term.BY, by(a.byline()));
        w.text(Term.LOCATED, a.dateline() == null ? null : a.dateline().format(DatelineStyle.PLAIN));
        writeSubjects(w, a.keywords());
        if (a.copyright() != null) {
            w.text(Term.COPYRIGHT_HOLDER, a.copyright().holder() == null ? null : a.copyright().holder().name());
            w.text(Term.COPYRIGHT_NOTICE, a.copyright().notice());
        }
        MediaMapping.write(w, a.media());
        w.g().writeEndObject();
    }

    /**
     * A byline's display line as {@code by}, when {@link Byline#parse(CharSequence)} reads it back: a line
     * with a name that is only a separator ("/", "and") is left out. Parsed only when a name, title or
     * affiliation holds what could confuse the parser; otherwise the line reads back by construction.
     *
     * @param byline the byline, or {@code null}
     * @return the line, or {@code null}
     */
    static String by(Byline byline) {
        if (byline == null) {
            return null;
        }
        String line = byline.format();
        boolean plain = true;
        for (Contributor c : byline.contributors()) {
            plain &= plain(c.party().name());
            if (c.party() instanceof Person p) {
                plain &= plain(p.jobTitle()) && (p.affiliation() == null || plain(p.affiliation().name()));
            }
        }
        return readsBack(line, plain);
    }

    /**
     * A medium's creator as {@code by}: its name, when {@link Byline#parse(CharSequence)} reads it back.
     *
     * @param creator the creator, or {@code null}
     * @return the name, or {@code null}
     */
    static String by(Party creator) {
        return creator == null || creator.name() == null ? null : readsBack(creator.name(), plain(creator.name()));
    }

    /**
     * Whether a part of a byline is one name to the parser (it starts with a letter or digit, after any
     * spaces, and holds no separator and no byline phrase), or is left out of the line (absent or blank).
     */
    private static boolean plain(String part) {
        if (part == null || part.isBlank()) {
            return true;
        }
        int first = part.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).findFirst().orElse(' ');
        return Character.isLetterOrDigit(first) && !BylineFormat.mayHoldByline(part);
    }

    private static String readsBack(String line, boolean plain) {
        if (line.isBlank()) {
            return null;
        }
        if (plain && line.length() <= BylineFormat.MAX_LENGTH) {
            return line;
        }
        try {
            Byline.parse(line);
            return line;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void writeSubjects(Writing w, List<String> keywords) throws IOException {
        boolean started = false;
        for (String keyword : keywords) {
            if (keyword.isEmpty()) {
                continue;
            }
            if (!started) {
                w.field(Term.SUBJECTS).writeStartArray();
                started = true;
            }
            w.g().writeStartObject();
            w.field(Term.NAME).writeString(keyword);
            w.g().writeEndObject();
        }
        if (started) {
            w.g().writeEndArray();
        }
    }

    /**
     * The {@code uri} an article is written with: its identifier, else its canonical URL, in ASCII as RFC
     * 3986 writes a URI.
     *
     * @param a the article
     * @return the uri
     * @throws IllegalArgumentException if the article has neither, or its identifier is not an absolute URI
     */
    static String uri(Article a) {
        if (a.identifier() != null) {
            String ascii = ascii(a.identifier());
            if (ascii == null) {
                throw new IllegalArgumentException("uri: the article's identifier " + Checks.quote(a.identifier())
                        + " is not an absolute URI, which ninjs's uri must be");
            }
            return ascii;
        }
        if (a.url() != null) {
            return Checks.ascii(a.url());
        }
        throw new IllegalArgumentException("uri: ninjs requires one, and the article has neither an identifier nor a canonical URL");
    }

    /** An identifier as an absolute URI in ASCII (non-ASCII characters percent-encoded), or {@code null}. */
    private static String ascii(String identifier) {
        try {
            String ascii = Checks.ascii(new URI(identifier));
            return absoluteUri(ascii) ? ascii : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
