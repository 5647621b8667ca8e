package io.github.copydesk.json.shape.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.Set;

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

/**
 * The model's own JSON, the one table both Jackson modules drive: for every model type its property names
 * (the record components' names, in their order), the kind of each value, the type ids of parties and media,
 * and what an absent property reads as. A Jackson module registers one serializer and one deserializer for
 * each of {@link #codecs()}.
 *
 * <p>Why a neutral table rather than Jackson annotations: jackson-annotations is shared by Jackson 2 and 3,
 * but annotations (on mix-ins) would leave the rest to each line's databind, twice: reading a date-only
 * {@link NewsDate}, a sealed type by {@code "type"} wherever it stands, an absent list as the empty list,
 * and turning a model construction error into a databind error with the JSON path. Records are also read
 * differently by Jackson 2.15 and 3.x. Here every fact about the JSON is written once, and each Jackson
 * module only adapts its generator and parser ({@link JsonSink}, {@link JsonSource}) and its exception types.
 *
 * <p>The rules, in short: a property whose value is null, an empty list, or its default (a quote's
 * {@code partial} and an organization's {@code newsMedia} when false, a media item's {@code rights} when
 * {@link Rights#NONE}) is left out, and an absent or null property reads as that value; an article's
 * {@code type} is always written and reads as {@link ArticleType#NEWS} when absent; a paywall's
 * {@code accessibleForFree} is required. Dates are ISO 8601 strings, a date-only {@link NewsDate} stays
 * date-only; durations are ISO 8601 ({@code PT2M30S}); languages are BCP 47 tags; enum constants are
 * their names.
 */
public final class ModelJson {

    /** A place: the dateline's. */
    public static final Shape<Place> PLACE;
    /** An organization: a party, a publisher, an affiliation. */
    public static final Shape<Organization> ORGANIZATION;
    /** A person. */
    public static final Shape<Person> PERSON;
    /** A party: a person or an organization. */
    public static final Family<Party> PARTY;
    /** The rights of a media item. */
    public static final Shape<Rights> RIGHTS;
    /** An image. */
    public static final Shape<Image> IMAGE;
    /** A video. */
    public static final Shape<Video> VIDEO;
    /** An audio item. */
    public static final Shape<Audio> AUDIO;
    /** A media item: an image, a video or an audio item. */
    public static final Family<Media> MEDIA;
    /** A dateline. */
    public static final Shape<Dateline> DATELINE;
    /** A contributor of a byline. */
    public static final Shape<Contributor> CONTRIBUTOR;
    /** A byline. */
    public static final Shape<Byline> BYLINE;
    /** A quote. */
    public static final Shape<Quote> QUOTE;
    /** A correction. */
    public static final Shape<Correction> CORRECTION;
    /** A paywall. */
    public static final Shape<Paywall> PAYWALL;
    /** A copyright. */
    public static final Shape<Copyright> COPYRIGHT;
    /** An article. */
    public static final Shape<Article> ARTICLE;
    /** A date or date-time, as an ISO 8601 string. */
    public static final Codec<NewsDate> NEWS_DATE = new Scalar<>(NewsDate.class, Kind.NEWS_DATE);

    private static final List<Codec<?>> CODECS;
    private static final String VERSION;

