package io.github.copydesk.ninjs.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Byline;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.ninjs.internal.RenditionMapping.Chosen;
import io.github.copydesk.ninjs.internal.RenditionMapping.Kind;
import io.github.copydesk.ninjs.internal.RenditionMapping.Rendition;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.Dates;
import io.github.copydesk.read.internal.JsonPath;
import io.github.copydesk.read.internal.TextCleaner;
import io.github.copydesk.validation.Severity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pictures, graphics, videos and audio both ways: a picture or graphic item is an {@link Image}, a video
 * item a {@link Video}, an audio item an {@link Audio}, whether it is the document or one of a story's
 * associations. Reading: the best rendition of its kind gives the URL (and an image's size and media
 * type); a video's thumbnail is its best image rendition, its name the item's main headline, its upload
 * date {@code firstCreated}, its duration the first video rendition's ({@code duration}, in seconds);
 * the caption is a description ({@link TextMapping#caption}); the credit line as printed is the
 * description with role creditline, else {@code by} as written; the rights are {@code by} read as a
 * byline (its first contributor is the creator), {@code copyrightHolder} (an organization),
 * {@code copyrightNotice}, {@code rightsInfo.linkedRights} (the license) and {@code usageTerms}. Writing:
 * one association per medium with a URL. Stateless and thread-safe.
 */
final class MediaMapping {

    private MediaMapping() {
    }

    /**
     * The kind of medium an item type stands for.
     *
     * @param type the item's type, lower case
     * @return the kind, or {@code null} when the type is not a medium's
     */
    static Kind kind(String type) {
        return switch (type) {
            case "picture", "graphic" -> Kind.IMAGE;
            case "video" -> Kind.VIDEO;
            case "audio" -> Kind.AUDIO;
            default -> null;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /**
     * Reads an item that is a medium.
     *
     * @param r the read
     * @param item the item
     * @param kind its kind
     * @return the medium, or {@code null} when the model rejects it (reported)
     */
    static Media read(Reading r, Item item, Kind kind) {
        List<Rendition> renditions = RenditionMapping.all(r, item);
        List<TextMapping.Entry> descriptions = TextMapping.entries(r, item, TextMapping.Kind.DESCRIPTION);
        String caption = TextMapping.line(r, TextMapping.caption(descriptions));
        String by = r.text(item.get(Term.BY), item.at(Term.BY), TextCleaner.Kind.LINE);
        String creditLine = TextMapping.line(r, TextMapping.creditLine(descriptions));
        String credit = creditLine != null ? creditLine : by;
        Rights rights = rights(r, item, by);
        Chosen file = RenditionMapping.best(r, renditions, kind, kind, item.generation());
        URI url = file == null ? null : file.url();
        return r.guard(item.path(), () -> switch (kind) {
            case IMAGE -> new Image(url, caption, credit, null, null, rights, file == null ? null : file.width(),
                    file == null ? null : file.height(), file == null ? null : file.contentType());
            case VIDEO -> {
                Chosen thumbnail = RenditionMapping.best(r, renditions, Kind.IMAGE, kind, item.generation());
                yield new Video(url, caption, credit, null, null, rights, name(r, item), thumbnail == null ? null : thumbnail.url(),
                        r.fromText(item.get(Term.FIRST_CREATED), item.at(Term.FIRST_CREATED), Dates::read),
                        RenditionMapping.firstDuration(r, renditions, Kind.VIDEO, item.generation()), null, null);
            }
            case AUDIO -> new Audio(url, caption, credit, null, null, rights, name(r, item),
                    RenditionMapping.firstDuration(r, renditions, Kind.AUDIO, item.generation()), null);
        });
    }

    private static String name(Reading r, Item item) {
        return TextMapping.line(r, TextMapping.mainHeadline(TextMapping.entries(r, item, TextMapping.Kind.HEADLINE)));
    }

    /** A medium's rights, from the item that is the medium. */
    private static Rights rights(Reading r, Item item, String by) {
        Party creator = null;
        if (by != null) {
            Byline byline = r.guard(item.at(Term.BY), () -> Byline.parse(by));
            creator = byline == null ? null : byline.contributors().get(0).party();
        }
        String holderName = r.text(item.get(Term.COPYRIGHT_HOLDER), item.at(Term.COPYRIGHT_HOLDER), TextCleaner.Kind.LINE);
        Organization holder = holderName == null ? null : r.guard(item.at(Term.COPYRIGHT_HOLDER), () -> Organization.of(holderName));
        String notice = r.text(item.get(Term.COPYRIGHT_NOTICE), item.at(Term.COPYRIGHT_NOTICE), TextCleaner.Kind.LINE);
        String terms = r.text(item.get(Term.USAGE_TERMS), item.at(Term.USAGE_TERMS), TextCleaner.Kind.LINE);
        URI license = null;
        JsonNode info = item.get(Term.RIGHTS_INFO);
        if (info != null && info.isObject()) {
            JsonPath at = item.at(Term.RIGHTS_INFO);
            JsonNode linked = Item.nested(r, info, at, Term.LINKED_RIGHTS, item.generation());
            license = r.url(linked, at.child(Term.LINKED_RIGHTS.name(item.generation())));
            encodedRights(r, info, at, item);
        }
        if (creator == null && holder == null && notice == null && license == null && terms == null) {
            return Rights.NONE;
        }
        Party c = creator;
        URI l = license;
        return r.guard(item.path(), () -> new Rights(c, holder, notice, l, null, terms));
    }

    /**
     * Reports rights expressed in a rights language ({@code rightsInfo.encodedRights}, such as an ODRL
     * policy), which the model cannot hold.
     *
     * @param r the read
     * @param info the rights information
     * @param at where it is
     * @param item the item
     */
    static void encodedRights(Reading r, JsonNode info, JsonPath at, Item item) {
        JsonNode encoded = Item.nested(r, info, at, Term.ENCODED_RIGHTS, item.generation());
        if (encoded != null && !encoded.isNull() && !(encoded.isTextual() && encoded.textValue().isBlank())) {
            r.notice(Severity.INFO, ReadCode.VALUE_NOT_HELD, at.child(Term.ENCODED_RIGHTS.name(item.generation())),
                    "rights in a rights expression language (an ODRL policy?) restrict the item's use; Copydesk does not"
                            + " hold them: read them from the source");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /**
     * Writes the media that have a URL as associations, in order, or nothing when none has one.
     *
     * @param w the write
     * @param media the media
     * @throws IOException if the target fails
     */
    static void write(Writing w, List<Media> media) throws IOException {
        int[] counts = new int[Kind.values().length];
        boolean started = false;
        for (Media m : media) {
            if (m.url() == null) {
                continue;
            }
            if (!started) {
                w.field(Term.ASSOCIATIONS).writeStartArray();
                started = true;
            }
            Kind kind = m instanceof Image ? Kind.IMAGE : m instanceof Video ? Kind.VIDEO : Kind.AUDIO;
            int n = ++counts[kind.ordinal()];
            w.g().writeStartObject();
            w.field(Term.ASSOCIATION_NAME).writeString(kind.name().toLowerCase(Locale.ROOT) + n);
            w.field(Term.URI).writeString(Checks.ascii(m.url()));
            w.field(Term.TYPE).writeString(kind == Kind.IMAGE ? "picture" : kind.name().toLowerCase(Locale.ROOT));
            write(w, m);
            w.g().writeEndObject();
        }
        if (started) {
            w.g().writeEndArray();
        }
    }

    private static void write(Writing w, Media m) throws IOException {
        String name = m instanceof Video v ? v.name() : m instanceof Audio a ? a.name() : null;
        if (m instanceof Video v) {
            w.text(Term.FIRST_CREATED, DateTimes.format(v.uploadDate()));
        }
        TextMapping.write(w, TextMapping.Kind.HEADLINE, new TextMapping.Out("main", name));
        TextMapping.write(w, TextMapping.Kind.DESCRIPTION, new TextMapping.Out("caption", m.caption()),
                new TextMapping.Out("creditline", m.credit()));
        Rights rights = m.rights();
        w.text(Term.BY, ArticleMapping.by(rights.creator()));
        w.text(Term.COPYRIGHT_HOLDER, rights.copyrightHolder() == null ? null : rights.copyrightHolder().name());
        w.text(Term.COPYRIGHT_NOTICE, rights.copyrightNotice());
        w.text(Term.USAGE_TERMS, rights.usageTerms());
        if (rights.license() != null) {
            w.field(Term.RIGHTS_INFO).writeStartObject();
            w.field(Term.LINKED_RIGHTS).writeString(Checks.ascii(rights.license()));
            w.g().writeEndObject();
        }
        if (m instanceof Image i) {
            RenditionMapping.write(w, i.url(), i.format(), i.width(), i.height(), null, null);
        } else if (m instanceof Video v) {
            RenditionMapping.write(w, v.url(), null, null, null, v.duration(), v.thumbnail());
        } else {
            RenditionMapping.write(w, m.url(), null, null, null, ((Audio) m).duration(), null);
        }
    }
}
