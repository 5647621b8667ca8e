package io.github.copydesk.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.internal.PropertyPaths;
import io.github.copydesk.internal.Texts;
import io.github.copydesk.validation.Editorial;
import io.github.copydesk.validation.GoogleSearch;
import io.github.copydesk.validation.Publishable;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.constraints.ArticleRules;
import io.github.copydesk.validation.constraints.NoControlCharacters;
import io.github.copydesk.validation.constraints.NoMarkup;
import io.github.copydesk.validation.constraints.Required;
import io.github.copydesk.validation.constraints.SingleLine;

import jakarta.validation.Valid;

/**
 * A news article: the story, who made it, where it was filed, what it quotes and shows, and its
 * publishing metadata. Immutable; build one with {@link #builder()} and change it with
 * {@link #toBuilder()}.
 *
 * <p>Construction checks that every present value is well-formed; it allows absence wherever a
 * draft may lack a value. Whether the article is publishable is a question for validation: the
 * constraints on the fields below, and the rules that need the whole article (the order of the dates,
 * and the Google Search and editorial profiles), which one {@link ArticleRules @ArticleRules} per
 * Bean Validation group runs from the registry, {@link Rule}.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>url</td><td>yes</td><td>absolute http(s) URL</td><td>{@code publishable.url.required}</td></tr>
 * <tr><td>identifier</td><td>yes</td><td>one line of valid Unicode, not blank, at most 2,000 chars</td><td>-</td></tr>
 * <tr><td>type</td><td>no ({@link ArticleType#NEWS})</td><td>not null</td><td>-</td></tr>
 * <tr><td>headline</td><td>yes</td><td>valid Unicode</td><td>{@code publishable.headline.required}, {@code .single-line},
 *   {@code .no-markup}; no control characters</td></tr>
 * <tr><td>alternativeHeadline, description, section</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>body</td><td>yes</td><td>valid Unicode</td><td>no control characters but line breaks and tabs</td></tr>
 * <tr><td>keywords</td><td>no (may be empty)</td><td>no null element, valid Unicode; copied, unmodifiable</td><td>no control characters</td></tr>
 * <tr><td>language</td><td>yes</td><td>names a language (BCP 47)</td><td>-</td></tr>
 * <tr><td>datePublished</td><td>yes</td><td>a {@link NewsDate}</td><td>-</td></tr>
 * <tr><td>dateModified</td><td>yes</td><td>a {@link NewsDate}</td><td>{@code publishable.date-modified.not-before-published}</td></tr>
 * <tr><td>dateCreated</td><td>yes</td><td>a {@link NewsDate}</td><td>{@code publishable.date-created.not-after-published}</td></tr>
 * <tr><td>embargoedUntil</td><td>yes</td><td>a {@link NewsDate} with a time and offset</td><td>{@code publishable.date-published.not-before-embargo}</td></tr>
 * <tr><td>dateline</td><td>yes</td><td>-</td><td>validated as a {@link Dateline}</td></tr>
 * <tr><td>byline</td><td>yes</td><td>-</td><td>validated as a {@link Byline}</td></tr>
 * <tr><td>quotes</td><td>no (may be empty)</td><td>no null element; copied, unmodifiable</td><td>each validated as a {@link Quote}</td></tr>
 * <tr><td>media</td><td>no (may be empty)</td><td>no null element; copied, unmodifiable; the first image is the lead</td><td>each validated as its kind</td></tr>
 * <tr><td>publisher</td><td>yes</td><td>-</td><td>validated as an {@link Organization}</td></tr>
 * <tr><td>corrections</td><td>no (may be empty)</td><td>no null element; copied, unmodifiable</td><td>each validated</td></tr>
 * <tr><td>paywall</td><td>yes (unknown)</td><td>-</td><td>-</td></tr>
 * <tr><td>copyright</td><td>yes</td><td>-</td><td>validated as a {@link Copyright}</td></tr>
 * <tr><td>unexpressed</td><td>no (may be empty)</td><td>property paths such as {@code media[*].altText}; copied, unmodifiable</td>
 *   <td>a rule about a fact the source could not express does not fire</td></tr>
 * </table>
 *
 * <p><b>Absent, or not expressible.</b> An article read from a source records what that source cannot
 * express at all ({@link #unexpressed()}): schema.org JSON-LD has no alt text for an image, so an article
 * read from JSON-LD alone holds {@code media[*].altText} there. Such a fact is not missing from the story,
 * only from the source, so no rule demands it ({@link #expresses(String)}). An article built by hand
 * expresses everything, and is judged on everything.
 *
 * @param url the canonical URL
 * @param identifier the item's own identifier as its source gives it, such as a wire agency's URN; not a link
 * @param type the kind of article
 * @param headline the headline
 * @param alternativeHeadline a secondary headline
 * @param description the dek: a short summary
 * @param body the story text; paragraphs separated by line breaks
 * @param section the section of the publication ("World")
 * @param keywords the keywords, in order
 * @param language the language of the text
 * @param datePublished when it was first published
 * @param dateModified when it was last changed
 * @param dateCreated when it was first written
 * @param embargoedUntil when it may be published, at the earliest
 * @param dateline where (and when) it was filed
 * @param byline who made it
 * @param quotes what it quotes, in story order
 * @param media images, videos and audio, in order; the first image is the lead
 * @param publisher who publishes it
 * @param corrections the corrections, in order
 * @param paywall whether and where it is paywalled
 * @param copyright its copyright
 * @param unexpressed what its source could not express, as property paths ({@code media[*].altText})
 */
