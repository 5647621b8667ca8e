package io.github.copydesk.jsonld.internal.mapping;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.jsonld.internal.Term;
import io.github.copydesk.jsonld.internal.graph.Definition;
import io.github.copydesk.jsonld.internal.graph.Field;
import io.github.copydesk.jsonld.internal.graph.Node;
import io.github.copydesk.jsonld.internal.graph.NodeGraph;
import io.github.copydesk.model.Audio;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Rights;
import io.github.copydesk.model.Video;
import io.github.copydesk.read.ReadCode;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * schema.org {@code ImageObject}, {@code VideoObject} and {@code AudioObject} both ways, from their
 * tables; their rights ({@code creator}, {@code copyrightHolder}, {@code copyrightNotice},
 * {@code license}, {@code acquireLicensePage}) are one table written inline into each. Reading, an
 * image may be a URL or an object; an {@code ImageObject} with several URLs is one image per URL; a
 * media object without a URL is left out in lenient mode. Stateless and thread-safe.
 */
final class MediaMapping {

    private static final Table<Rights> RIGHTS = new Table<>(null);
    private static final Property<Rights, Party> CREATOR = RIGHTS.add(Term.CREATOR,
            PartyMapping.party(PartyMapping.Use.PERSON), Rights::creator);
    private static final Property<Rights, Party> COPYRIGHT_HOLDER = RIGHTS.add(Term.COPYRIGHT_HOLDER,
            PartyMapping.party(PartyMapping.Use.HOLDER), Rights::copyrightHolder);
    private static final Property<Rights, String> COPYRIGHT_NOTICE = RIGHTS.add(Term.COPYRIGHT_NOTICE, Kinds.LINE,
            Rights::copyrightNotice);
    private static final Property<Rights, URI> LICENSE = RIGHTS.add(Term.LICENSE, Kinds.URL, Rights::license);
    private static final Property<Rights, URI> ACQUIRE_LICENSE_PAGE = RIGHTS.add(Term.ACQUIRE_LICENSE_PAGE, Kinds.URL,
            Rights::acquireLicensePage);
    private static final Inline<Rights> RIGHTS_INLINE = new Inline<>(RIGHTS, MediaMapping::rights);

    /** An image's URL: written once as {@code contentUrl} and once as {@code url}; read as every URL given. */
    private static final Kind<List<URI>> IMAGE_URLS = new Kind<>() {
        @Override
        public void write(Writing w, Term term, List<URI> value) throws IOException {
            if (value != null && !value.isEmpty()) {
                w.field(term).writeString(value.get(0).toString());
            }
        }

        @Override
        public List<URI> read(Reading r, Field f) {
            List<Field> all = r.graph().elements(f);
            if (all.size() > 1) {
                r.findings().warning(ReadCode.VALUE_REPAIRED, f.block(), f.path(), "one ImageObject with " + all.size()
                        + " URLs: read as " + all.size() + " images with the same caption and rights");
            }
            List<URI> urls = new ArrayList<>(all.size());
            for (Field u : all) {
                URI url = r.values().url(u);
                if (url != null) {
                    urls.add(url);
                }
            }
            return urls;
        }
    };

    static final Table<Image> IMAGE = new Table<>(Term.IMAGE_OBJECT);
    private static final Property<Image, List<URI>> IMAGE_URL = IMAGE.add(Term.CONTENT_URL, IMAGE_URLS,
            i -> i.url() == null ? null : List.of(i.url()), List.of(Alias.of(Term.URL)), List.of(Term.URL));
    private static final Property<Image, Integer> WIDTH = IMAGE.add(Term.WIDTH, Kinds.SIZE, Image::width);
    private static final Property<Image, Integer> HEIGHT = IMAGE.add(Term.HEIGHT, Kinds.SIZE, Image::height);
    private static final Property<Image, String> IMAGE_CAPTION = IMAGE.add(Term.CAPTION, Kinds.LINE, Image::caption,
            Alias.of(Term.DESCRIPTION));
    private static final Property<Image, String> IMAGE_CREDIT = IMAGE.add(Term.CREDIT_TEXT, Kinds.LINE, Image::credit);
    private static final Written<Image, Rights> IMAGE_RIGHTS = IMAGE.written(null, RIGHTS_INLINE, Image::rights);
    private static final Property<Image, String> FORMAT = IMAGE.add(Term.ENCODING_FORMAT, Kinds.MEDIA_TYPE, Image::format);