    static {
        var place = Shape.of(Place.class, null);
        var locality = place.field("locality", Kind.TEXT, Place::locality);
        var region = place.field("region", Kind.TEXT, Place::region);
        var regionCode = place.field("regionCode", Kind.TEXT, Place::regionCode);
        var country = place.field("country", Kind.TEXT, Place::country);
        var countryCode = place.field("countryCode", Kind.TEXT, Place::countryCode);
        PLACE = place.build(v -> new Place(v.get(locality), v.get(region), v.get(regionCode), v.get(country),
                v.get(countryCode)));

        var organization = Shape.of(Organization.class, "Organization");
        var orgName = organization.field("name", Kind.TEXT, Organization::name);
        var newsMedia = organization.field("newsMedia", Kind.BOOLEAN, Organization::newsMedia, false);
        var orgUrl = organization.field("url", Kind.URL, Organization::url);
        var logo = organization.field("logo", Kind.URL, Organization::logo);
        var orgSameAs = organization.list("sameAs", Kind.URL, Organization::sameAs);
        ORGANIZATION = organization.build(v -> new Organization(v.get(orgName), v.get(newsMedia), v.get(orgUrl),
                v.get(logo), v.get(orgSameAs)));
        Kind<Organization> anOrganization = Kind.object(ORGANIZATION);

        var person = Shape.of(Person.class, "Person");
        var name = person.field("name", Kind.TEXT, Person::name);
        var description = person.field("description", Kind.TEXT, Person::description);
        var jobTitle = person.field("jobTitle", Kind.TEXT, Person::jobTitle);
        var honorificPrefix = person.field("honorificPrefix", Kind.TEXT, Person::honorificPrefix);
        var honorificSuffix = person.field("honorificSuffix", Kind.TEXT, Person::honorificSuffix);
        var affiliation = person.field("affiliation", anOrganization, Person::affiliation);
        var url = person.field("url", Kind.URL, Person::url);
        var sameAs = person.list("sameAs", Kind.URL, Person::sameAs);
        PERSON = person.build(v -> new Person(v.get(name), v.get(description), v.get(jobTitle),
                v.get(honorificPrefix), v.get(honorificSuffix), v.get(affiliation), v.get(url), v.get(sameAs)));

        PARTY = new Family<>(Party.class, PERSON, ORGANIZATION);
        Kind<Party> aParty = Kind.object(PARTY);

        var rights = Shape.of(Rights.class, null);
        var creator = rights.field("creator", aParty, Rights::creator);
        var copyrightHolder = rights.field("copyrightHolder", aParty, Rights::copyrightHolder);
        var copyrightNotice = rights.field("copyrightNotice", Kind.TEXT, Rights::copyrightNotice);
        var license = rights.field("license", Kind.URL, Rights::license);
        var acquireLicensePage = rights.field("acquireLicensePage", Kind.URL, Rights::acquireLicensePage);
        var usageTerms = rights.field("usageTerms", Kind.TEXT, Rights::usageTerms);
        RIGHTS = rights.build(v -> new Rights(v.get(creator), v.get(copyrightHolder), v.get(copyrightNotice),
                v.get(license), v.get(acquireLicensePage), v.get(usageTerms)));
        Kind<Rights> someRights = Kind.object(RIGHTS);

        var image = Shape.of(Image.class, "Image");
        var imageCommon = MediaFields.of(image, someRights);
        var width = image.field("width", Kind.INTEGER, Image::width);
        var height = image.field("height", Kind.INTEGER, Image::height);
        var format = image.field("format", Kind.TEXT, Image::format);
        IMAGE = image.build(v -> new Image(v.get(imageCommon.url), v.get(imageCommon.caption),
                v.get(imageCommon.credit), v.get(imageCommon.altText), v.get(imageCommon.extendedDescription),
                v.get(imageCommon.rights), v.get(width), v.get(height), v.get(format)));

        var video = Shape.of(Video.class, "Video");
        var videoCommon = MediaFields.of(video, someRights);
        var videoName = video.field("name", Kind.TEXT, Video::name);
        var thumbnail = video.field("thumbnail", Kind.URL, Video::thumbnail);
        var uploadDate = video.field("uploadDate", Kind.NEWS_DATE, Video::uploadDate);
        var videoDuration = video.field("duration", Kind.DURATION, Video::duration);
        var embedUrl = video.field("embedUrl", Kind.URL, Video::embedUrl);
        var videoTranscript = video.field("transcript", Kind.TEXT, Video::transcript);
        VIDEO = video.build(v -> new Video(v.get(videoCommon.url), v.get(videoCommon.caption),
                v.get(videoCommon.credit), v.get(videoCommon.altText), v.get(videoCommon.extendedDescription),
                v.get(videoCommon.rights), v.get(videoName), v.get(thumbnail), v.get(uploadDate),
                v.get(videoDuration), v.get(embedUrl), v.get(videoTranscript)));

        var audio = Shape.of(Audio.class, "Audio");
        var audioCommon = MediaFields.of(audio, someRights);
        var audioName = audio.field("name", Kind.TEXT, Audio::name);
        var audioDuration = audio.field("duration", Kind.DURATION, Audio::duration);
        var audioTranscript = audio.field("transcript", Kind.TEXT, Audio::transcript);
        AUDIO = audio.build(v -> new Audio(v.get(audioCommon.url), v.get(audioCommon.caption),
                v.get(audioCommon.credit), v.get(audioCommon.altText), v.get(audioCommon.extendedDescription),
                v.get(audioCommon.rights), v.get(audioName), v.get(audioDuration), v.get(audioTranscript)));

        MEDIA = new Family<>(Media.class, IMAGE, VIDEO, AUDIO);

        var dateline = Shape.of(Dateline.class, null);
        var text = dateline.field("text", Kind.TEXT, Dateline::text);
        var datelinePlace = dateline.field("place", Kind.object(PLACE), Dateline::place);
        var dateText = dateline.field("dateText", Kind.TEXT, Dateline::dateText);
        var date = dateline.field("date", Kind.DATE, Dateline::date);
        var source = dateline.field("source", Kind.TEXT, Dateline::source);
        DATELINE = dateline.build(v -> new Dateline(v.get(text), v.get(datelinePlace), v.get(dateText), v.get(date),
                v.get(source)));

        var contributor = Shape.of(Contributor.class, null);
        var party = contributor.field("party", aParty, Contributor::party);
        var role = contributor.field("role", Kind.constant(ContributorRole.class), Contributor::role);
        CONTRIBUTOR = contributor.build(v -> new Contributor(v.get(party), v.get(role)));

        var byline = Shape.of(Byline.class, null);
        var contributors = byline.list("contributors", Kind.object(CONTRIBUTOR), Byline::contributors);
        BYLINE = byline.build(v -> new Byline(v.get(contributors)));

        var quote = Shape.of(Quote.class, null);
        var quoteText = quote.field("text", Kind.TEXT, Quote::text);
        var speaker = quote.field("speaker", aParty, Quote::speaker);
        var partial = quote.field("partial", Kind.BOOLEAN, Quote::partial, false);
        var attribution = quote.field("attribution", Kind.TEXT, Quote::attribution);
        QUOTE = quote.build(v -> new Quote(v.get(quoteText), v.get(speaker), v.get(partial), v.get(attribution)));

        var correction = Shape.of(Correction.class, null);
        var correctionText = correction.field("text", Kind.TEXT, Correction::text);
        var correctionDate = correction.field("datePublished", Kind.NEWS_DATE, Correction::datePublished);
        CORRECTION = correction.build(v -> new Correction(v.get(correctionText), v.get(correctionDate)));

        var paywall = Shape.of(Paywall.class, null);
        var accessibleForFree = paywall.required("accessibleForFree", Kind.BOOLEAN, Paywall::accessibleForFree);
        var sections = paywall.list("sections", Kind.TEXT, Paywall::sections);
        PAYWALL = paywall.build(v -> new Paywall(v.get(accessibleForFree), v.get(sections)));

        var copyright = Shape.of(Copyright.class, null);
        var year = copyright.field("year", Kind.INTEGER, Copyright::year);
        var holder = copyright.field("holder", aParty, Copyright::holder);
        var notice = copyright.field("notice", Kind.TEXT, Copyright::notice);
        COPYRIGHT = copyright.build(v -> new Copyright(v.get(year), v.get(holder), v.get(notice)));

        var article = Shape.of(Article.class, null);
        var articleUrl = article.field("url", Kind.URL, Article::url);
        var identifier = article.field("identifier", Kind.TEXT, Article::identifier);
        var type = article.written("type", Kind.constant(ArticleType.class), Article::type, ArticleType.NEWS);
        var headline = article.field("headline", Kind.TEXT, Article::headline);
        var alternativeHeadline = article.field("alternativeHeadline", Kind.TEXT, Article::alternativeHeadline);
        var articleDescription = article.field("description", Kind.TEXT, Article::description);
        var body = article.field("body", Kind.TEXT, Article::body);
        var section = article.field("section", Kind.TEXT, Article::section);
        var keywords = article.list("keywords", Kind.TEXT, Article::keywords);
        var language = article.field("language", Kind.LANGUAGE, Article::language);
        var datePublished = article.field("datePublished", Kind.NEWS_DATE, Article::datePublished);
        var dateModified = article.field("dateModified", Kind.NEWS_DATE, Article::dateModified);
        var dateCreated = article.field("dateCreated", Kind.NEWS_DATE, Article::dateCreated);
        var embargoedUntil = article.field("embargoedUntil", Kind.NEWS_DATE, Article::embargoedUntil);
        var articleDateline = article.field("dateline", Kind.object(DATELINE), Article::dateline);
        var articleByline = article.field("byline", Kind.object(BYLINE), Article::byline);
        var quotes = article.list("quotes", Kind.object(QUOTE), Article::quotes);
        var media = article.list("media", Kind.object(MEDIA), Article::media);
        var publisher = article.field("publisher", anOrganization, Article::publisher);
        var corrections = article.list("corrections", Kind.object(CORRECTION), Article::corrections);
        var articlePaywall = article.field("paywall", Kind.object(PAYWALL), Article::paywall);
        var articleCopyright = article.field("copyright", Kind.object(COPYRIGHT), Article::copyright);
        // a set, which the article keeps sorted: the same article always gives the same JSON
        var unexpressed = article.list("unexpressed", Kind.TEXT, a -> List.copyOf(a.unexpressed()));
        ARTICLE = article.build(v -> new Article(v.get(articleUrl), v.get(identifier), v.get(type), v.get(headline),
                v.get(alternativeHeadline), v.get(articleDescription), v.get(body), v.get(section), v.get(keywords),
                v.get(language), v.get(datePublished), v.get(dateModified), v.get(dateCreated), v.get(embargoedUntil),
                v.get(articleDateline), v.get(articleByline), v.get(quotes), v.get(media), v.get(publisher),
                v.get(corrections), v.get(articlePaywall), v.get(articleCopyright), Set.copyOf(v.get(unexpressed))));

        CODECS = List.of(ARTICLE, DATELINE, PLACE, BYLINE, CONTRIBUTOR, PARTY, PERSON, ORGANIZATION, QUOTE, MEDIA,
                IMAGE, VIDEO, AUDIO, RIGHTS, CORRECTION, PAYWALL, COPYRIGHT, NEWS_DATE);
        VERSION = readVersion();
    }

