package io.github.copydesk.ninjs.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.Scalars;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renditions both ways. Reading: 1.x's object keyed by name and 2.x's and 3.x's array are one list;
 * the best rendition of a kind (image, video, audio) is, among those whose content type is of the kind
 * (else those with no content type that are of the kind: of the item's, or an image when named
 * "thumbnail"), the one with a link ({@code href}) and the most pixels (width times height); a rendition
 * of unknown size ranks below any of known size, and ties keep document order. Only the values of a
 * chosen rendition are read. Writing: each medium's one rendition, and a video's
 * thumbnail. Stateless and thread-safe.
 */
final class RenditionMapping {

    /** The media kinds, by the top-level type of a content type. */
    enum Kind {
        /** {@code image/*}. */
        IMAGE("image/"),
        /** {@code video/*}. */
        VIDEO("video/"),
        /** {@code audio/*}. */
        AUDIO("audio/");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The written name of a medium's file, and of a video's thumbnail. */
    private static final String MAIN = "main";
    private static final String THUMBNAIL = "thumbnail";

    /**
     * One rendition as written.
     *
     * @param name its name (the key in 1.x), or {@code null}
     * @param node the rendition
     * @param at where it is
     */
    record Rendition(String name, JsonNode node, JsonPath at) {
    }

    /**
     * A chosen rendition's values, as read.
     *
     * @param url its link
     * @param width its width
     * @param height its height
     * @param contentType its content type
     */
    record Chosen(URI url, Integer width, Integer height, String contentType) {
    }

    private RenditionMapping() {
    }