    static final Table<Video> VIDEO = new Table<>(Term.VIDEO_OBJECT);
    private static final Property<Video, String> VIDEO_NAME = VIDEO.add(Term.NAME, Kinds.LINE, Video::name);
    private static final Property<Video, String> VIDEO_CAPTION = VIDEO.add(Term.DESCRIPTION, Kinds.LINE, Video::caption,
            Alias.of(Term.CAPTION));
    private static final Property<Video, URI> THUMBNAIL = VIDEO.add(Term.THUMBNAIL_URL, Kinds.IMAGE_URL, Video::thumbnail);
    private static final Property<Video, NewsDate> UPLOAD_DATE = VIDEO.add(Term.UPLOAD_DATE, Kinds.DATE, Video::uploadDate);
    private static final Property<Video, Duration> VIDEO_DURATION = VIDEO.add(Term.DURATION, Kinds.DURATION, Video::duration);
    private static final Property<Video, URI> VIDEO_URL = VIDEO.add(Term.CONTENT_URL, Kinds.URL, Video::url);
    private static final Property<Video, URI> EMBED_URL = VIDEO.add(Term.EMBED_URL, Kinds.URL, Video::embedUrl);
    private static final Property<Video, String> VIDEO_TRANSCRIPT = VIDEO.add(Term.TRANSCRIPT, Kinds.PARAGRAPHS,
            Video::transcript);
    private static final Property<Video, String> VIDEO_CREDIT = VIDEO.add(Term.CREDIT_TEXT, Kinds.LINE, Video::credit);
    private static final Written<Video, Rights> VIDEO_RIGHTS = VIDEO.written(null, RIGHTS_INLINE, Video::rights);

    static final Table<Audio> AUDIO = new Table<>(Term.AUDIO_OBJECT);
    private static final Property<Audio, String> AUDIO_NAME = AUDIO.add(Term.NAME, Kinds.LINE, Audio::name);
    private static final Property<Audio, String> AUDIO_CAPTION = AUDIO.add(Term.DESCRIPTION, Kinds.LINE, Audio::caption,
            Alias.of(Term.CAPTION));
    private static final Property<Audio, Duration> AUDIO_DURATION = AUDIO.add(Term.DURATION, Kinds.DURATION, Audio::duration);
    private static final Property<Audio, URI> AUDIO_URL = AUDIO.add(Term.CONTENT_URL, Kinds.URL, Audio::url);
    private static final Property<Audio, String> AUDIO_TRANSCRIPT = AUDIO.add(Term.TRANSCRIPT, Kinds.PARAGRAPHS,
            Audio::transcript);
    private static final Property<Audio, String> AUDIO_CREDIT = AUDIO.add(Term.CREDIT_TEXT, Kinds.LINE, Audio::credit);
    private static final Written<Audio, Rights> AUDIO_RIGHTS = AUDIO.written(null, RIGHTS_INLINE, Audio::rights);

    /** The images of an article: URLs or {@code ImageObject}s, written as {@code ImageObject}s. */
    static final Kind<List<Image>> IMAGES = IMAGE.array((r, e, out) -> {
        JsonNode v = e.value();
        if (v.isTextual()) {
            URI url = r.values().url(v.textValue(), e);
            if (url != null) {
                out.add(Image.of(url));
            }
        } else if (v.isObject()) {
            Node n = r.graph().resolve(e, true);
            if (n != null) {
                out.addAll(r.graph().once("image", n, e,
                        () -> PartyMapping.orEmpty(Table.guard(r, n.first(), () -> images(r, n))), List.of()));
            }
        } else {
            r.findings().error(ReadCode.VALUE_UNREADABLE, e.block(), e.path(), NodeGraph.describe(v)
                    + " where an image is expected; left out");
        }
    });

