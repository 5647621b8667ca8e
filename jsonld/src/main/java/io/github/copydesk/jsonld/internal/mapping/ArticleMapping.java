package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.internal.PropertyPaths;
import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Definition;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.Types;
import io.github.copydesk.model.Article;
import io.github.copydesk.model.ArticleType;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Copyright;
import io.github.copydesk.model.Correction;
import io.github.copydesk.model.Dateline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Video;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.internal.TextCleaner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * schema.org {@code NewsArticle} (and its subtypes, and the rest of the Article family when read)
 * both ways, from one table whose order is the order of the output. Stateless and thread-safe.
 */
final class ArticleMapping {

    /** The schema.org vocabulary Copydesk writes, as {@code @context}. */
    static final String SCHEMA_ORG = "https://schema.org";

    /** The article's page URL, as {@code mainEntityOfPage}: the URL, or in graph mode a reference to the page node. */
    private static final Kind<URI> PAGE = new Kind<>() {
        @Override
        public void write(Writing w, Term term, URI value) throws IOException {
            if (value == null) {
                return;
            }
            if (w.graph()) {
                w.field(term).writeStartObject();
                w.field(Term.ID).writeString(pageId(value));
                w.g().writeEndObject();
            } else {
                w.field(term).writeString(value.toString());
            }
        }

        @Override
        public URI read(Reading r, Field f) {
            return pageUrl(r, f);
        }
    };

    /** The keywords, written as an array of the non-empty ones; read also from one text separated by commas. */
    private static final Kind<List<String>> KEYWORDS = new Kind<>() {
        @Override
        public void write(Writing w, Term term, List<String> value) throws IOException {
            boolean started = false;
            for (String keyword : value) {
                if (!keyword.isEmpty()) {
                    if (!started) {
                        w.field(term).writeStartArray();
                        started = true;
                    }
                    w.g().writeString(keyword);
                }
            }
            if (started) {
                w.g().writeEndArray();
            }
        }

        @Override
        public List<String> read(Reading r, Field f) {
            return keywords(r, f);
        }
    };

    /** Written only: the number of words, computed from the body. */
    private static final Output<Integer> WORD_COUNT = (w, term, value) -> w.field(term).writeNumber(value);

    /**
     * The item's identifier: text, or a {@code PropertyValue}'s {@code value}; one the model cannot hold
     * (blank, several lines, over 2,000 chars) is left out.
     */
    private static final Kind<String> IDENTIFIER = new Kind<>() {
        @Override
        public void write(Writing w, Term term, String value) throws IOException {
            Kinds.LINE.write(w, term, value);
        }

        @Override
        public String read(Reading r, Field f) {
            Field one = r.graph().one(f);
            if (one != null && one.value().isObject() && !one.value().has("@value")) {
                Node n = r.graph().resolve(one, true);
                one = n == null ? null : r.graph().get(n, Term.VALUE);
            }
            String id = r.values().text(one, TextCleaner.Kind.LINE);
            if (id == null) {
                return null;
            }
            try {
                return Checks.identifier(id, "identifier");
            } catch (IllegalArgumentException e) {
                r.findings().error(ReadCode.VALUE_UNREADABLE, one.block(), one.path(), e.getMessage() + "; left out");
                return null;
            }
        }
    };

    /** Any media item's alt text. */
    private static final String ALT_TEXT = "media[*].altText";

    /**
     * What schema.org JSON-LD cannot express, so that no rule demands it of an article read from it: a
     * media item's alt text and extended description, a quote's partial flag and attribution, the
     * embargo, a media item's usage terms. The writer's Javadoc lists the same projection.
     */
    static final Set<String> UNEXPRESSED = PropertyPaths.patterns(Set.of(ArticleMapping.ALT_TEXT, "media[*].extendedDescription",
            "media[*].rights.usageTerms", "quotes[*].partial", "quotes[*].attribution", "embargoedUntil"), "unexpressed");

    private static final Kind<List<Party>> AUTHORS = PartyMapping.parties(PartyMapping.Use.AUTHOR);
    private static final Kind<List<Party>> CONTRIBUTORS = PartyMapping.parties(PartyMapping.Use.CONTRIBUTOR);

