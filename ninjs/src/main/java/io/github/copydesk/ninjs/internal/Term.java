package io.github.copydesk.ninjs.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import io.github.copydesk.ninjs.NinjsVersion;

/**
 * The names of ninjs: every property Copydesk reads, writes or recognises, with its name in each
 * generation ({@code null} where the generation has none), grouped by the object it stands in. The one
 * home of ninjs's names: the reader looks properties up here and the writer writes these names.
 * Immutable and thread-safe.
 */
public enum Term {

    // ---- the item (a news object, or an association, which is one too)
    URI(Structure.ITEM, "uri", "uri", "uri"),
    TYPE(Structure.ITEM, "type", "type", "type"),
    STANDARD(Structure.ITEM, "$standard", "standard", "standard"),
    VERSION(Structure.ITEM, "version", "version", "version"),
    PROFILE(Structure.ITEM, "profile", "profile", "profile"),
    MIMETYPE(Structure.ITEM, "mimetype", null, null),
    REPRESENTATION_TYPE(Structure.ITEM, "representationtype", "representationtype", "representationType"),
    URGENCY(Structure.ITEM, "urgency", "urgency", "urgency"),
    PUB_STATUS(Structure.ITEM, "pubstatus", "pubstatus", "pubStatus"),
    TITLE(Structure.ITEM, "title", "title", "title"),
    SLUGLINE(Structure.ITEM, "slugline", "slugline", "slugline"),
    ED_NOTE(Structure.ITEM, "ednote", "ednote", "edNote"),
    LOCATED(Structure.ITEM, "located", "located", "located"),
    LANGUAGE(Structure.ITEM, "language", "language", "language"),
    EXPIRES(Structure.ITEM, "expires", "expires", "expires"),
    FIRST_CREATED(Structure.ITEM, "firstcreated", "firstcreated", "firstCreated"),
    VERSION_CREATED(Structure.ITEM, "versioncreated", "versioncreated", "versionCreated"),
    CONTENT_CREATED(Structure.ITEM, "contentcreated", "contentcreated", "contentCreated"),
    EMBARGOED(Structure.ITEM, "embargoed", "embargoed", "embargoedUntil"),
    /** 1.x: the headline (more as {@code headline_<role>}). */
    HEADLINE(Structure.ITEM, "headline", null, null),
    HEADLINES(Structure.ITEM, null, "headlines", "headlines"),
    BODIES(Structure.ITEM, null, "bodies", "bodies"),
    DESCRIPTIONS(Structure.ITEM, null, "descriptions", "descriptions"),
    BY(Structure.ITEM, "byline", "by", "by"),
    SUBJECTS(Structure.ITEM, "subject", "subjects", "subjects"),
    GENRES(Structure.ITEM, "genre", "genres", "genres"),
    PEOPLE(Structure.ITEM, "person", "people", "people"),
    ORGANISATIONS(Structure.ITEM, "organisation", "organisations", "organisations"),
    PLACES(Structure.ITEM, "place", "places", "places"),
    EVENTS(Structure.ITEM, "event", "events", "events"),
    OBJECTS(Structure.ITEM, "object", "objects", "objects"),
    INFO_SOURCES(Structure.ITEM, "infosource", "infosources", "infoSources"),
    ALT_IDS(Structure.ITEM, "altids", "altids", "altIds"),
    TRUST_INDICATORS(Structure.ITEM, "trustindicator", "trustindicators", "trustIndicators"),
    COPYRIGHT_HOLDER(Structure.ITEM, "copyrightholder", "copyrightholder", "copyrightHolder"),
    COPYRIGHT_NOTICE(Structure.ITEM, "copyrightnotice", "copyrightnotice", "copyrightNotice"),
    USAGE_TERMS(Structure.ITEM, "usageterms", "usageterms", "usageTerms"),
    RIGHTS_INFO(Structure.ITEM, "rightsinfo", "rightsinfo", "rightsInfo"),
    RENDITIONS(Structure.ITEM, "renditions", "renditions", "renditions"),
    ASSOCIATIONS(Structure.ITEM, "associations", "associations", "associations"),
    CHAR_COUNT(Structure.ITEM, "charcount", null, null),
    WORD_COUNT(Structure.ITEM, "wordcount", null, null),
    DIGITAL_SOURCE_TYPE(Structure.ITEM, "digitalsourcetype", "digitalsourcetype", "digitalSourceType"),
    EVENT_DETAILS(Structure.ITEM, null, null, "eventDetails"),
    PLANNED_COVERAGE(Structure.ITEM, null, null, "plannedCoverage"),