    /** The videos of an article. */
    static final Kind<List<Video>> VIDEOS = VIDEO.array((r, e, out) -> add(out, node(r, e, "a video"),
            n -> VIDEO.read(r, n, (v, at) -> video(r, v, at))));

    /** The audio recordings of an article. */
    static final Kind<List<Audio>> AUDIOS = AUDIO.array((r, e, out) -> add(out, node(r, e, "an audio recording"),
            n -> AUDIO.read(r, n, (v, at) -> audio(r, v, at))));

    private MediaMapping() {
    }

    private static <M> void add(List<M> out, Node n, java.util.function.Function<Node, M> read) {
        M m = n == null ? null : read.apply(n);
        if (m != null) {
            out.add(m);
        }
    }

    /** The node of a media object, which must be an object. */
    private static Node node(Reading r, Field e, String what) {
        if (!e.value().isObject()) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, e.block(), e.path(), NodeGraph.describe(e.value()) + " where " + what
                    + " is expected; left out");
            return null;
        }
        return r.graph().resolve(e, true);
    }

    private static Rights rights(Reading r, Values<Rights> v) {
        Party creator = v.get(CREATOR);
        Party holder = v.get(COPYRIGHT_HOLDER);
        String notice = v.get(COPYRIGHT_NOTICE);
        URI license = v.get(LICENSE);
        URI acquire = v.get(ACQUIRE_LICENSE_PAGE);
        if (creator == null && holder == null && notice == null && license == null && acquire == null) {
            return Rights.NONE;
        }
        return new Rights(creator, holder, notice, license, acquire, null);
    }

    /** One {@code ImageObject}: one image per URL it gives. */
    private static List<Image> images(Reading r, Node n) {
        Definition at = n.first();
        Values<Image> v = IMAGE.values(r, n);
        List<URI> urls = PartyMapping.orEmpty(v.get(IMAGE_URL));
        String caption = v.get(IMAGE_CAPTION);
        String credit = v.get(IMAGE_CREDIT);
        Rights rights = RIGHTS_INLINE.read(r, n);
        Integer width = v.get(WIDTH);
        Integer height = v.get(HEIGHT);
        String format = v.get(FORMAT);
        List<Image> out = new ArrayList<>();
        if (urls.isEmpty()) {
            if (r.lenient()) {
                r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), "an image without a URL; left out");
            } else {
                out.add(new Image(null, caption, credit, null, null, rights, width, height, format));
            }
        }
        for (URI url : urls) {
            out.add(new Image(url, caption, credit, null, null, rights, width, height, format));
        }
        return out;
    }

    private static Video video(Reading r, Values<Video> v, Definition at) {
        String caption = v.get(VIDEO_CAPTION);
        URI url = v.get(VIDEO_URL);
        String credit = v.get(VIDEO_CREDIT);
        Rights rights = RIGHTS_INLINE.read(r, v.node());
        Video video = new Video(url, caption, credit, null, null, rights, v.get(VIDEO_NAME),
                v.get(THUMBNAIL), v.get(UPLOAD_DATE), v.get(VIDEO_DURATION), v.get(EMBED_URL), v.get(VIDEO_TRANSCRIPT));
        if (r.lenient() && url == null && video.embedUrl() == null) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), "a video with neither contentUrl nor embedUrl; left out");
            return null;
        }
        return video;
    }

    private static Audio audio(Reading r, Values<Audio> v, Definition at) {
        String caption = v.get(AUDIO_CAPTION);
        URI url = v.get(AUDIO_URL);
        if (r.lenient() && url == null) {
            r.findings().error(ReadCode.VALUE_UNREADABLE, at.block(), at.path(), "an audio recording without a contentUrl; left out");
            return null;
        }
        String credit = v.get(AUDIO_CREDIT);
        Rights rights = RIGHTS_INLINE.read(r, v.node());
        return new Audio(url, caption, credit, null, null, rights, v.get(AUDIO_NAME),
                v.get(AUDIO_DURATION), v.get(AUDIO_TRANSCRIPT));
    }
}
