package io.github.copydesk.benchmarks;

import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Image;
import io.github.copydesk.model.Media;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Person;
import io.github.copydesk.model.Place;
import io.github.copydesk.model.Quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What a developer would write without Copydesk: schema.org shapes as annotated Jackson records,
 * serialized by databind with the same HTML-safe escapes; and the mapping from an {@link Article}
 * to them (enough for the benchmark articles' shapes).
 */
public final class DatabindPojos {

    /** The mapper: HTML-safe escapes and lower-case hex, like Copydesk. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(HtmlEscapes.INSTANCE)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    .build())
            .build();

    private DatabindPojos() {
    }

    /** A schema.org NewsArticle. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@context", "@type", "url", "mainEntityOfPage", "headline", "description", "inLanguage",
            "datePublished", "dateModified", "dateline", "locationCreated", "author", "editor", "publisher",
            "articleSection", "keywords", "image", "articleBody", "wordCount", "hasPart"})
    public record NewsArticle(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            String url,
            String mainEntityOfPage,
            String headline,
            String description,
            String inLanguage,
            String datePublished,
            String dateModified,
            String dateline,
            PlaceNode locationCreated,
            List<PersonNode> author,
            List<PersonNode> editor,
            OrganizationNode publisher,
            String articleSection,
            List<String> keywords,
            List<ImageObject> image,
            String articleBody,
            Integer wordCount,
            List<Quotation> hasPart) {
    }

    /** A schema.org Place with its address. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "name", "address"})
    public record PlaceNode(@JsonProperty("@type") String type, String name, PostalAddress address) {
    }

    /** A schema.org PostalAddress. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "addressLocality", "addressRegion", "addressCountry"})
    public record PostalAddress(@JsonProperty("@type") String type, String addressLocality, String addressRegion,
            String addressCountry) {
    }

    /** A schema.org Person. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "name", "jobTitle", "url", "affiliation"})
    public record PersonNode(@JsonProperty("@type") String type, String name, String jobTitle, String url,
            OrganizationNode affiliation) {
    }

    /** A schema.org Organization or NewsMediaOrganization. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "name", "url", "logo"})
    public record OrganizationNode(@JsonProperty("@type") String type, String name, String url, ImageObject logo) {
    }

    /** A schema.org ImageObject. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "contentUrl", "url", "width", "height", "caption", "creditText", "creator",
            "copyrightNotice", "encodingFormat"})
    public record ImageObject(@JsonProperty("@type") String type, String contentUrl, String url, Integer width,
            Integer height, String caption, String creditText, PersonNode creator, String copyrightNotice,
            String encodingFormat) {
    }

    /** A schema.org Quotation. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type", "text", "creator"})
    public record Quotation(@JsonProperty("@type") String type, String text, PersonNode creator) {
    }

    /**
     * Maps an article to the records (persons and organizations as the benchmark articles have them).
     *
     * @param a the article
     * @return the root record
     */
    public static NewsArticle of(Article a) {
        String url = str(a.url());
        PlaceNode place = null;
        if (a.dateline() != null) {
            Place p = a.dateline().place();
            place = new PlaceNode("Place", p.displayName(), new PostalAddress("PostalAddress", p.locality(),
                    p.region(), p.countryCode() != null ? p.countryCode() : p.country()));
        }
        List<PersonNode> authors = new ArrayList<>();
        List<PersonNode> editors = new ArrayList<>();
        if (a.byline() != null) {
            for (Contributor c : a.byline().contributors()) {
                if (c.role() == ContributorRole.AUTHOR) {
                    authors.add(person((Person) c.party()));
                } else if (c.role() == ContributorRole.EDITOR) {
                    editors.add(person((Person) c.party()));
                }
            }
        }
        List<ImageObject> images = new ArrayList<>();
        for (Media m : a.media()) {
            if (m instanceof Image img) {
                String imageUrl = str(img.url());
                images.add(new ImageObject("ImageObject", imageUrl, imageUrl, img.width(), img.height(),
                        img.caption(), img.credit(),
                        img.rights().creator() == null ? null : person((Person) img.rights().creator()),
                        img.rights().copyrightNotice(), img.format()));
            }
        }
        List<Quotation> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            quotes.add(new Quotation("Quotation", q.text(), person((Person) q.speaker())));
        }
        return new NewsArticle("https://schema.org", a.type().schemaOrgType(), url, url, a.headline(),
                a.description(), a.language() == null ? null : a.language().toLanguageTag(),
                str(a.datePublished()), str(a.dateModified()),
                a.dateline() == null ? null : a.dateline().text(), place, authors, editors,
                organization(a.publisher()), a.section(), a.keywords(), images, a.body(),
                a.body() == null ? null : a.wordCount(), quotes);
    }

    private static PersonNode person(Person p) {
        return new PersonNode("Person", p.name(), p.jobTitle(), str(p.url()), organization(p.affiliation()));
    }

    private static OrganizationNode organization(Organization o) {
        if (o == null) {
            return null;
        }
        return new OrganizationNode(o.newsMedia() ? "NewsMediaOrganization" : "Organization", o.name(), str(o.url()),
                o.logo() == null ? null : new ImageObject("ImageObject", null, str(o.logo()), null, null, null, null,
                        null, null, null));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
