package io.github.copydesk.ninjs;

import java.io.Reader;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.internal.DocumentReader;
import io.github.copydesk.ninjs.internal.Term;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Inputs;

/**
 * Reads IPTC ninjs ("News in JSON") documents, as wire agencies deliver them (AP, dpa, NTB, TT and
 * others, ninjs 1.x, 2.x and 3.x) and as {@link NinjsWriter} writes them, into {@link Article}s.
 *
 * <pre>{@code
 * ReadResult result = NinjsReader.lenient().read(json);
 * Article story = result.articles().get(0);
 * for (ReadFinding finding : result.findings()) { log(finding); }
 *
 * NinjsReader atNoon = NinjsReader.builder().clock(Clock.fixed(noon, ZoneOffset.UTC)).build();
 * }</pre>
 *
 * <h2>Two modes</h2>
 * As {@code JsonLdReader}'s: the lenient mode ({@link #lenient()}) never throws on the shape of the input
 * (what it cannot map is left out and reported as a {@link ReadFinding} with its JSON path, a stable
 * {@link ReadCode} and a severity), cleans text (entities decoded, markup stripped, white space trimmed,
 * line ends read as LF) and repairs what needs no guess; the strict mode ({@link #strict()}) reads
 * exactly what is written and throws a {@link ReadException} at the first warning or error, property
 * names before values, with the code, the JSON path, and the line and column. Some findings are
 * notices of what the item is or asks, given in both modes and never thrown (see {@link ReadCode}):
 * INFO {@code read.item.not-article}, WARNING {@code read.item.unsupported}, WARNING
 * {@code read.embargo.future}, WARNING {@code read.status.withheld}, ERROR {@code read.status.canceled}
 * (the item must not be published), INFO {@code read.value.not-held}. Both modes throw for an exceeded
 * {@link ReadLimits limit} and a failing {@code Reader}; deep nesting never overflows the stack.
 *
 * <h2>What is read</h2>
 * One document: a ninjs object; lenient mode also reads each element of a top-level array as an item
 * (WARNING {@code read.document.array}, where strict mode stops). The version is read from the
 * document's shape, not its declaration: 1.x writes {@code headline}, {@code body_<x>} and
 * {@code description_<x>} strings, {@code byline}, and renditions and associations as objects keyed by
 * name; 2.x writes arrays with lower-case names ({@code versioncreated}); 3.x camel-case names
 * ({@code versionCreated}). A version set with {@link Builder#version(NinjsVersion)} is read as set; a
 * declared or set version the names disagree with is reported (WARNING {@code read.version.mismatch}).
 * A name of another version is read as its term (WARNING {@code read.property.repaired}); a name no
 * version knows (a provider's extension) is left out (WARNING {@code read.property.unknown}).
 *
 * <p>By its {@code type} (absent: an event when it has {@code eventDetails} or {@code plannedCoverage},
 * else text), an item is read as:
 * <ul>
 * <li>{@code text}, {@code composite}, {@code component}: an article, as the table below says;</li>
 * <li>{@code picture}, {@code graphic}, {@code video}, {@code audio}: an article that holds only that
 *   medium (an {@code Image}, {@code Video} or {@code Audio}, read as an association is), the item's
 *   identifier, language and embargo (INFO {@code read.item.not-article}: it is no story; take
 *   {@code article.media().get(0)});</li>
 * <li>{@code event}, {@code planning}: nothing (WARNING {@code read.item.unsupported}).</li>
 * </ul>
 *
 * <table class="striped">
 * <caption>An item as an article (3.x names; 2.x the same in lower case, 1.x as noted)</caption>
 * <tr><th>article</th><th>from</th></tr>
 * <tr><td>identifier</td><td>{@code uri}, when it is an absolute URI (a relative one is left out: ERROR
 *   {@code read.url.unreadable}). Never the canonical URL: ninjs's uri identifies the item, it is no link,
 *   so {@code url} stays empty.</td></tr>
 * <tr><td>headline</td><td>the main headline: 1.x's {@code headline}, else the headline with role main,
 *   else one without a role, else the first</td></tr>
 * <tr><td>alternativeHeadline</td><td>the first other headline</td></tr>
 * <tr><td>description</td><td>the first description whose role is lead, summary, abstract, text, main,
 *   richtext or none (not a caption, a credit line or a writer's note), plain text before markup</td></tr>
 * <tr><td>body</td><td>of the bodies: plain text first, then text with no known content type and no
 *   markup, then HTML and XHTML (read as HTML), then NITF ({@code body.content}), then text that starts
 *   with markup; role main first among equals. Markup is read as paragraphs, one a line, without scripts,
 *   styles and figures: the text never carries markup. INFO {@code read.body.chosen} names the body read
 *   whenever there was a choice or markup was read.</td></tr>
 * <tr><td>datePublished, dateModified, dateCreated</td><td>{@code firstCreated}, {@code versionCreated},
 *   {@code contentCreated}, as written: nothing invented</td></tr>
 * <tr><td>embargoedUntil</td><td>{@code embargoedUntil} (1.x and 2.x {@code embargoed}), a date-time; one
 *   after the reader's clock is WARNING {@code read.embargo.future}</td></tr>
 * <tr><td>language</td><td>{@code language} (BCP 47)</td></tr>
 * <tr><td>byline</td><td>{@code by} (1.x {@code byline}) read by {@link io.github.copydesk.model.Byline#parse(CharSequence)},
 *   the agencies' forms included ("Von Christian Hollmann, dpa", "NTB")</td></tr>
 * <tr><td>dateline</td><td>the dateline the body starts with ({@link io.github.copydesk.model.Dateline#parseLeading(CharSequence, java.text.ParsePosition)}:
 *   "GROSSETO, Italy (AP) --"), else the place {@code located} names (a dateline with that place and no text)</td></tr>
 * <tr><td>keywords</td><td>the names of the {@code subjects}, then of the {@code genres}</td></tr>
 * <tr><td>copyright</td><td>{@code copyrightHolder} (an organization) and {@code copyrightNotice}; the year
 *   is never parsed out of the notice</td></tr>
 * <tr><td>media</td><td>the {@code associations} of type picture or graphic (images), video and audio, in
 *   order (others are left out: INFO {@code read.property.ignored}), one level deep and never looked up by
 *   uri. The best rendition of the medium's kind gives the URL, and an image's width, height and media type
 *   (the one with a link and the most pixels, among those whose content type is of the kind, else those
 *   without one that are of the kind: the association's own, or an image when named "thumbnail"); a video's thumbnail is its best image rendition, its name the association's main headline,
 *   its upload date {@code firstCreated}, its duration the first video rendition's, in seconds as the schema
 *   says (one that its file's {@code sizeInBytes} makes fewer than 1,000 bits a second, or that runs longer
 *   than a day, is kept and reported: WARNING {@code read.value.doubtful}, as the provider probably meant
 *   milliseconds); the caption is the description with role caption (else text, else none, else any but a credit
 *   line); the credit line as printed is the description with role creditline, else {@code by}; the rights
 *   are {@code by} read as a byline (its first contributor is the creator), {@code copyrightHolder},
 *   {@code copyrightNotice}, {@code rightsInfo.linkedRights} (the license) and {@code usageTerms}. An
 *   association's own {@code uri} identifies it and is no link: a medium whose renditions give no link has
 *   no URL.</td></tr>
 * <tr><td>unexpressed</td><td>what ninjs cannot express: {@code url}, {@code section}, {@code quotes},
 *   {@code publisher}, {@code corrections}, {@code paywall}, {@code copyright.year}, an author's web
 *   address ({@code byline.contributors[*].party}), and a medium's {@code altText},
 *   {@code extendedDescription}, {@code rights.acquireLicensePage}, {@code embedUrl} and
 *   {@code transcript}: no rule demands them of a wire item. An article holding a picture's, video's or
 *   audio's medium cannot express a story either: its {@code headline}, {@code alternativeHeadline},
 *   {@code description}, {@code body}, {@code keywords}, dates, {@code dateline}, {@code byline} and
 *   {@code copyright} are unexpressed too, so that validation judges only the medium</td></tr>
 * </table>
 *
 * <p>Not held by the model, and so not read: {@code version}, {@code profile}, {@code representationType},
 * {@code urgency}, {@code title}, {@code slugline}, {@code expires}, {@code altIds},
 * {@code trustIndicators}, {@code digitalSourceType}, the entities ({@code people}, {@code organisations},
 * {@code places} with their GeoJSON, {@code events}, {@code objects}) and the subjects' and genres' URIs,
 * literals, relevance and confidence, {@code infoSources}, {@code eventDetails}, {@code plannedCoverage},
 * {@code charCount} and {@code wordCount}, renditions other than the best, rendition formats and sizes in
 * bytes, association names and rels, {@code located} when the body has a dateline, a text item's own
 * renditions (INFO {@code read.property.ignored}) and a medium's bodies (idem). Where it matters to whoever
 * publishes the item it is a notice: {@code pubStatus} withheld or canceled, an {@code edNote}, a text
 * item's {@code usageTerms}, and {@code rightsInfo.encodedRights} (INFO {@code read.value.not-held}).
 *
 * <h2>Limits</h2>
 * The {@link ReadLimits} (input size, nesting depth, string length, number of JSON values): an exceeded
 * limit throws a {@link ReadException} with {@link ReadCode#LIMIT_EXCEEDED} in both modes.
 *
 * <p>Instances are immutable and thread-safe; share one per configuration.
 */
