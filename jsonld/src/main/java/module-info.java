/**
 * Copydesk JSON-LD: writes {@link io.github.copydesk.model.Article}s as schema.org
 * {@code NewsArticle} JSON-LD that is safe inside an HTML {@code <script>} element
 * ({@link io.github.copydesk.jsonld.JsonLdWriter}), and reads the JSON-LD that news sites publish
 * back into articles ({@link io.github.copydesk.jsonld.JsonLdReader}), with the findings and limits
 * of {@code io.github.copydesk.read}.
 */
module io.github.copydesk.jsonld {
    requires transitive io.github.copydesk.core;
    requires transitive io.github.copydesk.read;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;

    exports io.github.copydesk.jsonld;
}
