/**
 * Copydesk read: what every Copydesk format reader shares. Its API ({@link io.github.copydesk.read})
 * is what a read gives back: {@link io.github.copydesk.read.ReadResult}, the
 * {@link io.github.copydesk.read.ReadFinding}s with their {@link io.github.copydesk.read.ReadCode}s,
 * the {@link io.github.copydesk.read.ReadException} that stops a read, and the
 * {@link io.github.copydesk.read.ReadLimits}.
 *
 * <p>Its internal packages (text cleaning, dates, URLs, scalar values, JSON paths, the bounded JSON
 * tree parser, the HTML-safe JSON escapes and pretty printer) are not API: they are exported only to
 * Copydesk's own format modules.
 */
// the qualified exports name Copydesk modules that are compiled after this one: javac cannot see them yet
@SuppressWarnings("module")
module io.github.copydesk.read {
    requires transitive io.github.copydesk.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;

    exports io.github.copydesk.read;
    exports io.github.copydesk.read.internal to io.github.copydesk.jsonld, io.github.copydesk.ninjs;
    exports io.github.copydesk.read.internal.json to io.github.copydesk.jsonld, io.github.copydesk.ninjs;
}
