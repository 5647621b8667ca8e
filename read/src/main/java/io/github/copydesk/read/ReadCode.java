package io.github.copydesk.read;

import java.util.Locale;

/**
 * What a reader found: the one vocabulary of Copydesk's readers, shared by every format. Each code
 * has a stable id ({@code read.<subject>.<outcome>}) for programs that act on findings, and a short
 * summary that heads the message of a {@link ReadException}.
 *
 * <p>The same codes serve the {@link ReadFinding}s of a lenient read and the {@link ReadException} of
 * a strict one: a strict read stops at the first warning or error it finds, with that finding's code.
 * A strict reader repairs nothing, so a value a lenient reader repairs ({@link #VALUE_REPAIRED}) may be
 * unreadable to it ({@link #VALUE_UNREADABLE}). {@link #LIMIT_EXCEEDED} and {@link #INPUT_UNREADABLE}
 * stop a read in both modes.
 *
 * <p>Some findings are <em>notices</em>: they say what the input is or asks, not that the reader had to
 * repair or leave out anything ({@link #ITEM_NOT_ARTICLE}, {@link #ITEM_UNSUPPORTED},
 * {@link #EMBARGO_FUTURE}, {@link #STATUS_WITHHELD}, {@link #STATUS_CANCELED}, {@link #VALUE_NOT_HELD}).
 * Both modes give them, at their severity, and they never stop a strict read: a canceled wire item is
 * read all the same, and its ERROR tells the program not to publish it.
 *
 * <table class="striped">
 * <caption>Codes</caption>
 * <tr><th>code</th><th>id</th><th>severity of the finding</th><th>what</th></tr>
 * <tr><td>{@link #JSON_MALFORMED}</td><td>{@code read.json.malformed}</td><td>ERROR</td>
 *   <td>a block that is not JSON even after repairs (what comes before the problem is read), or holds
 *   no value; a block that ends before its value does, whose closing brackets are not made up (a
 *   bracket forgotten and the rest of the block cut off look the same)</td></tr>
 * <tr><td>{@link #JSON_REPAIRED}</td><td>{@code read.json.repaired}</td><td>WARNING</td>
 *   <td>a block read after a repair: a CDATA or comment wrapper removed, a trailing comma,
 *   control characters in strings, a missing value read as {@code null}, unquoted text read as a
 *   string, unescaped quotation marks escaped, a missing comma between two values</td></tr>
 * <tr><td>{@link #JSON_DUPLICATE_KEY}</td><td>{@code read.json.duplicate-key}</td><td>WARNING</td>
 *   <td>a key twice in one object: the last value is kept</td></tr>
 * <tr><td>{@link #ENCODING_REPAIRED}</td><td>{@code read.encoding.repaired}</td><td>WARNING</td>
 *   <td>bytes that are not valid in the charset given</td></tr>
 * <tr><td>{@link #TEXT_CLEANED}</td><td>{@code read.text.cleaned}</td><td>INFO, or WARNING for an
 *   unpaired surrogate</td><td>entities decoded, markup stripped, white space trimmed</td></tr>
 * <tr><td>{@link #DATE_UNREADABLE}</td><td>{@code read.date.unreadable}</td><td>ERROR</td>
 *   <td>a date that is no date, or a placeholder such as the Unix epoch</td></tr>
 * <tr><td>{@link #DATE_REPAIRED}</td><td>{@code read.date.repaired}</td><td>WARNING</td>
 *   <td>a date not in ISO 8601 read as one, or a time without offset dropped</td></tr>
 * <tr><td>{@link #URL_UNREADABLE}</td><td>{@code read.url.unreadable}</td><td>ERROR</td>
 *   <td>not a URL, a relative URL, a placeholder URL</td></tr>
 * <tr><td>{@link #URL_REPAIRED}</td><td>{@code read.url.repaired}</td><td>WARNING</td>
 *   <td>white space around a URL, {@code &amp;amp;} in a URL, characters percent-encoded, several URLs in
 *   one text</td></tr>
 * <tr><td>{@link #URL_FROM_PAGE}</td><td>{@code read.url.from-page}</td><td>INFO</td>
 *   <td>an article whose markup names no URL given the page's canonical link (else its {@code og:url})</td></tr>
 * <tr><td>{@link #REFERENCE_UNRESOLVED}</td><td>{@code read.reference.unresolved}</td><td>ERROR</td>
 *   <td>a reference that names nothing in the input read, or a cycle of references</td></tr>
 * <tr><td>{@link #TYPE_REPAIRED}</td><td>{@code read.type.repaired}</td><td>WARNING or INFO</td>
 *   <td>a type in the wrong case, several types, a type read as another</td></tr>
 * <tr><td>{@link #PROPERTY_REPAIRED}</td><td>{@code read.property.repaired}</td><td>WARNING</td>
 *   <td>a property in the wrong case, or one that is not the format's read as its term</td></tr>
 * <tr><td>{@link #BYLINE_SPLIT}</td><td>{@code read.byline.split}</td><td>WARNING</td>
 *   <td>a byline in one name ({@code "By A and B"}) read as one contributor per person</td></tr>
 * <tr><td>{@link #VALUE_UNREADABLE}</td><td>{@code read.value.unreadable}</td><td>ERROR</td>
 *   <td>a value of the wrong shape, or one the model rejects: it is left out</td></tr>
 * <tr><td>{@link #VALUE_REPAIRED}</td><td>{@code read.value.repaired}</td><td>WARNING</td>
 *   <td>a value read after a repair: a size {@code "1440px"}, several values where one is
 *   expected, a number where text is expected</td></tr>
 * <tr><td>{@link #ARTICLE_UNREADABLE}</td><td>{@code read.article.unreadable}</td><td>ERROR</td>
 *   <td>an article that could not be read at all</td></tr>
 * <tr><td>{@link #DOCUMENT_ARRAY}</td><td>{@code read.document.array}</td><td>WARNING</td>
 *   <td>a list of documents where one document is expected: each is read</td></tr>
 * <tr><td>{@link #ITEM_NOT_ARTICLE}</td><td>{@code read.item.not-article}</td><td>INFO (notice)</td>
 *   <td>a picture, graphic, video or audio item: read as its medium, not as a story</td></tr>
 * <tr><td>{@link #ITEM_UNSUPPORTED}</td><td>{@code read.item.unsupported}</td><td>WARNING (notice)</td>
 *   <td>an item of a kind Copydesk does not read (an event, a planning item): nothing is read from it</td></tr>
 * <tr><td>{@link #VERSION_MISMATCH}</td><td>{@code read.version.mismatch}</td><td>WARNING</td>
 *   <td>a document whose property names are those of another version of its format than the one
 *   declared or set</td></tr>
 * <tr><td>{@link #PROPERTY_UNKNOWN}</td><td>{@code read.property.unknown}</td><td>WARNING</td>
 *   <td>a property no version of the format knows (a provider's extension): it is left out</td></tr>
 * <tr><td>{@link #PROPERTY_IGNORED}</td><td>{@code read.property.ignored}</td><td>INFO</td>
 *   <td>a property of the format that has no place where it stands (the bodies of a picture): it is
 *   left out</td></tr>
 * <tr><td>{@link #BODY_CHOSEN}</td><td>{@code read.body.chosen}</td><td>INFO</td>
 *   <td>which of several bodies was read, or a body read as text from markup</td></tr>
 * <tr><td>{@link #EMBARGO_FUTURE}</td><td>{@code read.embargo.future}</td><td>WARNING (notice)</td>
 *   <td>an embargo that is not over at the time of the read: the story must not be published yet</td></tr>
 * <tr><td>{@link #STATUS_WITHHELD}</td><td>{@code read.status.withheld}</td><td>WARNING (notice)</td>
 *   <td>an item its provider has withheld: not to be published until released</td></tr>
 * <tr><td>{@link #STATUS_CANCELED}</td><td>{@code read.status.canceled}</td><td>ERROR (notice)</td>
 *   <td>an item its provider has canceled: it must not be published</td></tr>
 * <tr><td>{@link #VALUE_DOUBTFUL}</td><td>{@code read.value.doubtful}</td><td>WARNING (notice)</td>
 *   <td>a value read as its format defines it that its writer probably meant otherwise (a duration in
 *   seconds that its file's size shows to be milliseconds): kept as read, to be checked</td></tr>
 * <tr><td>{@link #VALUE_NOT_HELD}</td><td>{@code read.value.not-held}</td><td>INFO (notice)</td>
 *   <td>a value that matters to whoever publishes the item (a note to editors, terms of use, a rights
 *   expression) and has no place in the model</td></tr>
 * <tr><td>{@link #LIMIT_EXCEEDED}</td><td>{@code read.limit.exceeded}</td><td>(thrown)</td>
 *   <td>a limit of the reader exceeded ({@link ReadLimits}): the read stops, in both modes</td></tr>
 * <tr><td>{@link #INPUT_UNREADABLE}</td><td>{@code read.input.unreadable}</td><td>(thrown)</td>
 *   <td>the input could not be read at all (a failing {@code Reader})</td></tr>
 * </table>
 */
