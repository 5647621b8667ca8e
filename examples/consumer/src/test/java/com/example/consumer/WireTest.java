package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.ninjs.NinjsWriter;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;

/**
 * A wire item from ingest to the page in an application built as users build one: copydesk-ninjs at the
 * version the BOM gives, on the class path Spring Boot 4 resolves (Jackson 3 for the application, the
 * Jackson 2 that Copydesk's readers use beside it).
 */
class WireTest {

    private static final String ITEM = """
            {"uri": "urn:newsml:wire.example.com:20260302:harbour", "type": "text", "language": "en",
             "versionCreated": "2026-03-02T08:05:00Z", "by": "By Ana Ruiz, Example Wire",
             "headlines": [{"role": "main", "value": "Harbour reopens after storm"}],
             "bodies": [{"role": "main", "contentType": "text/plain",
                         "value": "PORTO, Portugal (EW) -- The harbour reopened on Monday."}]}
            """;

    @Test
    void aWireItem_readFromNinjs_isWrittenAsJsonLdForThePage_andAsNinjsAgain() {
        ReadResult read = NinjsReader.lenient().read(ITEM);
        Article story = read.articles().get(0);

        assertThat(story.headline()).isEqualTo("Harbour reopens after storm");
        assertThat(story.byline().contributors()).hasSize(1);
        assertThat(story.dateline().place().locality()).isEqualTo("PORTO");
        // the page's JSON-LD reads back, strictly, as the same story
        String jsonLd = JsonLdWriter.create().write(story);
        assertThat(JsonLdReader.strict().read(jsonLd).articles().get(0).headline()).isEqualTo(story.headline());
        // and the ninjs written from it reads back, strictly, to the same byline
        String ninjs = NinjsWriter.create().write(story);
        assertThat(NinjsReader.strict().read(ninjs).articles().get(0).byline()).isEqualTo(story.byline());
    }
}
