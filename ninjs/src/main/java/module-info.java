/**
 * Copydesk ninjs: IPTC ninjs ("News in JSON") for {@link io.github.copydesk.model.Article}s. It reads
 * wire items in ninjs 1.x, 2.x and 3.x into articles and media
 * ({@link io.github.copydesk.ninjs.NinjsReader}, with the findings and limits of
 * {@code io.github.copydesk.read}), and writes articles as ninjs 3.2 or 2.3
 * ({@link io.github.copydesk.ninjs.NinjsWriter}).
 */
module io.github.copydesk.ninjs {
    requires transitive io.github.copydesk.core;
    requires transitive io.github.copydesk.read;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;

    exports io.github.copydesk.ninjs;
}