    /**
     * The renditions of an item, in document order.
     *
     * @param r the read
     * @param item the item
     * @return the renditions
     */
    static List<Rendition> all(Reading r, Item item) {
        JsonNode v = item.get(Term.RENDITIONS);
        List<Rendition> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        JsonPath at = item.at(Term.RENDITIONS);
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e.isObject()) {
                    JsonNode name = Item.nested(r, e, at.index(i), Term.RENDITION_NAME, item.generation());
                    out.add(new Rendition(name != null && name.isTextual() ? name.textValue() : null, e, at.index(i)));
                } else {
                    r.error(ReadCode.VALUE_UNREADABLE, at.index(i), Reading.describe(e) + " where a rendition is expected; left out");
                }
            }
        } else if (v.isObject()) {
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (e.getValue().isObject()) {
                    out.add(new Rendition(e.getKey(), e.getValue(), at.child(e.getKey())));
                }
            }
        } else {
            r.error(ReadCode.VALUE_UNREADABLE, at, Reading.describe(v) + " where renditions are expected; left out");
        }
        return out;
    }

    /**
     * The best rendition of a kind, read.
     *
     * @param r the read
     * @param renditions the renditions
     * @param kind the kind
     * @param item the kind of the item the renditions are of
     * @param g the document's generation
     * @return its values, or {@code null} when no rendition is of the kind
     */
    static Chosen best(Reading r, List<Rendition> renditions, Kind kind, Kind item, NinjsVersion g) {
        Rendition best = null;
        long bestPixels = -1;
        boolean bestLinked = false;
        for (boolean typed : new boolean[] {true, false}) {
            for (Rendition x : renditions) {
                if (!of(x, kind, item, typed)) {
                    continue;
                }
                boolean linked = x.node().hasNonNull(Term.HREF.name(g));
                long pixels = pixels(x, g);
                if (best == null || (linked && !bestLinked) || (linked == bestLinked && pixels > bestPixels)) {
                    best = x;
                    bestPixels = pixels;
                    bestLinked = linked;
                }
            }
            if (best != null) {
                break;
            }
        }
        return best == null ? null : read(r, best, g);
    }

    /**
     * The duration of the first rendition of a kind that has one (video and audio renditions do not all
     * give it).
     *
     * @param r the read
     * @param renditions the renditions
     * @param kind the kind, which is the item's
     * @param g the document's generation
     * @return the duration, or {@code null}
     */
    static Duration firstDuration(Reading r, List<Rendition> renditions, Kind kind, NinjsVersion g) {
        for (boolean typed : new boolean[] {true, false}) {
            for (Rendition x : renditions) {
                if (of(x, kind, kind, typed) && x.node().hasNonNull(Term.DURATION.name(g))) {
                    JsonPath at = x.at().child(Term.DURATION.name(g));
                    Duration d = r.seconds(Item.nested(r, x.node(), x.at(), Term.DURATION, g), at);
                    if (d != null) {
                        doubt(r, d, Item.nested(r, x.node(), x.at(), Term.SIZE_IN_BYTES, g), at);
                    }
                    return d;
                }
            }
        }
        return null;
    }

    /** Below this many bits a second no audio or video encoding is heard or seen (speech codecs start near 5,000). */
    static final long MIN_BITS_PER_SECOND = 1_000;
    /** No clip a news item carries runs longer than this; a live stream's recording is not a rendition's file. */
    static final Duration MAX_CLIP = Duration.ofHours(24);

    /**
     * Reports a duration that, read in seconds as every ninjs schema defines it, is probably in
     * milliseconds as some providers write it: its file's size gives fewer than {@value #MIN_BITS_PER_SECOND}
     * bits a second, or it runs longer than a day. The duration is kept as read.
     */
    private static void doubt(Reading r, Duration d, JsonNode size, JsonPath at) {
        double seconds = d.toNanos() / 1e9;
        boolean thin = size != null && size.isNumber() && size.asLong() > 0 && size.asLong() * 8.0 / seconds < MIN_BITS_PER_SECOND;
        if (thin || d.compareTo(MAX_CLIP) > 0) {
            r.notice(Severity.WARNING, ReadCode.VALUE_DOUBTFUL, at, String.format(Locale.ROOT,
                    "a duration of %s s (%s) is %s: ninjs gives seconds, so it is read as seconds; if the provider"
                    + " meant milliseconds, the clip runs %s s", seconds(d), d.toString(),
                    thin ? String.format(Locale.ROOT, "%,.0f bits a second for its %,d bytes", size.asLong() * 8.0 / seconds, size.asLong())
                            : "longer than a day",
                    seconds(d.dividedBy(1000))));
        }
    }

    /** A duration in seconds as ninjs writes it: a plain decimal, without trailing zeros. */
    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether a rendition is of a kind: by its content type; or (untyped) with none, a thumbnail being an
     * image and any other rendition of the item's kind.
     */
    private static boolean of(Rendition x, Kind kind, Kind item, boolean typed) {
        String type = contentType(x.node());
        if (typed) {
            return type != null && type.toLowerCase(Locale.ROOT).startsWith(kind.prefix);
        }
        boolean thumbnail = x.name() != null && x.name().toLowerCase(Locale.ROOT).startsWith(THUMBNAIL);
        return type == null && kind == (thumbnail ? Kind.IMAGE : item);
    }

    private static String contentType(JsonNode node) {
        for (NinjsVersion v : NinjsVersion.values()) {
            JsonNode t = node.get(Term.RENDITION_TYPE.name(v));
            if (t != null && t.isTextual() && !t.textValue().isBlank()) {
                return t.textValue().strip();
            }
        }
        return null;
    }

    private static long pixels(Rendition x, NinjsVersion g) {
        JsonNode w = x.node().get(Term.WIDTH.name(g));
        JsonNode h = x.node().get(Term.HEIGHT.name(g));
        return w != null && h != null && w.canConvertToLong() && h.canConvertToLong() && w.isNumber() && h.isNumber()
                ? Math.max(0, w.longValue()) * Math.max(0, h.longValue()) : -1;
    }

    private static Chosen read(Reading r, Rendition x, NinjsVersion g) {
        JsonNode n = x.node();
        JsonPath at = x.at();
        URI url = r.url(Item.nested(r, n, at, Term.HREF, g), at.child(Term.HREF.name(g)));
        Integer width = r.size(Item.nested(r, n, at, Term.WIDTH, g), at.child(Term.WIDTH.name(g)));
        Integer height = r.size(Item.nested(r, n, at, Term.HEIGHT, g), at.child(Term.HEIGHT.name(g)));
        JsonNode type = Item.nested(r, n, at, Term.RENDITION_TYPE, g);
        String contentType = type == null || !type.isTextual() || type.textValue().isBlank() ? null
                : Scalars.mediaType(type.textValue().strip(), 0, at.child(Term.RENDITION_TYPE.name(g)), r.findings());
        return new Chosen(url, width, height, contentType);
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * Writes a medium's renditions: its file ({@code main}) and a video's thumbnail.
     *
     * @param w the write
     * @param url the file's URL
     * @param contentType its media type, or {@code null}
     * @param width its width, or {@code null}
     * @param height its height, or {@code null}
     * @param duration its duration, or {@code null}
     * @param thumbnail a thumbnail's URL, or {@code null}
     * @throws IOException if the target fails
     */
    static void write(Writing w, URI url, String contentType, Integer width, Integer height, Duration duration, URI thumbnail)
            throws IOException {
        w.field(Term.RENDITIONS).writeStartArray();
        w.g().writeStartObject();
        w.field(Term.RENDITION_NAME).writeString(MAIN);
        w.field(Term.HREF).writeString(Checks.ascii(url));
        w.text(Term.RENDITION_TYPE, contentType);
        if (width != null) {
            w.field(Term.WIDTH).writeNumber(width);
        }
        if (height != null) {
            w.field(Term.HEIGHT).writeNumber(height);
        }
        if (duration != null) {
            w.field(Term.DURATION).writeNumber(seconds(duration));
        }
        w.g().writeEndObject();
        if (thumbnail != null) {
            w.g().writeStartObject();
            w.field(Term.RENDITION_NAME).writeString(THUMBNAIL);
            w.field(Term.HREF).writeString(Checks.ascii(thumbnail));
            w.g().writeEndObject();
        }
        w.g().writeEndArray();
    }
}