    private ModelJson() {
    }

    /**
     * Every model type with its own JSON: the types a Jackson module registers a serializer and a
     * deserializer for (the enums are left to Jackson, which writes and reads them by name too).
     *
     * @return the codecs, one per type
     */
    public static List<Codec<?>> codecs() {
        return CODECS;
    }

    /**
     * The codec of a model type.
     *
     * @param <T> the type
     * @param type the type, one of {@link #codecs()}
     * @return its codec
     * @throws IllegalArgumentException if the type has no codec
     */
    public static <T> Codec<T> codec(Class<T> type) {
        for (Codec<?> codec : CODECS) {
            if (codec.type() == type) {
                @SuppressWarnings("unchecked") // the codec of type T is a Codec<T>
                Codec<T> found = (Codec<T>) codec;
                return found;
            }
        }
        throw new IllegalArgumentException("no JSON shape for " + type.getName());
    }

    /**
     * Copydesk's version, for a Jackson module's {@code version()}.
     *
     * @return the version, such as {@code 0.1.0-SNAPSHOT}
     */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = ModelJson.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing beside " + ModelJson.class.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /**
     * The properties every media type starts with (those of {@link Media}), declared once for the three.
     *
     * @param <T> the media type
     */
    private static final class MediaFields<T extends Media> {
        final Field<T, URI> url;
        final Field<T, String> caption;
        final Field<T, String> credit;
        final Field<T, String> altText;
        final Field<T, String> extendedDescription;
        final Field<T, Rights> rights;