    static final Table<Article> ARTICLE = new Table<>(null);
    private static final Property<Article, URI> URL = ARTICLE.add(Term.URL, Kinds.URL, Article::url);
    private static final Property<Article, URI> MAIN_ENTITY_OF_PAGE = ARTICLE.add(Term.MAIN_ENTITY_OF_PAGE, PAGE, Article::url);
    private static final Property<Article, String> IDENTIFIER_PROPERTY = ARTICLE.add(Term.IDENTIFIER, IDENTIFIER,
            Article::identifier);
    private static final Property<Article, String> HEADLINE = ARTICLE.add(Term.HEADLINE, Kinds.LINE, Article::headline);
    private static final Property<Article, String> ALTERNATIVE_HEADLINE = ARTICLE.add(Term.ALTERNATIVE_HEADLINE, Kinds.LINE,
            Article::alternativeHeadline);
    private static final Property<Article, String> DESCRIPTION = ARTICLE.add(Term.DESCRIPTION, Kinds.LINE,
            Article::description);
    private static final Property<Article, Locale> IN_LANGUAGE = ARTICLE.add(Term.IN_LANGUAGE, Kinds.LANGUAGE,
            Article::language);
    private static final Property<Article, NewsDate> DATE_PUBLISHED = ARTICLE.add(Term.DATE_PUBLISHED, Kinds.DATE,
            Article::datePublished);
    private static final Property<Article, NewsDate> DATE_MODIFIED = ARTICLE.add(Term.DATE_MODIFIED, Kinds.DATE,
            Article::dateModified);
    private static final Property<Article, NewsDate> DATE_CREATED = ARTICLE.add(Term.DATE_CREATED, Kinds.DATE,
            Article::dateCreated);
    private static final Property<Article, Dateline> DATELINE = ARTICLE.add(Term.DATELINE, PlaceMapping.DATELINE,
            Article::dateline);
    private static final Property<Article, Place> LOCATION_CREATED = ARTICLE.add(Term.LOCATION_CREATED,
            PlaceMapping.LOCATION, a -> a.dateline() == null ? null : a.dateline().place());
    private static final Property<Article, List<Party>> AUTHOR = ARTICLE.add(Term.AUTHOR, AUTHORS,
            a -> parties(a, ContributorRole.AUTHOR));
    private static final Property<Article, List<Party>> EDITOR = ARTICLE.add(Term.EDITOR, CONTRIBUTORS,
            a -> parties(a, ContributorRole.EDITOR));
    private static final Property<Article, List<Contributor>> CONTRIBUTOR = ARTICLE.add(Term.CONTRIBUTOR, RoleMapping.ROLES,
            ArticleMapping::otherContributors);
    private static final Property<Article, Organization> PUBLISHER = ARTICLE.add(Term.PUBLISHER, PartyMapping.organization(),
            Article::publisher);
    private static final Property<Article, String> ARTICLE_SECTION = ARTICLE.add(Term.ARTICLE_SECTION, Kinds.LINE,
            Article::section);
    private static final Property<Article, List<String>> KEYWORDS_PROPERTY = ARTICLE.add(Term.KEYWORDS, KEYWORDS,
            Article::keywords);
    private static final Property<Article, List<Image>> IMAGE = ARTICLE.add(Term.IMAGE, MediaMapping.IMAGES,
            a -> media(a, Image.class));
    private static final Property<Article, List<Video>> VIDEO = ARTICLE.add(Term.VIDEO, MediaMapping.VIDEOS,
            a -> media(a, Video.class));
    private static final Property<Article, List<Audio>> AUDIO = ARTICLE.add(Term.AUDIO, MediaMapping.AUDIOS,
            a -> media(a, Audio.class));
    private static final Property<Article, String> ARTICLE_BODY = ARTICLE.add(Term.ARTICLE_BODY, Kinds.PARAGRAPHS,
            Article::body);
    private static final Written<Article, Integer> WORD_COUNT_ROW = ARTICLE.written(Term.WORD_COUNT, WORD_COUNT,
            a -> a.body() != null && !a.body().isEmpty() ? a.wordCount() : null);
    private static final Property<Article, PartMapping.Parts> HAS_PART = ARTICLE.add(Term.HAS_PART, PartMapping.PARTS,
            a -> new PartMapping.Parts(a.quotes(), a.paywall() == null ? List.of() : a.paywall().sections()));
    private static final Property<Article, List<Correction>> CORRECTION = ARTICLE.add(Term.CORRECTION,
            CorrectionMapping.CORRECTIONS, Article::corrections);
    private static final Property<Article, Boolean> IS_ACCESSIBLE_FOR_FREE = ARTICLE.add(Term.IS_ACCESSIBLE_FOR_FREE,
            Kinds.BOOLEAN, a -> a.paywall() == null ? null : a.paywall().accessibleForFree());
    private static final Property<Article, Party> COPYRIGHT_HOLDER = ARTICLE.add(Term.COPYRIGHT_HOLDER,
            PartyMapping.party(PartyMapping.Use.HOLDER), a -> a.copyright() == null ? null : a.copyright().holder());
    private static final Property<Article, Integer> COPYRIGHT_YEAR = ARTICLE.add(Term.COPYRIGHT_YEAR, Kinds.YEAR,
            a -> a.copyright() == null ? null : a.copyright().year());
    private static final Property<Article, String> COPYRIGHT_NOTICE = ARTICLE.add(Term.COPYRIGHT_NOTICE, Kinds.LINE,
            a -> a.copyright() == null ? null : a.copyright().notice());

