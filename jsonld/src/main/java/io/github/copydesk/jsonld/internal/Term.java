package io.github.copydesk.jsonld.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org terms Copydesk writes and reads: one table for the writer and the reader. Each
 * constant is a JSON-LD keyword, a schema.org type or a schema.org property; {@link #ARTICLE} gives
 * the order of an article's properties in the output.
 */
public enum Term {
    // JSON-LD keywords
    CONTEXT("@context"), TYPE("@type"), ID("@id"), GRAPH("@graph"),

    // types
    PERSON("Person"), ORGANIZATION("Organization"), NEWS_MEDIA_ORGANIZATION("NewsMediaOrganization"),
    PLACE("Place"), POSTAL_ADDRESS("PostalAddress"), IMAGE_OBJECT("ImageObject"), VIDEO_OBJECT("VideoObject"),
    AUDIO_OBJECT("AudioObject"), QUOTATION("Quotation"), WEB_PAGE_ELEMENT("WebPageElement"),
    CORRECTION_COMMENT("CorrectionComment"), ROLE("Role"), WEB_PAGE("WebPage"),

    // article properties, and properties of the nodes inside
    URL("url"), MAIN_ENTITY_OF_PAGE("mainEntityOfPage"), HEADLINE("headline"),
    ALTERNATIVE_HEADLINE("alternativeHeadline"), DESCRIPTION("description"), IN_LANGUAGE("inLanguage"),
    DATE_PUBLISHED("datePublished"), DATE_MODIFIED("dateModified"), DATE_CREATED("dateCreated"),
    DATELINE("dateline"), LOCATION_CREATED("locationCreated"), AUTHOR("author"), EDITOR("editor"),
    CONTRIBUTOR("contributor"), PUBLISHER("publisher"), ARTICLE_SECTION("articleSection"), KEYWORDS("keywords"),
    IMAGE("image"), VIDEO("video"), AUDIO("audio"), ARTICLE_BODY("articleBody"), WORD_COUNT("wordCount"),
    HAS_PART("hasPart"), CORRECTION("correction"), IS_ACCESSIBLE_FOR_FREE("isAccessibleForFree"),
    COPYRIGHT_HOLDER("copyrightHolder"), COPYRIGHT_YEAR("copyrightYear"), COPYRIGHT_NOTICE("copyrightNotice"),

    NAME("name"), JOB_TITLE("jobTitle"), HONORIFIC_PREFIX("honorificPrefix"), HONORIFIC_SUFFIX("honorificSuffix"),
    AFFILIATION("affiliation"), SAME_AS("sameAs"), LOGO("logo"), ROLE_NAME("roleName"),
    ADDRESS("address"), ADDRESS_LOCALITY("addressLocality"), ADDRESS_REGION("addressRegion"),
    ADDRESS_COUNTRY("addressCountry"),
    CONTENT_URL("contentUrl"), WIDTH("width"), HEIGHT("height"), CAPTION("caption"), CREDIT_TEXT("creditText"),
    CREATOR("creator"), LICENSE("license"), ACQUIRE_LICENSE_PAGE("acquireLicensePage"),
    ENCODING_FORMAT("encodingFormat"), THUMBNAIL_URL("thumbnailUrl"), UPLOAD_DATE("uploadDate"),
    DURATION("duration"), EMBED_URL("embedUrl"), TRANSCRIPT("transcript"), TEXT("text"),
    CSS_SELECTOR("cssSelector");

    /** The properties of an article node, in the order they are written. */
    public static final List<Term> ARTICLE = List.of(CONTEXT, TYPE, ID, URL, MAIN_ENTITY_OF_PAGE, HEADLINE,
            ALTERNATIVE_HEADLINE, DESCRIPTION, IN_LANGUAGE, DATE_PUBLISHED, DATE_MODIFIED, DATE_CREATED, DATELINE,
            LOCATION_CREATED, AUTHOR, EDITOR, CONTRIBUTOR, PUBLISHER, ARTICLE_SECTION, KEYWORDS, IMAGE, VIDEO, AUDIO,
            ARTICLE_BODY, WORD_COUNT, HAS_PART, CORRECTION, IS_ACCESSIBLE_FOR_FREE, COPYRIGHT_HOLDER, COPYRIGHT_YEAR,
            COPYRIGHT_NOTICE);

    /** The schema.org vocabulary Copydesk writes, as {@code @context}. */
    public static final String SCHEMA_ORG = "https://schema.org";

    private static final Map<String, Term> BY_NAME = new HashMap<>();

    static {
        for (Term term : values()) {
            BY_NAME.put(term.name, term);
        }
    }

    private final String name;

    Term(String name) {
        this.name = name;
    }

    /** @return the term as written in JSON-LD */
    public String term() {
        return name;
    }

    /**
     * The term of a name as written in JSON-LD.
     *
     * @param name the name, such as {@code headline}
     * @return the term, or {@code null} if Copydesk does not know it
     */
    public static Term of(String name) {
        return BY_NAME.get(name);
    }
}