public enum ReadCode {
    /** A block that is not JSON even after repairs, or holds no value. */
    JSON_MALFORMED("read.json.malformed", "not JSON"),
    /** A block read after a repair. */
    JSON_REPAIRED("read.json.repaired", "not strict JSON"),
    /** A key twice in one object. */
    JSON_DUPLICATE_KEY("read.json.duplicate-key", "a key twice in one object"),
    /** Bytes that are not valid in the charset given. */
    ENCODING_REPAIRED("read.encoding.repaired", "bytes not valid in their charset"),
    /** Text cleaned. */
    TEXT_CLEANED("read.text.cleaned", "text that is not clean"),
    /** A date that could not be read. */
    DATE_UNREADABLE("read.date.unreadable", "an unreadable date"),
    /** A date read after a repair. */
    DATE_REPAIRED("read.date.repaired", "a date not in ISO 8601 with its offset"),
    /** A URL that could not be read. */
    URL_UNREADABLE("read.url.unreadable", "an unreadable URL"),
    /** A URL read after a repair. */
    URL_REPAIRED("read.url.repaired", "a URL not written as one"),
    /** An article's URL taken from its page: the canonical link, else {@code og:url}. */
    URL_FROM_PAGE("read.url.from-page", "a URL taken from the page"),
    /** A reference that could not be resolved. */
    REFERENCE_UNRESOLVED("read.reference.unresolved", "an unresolved reference"),
    /** A type read after a repair, or as another type. */
    TYPE_REPAIRED("read.type.repaired", "a type not written as one"),
    /** A property name read after a repair. */
    PROPERTY_REPAIRED("read.property.repaired", "a property not written as one"),
    /** A byline in one name split into one contributor per person. */
    BYLINE_SPLIT("read.byline.split", "a byline where one name is expected"),
    /** A value that could not be read: it is left out. */
    VALUE_UNREADABLE("read.value.unreadable", "an unreadable value"),
    /** A value read after a repair. */
    VALUE_REPAIRED("read.value.repaired", "a value not written as expected"),
    /** An article that could not be read at all. */
    ARTICLE_UNREADABLE("read.article.unreadable", "an unreadable article"),
    /** A list of documents where one is expected: each is read. */
    DOCUMENT_ARRAY("read.document.array", "a list of documents where one is expected"),
    /** An item that is a medium, not a story: read as its medium (a notice). */
    ITEM_NOT_ARTICLE("read.item.not-article", "an item that is not an article"),
    /** An item of a kind that is not read, such as an event (a notice). */
    ITEM_UNSUPPORTED("read.item.unsupported", "an item of a kind that is not read"),
    /** Property names of another version of the format than the one declared or set. */
    VERSION_MISMATCH("read.version.mismatch", "a document of another version than declared"),
    /** A property no version of the format knows: it is left out. */
    PROPERTY_UNKNOWN("read.property.unknown", "a property the format does not know"),
    /** A property that has no place where it stands: it is left out. */
    PROPERTY_IGNORED("read.property.ignored", "a property with no place where it stands"),
    /** Which body was read, when there was a choice or markup was read as text. */
    BODY_CHOSEN("read.body.chosen", "one body of several, or a body read from markup"),
    /** An embargo that is not over at the time of the read (a notice). */
    EMBARGO_FUTURE("read.embargo.future", "an embargo not yet over"),
    /** An item its provider has withheld (a notice). */
    STATUS_WITHHELD("read.status.withheld", "an item withheld by its provider"),
    /** An item its provider has canceled (a notice). */
    STATUS_CANCELED("read.status.canceled", "an item canceled by its provider"),
    /** A value read as its format defines it that its writer probably meant otherwise (a notice). */
    VALUE_DOUBTFUL("read.value.doubtful", "a value its writer probably meant otherwise"),
    /** A value that matters to a publisher and has no place in the model (a notice). */
    VALUE_NOT_HELD("read.value.not-held", "a value the model does not hold"),
    /** A limit of the reader was exceeded: the read stops. */
    LIMIT_EXCEEDED("read.limit.exceeded", "the input exceeds a limit"),
    /** The input could not be read at all. */
    INPUT_UNREADABLE("read.input.unreadable", "the input could not be read");

    private final String id;
    private final String summary;

    ReadCode(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /**
     * The stable id.
     *
     * @return the id, such as {@code read.date.repaired}
     */
    public String id() {
        return id;
    }

    /**
     * The message of a read that stops with this code: the summary, where, and the detail.
     *
     * @param where where in the input, such as {@code block 0, line 3, column 7}, or empty
     * @param detail what was found
     * @return the message, such as {@code not JSON (block 0, line 3, column 7): ...}
     */
    String message(String where, String detail) {
        return String.format(Locale.ROOT, where.isEmpty() ? "%s: %s" : "%s (%3$s): %2$s", summary, detail, where);
    }
}
