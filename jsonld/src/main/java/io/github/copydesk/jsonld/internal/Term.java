package io.github.copydesk.jsonld.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names of the schema.org terms Copydesk writes and reads: JSON-LD keywords, schema.org types and
 * properties. What each property means for the model (its accessor, value kind, aliases, and its place
 * in the output) is in the table of the type that holds it, in {@code internal.mapping}.
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
    URL("url"), MAIN_ENTITY_OF_PAGE("mainEntityOfPage"), IDENTIFIER("identifier"), HEADLINE("headline"),
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
    CSS_SELECTOR("cssSelector"),

    // read only (the writer never writes these); the reader also recognises the types and
    // properties above, and ArticleType's NewsArticle types

    // the Article family beyond the NewsArticle types (schema.org 30.0: Article and its subclasses)
    PLAIN_ARTICLE("Article"), ADVERTISER_CONTENT_ARTICLE("AdvertiserContentArticle"), REPORT("Report"),
    SATIRICAL_ARTICLE("SatiricalArticle"), SCHOLARLY_ARTICLE("ScholarlyArticle"),
    MEDICAL_SCHOLARLY_ARTICLE("MedicalScholarlyArticle"), SOCIAL_MEDIA_POSTING("SocialMediaPosting"),
    BLOG_POSTING("BlogPosting"), LIVE_BLOG_POSTING("LiveBlogPosting"),
    DISCUSSION_FORUM_POSTING("DiscussionForumPosting"), TECH_ARTICLE("TechArticle"), API_REFERENCE("APIReference"),

    // the direct subclasses of Organization (schema.org 30.0) other than NewsMediaOrganization
    AIRLINE("Airline"), CONSORTIUM("Consortium"), COOPERATIVE("Cooperative"), CORPORATION("Corporation"),
    EDUCATIONAL_ORGANIZATION("EducationalOrganization"), FUNDING_SCHEME("FundingScheme"),
    GOVERNMENT_ORGANIZATION("GovernmentOrganization"), LIBRARY_SYSTEM("LibrarySystem"),
    LOCAL_BUSINESS("LocalBusiness"), MEDICAL_ORGANIZATION("MedicalOrganization"), NGO("NGO"),
    ONLINE_BUSINESS("OnlineBusiness"), PERFORMING_GROUP("PerformingGroup"), POLITICAL_PARTY("PoliticalParty"),
    PROJECT("Project"), RESEARCH_ORGANIZATION("ResearchOrganization"),
    SEARCH_RESCUE_ORGANIZATION("SearchRescueOrganization"), SPORTS_ORGANIZATION("SportsOrganization"),
    WORKERS_UNION("WorkersUnion"),

    // other types and values
    QUANTITATIVE_VALUE("QuantitativeValue"), COUNTRY("Country"), TRUE("True"), FALSE("False"),

    // other properties
    MAIN_ENTITY("mainEntity"), VALUE("value"),
    /** Not schema.org: some sites write a person's name as {@code byline}; read as the name. */
    BYLINE("byline");

    /** The Article types that are not NewsArticle types; the reader reads them as news articles. */
    public static final Set<Term> OTHER_ARTICLE_TYPES = Collections.unmodifiableSet(EnumSet.range(PLAIN_ARTICLE, API_REFERENCE));

    /** The organization types: Organization, NewsMediaOrganization and the other direct subclasses. */
    public static final Set<Term> ORGANIZATION_TYPES;

    private static final Map<String, Term> BY_NAME = new HashMap<>();
    private static final Map<String, Term> BY_NAME_IGNORING_CASE = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (Term term : values()) {
            BY_NAME.put(term.name, term);
            BY_NAME_IGNORING_CASE.putIfAbsent(term.name, term);
        }
        EnumSet<Term> organizations = EnumSet.range(AIRLINE, WORKERS_UNION);
        organizations.add(ORGANIZATION);
        organizations.add(NEWS_MEDIA_ORGANIZATION);
        ORGANIZATION_TYPES = Collections.unmodifiableSet(organizations);
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

    /**
     * The term of a name written in another letter case ({@code imageObject}, {@code SameAs}).
     *
     * @param name the name
     * @return the term whose name equals {@code name} ignoring case, or {@code null}
     */
    public static Term ofIgnoreCase(String name) {
        return BY_NAME_IGNORING_CASE.get(name);
    }
}