@ArticleRules
@ArticleRules(groups = Publishable.Advice.class)
@ArticleRules(groups = GoogleSearch.Errors.class)
@ArticleRules(groups = GoogleSearch.Advice.class)
@ArticleRules(groups = Editorial.Errors.class)
@ArticleRules(groups = Editorial.Advice.class)
public record Article(
        @Required(rule = Rule.URL_REQUIRED) URI url,
        String identifier,
        ArticleType type,
        @Required(rule = Rule.HEADLINE_REQUIRED)
        @SingleLine(rule = Rule.HEADLINE_SINGLE_LINE)
        @NoMarkup(rule = Rule.HEADLINE_NO_MARKUP)
        @NoControlCharacters(allowLineBreaks = true) String headline,
        @NoControlCharacters String alternativeHeadline,
        @NoControlCharacters String description,
        @NoControlCharacters(allowLineBreaks = true, allowTabs = true) String body,
        @NoControlCharacters String section,
        List<@NoControlCharacters String> keywords,
        Locale language,
        NewsDate datePublished,
        NewsDate dateModified,
        NewsDate dateCreated,
        NewsDate embargoedUntil,
        @Valid Dateline dateline,
        @Valid Byline byline,
        List<@Valid Quote> quotes,
        List<@Valid Media> media,
        @Valid Organization publisher,
        List<@Valid Correction> corrections,
        Paywall paywall,
        @Valid Copyright copyright,
        Set<String> unexpressed) {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code type} or a list, or an element of a list, is null
     * @throws IllegalArgumentException if a present value is malformed
     */
    public Article {
        Checks.url(url, "url");
        Checks.identifier(identifier, "identifier");
        Objects.requireNonNull(type, "type");
        Checks.text(headline, "headline");
        Checks.text(alternativeHeadline, "alternativeHeadline");
        Checks.text(description, "description");
        Checks.text(body, "body");
        Checks.text(section, "section");
        keywords = Checks.texts(keywords, "keywords");
        Checks.language(language, "language");
        Checks.dateTime(embargoedUntil, "embargoedUntil");
        quotes = Checks.list(quotes, "quotes");
        media = Checks.list(media, "media");
        corrections = Checks.list(corrections, "corrections");
        unexpressed = PropertyPaths.patterns(Objects.requireNonNull(unexpressed, "unexpressed"), "unexpressed");
    }

    /**
     * Whether this article's source could express a property: false when {@link #unexpressed()} holds
     * a pattern the path matches. A rule about a property the source could not express does not fire.
     *
     * @param path a property path, such as {@code media[2].altText}
     * @return whether the source could express it
     * @throws NullPointerException if {@code path} is null
     */
    public boolean expresses(String path) {
        return !PropertyPaths.anyMatches(unexpressed, Objects.requireNonNull(path, "path"));
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this article's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The lead image: the first image among the media.
     *
     * @return the lead image, or empty if there is none
     */
    public Optional<Image> leadImage() {
        return media.stream().filter(Image.class::isInstance).map(Image.class::cast).findFirst();
    }

    /**
     * The number of words of the body: runs of characters between white space that hold at least
     * one letter or digit (so a dash standing alone is not a word).
     *
     * @return the word count, 0 without a body
     */
    public int wordCount() {
        return Texts.wordCount(body);
    }

    /**
     * Builds {@link Article}s. Mutable and not thread-safe: use one builder per thread.
     * {@link #build()} runs the same checks as the constructor; the lists are copied then, so
     * changing a list after passing it changes nothing.
     */
    public static final class Builder {
        private URI url;
        private String identifier;
        private ArticleType type = ArticleType.NEWS;
        private String headline;
        private String alternativeHeadline;
        private String description;
        private String body;
        private String section;
        private List<String> keywords = new ArrayList<>();
        private Locale language;
        private NewsDate datePublished;
        private NewsDate dateModified;
        private NewsDate dateCreated;
        private NewsDate embargoedUntil;
        private Dateline dateline;
        private Byline byline;
        private List<Quote> quotes = new ArrayList<>();
        private List<Media> media = new ArrayList<>();
        private Organization publisher;
        private List<Correction> corrections = new ArrayList<>();
        private Paywall paywall;
        private Copyright copyright;
        private Set<String> unexpressed = Set.of();

        private Builder() {
        }

        private Builder(Article a) {
            url = a.url;
            identifier = a.identifier;
            type = a.type;
            headline = a.headline;
            alternativeHeadline = a.alternativeHeadline;
            description = a.description;
            body = a.body;
            section = a.section;
            keywords = new ArrayList<>(a.keywords);
            language = a.language;
            datePublished = a.datePublished;
            dateModified = a.dateModified;
            dateCreated = a.dateCreated;
            embargoedUntil = a.embargoedUntil;
            dateline = a.dateline;
            byline = a.byline;
            quotes = new ArrayList<>(a.quotes);
            media = new ArrayList<>(a.media);
            publisher = a.publisher;
            corrections = new ArrayList<>(a.corrections);
            paywall = a.paywall;
            copyright = a.copyright;
            unexpressed = a.unexpressed;
        }

        /**
         * Sets the canonical URL.
         *
         * @param url the canonical URL, or null
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        /**
         * Sets the canonical URL from text.
         *
         * @param url the URL
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalArgumentException if it is not an absolute http(s) URL
         */
        public Builder url(String url) {
            this.url = Checks.url(Objects.requireNonNull(url, "url"), "url");
            return this;
        }

        /**
         * Sets the item's own identifier.
         *
         * @param identifier the identifier as the source gives it (a URN, a URL, an id), or {@code null}
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /**
         * Sets the type.
         *
         * @param type the kind of article
         * @return this builder
         */
        public Builder type(ArticleType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the headline.
         *
         * @param headline the headline
         * @return this builder
         */
        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        /**
         * Sets the alternative headline.
         *
         * @param alternativeHeadline a secondary headline
         * @return this builder
         */
        public Builder alternativeHeadline(String alternativeHeadline) {
            this.alternativeHeadline = alternativeHeadline;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the dek
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the story text
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * Sets the section.
         *
         * @param section the section
         * @return this builder
         */
        public Builder section(String section) {
            this.section = section;
            return this;
        }

        /**
         * Sets the keywords.
         *
         * @param keywords the keywords, replacing any set before
         * @return this builder
         */
        public Builder keywords(List<String> keywords) {
            this.keywords = new ArrayList<>(Objects.requireNonNull(keywords, "keywords"));
            return this;
        }

        /**
         * Adds a keyword.
         *
         * @param keyword a keyword to add
         * @return this builder
         */
        public Builder addKeyword(String keyword) {
            keywords.add(Objects.requireNonNull(keyword, "keyword"));
            return this;
        }

        /**
         * Sets the language.
         *
         * @param language the language
         * @return this builder
         */
        public Builder language(Locale language) {
            this.language = language;
            return this;
        }

        /**
         * Sets the language from a BCP 47 tag.
         *
         * @param languageTag the tag, such as {@code en} or {@code pt-BR}
         * @return this builder
         * @throws NullPointerException if {@code languageTag} is null
         * @throws IllegalArgumentException if the tag is not well-formed
         */
        public Builder language(String languageTag) {
            this.language = Checks.languageTag(languageTag, "language");
            return this;
        }

        /**
         * Sets the date published.
         *
         * @param datePublished when it was first published
         * @return this builder
         */
        public Builder datePublished(NewsDate datePublished) {
            this.datePublished = datePublished;
            return this;
        }

        /**
         * Sets the date modified.
         *
         * @param dateModified when it was last changed
         * @return this builder
         */
        public Builder dateModified(NewsDate dateModified) {
            this.dateModified = dateModified;
            return this;
        }

        /**
         * Sets the date created.
         *
         * @param dateCreated when it was first written
         * @return this builder
         */
        public Builder dateCreated(NewsDate dateCreated) {
            this.dateCreated = dateCreated;
            return this;
        }

        /**
         * Sets the time before which the article must not be published.
         *
         * @param embargoedUntil a date-time with an offset, or {@code null}
         * @return this builder
         */
        public Builder embargoedUntil(NewsDate embargoedUntil) {
            this.embargoedUntil = embargoedUntil;
            return this;
        }

        /**
         * Sets the dateline.
         *
         * @param dateline where it was filed
         * @return this builder
         */
        public Builder dateline(Dateline dateline) {
            this.dateline = dateline;
            return this;
        }

        /**
         * Sets the byline.
         *
         * @param byline who made it
         * @return this builder
         */
        public Builder byline(Byline byline) {
            this.byline = byline;
            return this;
        }

        /**
         * Sets the quotes.
         *
         * @param quotes the quotes, replacing any set before
         * @return this builder
         */
        public Builder quotes(List<Quote> quotes) {
            this.quotes = new ArrayList<>(Objects.requireNonNull(quotes, "quotes"));
            return this;
        }

        /**
         * Adds a quote.
         *
         * @param quote a quote to add
         * @return this builder
         */
        public Builder addQuote(Quote quote) {
            quotes.add(Objects.requireNonNull(quote, "quote"));
            return this;
        }

        /**
         * Sets the media.
         *
         * @param media the media, replacing any set before
         * @return this builder
         */
        public Builder media(List<? extends Media> media) {
            this.media = new ArrayList<>(Objects.requireNonNull(media, "media"));
            return this;
        }

        /**
         * Adds a media item.
         *
         * @param item a media item to add
         * @return this builder
         */
        public Builder addMedia(Media item) {
            media.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /**
         * Sets the publisher.
         *
         * @param publisher who publishes it
         * @return this builder
         */
        public Builder publisher(Organization publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * Sets the corrections.
         *
         * @param corrections the corrections, replacing any set before
         * @return this builder
         */
        public Builder corrections(List<Correction> corrections) {
            this.corrections = new ArrayList<>(Objects.requireNonNull(corrections, "corrections"));
            return this;
        }

        /**
         * Adds a correction.
         *
         * @param correction a correction to add
         * @return this builder
         */
        public Builder addCorrection(Correction correction) {
            corrections.add(Objects.requireNonNull(correction, "correction"));
            return this;
        }

        /**
         * Sets the paywall.
         *
         * @param paywall whether and where it is paywalled
         * @return this builder
         */
        public Builder paywall(Paywall paywall) {
            this.paywall = paywall;
            return this;
        }

        /**
         * Sets the copyright.
         *
         * @param copyright its copyright
         * @return this builder
         */
        public Builder copyright(Copyright copyright) {
            this.copyright = copyright;
            return this;
        }

        /**
         * Sets what the article's source could not express (a reader sets it; by hand, leave it empty).
         *
         * @param unexpressed property paths such as {@code media[*].altText}
         * @return this builder
         */
        public Builder unexpressed(Set<String> unexpressed) {
            this.unexpressed = unexpressed;
            return this;
        }

        /**
         * Builds the article, running the constructor's checks.
         *
         * @return the article
         * @throws NullPointerException if the type is null
         * @throws IllegalArgumentException if a present value is malformed
         */
        public Article build() {
            return new Article(url, identifier, type, headline, alternativeHeadline, description, body, section,
                    keywords, language, datePublished, dateModified, dateCreated, embargoedUntil, dateline, byline, quotes,
                    media, publisher, corrections, paywall, copyright, unexpressed);
        }
    }
}
