/**
 * Copydesk ninjs: IPTC ninjs ("News in JSON") for {@link io.github.copydesk.model.Article}s. It will
 * read wire items in ninjs 1.x, 2.x and 3.x into articles and media, and write articles as ninjs 3.2
 * (and 2.3); see {@link io.github.copydesk.ninjs}.
 */
module io.github.copydesk.ninjs {
    requires transitive io.github.copydesk.core;

    exports io.github.copydesk.ninjs;
}