public final class NinjsReader {

    private static final NinjsReader LENIENT = new Builder().build();
    private static final NinjsReader STRICT = new Builder().strict(true).build();

    private final boolean strict;
    private final ReadLimits limits;
    private final NinjsVersion version;
    private final Clock clock;
    private final DocumentReader reader;

    private NinjsReader(Builder b) {
        this.strict = b.strict;
        this.limits = b.limits;
        this.version = b.version;
        this.clock = b.clock;
        this.reader = new DocumentReader(limits, strict, version, clock);
    }

    /**
     * The lenient reader: default limits, the version detected, the system clock in UTC.
     *
     * @return the reader
     */
    public static NinjsReader lenient() {
        return LENIENT;
    }

    /**
     * The strict reader: default limits, the version detected, the system clock in UTC.
     *
     * @return the reader
     */
    public static NinjsReader strict() {
        return STRICT;
    }

    /**
     * A builder of a reader, starting from lenient mode, the default limits, the version detected and the
     * system clock in UTC.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a document.
     *
     * @param document the document
     * @return the articles and findings
     * @throws NullPointerException if {@code document} is null
     * @throws ReadException as the class documentation says for each mode
     */
    public ReadResult read(String document) {
        Objects.requireNonNull(document, "document");
        return reader.read(Inputs.blocks(List.of(document), limits).get(0), new Findings(strict));
    }

