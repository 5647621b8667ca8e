package io.github.copydesk.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * Lint's output for programs: one JSON document, streamed file by file (nothing of a run is held).
 * Its shape is documented in the README and stays stable; fields may be added, none removed.
 *
 * <pre>
 * {"files": [{"path": ..., "articles": [{"type": ..., "headline": ..., "url": ...,
 *     "findings": [{"severity": ..., "rule": ..., "path": ..., "message": ..., "source": ...}]}],
 *   "findings": [...], "error": ...}],
 *  "summary": {"files": n, "articles": n, "errors": n, "warnings": n, "info": n, "unreadable": n}}
 * </pre>
 */
final class JsonReport implements Report {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;

    JsonReport(Writer out) throws IOException {
        json = FACTORY.createGenerator(out);
        // two spaces, "\n" on every platform, "key": value, empty arrays as []
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
    }

    @Override
    public void start() throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("files");
    }

    @Override
    public void file(FileResult r) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", r.path());
        json.writeArrayFieldStart("articles");
        for (FileResult.ArticleResult a : r.articles()) {
            json.writeStartObject();
            json.writeStringField("type", a.type());
            json.writeStringField("headline", a.headline());
            json.writeStringField("url", a.url());
            items("findings", a.findings());
            json.writeEndObject();
        }
        json.writeEndArray();
        items("findings", r.findings());
        json.writeStringField("error", r.error());
        json.writeEndObject();
        json.flush();
    }

    private void items(String name, List<Item> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (Item f : items) {
            json.writeStartObject();
            json.writeStringField("severity", f.severity().name());
            json.writeStringField("rule", f.rule());
            json.writeStringField("path", f.path());
            json.writeStringField("message", f.message());
            json.writeStringField("source", f.source().id());
            if (f.guideline() != null) {
                json.writeStringField("guideline", f.guideline().toString());
            }
            if (f.source() == Item.Source.READER) {
                json.writeNumberField("block", f.block());
                if (f.line() > 0) {
                    json.writeNumberField("line", f.line());
                    json.writeNumberField("column", f.column());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void end(Summary s) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", s.files());
        json.writeNumberField("articles", s.articles());
        json.writeNumberField("errors", s.errors());
        json.writeNumberField("warnings", s.warnings());
        json.writeNumberField("info", s.info());
        json.writeNumberField("unreadable", s.unreadable());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