        private MediaFields(Shape.Builder<T> shape, Kind<Rights> someRights) {
            url = shape.field("url", Kind.URL, Media::url);
            caption = shape.field("caption", Kind.TEXT, Media::caption);
            credit = shape.field("credit", Kind.TEXT, Media::credit);
            altText = shape.field("altText", Kind.TEXT, Media::altText);
            extendedDescription = shape.field("extendedDescription", Kind.TEXT, Media::extendedDescription);
            rights = shape.field("rights", someRights, Media::rights, Rights.NONE);
        }

        static <T extends Media> MediaFields<T> of(Shape.Builder<T> shape, Kind<Rights> someRights) {
            return new MediaFields<>(shape, someRights);
        }
    }

    /**
     * A model type written as a string.
     *
     * @param <T> the type
     */
    private static final class Scalar<T> implements Codec<T> {
        private final Class<T> type;
        private final Kind<T> kind;

        Scalar(Class<T> type, Kind<T> kind) {
            this.type = type;
            this.kind = kind;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public boolean isObject() {
            return false;
        }

        @Override
        public <X extends Exception> void write(T value, JsonSink<X> out) throws X {
            kind.write(value, out);
        }

        @Override
        public <X extends Exception> void writeContent(T value, JsonSink<X> out) throws X {
            kind.write(value, out);
        }

        @Override
        public <X extends Exception> T read(JsonSource<X> in, ReadContext ctx) throws X {
            return kind.read(in, ctx);
        }
    }
}