    /**
     * Reads a document from a reader, which is read to its end and not closed.
     *
     * @param in the document
     * @return the articles and findings
     * @throws NullPointerException if {@code in} is null
     * @throws ReadException with {@link ReadCode#INPUT_UNREADABLE} if the reader fails; and as the class
     *         documentation says for each mode
     */
    public ReadResult read(Reader in) {
        Objects.requireNonNull(in, "in");
        return read(Inputs.read(in, limits));
    }

    /**
     * Reads a document's bytes in a charset (ninjs is UTF-8; a leading byte order mark is ignored).
     * Strict mode throws {@link ReadCode#ENCODING_REPAIRED} for bytes not valid in the charset; lenient
     * mode reads bytes that are not valid UTF-8, given as UTF-8, as ISO-8859-1, and bytes not valid in
     * another charset as U+FFFD, each with a warning.
     *
     * @param bytes the document
     * @param charset its charset
     * @return the articles and findings
     * @throws NullPointerException if a parameter is null
     * @throws ReadException as this method and the class documentation say
     */
    public ReadResult read(byte[] bytes, Charset charset) {
        Findings findings = new Findings(strict);
        String document = Inputs.decode(Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(charset, "charset"), limits,
                findings);
        return reader.read(document, findings);
    }

    /**
     * Whether a name is one that a ninjs item's top-level object carries in some version ({@code uri},
     * {@code headlines}, {@code versioncreated}, {@code versionCreated}, {@code byline}, {@code by} and so on):
     * lets a caller holding JSON of unknown kind tell a ninjs item from other JSON. Some of the names are
     * schema.org's too ({@code headline}, {@code genre}); JSON-LD is known by its {@code @} keywords.
     *
     * @param name a name as written
     * @return whether it is a ninjs item's
     * @throws NullPointerException if {@code name} is null
     */
    public static boolean isItemName(String name) {
        return Term.isItemName(Objects.requireNonNull(name, "name"));
    }

    /** @return whether this reader is strict */
    public boolean isStrict() {
        return strict;
    }

    /** @return the limits of this reader */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the generation documents are read as, or {@code null} when it is detected from each document */
    public NinjsVersion version() {
        return version;
    }

    /** @return the clock an embargo is compared with */
    public Clock clock() {
        return clock;
    }

    /**
     * Configures a {@link NinjsReader}. Mutable and not thread-safe; the readers it builds are both.
     */
    public static final class Builder {
        private boolean strict;
        private NinjsVersion version;
        private ReadLimits limits = ReadLimits.defaults();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the mode (default lenient).
         *
         * @param strict whether to read strictly
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the generation every document is read as; {@code null} (the default) detects it from each
         * document's names.
         *
         * @param version the generation, or {@code null}
         * @return this builder
         */
        public Builder version(NinjsVersion version) {
            this.version = version;
            return this;
        }

        /**
         * Sets the limits (default {@link ReadLimits#defaults()}).
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the clock an embargo is compared with (default the system clock in UTC): an embargo after
         * its instant is WARNING {@code read.embargo.future}.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public NinjsReader build() {
            return new NinjsReader(this);
        }
    }
}
