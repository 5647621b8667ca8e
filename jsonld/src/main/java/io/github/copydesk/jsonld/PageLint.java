package io.github.copydesk.jsonld;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.copydesk.jsonld.internal.PaywallSections;
import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Profile;

/**
 * Judges a page the way {@code copydesk lint} does, so that a CMS that reads its own pages gets the same
 * verdicts: it reads the page's JSON-LD ({@link JsonLdReader#read(HtmlPage)}: all blocks together, the
 * canonical URL, the images' alt texts), validates each article against the chosen profiles, checks what
 * only the page can show ({@link PageRule}), and judges what the markup as written breaks where the
 * reader repaired it (an author named "By Jane Doe" is read as "Jane Doe", and the page still breaks
 * {@code google.author.name.no-prefix}): such a finding gets the severity and message the validator
 * gives the rule, and is left out when the validator switches the rule off or its profile is not chosen.
 *
 * <pre>{@code
 * Verdict verdict = PageLint.create().lint(HtmlPage.parse(bytes), Locale.ENGLISH);
 * if (verdict.hasErrors()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe; validation needs a Jakarta Validation provider, as
 * {@link ArticleValidator} says.
 */
public final class PageLint {

    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

    private final JsonLdReader reader;
    private final ArticleValidator validator;
    private final Set<Profile> profiles;
    private final int maxPaywallSections;

    private PageLint(Builder b) {
        this.reader = b.reader;
        this.validator = b.validator;
        this.profiles = Set.copyOf(b.profiles);
        this.maxPaywallSections = b.maxPaywallSections;
    }

    /** The default of {@link Builder#maxPaywallSections(int)}. */
    public static final int DEFAULT_MAX_PAYWALL_SECTIONS = 100;

    /**
     * The lint of every profile, with the lenient reader and the default validator.
     *
     * @return the lint
     */
    public static PageLint create() {
        return builder().build();
    }

