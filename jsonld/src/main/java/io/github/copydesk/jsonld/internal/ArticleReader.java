package io.github.copydesk.jsonld.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.jsonld.ReadFinding.Code;
import io.github.copydesk.jsonld.internal.TextCleaner.Kind;
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
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps the JSON-LD trees of one page to {@link Article}s, using the {@link Term} table for every
 * term. One instance per read: it holds the {@code @id} index of every block and the nodes
 * already mapped. Not thread-safe.
 *
 * <p>The articles are the nodes of an Article type at the top of each block: the block itself,
 * the elements of a top-level array (nested arrays flattened), the members of {@code @graph} (also
 * nested), and the {@code mainEntity} of such a node. Nodes with the same {@code @id}, in any block,
 * are one node, as JSON-LD says: a reference {@code {"@id": ...}} reads the node it names, and
 * the properties of several definitions are merged (the first definition of a property wins).
 * Properties and types that Copydesk does not map are ignored without a finding.
 */
public final class ArticleReader {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Place NO_PLACE = new Place(null, null, null, null, null);
    private static final String ID = Term.ID.term();
    private static final String TYPE = Term.TYPE.term();
    private static final String CONTEXT = Term.CONTEXT.term();
    private static final String GRAPH = Term.GRAPH.term();
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})(?:\\.0+)?\\s*(?:px|pixels?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final Pattern BYLINE_HINT = Pattern.compile("^by\\s|[,;&|/]|\\sand\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("monday|tuesday|wednesday|thursday|friday|saturday|sunday",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private static final int TERMS = Term.values().length;

    /**
     * A definition of a node: an object and where it is, and (once asked) its properties by term,
     * each under the name it is written with ({@code headline}, {@code schema:headline},
     * {@code Headline}).
     */
    private static final class Src {
        private final ObjectNode node;
        private final int block;
        private final JsonPath path;
        private String[] names;

        Src(ObjectNode node, int block, JsonPath path) {
            this.node = node;
            this.block = block;
            this.path = path;
        }

        ObjectNode node() {
            return node;
        }

        int block() {
            return block;
        }

        JsonPath path() {
            return path;
        }

        /** The name a term is written with in this object, or {@code null}. */
        String name(Term term) {
            if (names == null) {
                names = new String[TERMS];
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    String name = e.getKey();
                    if (name.isEmpty() || name.charAt(0) == '@') {
                        continue;
                    }
                    Term t = Term.of(name);
                    if (t != null) {
                        names[t.ordinal()] = name;
                        continue;
                    }
                    t = Names.term(name);
                    if (t != null && names[t.ordinal()] == null) {
                        names[t.ordinal()] = name;
                    }
                }
            }
            return names[term.ordinal()];
        }
    }

    /** A property value and where it is. */
    private record Field(JsonNode value, int block, JsonPath path) {
    }

    /** A node: its {@code @id} and its definitions, the first one the object read. */
    private record Subject(String id, List<Src> defs) {
        Src first() {
            return defs.get(0);
        }
    }

    /** What a node's types say. */
    private static final class Types {
        final List<ArticleType> news = new ArrayList<>();
        final List<String> otherArticles = new ArrayList<>();
        final Set<Term> terms = java.util.EnumSet.noneOf(Term.class);
        Term firstParty;

        boolean article() {
            return !news.isEmpty() || !otherArticles.isEmpty();
        }

        boolean person() {
            return terms.contains(Term.PERSON);
        }

        boolean organization() {
            for (Term t : terms) {
                if (Term.ORGANIZATION_TYPES.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a party is for: decides its kind when the node does not say, and whether a name may be a byline. */
    private enum Use {
        /** An author, editor or contributor: a name may hold a byline. */
        CONTRIBUTOR,
        /** A publisher or an affiliation: an organization. */
        ORGANIZATION,
        /** A creator, a speaker: a person unless typed otherwise. */
        PERSON,
        /** A copyright holder: a person or organization as typed, an organization unless typed. */
        HOLDER
    }

    private final Findings findings;
    private final boolean lenient;
    private final List<BlockParser.Tree> trees;
    private final List<List<JsonNode>> blocks;
    private Map<String, List<Src>> index;
    private final Map<String, List<Party>> partyCache = new HashMap<>();
    private final Map<String, List<Image>> imageCache = new HashMap<>();
    /** The URLs read so far that needed no repair and no finding: pages repeat theirs. */
    private final Map<String, URI> urlCache = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    /**
     * A reader of the trees of one page.
     *
     * @param trees the values and node definitions of each block, in order
     * @param findings where findings go
     */
    public ArticleReader(List<BlockParser.Tree> trees, Findings findings) {
        this.trees = trees;
        this.blocks = new ArrayList<>(trees.size());
        for (BlockParser.Tree tree : trees) {
            blocks.add(tree.roots());
        }
        this.findings = findings;
        this.lenient = !findings.strict();
    }

    // ---------------------------------------------------------------------------------------------
    // the page: index, candidates

    /** The definitions of each {@code @id} in every block; built when first needed. */
    private Map<String, List<Src>> index() {
        if (index == null) {
            index = new HashMap<>();
            buildIndex();
        }
        return index;
    }

    private void buildIndex() {
        for (int b = 0; b < trees.size(); b++) {
            BlockParser.Tree tree = trees.get(b);
            for (int i = 0; i < tree.definitions(); i++) {
                ObjectNode object = tree.definition(i);
                index.computeIfAbsent(object.get(ID).textValue(), k -> new ArrayList<>(2))
                        .add(new Src(object, b, tree.path(i)));
            }
        }
    }

    private static JsonPath rootPath(List<JsonNode> roots, int r) {
        return roots.size() == 1 ? JsonPath.ROOT : JsonPath.ROOT.index(r);
    }

    private static boolean definition(ObjectNode object) {
        return BlockParser.definition(object);
    }

    /**
     * Reads the articles of the page.
     *
     * @return the articles, in document order
     */
    public List<Article> read() {
        List<Src> candidates = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<JsonNode> roots = blocks.get(b);
            for (int r = 0; r < roots.size(); r++) {
                collect(roots.get(r), b, rootPath(roots, r), candidates);
            }
        }
        List<Article> articles = new ArrayList<>();
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> seenIds = new HashSet<>();
        for (Src candidate : candidates) {
            Subject s = subject(candidate);
            Types types = types(s, false);
            if (types.article()) {
                addArticle(s, types, seen, seenIds, articles);
            } else {
                Field main = get(s, Term.MAIN_ENTITY);
                if (main == null) {
                    continue;
                }
                for (Field f : elements(main)) {
                    if (f.value().isObject() && !seen.contains(f.value())) {
                        Subject m = resolve(f, false);
                        if (m != null) {
                            Types mt = types(m, false);
                            if (mt.article()) {
                                addArticle(m, mt, seen, seenIds, articles);
                            }
                        }
                    }
                }
            }
        }
        return articles;
    }

    private void addArticle(Subject s, Types types, Set<ObjectNode> seen, Set<String> seenIds, List<Article> articles) {
        for (Src d : s.defs()) {
            if (!seen.add(d.node())) {
                return;
            }
        }
        if (s.id() != null && !seenIds.add(s.id())) {
            return;
        }
        types(s, true);
        Article article = article(s, types);
        if (article != null) {
            articles.add(article);
        }
    }

    private void collect(JsonNode node, int block, JsonPath path, List<Src> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), block, path.index(i), out);
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode graph = object.get(GRAPH);
            if (graph != null) {
                collect(graph, block, path.child(GRAPH), out);
            }
            if (object.has(TYPE) || object.has(ID)) {
                out.add(new Src(object, block, path));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // nodes: resolution, properties, types

    private Subject subject(Src src) {
        JsonNode id = src.node().get(ID);
        if (id != null && id.isTextual()) {
            return merged(id.textValue(), src);
        }
        return new Subject(null, List.of(src));
    }

    private Subject merged(String id, Src own) {
        List<Src> defs = index().get(id);
        if (defs == null || (defs.size() == 1 && defs.get(0).node() == own.node())) {
            return new Subject(id, List.of(own));
        }
        List<Src> all = new ArrayList<>(defs.size() + 1);
        all.add(own);
        for (Src d : defs) {
            if (d.node() != own.node()) {
                all.add(d);
            }
        }
        return new Subject(id, all);
    }

    /**
     * The node an object value stands for: itself, or the node its {@code @id} names.
     *
     * @param report whether an unresolved reference is reported
     * @return the node, or {@code null} for an unresolved reference
     */
    private Subject resolve(Field f, boolean report) {
        ObjectNode object = (ObjectNode) f.value();
        JsonNode id = object.get(ID);
        if (id == null || !id.isTextual()) {
            return new Subject(null, List.of(new Src(object, f.block(), f.path())));
        }
        if (definition(object)) {
            return merged(id.textValue(), new Src(object, f.block(), f.path()));
        }
        List<Src> defs = index().get(id.textValue());
        if (defs == null) {
            if (report) {
                findings.error(Code.REFERENCE_UNRESOLVED, f.block(), f.path(), "the @id reference " + DateReader.quote(id.textValue())
                        + " names no node in the blocks read; left out");
            }
            return null;
        }
        return new Subject(id.textValue(), defs);
    }

    private Field get(Subject s, Term term) {
        for (Src d : s.defs()) {
            String name = d.name(term);
            if (name == null) {
                continue;
            }
            JsonNode v = d.node().get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (name != term.term() && !name.equals(term.term()) && !local(name).equals(term.term())) {
                findings.warning(Code.PROPERTY_REPAIRED, d.block(), d.path().child(name), "the property " + DateReader.quote(name)
                        + " read as " + DateReader.quote(term.term()) + " (schema.org terms are case-sensitive)");
            }
            return new Field(v, d.block(), d.path().child(name));
        }
        return null;
    }

    private static String local(String name) {
        return Names.local(name);
    }

    private Types types(Subject s, boolean report) {
        Types types = new Types();
        Set<String> done = new HashSet<>();
        for (Src d : s.defs()) {
            JsonNode t = d.node().get(TYPE);
            if (t == null) {
                continue;
            }
            List<Field> values = elements(new Field(t, d.block(), d.path().child(TYPE)));
            for (Field f : values) {
                if (f.value().isTextual() && done.add(f.value().textValue())) {
                    type(f.value().textValue(), f, types, report);
                }
            }
        }
        return types;
    }

    private void type(String written, Field f, Types types, boolean report) {
        String local = local(written.strip());
        ArticleType news = null;
        Term term = Term.of(local);
        for (ArticleType a : ArticleType.values()) {
            if (a.schemaOrgType().equals(local)) {
                news = a;
            }
        }
        if (news == null && term == null) {
            for (ArticleType a : ArticleType.values()) {
                if (a.schemaOrgType().equalsIgnoreCase(local)) {
                    news = a;
                }
            }
            if (news == null) {
                term = Term.ofIgnoreCase(local);
            }
            if (report && (news != null || term != null)) {
                findings.warning(Code.TYPE_REPAIRED, f.block(), f.path(), "the type " + DateReader.quote(written) + " read as "
                        + DateReader.quote(news != null ? news.schemaOrgType() : term.term())
                        + " (schema.org types are case-sensitive)");
            }
        }
        if (news != null) {
            types.news.add(news);
        } else if (term != null) {
            types.terms.add(term);
            if (Term.OTHER_ARTICLE_TYPES.contains(term)) {
                types.otherArticles.add(term.term());
            }
            if (types.firstParty == null && (term == Term.PERSON || Term.ORGANIZATION_TYPES.contains(term))) {
                types.firstParty = term;
            }
        }
    }

    /** The elements of a value: the value itself, or the elements of an array, nested arrays flattened. */
    private List<Field> elements(Field f) {
        if (!f.value().isArray()) {
            return List.of(f);
        }
        List<Field> out = new ArrayList<>(f.value().size());
        flatten(f, out);
        return out;
    }

    private void flatten(Field f, List<Field> out) {
        JsonNode v = f.value();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            Field element = new Field(e, f.block(), f.path().index(i));
            if (e.isArray()) {
                flatten(element, out);
            } else if (!e.isNull()) {
                out.add(element);
            }
        }
    }

    /** One value where one is expected: the first of several (reported), or {@code null}. */
    private Field one(Field f) {
        if (f == null) {
            return null;
        }
        if (!f.value().isArray()) {
            return f;
        }
        List<Field> all = elements(f);
        if (all.isEmpty()) {
            return null;
        }
        if (all.size() > 1) {
            findings.warning(Code.VALUE_REPAIRED, f.block(), f.path(), all.size() + " values where one is expected: the first is kept");
        }
        return all.get(0);
    }

    private static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return "the boolean " + v.asText();
        }
        return "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------------------------------------
    // values

    /** One line of text: the value of the first term, or when it has none, of the second. */
    private String line(Subject s, Term first, Term second) {
        String text = text(get(s, first), Kind.LINE);
        return text != null ? text : text(get(s, second), Kind.LINE);
    }

    private String text(Field f, Kind kind) {
        f = one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isTextual()) {
            return string(v.textValue(), kind, f.block(), f.path());
        }
        if (v.isObject() && v.has("@value")) {
            return text(new Field(v.get("@value"), f.block(), f.path().child("@value")), kind);
        }
        if (v.isNumber() || v.isBoolean()) {
            findings.warning(Code.VALUE_REPAIRED, f.block(), f.path(), describe(v) + " where text is expected: read as text");
            return v.asText();
        }
        findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), describe(v) + " where text is expected; left out");
        return null;
    }

    private String string(String s, Kind kind, int block, JsonPath path) {
        if (!lenient) {
            return s.isEmpty() ? null : s;
        }
        return TextCleaner.clean(s, kind, block, path, findings);
    }

    private URI url(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isObject()) {
            JsonNode id = v.get(ID);
            if (id != null && id.isTextual()) {
                return parseUrl(id.textValue(), f.block(), f.path().child(ID));
            }
            JsonNode url = v.get(Term.URL.term());
            if (lenient && url != null && url.isTextual()) {
                return parseUrl(url.textValue(), f.block(), f.path().child(Term.URL.term()));
            }
        }
        if (!v.isTextual()) {
            findings.error(Code.URL_UNREADABLE, f.block(), f.path(), describe(v) + " where a URL is expected; left out");
            return null;
        }
        return parseUrl(v.textValue(), f.block(), f.path());
    }

    private URI parseUrl(String raw, int block, JsonPath path) {
        String s = lenient ? raw.strip() : raw;
        if (s.isEmpty()) {
            return null;
        }
        URI known = urlCache.get(s);
        if (known != null) {
            return known;
        }
        if (lenient && s.contains("&amp;")) {
            s = s.replace("&amp;", "&");
            findings.warning(Code.URL_REPAIRED, block, path, "the HTML entity &amp; in a URL read as &");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            if (!lenient) {
                findings.error(Code.URL_UNREADABLE, block, path, "not a URL (" + e.getReason() + "): " + DateReader.quote(s));
                return null;
            }
            try {
                uri = new URI(encode(s));
                findings.warning(Code.URL_REPAIRED, block, path, "characters not allowed in a URL percent-encoded: " + DateReader.quote(s));
            } catch (URISyntaxException again) {
                findings.error(Code.URL_UNREADABLE, block, path, "not a URL (" + e.getReason() + "): " + DateReader.quote(s) + "; left out");
                return null;
            }
        }
        if (!uri.isAbsolute()) {
            findings.error(Code.URL_UNREADABLE, block, path, "a relative URL, and no base to resolve it against: "
                    + DateReader.quote(s) + "; left out");
            return null;
        }
        if (!plainHttpUrl(uri, s)) {
            try {
                Image.of(uri); // the model's own check of a URL, for what the quick check does not pass
            } catch (IllegalArgumentException e) {
                findings.error(Code.URL_UNREADABLE, block, path, e.getMessage() + "; left out");
                return null;
            }
        } else if (uri.toString().equals(s)) {
            urlCache.put(s, uri); // read as written, with no finding: the next occurrence reads the same
        }
        return uri;
    }

    /** A quick check that passes only URLs the model accepts: http(s), a host, ASCII text. */
    private static boolean plainHttpUrl(URI uri, String text) {
        String scheme = uri.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme))) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Percent-encodes the characters a URL may not hold as they are (non-ASCII text stays). */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean percent = c == '%' && !(i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2)));
            if (c <= 0x20 || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0 || percent) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private List<URI> urls(Field f) {
        if (f == null) {
            return List.of();
        }
        List<URI> out = new ArrayList<>();
        for (Field e : elements(f)) {
            JsonNode v = e.value();
            String[] parts = lenient && v.isTextual() ? commaSeparatedUrls(v.textValue()) : null;
            if (parts != null) {
                findings.warning(Code.URL_REPAIRED, e.block(), e.path(), "several URLs in one text, separated by commas: read as " + parts.length + " URLs");
                for (String part : parts) {
                    URI uri = parseUrl(part, e.block(), e.path());
                    if (uri != null) {
                        out.add(uri);
                    }
                }
                continue;
            }
            URI uri = url(e);
            if (uri != null) {
                out.add(uri);
            }
        }
        return out;
    }

    /** Several http(s) URLs in one text, separated by commas; {@code null} when the text is not that. */
    private static String[] commaSeparatedUrls(String text) {
        if (text.indexOf(',') < 0) {
            return null;
        }
        String[] parts = text.strip().split(",");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
            String p = parts[i];
            if (!(p.startsWith("http://") || p.startsWith("https://"))) {
                return null;
            }
            for (int j = 0; j < p.length(); j++) {
                if (Character.isWhitespace(p.charAt(j))) {
                    return null;
                }
            }
        }
        return parts.length > 1 ? parts : null;
    }

    private NewsDate date(Field f) {
        f = one(f);
        String s = text(f, Kind.LINE);
        return s == null ? null : DateReader.read(s, f.block(), f.path(), findings);
    }

    private Integer size(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isObject()) {
            JsonNode value = v.get(Term.VALUE.term());
            if (value != null) {
                return size(new Field(value, f.block(), f.path().child(Term.VALUE.term())));
            }
        } else if (v.isIntegralNumber()) {
            if (v.canConvertToInt() && v.intValue() > 0) {
                return v.intValue();
            }
        } else if (v.isFloatingPointNumber()) {
            double d = v.doubleValue();
            if (d == Math.rint(d) && d >= 1 && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } else if (v.isTextual() && lenient) {
            Matcher m = SIZE.matcher(v.textValue().strip());
            if (m.matches()) {
                int size = Integer.parseInt(m.group(1));
                if (size > 0) {
                    findings.warning(Code.VALUE_REPAIRED, f.block(), f.path(), "the size " + DateReader.quote(v.textValue())
                            + " read as the number " + size);
                    return size;
                }
            }
        }
        findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), describe(v).equals("a string") ? "not a size in pixels: "
                + DateReader.quote(v.asText()) + "; left out" : describe(v) + " is not a size in pixels; left out");
        return null;
    }

    private Boolean bool(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            String s = local(v.textValue().strip());
            if (s.equalsIgnoreCase(Term.TRUE.term())) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase(Term.FALSE.term())) {
                return Boolean.FALSE;
            }
        }
        findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "not a boolean: " + (v.isTextual() ? DateReader.quote(v.textValue()) : describe(v))
                + "; left out");
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // the article

    private Article article(Subject s, Types types) {
        Src at = s.first();
        try {
            Article.Builder b = Article.builder();
            b.type(articleType(s, types));
            URI url = url(get(s, Term.URL));
            if (url == null) {
                url = pageUrl(get(s, Term.MAIN_ENTITY_OF_PAGE));
            }
            b.url(url);
            b.headline(text(get(s, Term.HEADLINE), Kind.LINE));
            b.alternativeHeadline(text(get(s, Term.ALTERNATIVE_HEADLINE), Kind.LINE));
            b.description(text(get(s, Term.DESCRIPTION), Kind.LINE));
            b.body(text(get(s, Term.ARTICLE_BODY), Kind.PARAGRAPHS));
            b.section(text(get(s, Term.ARTICLE_SECTION), Kind.LINE));
            b.keywords(keywords(get(s, Term.KEYWORDS)));
            b.language(language(get(s, Term.IN_LANGUAGE)));
            b.datePublished(date(get(s, Term.DATE_PUBLISHED)));
            b.dateModified(date(get(s, Term.DATE_MODIFIED)));
            b.dateCreated(date(get(s, Term.DATE_CREATED)));
            b.dateline(dateline(s));
            b.byline(byline(s));
            List<Quote> quotes = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            parts(get(s, Term.HAS_PART), quotes, sections);
            b.quotes(quotes);
            b.paywall(paywall(get(s, Term.IS_ACCESSIBLE_FOR_FREE), sections, at));
            List<Media> media = new ArrayList<>(images(get(s, Term.IMAGE)));
            media.addAll(videos(get(s, Term.VIDEO)));
            media.addAll(audios(get(s, Term.AUDIO)));
            b.media(media);
            List<Party> publisher = parties(one(get(s, Term.PUBLISHER)), Use.ORGANIZATION);
            b.publisher(publisher.isEmpty() ? null : (Organization) publisher.get(0));
            b.corrections(corrections(get(s, Term.CORRECTION)));
            b.copyright(copyright(s));
            return b.build();
        } catch (ReadFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // the model refused a value the checks above let through: report it rather than fail the page
            findings.error(Code.ARTICLE_UNREADABLE, at.block(), at.path(), "the article could not be read: " + e);
            return null;
        }
    }

    private ArticleType articleType(Subject s, Types types) {
        Src at = s.first();
        JsonPath path = at.path().child(TYPE);
        ArticleType chosen = null;
        for (ArticleType a : types.news) {
            if (a != ArticleType.NEWS) {
                if (chosen == null) {
                    chosen = a;
                } else if (chosen != a) {
                    findings.warning(Code.TYPE_REPAIRED, at.block(), path, "several NewsArticle types (" + chosen.schemaOrgType() + ", "
                            + a.schemaOrgType() + "): the first is kept");
                    break;
                }
            }
        }
        if (chosen != null) {
            return chosen;
        }
        if (types.news.isEmpty()) {
            findings.info(Code.TYPE_REPAIRED, at.block(), path, "the type " + types.otherArticles.get(0)
                    + " is not a NewsArticle type: read as a news article (NewsArticle)");
        }
        return ArticleType.NEWS;
    }

    private URI pageUrl(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        URI url;
        if (f.value().isObject()) {
            Subject page = resolve(f, false);
            Field u = page == null ? null : get(page, Term.URL);
            if (u != null) {
                url = url(u);
            } else {
                JsonNode id = f.value().get(ID);
                url = id != null && id.isTextual() ? parseUrl(id.textValue(), f.block(), f.path().child(ID)) : null;
            }
        } else {
            url = url(f);
        }
        if (lenient && url != null && url.getHost() != null
                && (url.getHost().equals("google.com") || url.getHost().equals("www.google.com"))
                && "/article".equals(url.getPath())) {
            findings.error(Code.URL_UNREADABLE, f.block(), f.path(), "the placeholder URL of Google's documentation (" + url
                    + "), not the article's; left out");
            return null;
        }
        return url;
    }

    private List<String> keywords(Field f) {
        if (f == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Field e : elements(f)) {
            JsonNode v = e.value();
            if (!v.isTextual()) {
                String t = text(e, Kind.LINE);
                if (t != null) {
                    out.add(t);
                }
            } else if (!lenient) {
                out.add(v.textValue());
            } else if (!f.value().isArray() && v.textValue().indexOf(',') >= 0) {
                // schema.org: several keywords in one text are separated by commas
                String[] parts = v.textValue().split(",");
                for (String part : parts) {
                    String t = TextCleaner.clean(part.strip(), Kind.LINE, e.block(), e.path(), findings);
                    if (t != null) {
                        out.add(t);
                    }
                }
            } else {
                String t = string(v.textValue(), Kind.LINE, e.block(), e.path());
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private Locale language(Field f) {
        f = one(f);
        String tag = text(f, Kind.LINE);
        if (tag == null) {
            return null;
        }
        if (lenient && tag.indexOf('_') >= 0) {
            String fixed = tag.replace('_', '-');
            findings.warning(Code.VALUE_REPAIRED, f.block(), f.path(), "the language " + DateReader.quote(tag) + " read as the BCP 47 tag "
                    + DateReader.quote(fixed));
            tag = fixed;
        }
        try {
            return Article.builder().language(tag).build().language();
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "not a BCP 47 language tag: " + DateReader.quote(tag) + "; left out");
            return null;
        }
    }

    private Dateline dateline(Subject s) {
        String text = text(get(s, Term.DATELINE), Kind.LINE);
        Place place = place(get(s, Term.LOCATION_CREATED));
        if (text == null && place == null) {
            return null;
        }
        String dateText = null;
        java.time.LocalDate date = null;
        String source = null;
        if (text != null && mayShowDateOrSource(text)) {
            try {
                Dateline shown = Dateline.parse(text);
                dateText = shown.dateText();
                date = shown.date();
                source = shown.source();
            } catch (IllegalArgumentException e) {
                // a dateline text that is not in a known form shows no date and no source
            }
        }
        return new Dateline(text, place == null ? NO_PLACE : place, dateText, date, source);
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
        return WEEKDAY.matcher(text).find();
    }

    private Place place(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        if (!f.value().isObject()) {
            findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), describe(f.value()) + " where a Place is expected; left out");
            return null;
        }
        Subject s = resolve(f, true);
        if (s == null) {
            return null;
        }
        Field address = one(get(s, Term.ADDRESS));
        if (address == null || !address.value().isObject()) {
            if (address != null) {
                findings.error(Code.VALUE_UNREADABLE, address.block(), address.path(), describe(address.value())
                        + " where a PostalAddress is expected; left out");
            } else {
                findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "a place without a PostalAddress; left out");
            }
            return null;
        }
        Subject a = resolve(address, true);
        if (a == null) {
            return null;
        }
        String locality = text(get(a, Term.ADDRESS_LOCALITY), Kind.LINE);
        String region = text(get(a, Term.ADDRESS_REGION), Kind.LINE);
        Field countryField = one(get(a, Term.ADDRESS_COUNTRY));
        String country = null;
        if (countryField != null && countryField.value().isObject()) {
            Subject c = resolve(countryField, true);
            country = c == null ? null : text(get(c, Term.NAME), Kind.LINE);
        } else {
            country = text(countryField, Kind.LINE);
        }
        String code = null;
        if (country != null && ISO_COUNTRIES.contains(country)) {
            code = country;
            country = null;
        }
        if (locality == null && region == null && country == null && code == null) {
            return null;
        }
        try {
            return new Place(locality, region, null, country, code);
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), e.getMessage() + "; left out");
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // people and organizations

    private Byline byline(Subject s) {
        List<Contributor> contributors = new ArrayList<>();
        for (Party p : parties(get(s, Term.AUTHOR), Use.CONTRIBUTOR)) {
            contributors.add(Contributor.of(ContributorRole.AUTHOR, p));
        }
        for (Party p : parties(get(s, Term.EDITOR), Use.CONTRIBUTOR)) {
            contributors.add(Contributor.of(ContributorRole.EDITOR, p));
        }
        Field others = get(s, Term.CONTRIBUTOR);
        if (others != null) {
            for (Field e : elements(others)) {
                ContributorRole role = ContributorRole.CONTRIBUTOR;
                Field party = e;
                if (e.value().isObject()) {
                    Subject r = resolve(e, true);
                    if (r == null) {
                        continue;
                    }
                    if (types(r, true).terms.contains(Term.ROLE)) {
                        String name = text(get(r, Term.ROLE_NAME), Kind.LINE);
                        ContributorRole named = name == null ? null : Roles.of(name);
                        if (named == null) {
                            findings.warning(Code.VALUE_REPAIRED, r.first().block(), r.first().path().child(Term.ROLE_NAME.term()),
                                    (name == null ? "a Role without a roleName" : "the roleName " + DateReader.quote(name)
                                            + " is not one of Copydesk's roles") + ": read as a contributor");
                        } else {
                            role = named;
                        }
                        party = get(r, Term.CONTRIBUTOR);
                        if (party == null) {
                            findings.error(Code.VALUE_UNREADABLE, r.first().block(), r.first().path(), "a Role without a contributor; left out");
                            continue;
                        }
                    }
                }
                for (Party p : parties(party, Use.CONTRIBUTOR)) {
                    contributors.add(Contributor.of(role, p));
                }
            }
        }
        return contributors.isEmpty() ? null : Byline.of(contributors);
    }

    /** The parties of a value: one per element (a byline text in lenient mode may give several). */
    private List<Party> parties(Field f, Use use) {
        if (f == null) {
            return List.of();
        }
        List<Party> out = new ArrayList<>(1);
        for (Field e : elements(f)) {
            JsonNode v = e.value();
            if (v.isTextual()) {
                out.addAll(fromText(e, use));
            } else if (v.isObject()) {
                out.addAll(fromNode(e, use));
            } else {
                findings.error(Code.VALUE_UNREADABLE, e.block(), e.path(), describe(v) + " where a person or organization is expected; left out");
            }
        }
        return out;
    }

    private List<Party> fromText(Field f, Use use) {
        String name = string(f.value().textValue(), Kind.LINE, f.block(), f.path());
        if (name == null) {
            return List.of();
        }
        try {
            if (use == Use.CONTRIBUTOR && lenient) {
                return byline(name, f, null);
            }
            return List.of(use == Use.ORGANIZATION || use == Use.HOLDER ? Organization.of(name) : Person.of(name));
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), e.getMessage() + "; left out");
            return List.of();
        }
    }

    /** Reads a name as a byline (lenient): one or more people and organizations, reported when it is more than a name. */
    private List<Party> byline(String name, Field f, Person node) {
        List<Contributor> parsed;
        try {
            parsed = name.length() <= 1000 ? Byline.parse(name).contributors() : List.of();
        } catch (IllegalArgumentException e) {
            parsed = List.of();
        }
        if (parsed.isEmpty()) {
            return List.of(node != null ? node : Person.of(name));
        }
        List<Party> parties = new ArrayList<>(parsed.size());
        for (Contributor c : parsed) {
            parties.add(c.party());
        }
        if (parties.size() == 1) {
            Party only = parties.get(0);
            if (only instanceof Person p && name.equals(p.name()) && p.jobTitle() == null && p.affiliation() == null) {
                return List.of(node != null ? node : p);
            }
            if (only instanceof Organization o && name.equals(o.name()) && node == null) {
                return List.of(o);
            }
            if (node != null) {
                if (!(only instanceof Person p)) {
                    return List.of(node);
                }
                Person merged = node.withName(p.name());
                if (merged.jobTitle() == null) {
                    merged = merged.withJobTitle(p.jobTitle());
                }
                if (merged.affiliation() == null) {
                    merged = merged.withAffiliation(p.affiliation());
                }
                findings.warning(Code.BYLINE_SPLIT, f.block(), f.path(), "a byline in a name (" + DateReader.quote(name) + "): read as "
                        + describe(List.of(merged)));
                return List.of(merged);
            }
        }
        findings.warning(Code.BYLINE_SPLIT, f.block(), f.path(), "a byline in one value (" + DateReader.quote(name) + "): read as "
                + describe(parties));
        return parties;
    }

    private static String describe(List<Party> parties) {
        StringBuilder out = new StringBuilder();
        out.append(parties.size()).append(parties.size() == 1 ? " contributor: " : " contributors: ");
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            out.append(i == 0 ? "" : ", ").append(p instanceof Person ? "Person " : "Organization ")
                    .append(DateReader.quote(String.valueOf(p.name())));
            if (p instanceof Person person && person.jobTitle() != null) {
                out.append(" (").append(person.jobTitle()).append(')');
            }
            if (p instanceof Person person && person.affiliation() != null) {
                out.append(" of ").append(DateReader.quote(String.valueOf(person.affiliation().name())));
            }
        }
        return out.toString();
    }

    private List<Party> fromNode(Field f, Use use) {
        Subject s = resolve(f, true);
        if (s == null) {
            return List.of();
        }
        String key = s.id() == null ? null : use.name() + ' ' + s.id();
        if (key != null) {
            List<Party> cached = partyCache.get(key);
            if (cached != null) {
                return cached;
            }
            if (!resolving.add(s.id())) {
                findings.error(Code.REFERENCE_UNRESOLVED, f.block(), f.path(), "a cycle of @id references: " + DateReader.quote(s.id())
                        + " refers back to itself; left out");
                return List.of();
            }
        }
        try {
            List<Party> parties = node(s, use);
            if (key != null) {
                partyCache.put(key, parties);
            }
            return parties;
        } finally {
            if (key != null) {
                resolving.remove(s.id());
            }
        }
    }

    private List<Party> node(Subject s, Use use) {
        Src at = s.first();
        Types types = types(s, true);
        Term kind = types.firstParty;
        if (types.person() && types.organization()) {
            findings.warning(Code.TYPE_REPAIRED, at.block(), at.path().child(TYPE), "typed both as a person and as an organization: read as "
                    + (kind == Term.PERSON ? "a person" : "an organization") + " (the first type)");
        }
        boolean organization = kind != null ? kind != Term.PERSON : use == Use.ORGANIZATION || use == Use.HOLDER;
        if (use == Use.ORGANIZATION && !organization) {
            findings.warning(Code.TYPE_REPAIRED, at.block(), at.path(), "a person where an organization is expected: read as an organization");
            organization = true;
        }
        try {
            Party party = organization ? organization(s, types) : person(s);
            if (lenient && empty(party)) {
                findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), (organization ? "an organization" : "a person")
                        + " with no name and nothing else readable; left out");
                return List.of();
            }
            if (lenient && use == Use.CONTRIBUTOR && party instanceof Person p && p.name() != null
                    && BYLINE_HINT.matcher(p.name()).find()) {
                Field name = get(s, Term.NAME);
                return byline(p.name(), name != null ? name : new Field(at.node(), at.block(), at.path()), p);
            }
            return List.of(party);
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            return List.of();
        }
    }

    private static boolean empty(Party p) {
        if (p instanceof Person person) {
            return person.name() == null && person.description() == null && person.url() == null
                    && person.sameAs().isEmpty() && person.jobTitle() == null;
        }
        Organization o = (Organization) p;
        return o.name() == null && o.url() == null && o.sameAs().isEmpty() && o.logo() == null;
    }

    private Person person(Subject s) {
        String name = text(get(s, Term.NAME), Kind.LINE);
        if (name == null && lenient) {
            Field byline = get(s, Term.BYLINE);
            name = text(byline, Kind.LINE);
            if (name != null) {
                findings.warning(Code.PROPERTY_REPAIRED, byline.block(), byline.path(), "the name read from \"byline\", which is not a schema.org property");
            }
        }
        List<Party> affiliation = parties(one(get(s, Term.AFFILIATION)), Use.ORGANIZATION);
        return new Person(name,
                text(get(s, Term.DESCRIPTION), Kind.LINE),
                text(get(s, Term.JOB_TITLE), Kind.LINE),
                text(get(s, Term.HONORIFIC_PREFIX), Kind.LINE),
                text(get(s, Term.HONORIFIC_SUFFIX), Kind.LINE),
                affiliation.isEmpty() ? null : (Organization) affiliation.get(0),
                url(get(s, Term.URL)),
                urls(get(s, Term.SAME_AS)));
    }

    private Organization organization(Subject s, Types types) {
        return new Organization(text(get(s, Term.NAME), Kind.LINE),
                types.terms.contains(Term.NEWS_MEDIA_ORGANIZATION),
                url(get(s, Term.URL)),
                logo(get(s, Term.LOGO)),
                urls(get(s, Term.SAME_AS)));
    }

    private URI logo(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        if (!f.value().isObject()) {
            return url(f);
        }
        Subject s = resolve(f, true);
        if (s == null) {
            return null;
        }
        Field u = get(s, Term.CONTENT_URL);
        return url(u != null ? u : get(s, Term.URL));
    }

    // ---------------------------------------------------------------------------------------------
    // parts: quotes and paywalled sections

    private void parts(Field f, List<Quote> quotes, List<String> sections) {
        if (f == null) {
            return;
        }
        for (Field e : elements(f)) {
            if (!e.value().isObject()) {
                continue;
            }
            Subject s = resolve(e, true);
            if (s == null) {
                continue;
            }
            Types types = types(s, true);
            if (types.terms.contains(Term.QUOTATION)) {
                Quote q = quote(s);
                if (q != null) {
                    quotes.add(q);
                }
            } else if (types.terms.contains(Term.WEB_PAGE_ELEMENT)) {
                Boolean free = bool(get(s, Term.IS_ACCESSIBLE_FOR_FREE));
                if (Boolean.FALSE.equals(free)) {
                    Field selectors = get(s, Term.CSS_SELECTOR);
                    if (selectors == null) {
                        findings.error(Code.VALUE_UNREADABLE, s.first().block(), s.first().path(), "a paywalled section without a cssSelector; left out");
                        continue;
                    }
                    for (Field sel : elements(selectors)) {
                        String selector = text(sel, Kind.LINE);
                        if (selector != null) {
                            sections.add(selector);
                        }
                    }
                }
            }
        }
    }

    private Quote quote(Subject s) {
        Src at = s.first();
        String text = text(get(s, Term.TEXT), Kind.LINE);
        List<Party> speakers = parties(one(get(s, Term.CREATOR)), Use.PERSON);
        if (lenient && text == null && speakers.isEmpty()) {
            findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), "a Quotation with no text and no creator; left out");
            return null;
        }
        try {
            return new Quote(text, speakers.isEmpty() ? null : speakers.get(0), false, null);
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            return null;
        }
    }

    private Paywall paywall(Field flag, List<String> sections, Src at) {
        Boolean free = bool(flag);
        if (free == null && sections.isEmpty()) {
            return null;
        }
        if (free == null) {
            findings.warning(Code.VALUE_REPAIRED, at.block(), at.path(), "paywalled sections but no isAccessibleForFree: read as not free");
            free = Boolean.FALSE;
        }
        if (free && !sections.isEmpty()) {
            findings.error(Code.VALUE_UNREADABLE, flag.block(), flag.path(), "free to read, yet with paywalled sections: the sections are left out");
            return Paywall.FREE;
        }
        try {
            return new Paywall(free, sections);
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, at.block(), at.path().child(Term.HAS_PART.term()), e.getMessage() + "; the sections are left out");
            return new Paywall(free, List.of());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // media

    private List<Image> images(Field f) {
        if (f == null) {
            return List.of();
        }
        List<Image> out = new ArrayList<>();
        for (Field e : elements(f)) {
            JsonNode v = e.value();
            if (v.isTextual()) {
                URI url = parseUrl(v.textValue(), e.block(), e.path());
                if (url != null) {
                    out.add(Image.of(url));
                }
            } else if (v.isObject()) {
                out.addAll(image(e));
            } else {
                findings.error(Code.VALUE_UNREADABLE, e.block(), e.path(), describe(v) + " where an image is expected; left out");
            }
        }
        return out;
    }

    private List<Image> image(Field f) {
        Subject s = resolve(f, true);
        if (s == null) {
            return List.of();
        }
        if (s.id() != null) {
            List<Image> cached = imageCache.get(s.id());
            if (cached != null) {
                return cached;
            }
        }
        Src at = s.first();
        Field urlField = get(s, Term.CONTENT_URL);
        if (urlField == null) {
            urlField = get(s, Term.URL);
        }
        List<URI> urls = new ArrayList<>();
        if (urlField != null) {
            List<Field> all = elements(urlField);
            if (all.size() > 1) {
                findings.warning(Code.VALUE_REPAIRED, urlField.block(), urlField.path(), "one ImageObject with " + all.size()
                        + " URLs: read as " + all.size() + " images with the same caption and rights");
            }
            for (Field u : all) {
                URI url = url(u);
                if (url != null) {
                    urls.add(url);
                }
            }
        }
        List<Image> out = new ArrayList<>();
        try {
            String caption = line(s, Term.CAPTION, Term.DESCRIPTION);
            String credit = text(get(s, Term.CREDIT_TEXT), Kind.LINE);
            Rights rights = rights(s);
            Integer width = size(get(s, Term.WIDTH));
            Integer height = size(get(s, Term.HEIGHT));
            String format = format(get(s, Term.ENCODING_FORMAT));
            if (urls.isEmpty()) {
                if (lenient) {
                    findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), "an image without a URL; left out");
                } else {
                    out.add(new Image(null, caption, credit, null, null, rights, width, height, format));
                }
            }
            for (URI url : urls) {
                out.add(new Image(url, caption, credit, null, null, rights, width, height, format));
            }
        } catch (IllegalArgumentException e) {
            findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            return List.of();
        }
        if (s.id() != null) {
            imageCache.put(s.id(), out);
        }
        return out;
    }

    private String format(Field f) {
        f = one(f);
        String format = text(f, Kind.LINE);
        if (format == null || MEDIA_TYPE.matcher(format).matches()) {
            return format;
        }
        String lower = format.toLowerCase(Locale.ROOT);
        if (lenient && MEDIA_TYPE.matcher(lower).matches()) {
            findings.warning(Code.VALUE_REPAIRED, f.block(), f.path(), "the media type " + DateReader.quote(format) + " read in lower case");
            return lower;
        }
        findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "not a media type such as image/jpeg: " + DateReader.quote(format) + "; left out");
        return null;
    }

    private Rights rights(Subject s) {
        List<Party> creator = parties(one(get(s, Term.CREATOR)), Use.PERSON);
        List<Party> holder = parties(one(get(s, Term.COPYRIGHT_HOLDER)), Use.HOLDER);
        String notice = text(get(s, Term.COPYRIGHT_NOTICE), Kind.LINE);
        URI license = url(get(s, Term.LICENSE));
        URI acquire = url(get(s, Term.ACQUIRE_LICENSE_PAGE));
        if (creator.isEmpty() && holder.isEmpty() && notice == null && license == null && acquire == null) {
            return Rights.NONE;
        }
        return new Rights(creator.isEmpty() ? null : creator.get(0), holder.isEmpty() ? null : holder.get(0), notice,
                license, acquire);
    }

    private List<Video> videos(Field f) {
        List<Video> out = new ArrayList<>();
        for (Subject s : mediaNodes(f, "a video")) {
            Src at = s.first();
            try {
                String caption = line(s, Term.DESCRIPTION, Term.CAPTION);
                URI url = url(get(s, Term.CONTENT_URL));
                Video v = new Video(url, caption, text(get(s, Term.CREDIT_TEXT), Kind.LINE), null, null, rights(s),
                        text(get(s, Term.NAME), Kind.LINE), thumbnail(get(s, Term.THUMBNAIL_URL)),
                        date(get(s, Term.UPLOAD_DATE)), duration(get(s, Term.DURATION)), url(get(s, Term.EMBED_URL)),
                        text(get(s, Term.TRANSCRIPT), Kind.PARAGRAPHS));
                if (lenient && url == null && v.embedUrl() == null) {
                    findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), "a video with neither contentUrl nor embedUrl; left out");
                    continue;
                }
                out.add(v);
            } catch (IllegalArgumentException e) {
                findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            }
        }
        return out;
    }

    private List<Audio> audios(Field f) {
        List<Audio> out = new ArrayList<>();
        for (Subject s : mediaNodes(f, "an audio recording")) {
            Src at = s.first();
            try {
                String caption = line(s, Term.DESCRIPTION, Term.CAPTION);
                URI url = url(get(s, Term.CONTENT_URL));
                if (lenient && url == null) {
                    findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), "an audio recording without a contentUrl; left out");
                    continue;
                }
                out.add(new Audio(url, caption, text(get(s, Term.CREDIT_TEXT), Kind.LINE), null, null, rights(s),
                        text(get(s, Term.NAME), Kind.LINE), duration(get(s, Term.DURATION)),
                        text(get(s, Term.TRANSCRIPT), Kind.PARAGRAPHS)));
            } catch (IllegalArgumentException e) {
                findings.error(Code.VALUE_UNREADABLE, at.block(), at.path(), e.getMessage() + "; left out");
            }
        }
        return out;
    }

    private List<Subject> mediaNodes(Field f, String what) {
        if (f == null) {
            return List.of();
        }
        List<Subject> out = new ArrayList<>();
        for (Field e : elements(f)) {
            if (!e.value().isObject()) {
                findings.error(Code.VALUE_UNREADABLE, e.block(), e.path(), describe(e.value()) + " where " + what + " is expected; left out");
                continue;
            }
            Subject s = resolve(e, true);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private URI thumbnail(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        if (f.value().isObject()) {
            Subject s = resolve(f, true);
            if (s == null) {
                return null;
            }
            Field u = get(s, Term.CONTENT_URL);
            return url(u != null ? u : get(s, Term.URL));
        }
        return url(f);
    }

    private Duration duration(Field f) {
        f = one(f);
        String text = text(f, Kind.LINE);
        if (text == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.isZero()) {
                findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "not a positive duration: " + DateReader.quote(text) + "; left out");
                return null;
            }
            return d;
        } catch (DateTimeParseException | ArithmeticException e) {
            findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "not an ISO 8601 duration such as PT1M30S: " + DateReader.quote(text)
                    + "; left out");
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // corrections and copyright

    private List<Correction> corrections(Field f) {
        if (f == null) {
            return List.of();
        }
        List<Correction> out = new ArrayList<>();
        for (Field e : elements(f)) {
            String text;
            NewsDate date = null;
            if (e.value().isObject()) {
                Subject s = resolve(e, true);
                if (s == null) {
                    continue;
                }
                text = text(get(s, Term.TEXT), Kind.PARAGRAPHS);
                date = date(get(s, Term.DATE_PUBLISHED));
            } else {
                text = text(e, Kind.PARAGRAPHS);
            }
            if (text == null || text.isBlank()) {
                findings.error(Code.VALUE_UNREADABLE, e.block(), e.path(), "a correction without text; left out");
                continue;
            }
            try {
                out.add(new Correction(text, date));
            } catch (IllegalArgumentException ex) {
                findings.error(Code.VALUE_UNREADABLE, e.block(), e.path(), ex.getMessage() + "; left out");
            }
        }
        return out;
    }

    private Copyright copyright(Subject s) {
        List<Party> holder = parties(one(get(s, Term.COPYRIGHT_HOLDER)), Use.HOLDER);
        Integer year = year(get(s, Term.COPYRIGHT_YEAR));
        String notice = text(get(s, Term.COPYRIGHT_NOTICE), Kind.LINE);
        if (holder.isEmpty() && year == null && notice == null) {
            return null;
        }
        return new Copyright(year, holder.isEmpty() ? null : holder.get(0), notice);
    }

    private Integer year(Field f) {
        f = one(f);
        if (f == null) {
            return null;
        }
        JsonNode v = f.value();
        if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1 && v.intValue() <= 9999) {
            return v.intValue();
        }
        if (lenient && v.isTextual() && YEAR.matcher(v.textValue().strip()).matches()) {
            int year = Integer.parseInt(v.textValue().strip());
            if (year >= 1) {
                findings.warning(Code.VALUE_REPAIRED, f.block(), f.path(), "the year " + DateReader.quote(v.textValue()) + " read as a number");
                return year;
            }
        }
        findings.error(Code.VALUE_UNREADABLE, f.block(), f.path(), "not a year: " + (v.isTextual() ? DateReader.quote(v.textValue()) : describe(v))
                + "; left out");
        return null;
    }
}