    // ---- an association: an item plus these
    ASSOCIATION_NAME(Structure.ASSOCIATION, null, "name", "name"),
    ASSOCIATION_REL(Structure.ASSOCIATION, null, null, "rel"),

    // ---- a headline, body or description (2.x and 3.x)
    ROLE(Structure.TEXT, null, "role", "role"),
    CONTENT_TYPE(Structure.TEXT, null, "contenttype", "contentType"),
    VALUE(Structure.TEXT, null, "value", "value"),

    // ---- a rendition
    RENDITION_NAME(Structure.RENDITION, null, "name", "name"),
    HREF(Structure.RENDITION, "href", "href", "href"),
    RENDITION_TYPE(Structure.RENDITION, "mimetype", "contenttype", "contentType"),
    WIDTH(Structure.RENDITION, "width", "width", "width"),
    HEIGHT(Structure.RENDITION, "height", "height", "height"),
    DURATION(Structure.RENDITION, "duration", "duration", "duration"),
    SIZE_IN_BYTES(Structure.RENDITION, "sizeinbytes", "sizeinbytes", "sizeInBytes"),

    // ---- rights information
    LINKED_RIGHTS(Structure.RIGHTS_INFO, "linkedrights", "linkedrights", "linkedRights"),
    ENCODED_RIGHTS(Structure.RIGHTS_INFO, "encodedrights", "encodedrights", "encodedRights"),

    // ---- a subject or genre, and the standard
    NAME(Structure.CONCEPT, "name", "name", "name"),
    STANDARD_NAME(Structure.STANDARD, "name", "name", "name"),
    STANDARD_VERSION(Structure.STANDARD, "version", "version", "version"),
    STANDARD_SCHEMA(Structure.STANDARD, "schema", "schema", "schema");

    /** The objects of ninjs that Copydesk reads, each with its own names. */
    public enum Structure {
        /** A news object: the document, or an association. */
        ITEM,
        /** What an association adds to a news object. */
        ASSOCIATION,
        /** A headline, body or description. */
        TEXT,
        /** A rendition. */
        RENDITION,
        /** Rights information. */
        RIGHTS_INFO,
        /** A subject or genre. */
        CONCEPT,
        /** The standard a document declares. */
        STANDARD
    }

    /** For each structure and generation: the terms by name. */
    private static final Map<Structure, Map<NinjsVersion, Map<String, Term>>> BY_NAME = new EnumMap<>(Structure.class);

    static {
        for (Term t : values()) {
            Map<NinjsVersion, Map<String, Term>> byVersion = BY_NAME.computeIfAbsent(t.structure,
                    s -> new EnumMap<>(NinjsVersion.class));
            for (NinjsVersion v : NinjsVersion.values()) {
                String name = t.name(v);
                if (name != null) {
                    byVersion.computeIfAbsent(v, x -> new HashMap<>()).put(name, t);
                }
            }
        }
    }

    private final Structure structure;
    private final String[] names;

    Term(Structure structure, String v1, String v2, String v3) {
        this.structure = structure;
        this.names = new String[] {v1, v2, v3};
    }

    /**
     * The term's name in a generation.
     *
     * @param generation the generation
     * @return the name, or {@code null} when the generation has no such property
     */
    public String name(NinjsVersion generation) {
        return names[generation.ordinal()];
    }

    /**
     * Whether a name is one a news item's own object carries in some generation.
     *
     * @param name the name as written
     * @return whether it is
     */
    public static boolean isItemName(String name) {
        for (NinjsVersion v : NinjsVersion.values()) {
            if (of(Structure.ITEM, v, name) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The term a name stands for in a generation.
     *
     * @param structure where the name stands
     * @param generation the generation
     * @param name the name as written
     * @return the term, or {@code null} when the generation has no such name there
     */
    public static Term of(Structure structure, NinjsVersion generation, String name) {
        Map<String, Term> names = BY_NAME.getOrDefault(structure, Map.of()).get(generation);
        return names == null ? null : names.get(name);
    }
}