    private ArticleMapping() {
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * Writes an article node: {@code @context} (in compact form), {@code @type}, {@code @id} (in graph
     * mode), then the table's properties in order.
     *
     * @param w the write
     * @param a the article
     * @throws IOException if the target fails
     */
    static void write(Writing w, Article a) throws IOException {
        JsonGenerator g = w.g();
        g.writeStartObject();
        if (!w.graph()) {
            w.field(Term.CONTEXT).writeString(SCHEMA_ORG);
        }
        w.field(Term.TYPE).writeString(a.type().schemaOrgType());
        if (w.graph() && a.url() != null) {
            w.field(Term.ID).writeString(articleId(a.url()));
        }
        ARTICLE.writeProperties(w, a);
        g.writeEndObject();
    }

    /**
     * The page's {@code @id}: the canonical URL without a fragment.
     *
     * @param url the canonical URL
     * @return the {@code @id}
     */
    static String pageId(URI url) {
        String s = url.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    /**
     * The article's {@code @id}: the page's plus {@code #article}.
     *
     * @param url the canonical URL
     * @return the {@code @id}
     */
    static String articleId(URI url) {
        return pageId(url) + "#article";
    }

    private static List<Party> parties(Article a, ContributorRole role) {
        if (a.byline() == null) {
            return List.of();
        }
        List<Party> out = new ArrayList<>();
        for (Contributor c : a.byline().contributors()) {
            if (c.role() == role) {
                out.add(c.party());
            }
        }
        return out;
    }

    private static List<Contributor> otherContributors(Article a) {
        if (a.byline() == null) {
            return List.of();
        }
        List<Contributor> out = new ArrayList<>();
        for (Contributor c : a.byline().contributors()) {
            if (c.role() != ContributorRole.AUTHOR && c.role() != ContributorRole.EDITOR) {
                out.add(c);
            }
        }
        return out;
    }

    private static <M extends Media> List<M> media(Article a, Class<M> kind) {
        List<Media> media = a.media();
        List<M> out = null;
        for (int i = 0, n = media.size(); i < n; i++) {
            Media m = media.get(i);
            if (kind.isInstance(m)) {
                if (out == null) {
                    out = new ArrayList<>(n);
                }
                out.add(kind.cast(m));
            }
        }
        return out == null ? List.of() : out;
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /**
     * Reads an article node.
     *
     * @param r the read
     * @param s the node
     * @param types its types
     * @param page what the page says beside its JSON-LD
     * @return the article, or {@code null} when the model rejects it (reported)
     */
    static Article read(Reading r, Node s, Types types, PageFacts page) {
        Definition at = s.first();
        try {
            Values<Article> v = ARTICLE.values(r, s);
            Article.Builder b = Article.builder();
            b.type(articleType(r, s, types));
            URI url = v.get(URL);
            if (url == null) {
                url = v.get(MAIN_ENTITY_OF_PAGE);
            }
            if (url == null && page.canonical() != null) {
                url = page.canonical();
                r.findings().info(ReadCode.URL_FROM_PAGE, at.block(), at.path(), "the article's markup names no url: the page's "
                        + "canonical URL " + Checks.quote(url.toString()) + " read as its URL");
            }
            b.url(url);
            b.identifier(v.get(IDENTIFIER_PROPERTY));
            b.headline(v.get(HEADLINE));
            b.alternativeHeadline(v.get(ALTERNATIVE_HEADLINE));
            b.description(v.get(DESCRIPTION));
            b.body(v.get(ARTICLE_BODY));
            b.section(v.get(ARTICLE_SECTION));
            b.keywords(PartyMapping.orEmpty(v.get(KEYWORDS_PROPERTY)));
            b.language(v.get(IN_LANGUAGE));
            b.datePublished(v.get(DATE_PUBLISHED));
            b.dateModified(v.get(DATE_MODIFIED));
            b.dateCreated(v.get(DATE_CREATED));
            Dateline text = v.get(DATELINE);
            b.dateline(PlaceMapping.dateline(text, v.get(LOCATION_CREATED), r.lenient()));
            b.byline(byline(v));
            PartMapping.Parts parts = v.get(HAS_PART);
            b.quotes(parts == null ? List.of() : parts.quotes());
            b.paywall(paywall(r, v, parts == null ? List.of() : parts.sections(), at));
            List<Media> media = new ArrayList<>(PartyMapping.orEmpty(v.get(IMAGE)));
            media.addAll(PartyMapping.orEmpty(v.get(VIDEO)));
            media.addAll(PartyMapping.orEmpty(v.get(AUDIO)));
            b.media(page == PageFacts.NONE ? media : shown(media, page));
            Organization publisher = v.get(PUBLISHER);
            b.publisher(publisher);
            // an author's name as written is judged against the publisher's
            r.judgeAuthorSplits(publisher == null ? null : publisher.name());
            b.corrections(PartyMapping.orEmpty(v.get(CORRECTION)));
            b.copyright(copyright(v));
            b.unexpressed(page == PageFacts.NONE ? UNEXPRESSED : unexpressed(media, page));
            return b.build();
        } catch (ReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // the model refused a value the checks let through: report it rather than fail the page
            r.findings().error(ReadCode.ARTICLE_UNREADABLE, at.block(), at.path(), "the article could not be read: " + e);
            return null;
        }
    }

    /** The images a page shows get the alt text the page gives them. */
    private static List<Media> shown(List<Media> media, PageFacts page) {
        List<Media> out = new ArrayList<>(media.size());
        for (Media m : media) {
            out.add(m instanceof Image image && page.shows().test(image.url())
                    ? image.withAltText(page.altText().apply(image.url())) : m);
        }
        return out;
    }

    /**
     * What an article read from a page cannot express: JSON-LD's list, but alt text only for the media
     * the page does not show as an image (an image's alt is on its {@code <img>}).
     */
    private static Set<String> unexpressed(List<Media> media, PageFacts page) {
        Set<String> out = new java.util.HashSet<>(UNEXPRESSED);
        out.remove(ALT_TEXT);
        for (int i = 0; i < media.size(); i++) {
            if (!(media.get(i) instanceof Image image && page.shows().test(image.url()))) {
                out.add("media[" + i + "].altText");
            }
        }
        return out;
    }

    private static ArticleType articleType(Reading r, Node s, Types types) {
        Definition at = s.first();
        ArticleType chosen = null;
        for (ArticleType a : types.news()) {
            if (a != ArticleType.NEWS) {
                if (chosen == null) {
                    chosen = a;
                } else if (chosen != a) {
                    r.findings().warning(ReadCode.TYPE_REPAIRED, at.block(), at.path().child(Term.TYPE.term()),
                            "several NewsArticle types (" + chosen.schemaOrgType() + ", " + a.schemaOrgType()
                                    + "): the first is kept");
                    break;
                }
            }
        }
        if (chosen != null) {
            return chosen;
        }
        if (types.news().isEmpty()) {
            r.findings().info(ReadCode.TYPE_REPAIRED, at.block(), at.path().child(Term.TYPE.term()), "the type "
                    + types.otherArticles().get(0) + " is not a NewsArticle type: read as a news article (NewsArticle)");
        }
        return ArticleType.NEWS;
    }

    private static Byline byline(Values<Article> v) {
        List<Contributor> contributors = new ArrayList<>();
        for (Party p : PartyMapping.orEmpty(v.get(AUTHOR))) {
            contributors.add(Contributor.of(ContributorRole.AUTHOR, p));
        }
        for (Party p : PartyMapping.orEmpty(v.get(EDITOR))) {
            contributors.add(Contributor.of(ContributorRole.EDITOR, p));
        }
        contributors.addAll(PartyMapping.orEmpty(v.get(CONTRIBUTOR)));
        return contributors.isEmpty() ? null : Byline.of(contributors);
    }

    private static Paywall paywall(Reading r, Values<Article> v, List<String> sections, Definition at) {
        Boolean free = v.get(IS_ACCESSIBLE_FOR_FREE);
        Field flag = v.field(IS_ACCESSIBLE_FOR_FREE);
        if (free == null && sections.isEmpty()) {
            return null;
        }
        if (free == null) {
            r.findings().warning(ReadCode.VALUE_REPAIRED, at.block(), at.path(),
                    "paywalled sections but no isAccessibleForFree: read as not free");
            free = Boolean.FALSE;
        }
        if (free && !sections.isEmpty()) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, flag.block(), flag.path(),
                    "free to read, yet with paywalled sections: the sections are left out");
            return Paywall.FREE;
        }
        try {
            return new Paywall(free, sections);
        } catch (IllegalArgumentException e) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path().child(Term.HAS_PART.term()),
                    e.getMessage() + "; the sections are left out");
            return new Paywall(free, List.of());
        }
    }

    private static Copyright copyright(Values<Article> v) {
        Party holder = v.get(COPYRIGHT_HOLDER);
        Integer year = v.get(COPYRIGHT_YEAR);
        String notice = v.get(COPYRIGHT_NOTICE);
        if (holder == null && year == null && notice == null) {
            return null;
        }
        return new Copyright(year, holder, notice);
    }

    /** The page URL: a URL, or a {@code WebPage} node's {@code url}, else its {@code @id}. */
    private static URI pageUrl(Reading r, Field f) {
        f = r.graph().one(f);
        if (f == null) {
            return null;
        }
        URI url;
        if (f.value().isObject()) {
            Node page = r.graph().resolve(f, false);
            Field u = page == null ? null : r.graph().get(page, Term.URL);
            if (u != null) {
                url = r.values().url(u);
            } else {
                JsonNode id = f.value().get(Term.ID.term());
                url = id != null && id.isTextual() ? r.values().url(new Field(id, f.block(), f.path().child(Term.ID.term()))) : null;
            }
        } else {
            url = r.values().url(f);
        }
        if (r.lenient() && url != null && url.getHost() != null
                && (url.getHost().equals("google.com") || url.getHost().equals("www.google.com"))
                && "/article".equals(url.getPath())) {
            r.findings().error(ReadCode.URL_UNREADABLE, f.block(), f.path(), "the placeholder URL of Google's documentation ("
                    + url + "), not the article's; left out");
            return null;
        }
        return url;
    }

    private static List<String> keywords(Reading r, Field f) {
        List<String> out = new ArrayList<>();
        for (Field e : r.graph().elements(f)) {
            JsonNode v = e.value();
            if (!v.isTextual()) {
                String t = r.values().text(e, TextCleaner.Kind.LINE);
                if (t != null) {
                    out.add(t);
                }
            } else if (!r.lenient()) {
                // strict: as written, but an empty string is no keyword (the writer writes none)
                if (!v.textValue().isEmpty()) {
                    out.add(v.textValue());
                }
            } else if (!f.value().isArray() && v.textValue().indexOf(',') >= 0) {
                // schema.org: several keywords in one text are separated by commas
                for (String part : v.textValue().split(",")) {
                    String t = TextCleaner.clean(part.strip(),
                            TextCleaner.Kind.LINE, e.block(), e.path(), r.findings());
                    if (t != null) {
                        out.add(t);
                    }
                }
            } else {
                String t = r.values().string(v.textValue(), TextCleaner.Kind.LINE, e);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
