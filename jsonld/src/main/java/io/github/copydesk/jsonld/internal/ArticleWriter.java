package io.github.copydesk.jsonld.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.DatelineStyle;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Writes one article to a generator, following {@link Term#ARTICLE}. One instance per write: it
 * holds the graph-mode node registry. Not thread-safe, never shared.
 */
public final class ArticleWriter {

    private final JsonGenerator g;
    private final boolean graph;
    private final boolean quotes;
    private final DatelineStyle datelineStyle;

    /** Every term's name, quoted and escaped once, as Jackson writes property names fastest. */
    private static final SerializedString[] KEYS;

    static {
        Term[] terms = Term.values();
        KEYS = new SerializedString[terms.length];
        for (Term term : terms) {
            KEYS[term.ordinal()] = new SerializedString(term.term());
        }
    }

    /** Graph mode only: the nodes by {@code @id}, in order of first reference; and those still to write. */
    private final Map<String, Party> nodes;
    private final Deque<Party> pending;

    /** Stands for the page and the article in {@link #nodes}: equal to no person or organization. */
    private static final Party PAGE = io.github.copydesk.model.Organization.of("");

    /** The page's {@code @id}: the canonical URL without a fragment. */
    private static String pageId(Article a) {
        String url = a.url().toString();
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The article's {@code @id}: the page's plus {@code #article}. */
    private static String articleId(Article a) {
        return pageId(a) + "#article";
    }

    /**
     * A writer for one article.
     *
     * @param g the generator
     * @param graph whether to write one {@code @graph} of linked nodes
     * @param quotes whether to write quotes as {@code Quotation} parts
     * @param datelineStyle the style of the dateline text, or {@code null} for the text as written
     */
    public ArticleWriter(JsonGenerator g, boolean graph, boolean quotes, DatelineStyle datelineStyle) {
        this.g = g;
        this.graph = graph;
        this.quotes = quotes;
        this.datelineStyle = datelineStyle;
        this.nodes = graph ? new HashMap<>() : Map.of();
        this.pending = graph ? new ArrayDeque<>() : null;
    }

    /**
     * Writes the article as the whole JSON document.
     *
     * @param a the article
     * @throws IOException if the target fails
     */
    public void write(Article a) throws IOException {
        if (!graph) {
            writeArticle(a);
            return;
        }
        if (a.url() != null) {
            // the page's and the article's @id are taken: a person or organization whose url is the
            // canonical URL must not merge with them
            nodes.put(pageId(a), PAGE);
            nodes.put(articleId(a), PAGE);
        }
        g.writeStartObject();
        field(Term.CONTEXT).writeString(Term.SCHEMA_ORG);
        field(Term.GRAPH).writeStartArray();
        writeArticle(a);
        if (a.url() != null) {
            g.writeStartObject();
            field(Term.TYPE).writeString(KEYS[Term.WEB_PAGE.ordinal()]);
            field(Term.ID).writeString(pageId(a));
            field(Term.URL).writeString(a.url().toString());
            g.writeEndObject();
        }
        while (!pending.isEmpty()) {
            Party party = pending.removeFirst();
            writePartyNode(party, id(party));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeArticle(Article a) throws IOException {
        g.writeStartObject();
        for (Term term : Term.ARTICLE) {
            writeArticleProperty(a, term);
        }
        g.writeEndObject();
    }

    private void writeArticleProperty(Article a, Term term) throws IOException {
        switch (term) {
            case CONTEXT -> {
                if (!graph) {
                    field(term).writeString(Term.SCHEMA_ORG);
                }
            }
            case TYPE -> field(term).writeString(a.type().schemaOrgType());
            case ID -> {
                if (graph && a.url() != null) {
                    field(term).writeString(articleId(a));
                }
            }
            case URL -> url(term, a.url());
            case MAIN_ENTITY_OF_PAGE -> {
                if (a.url() != null) {
                    if (graph) {
                        field(term).writeStartObject();
                        field(Term.ID).writeString(pageId(a));
                        g.writeEndObject();
                    } else {
                        url(term, a.url());
                    }
                }
            }
            case HEADLINE -> text(term, a.headline());
            case ALTERNATIVE_HEADLINE -> text(term, a.alternativeHeadline());
            case DESCRIPTION -> text(term, a.description());
            case IN_LANGUAGE -> {
                if (a.language() != null) {
                    field(term).writeString(a.language().toLanguageTag());
                }
            }
            case DATE_PUBLISHED -> date(term, a.datePublished());
            case DATE_MODIFIED -> date(term, a.dateModified());
            case DATE_CREATED -> date(term, a.dateCreated());
            case DATELINE -> {
                if (a.dateline() != null) {
                    text(term, datelineText(a.dateline()));
                }
            }
            case LOCATION_CREATED -> {
                if (a.dateline() != null) {
                    place(term, a.dateline().place());
                }
            }
            case AUTHOR -> contributors(term, a, ContributorRole.AUTHOR);
            case EDITOR -> contributors(term, a, ContributorRole.EDITOR);
            case CONTRIBUTOR -> roles(term, a);
            case PUBLISHER -> {
                if (a.publisher() != null) {
                    field(term);
                    party(a.publisher());
                }
            }
            case ARTICLE_SECTION -> text(term, a.section());
            case KEYWORDS -> {
                boolean started = false;
                for (String keyword : a.keywords()) {
                    if (!keyword.isEmpty()) {
                        if (!started) {
                            field(term).writeStartArray();
                            started = true;
                        }
                        g.writeString(keyword);
                    }
                }
                if (started) {
                    g.writeEndArray();
                }
            }
            case IMAGE -> media(term, a, Image.class);
            case VIDEO -> media(term, a, Video.class);
            case AUDIO -> media(term, a, Audio.class);
            case ARTICLE_BODY -> text(term, a.body());
            case WORD_COUNT -> {
                if (a.body() != null && !a.body().isEmpty()) {
                    field(term).writeNumber(a.wordCount());
                }
            }
            case HAS_PART -> parts(term, a);
            case CORRECTION -> {
                if (!a.corrections().isEmpty()) {
                    field(term).writeStartArray();
                    for (Correction c : a.corrections()) {
                        g.writeStartObject();
                        field(Term.TYPE).writeString(KEYS[Term.CORRECTION_COMMENT.ordinal()]);
                        text(Term.TEXT, c.text());
                        date(Term.DATE_PUBLISHED, c.datePublished());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
            }
            case IS_ACCESSIBLE_FOR_FREE -> {
                if (a.paywall() != null) {
                    field(term).writeBoolean(a.paywall().accessibleForFree());
                }
            }
            case COPYRIGHT_HOLDER -> {
                if (a.copyright() != null && a.copyright().holder() != null) {
                    field(term);
                    party(a.copyright().holder());
                }
            }
            case COPYRIGHT_YEAR -> {
                if (a.copyright() != null && a.copyright().year() != null) {
                    field(term).writeNumber(a.copyright().year());
                }
            }
            case COPYRIGHT_NOTICE -> {
                if (a.copyright() != null) {
                    text(term, a.copyright().notice());
                }
            }
            default -> throw new IllegalStateException("not an article property: " + term);
        }
    }

    private String datelineText(Dateline d) {
        if (datelineStyle == null && d.text() != null && !d.text().isEmpty()) {
            return d.text();
        }
        DatelineStyle style = datelineStyle == null ? DatelineStyle.PLAIN : datelineStyle;
        if (style != DatelineStyle.PLAIN && (d.place().locality() == null || d.place().locality().isBlank())) {
            style = DatelineStyle.PLAIN;
        }
        String text = d.format(style);
        return text.isEmpty() ? null : text;
    }

    private void place(Term term, Place p) throws IOException {
        String country = p.countryCode() != null ? p.countryCode() : p.country();
        String name = p.displayName();
        if (name.isEmpty() && country == null) {
            return;
        }
        field(term).writeStartObject();
        field(Term.TYPE).writeString(KEYS[Term.PLACE.ordinal()]);
        text(Term.NAME, name.isEmpty() ? null : name);
        field(Term.ADDRESS).writeStartObject();
        field(Term.TYPE).writeString(KEYS[Term.POSTAL_ADDRESS.ordinal()]);
        text(Term.ADDRESS_LOCALITY, p.locality());
        text(Term.ADDRESS_REGION, p.region());
        text(Term.ADDRESS_COUNTRY, country);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void contributors(Term term, Article a, ContributorRole role) throws IOException {
        if (a.byline() == null) {
            return;
        }
        boolean started = false;
        for (Contributor c : a.byline().contributors()) {
            if (c.role() == role) {
                if (!started) {
                    field(term).writeStartArray();
                    started = true;
                }
                party(c.party());
            }
        }
        if (started) {
            g.writeEndArray();
        }
    }

    private void roles(Term term, Article a) throws IOException {
        if (a.byline() == null) {
            return;
        }
        boolean started = false;
        for (Contributor c : a.byline().contributors()) {
            if (c.role() == ContributorRole.AUTHOR || c.role() == ContributorRole.EDITOR) {
                continue;
            }
            if (!started) {
                field(term).writeStartArray();
                started = true;
            }
            g.writeStartObject();
            field(Term.TYPE).writeString(KEYS[Term.ROLE.ordinal()]);
            field(Term.ROLE_NAME).writeString(Roles.name(c.role()));
            field(Term.CONTRIBUTOR);
            party(c.party());
            g.writeEndObject();
        }
        if (started) {
            g.writeEndArray();
        }
    }

    private void parts(Term term, Article a) throws IOException {
        boolean hasQuotes = quotes && !a.quotes().isEmpty();
        boolean hasSections = a.paywall() != null && !a.paywall().sections().isEmpty();
        if (!hasQuotes && !hasSections) {
            return;
        }
        field(term).writeStartArray();
        if (hasQuotes) {
            for (Quote q : a.quotes()) {
                g.writeStartObject();
                field(Term.TYPE).writeString(KEYS[Term.QUOTATION.ordinal()]);
                text(Term.TEXT, q.text());
                if (q.speaker() != null) {
                    field(Term.CREATOR);
                    party(q.speaker());
                }
                g.writeEndObject();
            }
        }
        if (hasSections) {
            for (String selector : a.paywall().sections()) {
                g.writeStartObject();
                field(Term.TYPE).writeString(KEYS[Term.WEB_PAGE_ELEMENT.ordinal()]);
                field(Term.IS_ACCESSIBLE_FOR_FREE).writeBoolean(false);
                field(Term.CSS_SELECTOR).writeString(selector);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private void media(Term term, Article a, Class<? extends Media> kind) throws IOException {
        boolean started = false;
        for (Media m : a.media()) {
            if (!kind.isInstance(m)) {
                continue;
            }
            if (!started) {
                field(term).writeStartArray();
                started = true;
            }
            g.writeStartObject();
            if (m instanceof Image image) {
                field(Term.TYPE).writeString(KEYS[Term.IMAGE_OBJECT.ordinal()]);
                url(Term.CONTENT_URL, image.url());
                url(Term.URL, image.url());
                if (image.width() != null) {
                    field(Term.WIDTH).writeNumber(image.width());
                }
                if (image.height() != null) {
                    field(Term.HEIGHT).writeNumber(image.height());
                }
                text(Term.CAPTION, image.caption());
                text(Term.CREDIT_TEXT, image.credit());
                rights(image.rights());
                text(Term.ENCODING_FORMAT, image.format());
            } else if (m instanceof Video video) {
                field(Term.TYPE).writeString(KEYS[Term.VIDEO_OBJECT.ordinal()]);
                text(Term.NAME, video.name());
                text(Term.DESCRIPTION, video.caption());
                url(Term.THUMBNAIL_URL, video.thumbnail());
                date(Term.UPLOAD_DATE, video.uploadDate());
                if (video.duration() != null) {
                    field(Term.DURATION).writeString(video.duration().toString());
                }
                url(Term.CONTENT_URL, video.url());
                url(Term.EMBED_URL, video.embedUrl());
                text(Term.TRANSCRIPT, video.transcript());
                text(Term.CREDIT_TEXT, video.credit());
                rights(video.rights());
            } else if (m instanceof Audio audio) {
                field(Term.TYPE).writeString(KEYS[Term.AUDIO_OBJECT.ordinal()]);
                text(Term.NAME, audio.name());
                text(Term.DESCRIPTION, audio.caption());
                if (audio.duration() != null) {
                    field(Term.DURATION).writeString(audio.duration().toString());
                }
                url(Term.CONTENT_URL, audio.url());
                text(Term.TRANSCRIPT, audio.transcript());
                text(Term.CREDIT_TEXT, audio.credit());
                rights(audio.rights());
            }
            g.writeEndObject();
        }
        if (started) {
            g.writeEndArray();
        }
    }

    private void rights(Rights r) throws IOException {
        if (r.creator() != null) {
            field(Term.CREATOR);
            party(r.creator());
        }
        if (r.copyrightHolder() != null) {
            field(Term.COPYRIGHT_HOLDER);
            party(r.copyrightHolder());
        }
        text(Term.COPYRIGHT_NOTICE, r.copyrightNotice());
        url(Term.LICENSE, r.license());
        url(Term.ACQUIRE_LICENSE_PAGE, r.acquireLicensePage());
    }

    /** A person or organization as a value: embedded, or in graph mode a reference to its node. */
    private void party(Party p) throws IOException {
        String id = graph ? id(p) : null;
        if (id != null) {
            Party known = nodes.putIfAbsent(id, p);
            if (known == null) {
                pending.addLast(p);
            }
            if (known == null || known.equals(p)) {
                g.writeStartObject();
                field(Term.ID).writeString(id);
                g.writeEndObject();
                return;
            }
            // another party claims the same @id: embed it whole, without the @id, so nothing merges or is lost
            id = null;
        }
        writePartyNode(p, id);
    }

    private void writePartyNode(Party p, String id) throws IOException {
        g.writeStartObject();
        if (p instanceof Person person) {
            field(Term.TYPE).writeString(KEYS[Term.PERSON.ordinal()]);
            if (id != null) {
                field(Term.ID).writeString(id);
            }
            text(Term.NAME, person.name());
            text(Term.HONORIFIC_PREFIX, person.honorificPrefix());
            text(Term.HONORIFIC_SUFFIX, person.honorificSuffix());
            text(Term.JOB_TITLE, person.jobTitle());
            text(Term.DESCRIPTION, person.description());
            url(Term.URL, person.url());
            sameAs(person.sameAs());
            if (person.affiliation() != null) {
                field(Term.AFFILIATION);
                party(person.affiliation());
            }
        } else if (p instanceof Organization org) {
            g.writeStringField(Term.TYPE.term(),
                    org.newsMedia() ? Term.NEWS_MEDIA_ORGANIZATION.term() : Term.ORGANIZATION.term());
            if (id != null) {
                field(Term.ID).writeString(id);
            }
            text(Term.NAME, org.name());
            url(Term.URL, org.url());
            if (org.logo() != null) {
                field(Term.LOGO).writeStartObject();
                field(Term.TYPE).writeString(KEYS[Term.IMAGE_OBJECT.ordinal()]);
                field(Term.URL).writeString(org.logo().toString());
                g.writeEndObject();
            }
            sameAs(org.sameAs());
        }
        g.writeEndObject();
    }

    private void sameAs(List<URI> sameAs) throws IOException {
        if (!sameAs.isEmpty()) {
            field(Term.SAME_AS).writeStartArray();
            for (URI uri : sameAs) {
                g.writeString(uri.toString());
            }
            g.writeEndArray();
        }
    }

    /** The stable {@code @id} of a person or organization node: its url, else its first sameAs. */
    private static String id(Party p) {
        if (p.url() != null) {
            return p.url().toString();
        }
        return p.sameAs().isEmpty() ? null : p.sameAs().get(0).toString();
    }

    /** Writes a property name from its pre-serialized form and returns the generator for the value. */
    private JsonGenerator field(Term term) throws IOException {
        g.writeFieldName(KEYS[term.ordinal()]);
        return g;
    }

    private void text(Term term, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            field(term).writeString(value);
        }
    }

    private void url(Term term, URI value) throws IOException {
        if (value != null) {
            field(term).writeString(value.toString());
        }
    }

    private void date(Term term, NewsDate value) throws IOException {
        if (value != null) {
            field(term).writeString(value.toString());
        }
    }
}
