/**
 * Copydesk JSON-LD: writes {@link io.github.copydesk.model.Article}s as schema.org
 * {@code NewsArticle} JSON-LD that is safe inside an HTML {@code <script>} element
 * ({@link io.github.copydesk.jsonld.JsonLdWriter}).
 */
module io.github.copydesk.jsonld {
    requires transitive io.github.copydesk.core;
    requires com.fasterxml.jackson.core;

    exports io.github.copydesk.jsonld;
}
