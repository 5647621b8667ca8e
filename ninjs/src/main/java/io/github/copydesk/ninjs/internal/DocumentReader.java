package io.github.copydesk.ninjs.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Media;
import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Inputs;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.json.JsonTreeParser;
import io.github.copydesk.read.internal.json.Positions;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads one ninjs document: parses it within the limits, and reads each item it holds (one object; in
 * lenient mode also the elements of a top-level array) as the kind its type says: a text, composite or
 * component item as an article, a picture, graphic, video or audio item as an article that holds only
 * that medium, an event or a planning item as nothing. Immutable and thread-safe: it keeps nothing
 * between calls.
 */
public final class DocumentReader {

    /** Properties whose scalar values are never read: the parser skips them without decoding them. */
    private static final Set<String> NOT_READ = Set.of("people", "person", "organisations", "organisation", "places",
            "place", "events", "event", "objects", "object", "infoSources", "infosources", "infosource", "altIds", "altids",
            "trustIndicators", "trustindicators", "trustindicator", "eventDetails", "plannedCoverage", "geoJSON",
            "geojson", "contactInfo", "poi", "digitalSourceType", "digitalsourcetype");

    /** What the parser keeps of a document. */
    private static final JsonTreeParser.Shape SHAPE = new JsonTreeParser.Shape() {
        @Override
        public boolean reads(String name) {
            return !NOT_READ.contains(name);
        }

        @Override
        public void restart() {
            // nothing is kept between attempts
        }

        @Override
        public void objectEnded(ObjectNode object, JsonTreeParser.At at) {
            // nothing to index: ninjs refers to nothing by id
        }
    };

    private final JsonTreeParser parser;
    private final Clock clock;
    private final NinjsVersion version;

    /**
     * A reader.
     *
     * @param limits the limits
     * @param strict whether to read strictly
     * @param version the generation to read documents as, or {@code null} to detect it
     * @param clock the clock an embargo is compared with
     */
    public DocumentReader(ReadLimits limits, boolean strict, NinjsVersion version, Clock clock) {
        this.parser = new JsonTreeParser(limits, strict);
        this.version = version;
        this.clock = clock;
    }

    /**
     * Reads one document.
     *
     * @param text the document, decoded and checked by {@link Inputs}
     * @param findings where findings go (it may hold findings about the decoding already)
     * @return the articles and findings
     * @throws ReadException in strict mode for anything not read exactly; in both modes for a limit
     */
    public ReadResult read(String text, Findings findings) {
        List<JsonNode> roots = parser.parse(text, 0, new JsonTreeParser.Budget(), findings, SHAPE);
        Reading r = new Reading(findings, clock, version);
        List<Article> articles = new ArrayList<>();
        try {
            for (JsonNode root : roots) {
                document(r, root, articles);
            }
        } catch (ReadException e) {
            throw located(e, text);
        }
        return new ReadResult(articles, findings.list());
    }

    private static void document(Reading r, JsonNode root, List<Article> out) {
        if (root.isObject()) {
            item(r, (ObjectNode) root, JsonPath.ROOT, out);
        } else if (root.isArray()) {
            r.warning(ReadCode.DOCUMENT_ARRAY, JsonPath.ROOT, "a JSON array of " + root.size()
                    + " values, where one ninjs object is expected: each is read as an item");
            for (int i = 0; i < root.size(); i++) {
                JsonNode e = root.get(i);
                if (e.isObject()) {
                    item(r, (ObjectNode) e, JsonPath.ROOT.index(i), out);
                } else {
                    r.error(ReadCode.VALUE_UNREADABLE, JsonPath.ROOT.index(i), Reading.describe(e)
                            + " where a ninjs object is expected; left out");
                }
            }
        } else {
            r.error(ReadCode.VALUE_UNREADABLE, JsonPath.ROOT, Reading.describe(root) + " where a ninjs object is expected; left out");
        }
    }

    /** The item types read as a story: the text itself, or a package of it. */
    private static final Set<String> STORY_TYPES = Set.of("text", "composite", "component");

    private static void item(Reading r, ObjectNode node, JsonPath path, List<Article> out) {
        JsonNode typeNode = node.get(Term.TYPE.name(NinjsVersion.V3));
        String type = typeNode != null && typeNode.isTextual() && !typeNode.textValue().isBlank()
                ? typeNode.textValue().strip().toLowerCase(Locale.ROOT) : null;
        if (typeNode != null && !typeNode.isNull() && type == null) {
            r.error(ReadCode.VALUE_UNREADABLE, path.child("type"), Reading.describe(typeNode) + " is no ninjs type: read as text");
        }
        String details = node.has(Term.EVENT_DETAILS.name(NinjsVersion.V3)) ? Term.EVENT_DETAILS.name(NinjsVersion.V3)
                : node.has(Term.PLANNED_COVERAGE.name(NinjsVersion.V3)) ? Term.PLANNED_COVERAGE.name(NinjsVersion.V3) : null;
        if ("event".equals(type) || "planning".equals(type) || (type == null && details != null)) {
            r.notice(Severity.WARNING, ReadCode.ITEM_UNSUPPORTED, path.child(type != null ? "type" : details), "an "
                    + (type != null ? type : details.equals(Term.EVENT_DETAILS.name(NinjsVersion.V3)) ? "event" : "planning") + " item: Copydesk reads"
                    + " stories and media, so nothing is read from it");
            return;
        }
        NinjsVersion g = Versions.of(r, node, path);
        RenditionMapping.Kind kind = type == null ? null : MediaMapping.kind(type);
        if (type != null && kind == null && !STORY_TYPES.contains(type)) {
            r.warning(ReadCode.TYPE_REPAIRED, path.child("type"), "the type \"" + type + "\" is no ninjs type: read as text");
        }
        Item item = Item.scan(r, node, path, g, false);
        Article.Builder b = Article.builder();
        ArticleMapping.readItem(r, item, b);
        if (kind == null) {
            ArticleMapping.readStory(r, item, b);
        } else {
            r.notice(Severity.INFO, ReadCode.ITEM_NOT_ARTICLE, item.at(Term.TYPE), (type.equals("audio") ? "an " : "a ") + type
                    + " item, not a story: read as"
                    + " an article that holds only this medium, its identifier, language and embargo");
            if (item.has(Term.BODIES)) {
                r.info(ReadCode.PROPERTY_IGNORED, item.at(Term.BODIES), "bodies of a " + type + " item have no place on the medium:"
                        + " left out");
            }
            b.media(nonNull(MediaMapping.read(r, item, kind)));
            b.unexpressed(ArticleMapping.MEDIUM_ITEM_UNEXPRESSED);
        }
        try {
            out.add(b.build());
        } catch (IllegalArgumentException e) {
            r.error(ReadCode.ARTICLE_UNREADABLE, path, "the item could not be read as an article: " + e.getMessage());
        }
    }

    private static List<Media> nonNull(Media m) {
        return m == null ? List.of() : List.of(m);
    }

    /**
     * The exception of a strict read that stopped at a value, with the value's line and column; a
     * document that is an array stops at its first character.
     */
    private static ReadException located(ReadException e, String text) {
        if (e.code() == ReadCode.DOCUMENT_ARRAY && e.line() == 0) {
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            return e.at(Positions.line(text, start), Positions.column(text, start));
        }
        return Inputs.located(e, List.of(text));
    }
}
