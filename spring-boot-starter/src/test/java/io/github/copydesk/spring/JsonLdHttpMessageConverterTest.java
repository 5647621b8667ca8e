package io.github.copydesk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

class JsonLdHttpMessageConverterTest {

    private static final Article ARTICLE = Article.builder().url("https://example.com/news/1")
            .headline("Harbour <reopens> & \u00e9t\u00e9").build();

    private final JsonLdHttpMessageConverter converter = new JsonLdHttpMessageConverter(JsonLdWriter.create(),
            JsonLdReader.lenient());

    @Test
    void canWrite_anArticle_onlyWhenLdJsonIsNamed() {
        assertThat(converter.canWrite(Article.class, JsonLdHttpMessageConverter.APPLICATION_LD_JSON)).isTrue();
        assertThat(converter.canWrite(Article.class, MediaType.parseMediaType("application/ld+json;charset=UTF-8"))).isTrue();
        assertThat(converter.canWrite(Article.class, null)).isFalse();
        assertThat(converter.canWrite(Article.class, MediaType.ALL)).isFalse();
        assertThat(converter.canWrite(Article.class, MediaType.parseMediaType("application/*+json"))).isFalse();
        assertThat(converter.canWrite(Article.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canWrite(ReadResult.class, JsonLdHttpMessageConverter.APPLICATION_LD_JSON)).isFalse();
        assertThat(converter.canWrite(String.class, JsonLdHttpMessageConverter.APPLICATION_LD_JSON)).isFalse();
    }

    @Test
    void canRead_aReadResult_ofLdJson() {
        assertThat(converter.canRead(ReadResult.class, JsonLdHttpMessageConverter.APPLICATION_LD_JSON)).isTrue();
        assertThat(converter.canRead(ReadResult.class, null)).isTrue();
        assertThat(converter.canRead(ReadResult.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canRead(Article.class, JsonLdHttpMessageConverter.APPLICATION_LD_JSON)).isFalse();
        assertThat(converter.getSupportedMediaTypes(Article.class)).containsExactly(JsonLdHttpMessageConverter.APPLICATION_LD_JSON);
        assertThat(converter.getSupportedMediaTypes(String.class)).isEmpty();
    }

    @Test
    void write_isTheWritersOutput_htmlSafe() throws IOException {
        MockHttpOutputMessage out = new MockHttpOutputMessage();
        converter.write(ARTICLE, JsonLdHttpMessageConverter.APPLICATION_LD_JSON, out);
        assertThat(out.getBodyAsBytes()).isEqualTo(JsonLdWriter.create().write(ARTICLE).getBytes(StandardCharsets.UTF_8));
        assertThat(out.getBodyAsString(StandardCharsets.UTF_8)).doesNotContain("<", ">", "&");
        assertThat(out.getHeaders().getContentType()).isEqualTo(JsonLdHttpMessageConverter.APPLICATION_LD_JSON);
    }

    @Test
    void read_isTheReadersResult() throws IOException {
        // the lenient reader strips markup from text: a headline without any
        Article article = ARTICLE.toBuilder().headline("Harbour reopens & \u00e9t\u00e9").build();
        String block = JsonLdWriter.create().write(article);
        ReadResult result = (ReadResult) converter.read(ReadResult.class, input(block.getBytes(StandardCharsets.UTF_8), null));
        assertThat(result).isEqualTo(JsonLdReader.lenient().read(block));
        assertThat(result.articles()).extracting(Article::headline).containsExactly(article.headline());
    }

    @Test
    void read_decodesInTheContentTypesCharset() throws IOException {
        String block = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"\u00c9t\u00e9 \u00e0 Paris\"}";
        ReadResult result = (ReadResult) converter.read(ReadResult.class,
                input(block.getBytes(StandardCharsets.ISO_8859_1), "application/ld+json;charset=ISO-8859-1"));
        assertThat(result.articles()).extracting(Article::headline).containsExactly("\u00c9t\u00e9 \u00e0 Paris");
    }

    @Test
    void read_strictMalformed_isNotReadable() {
        JsonLdHttpMessageConverter strict = new JsonLdHttpMessageConverter(JsonLdWriter.create(), JsonLdReader.strict());
        assertThatThrownBy(() -> strict.read(ReadResult.class, input("{\"@type\": ".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOf(HttpMessageNotReadableException.class).hasMessageContaining("line 1");
    }

    @Test
    void read_tooLarge_isNotReadable() {
        JsonLdHttpMessageConverter small = new JsonLdHttpMessageConverter(JsonLdWriter.create(), JsonLdReader.builder()
                .limits(io.github.copydesk.read.ReadLimits.defaults().withMaxInputBytes(64)).build());
        byte[] big = JsonLdWriter.create().write(ARTICLE.toBuilder().body("x".repeat(500)).build()).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.read(ReadResult.class, input(big, null)))
                .isInstanceOf(HttpMessageNotReadableException.class).hasMessageContaining("64");
    }

    @Test
    void constructor_nullParameters_throw() {
        assertThatThrownBy(() -> new JsonLdHttpMessageConverter(null, JsonLdReader.lenient())).hasMessage("writer");
        assertThatThrownBy(() -> new JsonLdHttpMessageConverter(JsonLdWriter.create(), null)).hasMessage("reader");
    }

    private static MockHttpInputMessage input(byte[] body, String contentType) {
        MockHttpInputMessage in = new MockHttpInputMessage(body);
        in.getHeaders().setContentType(MediaType.parseMediaType(contentType != null ? contentType : "application/ld+json"));
        return in;
    }

}