    /**
     * A builder, starting from the lenient reader, the default validator and every profile.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Judges an HTML page.
     *
     * @param page the page
     * @param locale the locale of the validation messages
     * @return the verdict
     * @throws NullPointerException if a parameter is null
     * @throws ReadException when a limit of the reader is exceeded (and in strict mode as the reader says)
     */
    public Verdict lint(HtmlPage page, Locale locale) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(locale, "locale");
        if (page.blocks().isEmpty()) {
            return new Verdict(page.findings(), List.of(PageRule.JSONLD_MISSING.finding("$", "The page has no "
                    + "<script type=\"application/ld+json\"> element, so search engines find no article markup in it. Add the "
                    + "article's JSON-LD to the page (copydesk convert --html writes the element).")), List.of());
        }
        return judge(reader.read(page), page, locale, "Check the page's JSON-LD.");
    }

    /**
     * Judges a JSON-LD block given as bytes (UTF-8; bytes that are not are read as ISO-8859-1, with a warning).
     *
     * @param jsonld the block
     * @param locale the locale of the validation messages
     * @return the verdict
     * @throws NullPointerException if a parameter is null
     * @throws ReadException when a limit of the reader is exceeded (and in strict mode as the reader says)
     */
    public Verdict lint(byte[] jsonld, Locale locale) {
        Objects.requireNonNull(jsonld, "jsonld");
        Objects.requireNonNull(locale, "locale");
        return judge(reader.read(jsonld, StandardCharsets.UTF_8), null, locale,
                "If this block belongs to a page, lint the page, whose blocks are read together.");
    }

    /**
     * Judges what another reader read (a wire item read by {@code NinjsReader}, say): its articles are
     * validated against the chosen profiles, and its findings judged as a page's are; there is no page to
     * check.
     *
     * @param read what the reader read
     * @param locale the locale of the validation messages
     * @return the verdict
     * @throws NullPointerException if a parameter is null
     */
    public Verdict lint(ReadResult read, Locale locale) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(locale, "locale");
        return judge(read, null, locale, "");
    }

    private Verdict judge(ReadResult read, HtmlPage page, Locale locale, String advice) {
        List<ReadFinding> findings = new ArrayList<>(read.findings().size());
        for (ReadFinding f : read.findings()) {
            judged(f, locale).ifPresent(findings::add);
        }
        List<Finding> whole = new ArrayList<>();
        if (read.articles().isEmpty()) {
            whole.add(PageRule.ARTICLE_MISSING.finding("$", ((read.hasErrors()
                    ? "No article could be recovered: the reader's errors say why. "
                    : "The input holds no article (for JSON-LD, no node of an Article type: NewsArticle and its subtypes, "
                            + "Article, BlogPosting, ...). ") + advice).strip()));
        }
        List<Verdict.ArticleVerdict> articles = new ArrayList<>(read.articles().size());
        for (Article article : read.articles()) {
            List<Finding> own = new ArrayList<>(validator.validate(article, locale, profiles).findings());
            if (page != null && profiles.contains(Profile.GOOGLE_SEARCH)) {
                own.addAll(PaywallSections.check(article.paywall(), page.classed(), maxPaywallSections));
                own.sort(BY_SEVERITY);
            }
            articles.add(new Verdict.ArticleVerdict(article, own));
        }
        return new Verdict(findings, whole, articles);
    }

    /** A reader finding; one that names a rule, as the validator judges that rule (or none when it is off). */
    private Optional<ReadFinding> judged(ReadFinding f, Locale locale) {
        if (f.rule() == null) {
            return Optional.of(f);
        }
        if (!profiles.contains(f.rule().profile())) {
            return Optional.empty();
        }
        return validator.judge(f.rule(), f.path(), locale).map(j -> new ReadFinding(j.severity(), f.code(), f.block(),
                f.path(), f.line(), f.column(), j.message() + " As published: " + f.message(), f.rule()));
    }

    /** @return the profiles checked */
    public Set<Profile> profiles() {
        return profiles;
    }

    /**
     * Configures a {@link PageLint}. Mutable and not thread-safe; the lints it builds are both.
     */
    public static final class Builder {
        private JsonLdReader reader = JsonLdReader.lenient();
        private ArticleValidator validator = ArticleValidator.create();
        private Set<Profile> profiles = EnumSet.allOf(Profile.class);
        private int maxPaywallSections = DEFAULT_MAX_PAYWALL_SECTIONS;

        private Builder() {
        }

        /**
         * Sets the most paywalled sections of an article looked for on its page (default
         * {@value PageLint#DEFAULT_MAX_PAYWALL_SECTIONS}). The check walks the page once and tests each
         * element against each section, so this bounds its work; an article that names more gets a
         * {@link PageRule#PAYWALL_SECTIONS_UNCHECKED} finding and its first sections are checked.
         *
         * @param max the most sections, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is not positive
         */
        public Builder maxPaywallSections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPaywallSections must be positive: " + max);
            }
            this.maxPaywallSections = max;
            return this;
        }

        /**
         * Sets the reader (default {@link JsonLdReader#lenient()}).
         *
         * @param reader the reader
         * @return this builder
         * @throws NullPointerException if {@code reader} is null
         */
        public Builder reader(JsonLdReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Sets the validator, with its switched-off rules, severities and house rules (default
         * {@link ArticleValidator#create()}).
         *
         * @param validator the validator
         * @return this builder
         * @throws NullPointerException if {@code validator} is null
         */
        public Builder validator(ArticleValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Sets the profiles to check (default all); the page's paywall checks belong to Google Search's.
         *
         * @param profiles the profiles
         * @return this builder
         * @throws NullPointerException if {@code profiles} or an element is null
         */
        public Builder profiles(Set<Profile> profiles) {
            this.profiles = Set.copyOf(profiles);
            return this;
        }

        /**
         * Builds the lint.
         *
         * @return the lint
         */
        public PageLint build() {
            return new PageLint(this);
        }
    }
}
