package io.github.copydesk.benchmarks;


import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing one article to a {@code String}, side by side: Copydesk's compact {@link JsonLdWriter}; the
 * hand-written {@link HandWrittenJackson} baseline (byte-identical output, checked before timing)
 * into a {@code StringWriter} ({@code baseline}) and into Jackson's recycled
 * {@code SegmentedStringWriter} ({@code baselineSegmented}, the sink Copydesk's {@code write(Article)}
 * uses, so the like-for-like limit); Jackson databind on prebuilt annotated records ({@code databind}); and databind including the
 * mapping from the {@link Article} to those records ({@code databindMapped}), which is the same job
 * as Copydesk's.
 */
public class WriterBenchmark extends WriterSettings {

    /** Which article: the seed story, or the typical rich article. */
    @Param({"seed", "typical"})
    public String article;

    private Article a;
    private boolean seed;
    private JsonLdWriter writer;
    private ObjectMapper mapper;
    private DatabindPojos.NewsArticle pojo;

    /** Builds the article and checks that the contenders write the same JSON. */
    @Setup
    public void setUp() {
        writer = JsonLdWriter.create();
        Verify.fixture(article, writer);
        a = Fixtures.named(article);
        seed = "seed".equals(article);
        if (!writer.write(a).equals(baselineSegmented())) {
            throw new IllegalStateException("the segmented baseline writes other text");
        }
        mapper = DatabindPojos.MAPPER;
        pojo = DatabindPojos.of(a);
    }

    /** @return Copydesk's JSON-LD */
    @Benchmark
    public String copydesk() {
        return writer.write(a);
    }

    /** @return the hand-written generator's JSON-LD */
    @Benchmark
    public String baseline() {
        return seed ? HandWrittenJackson.writeSeed(a) : HandWrittenJackson.writeTypical(a);
    }

    /** @return the hand-written generator's JSON-LD, into a recycled {@code SegmentedStringWriter} */
    @Benchmark
    public String baselineSegmented() {
        return HandWrittenJackson.writeSegmented(seed, a, a.wordCount());
    }

    /**
     * @return databind's JSON of the prebuilt records
     * @throws JsonProcessingException never
     */
    @Benchmark
    public String databind() throws JsonProcessingException {
        return mapper.writeValueAsString(pojo);
    }

    /**
     * @return databind's JSON of records mapped from the article in the same operation
     * @throws JsonProcessingException never
     */
    @Benchmark
    public String databindMapped() throws JsonProcessingException {
        return mapper.writeValueAsString(DatabindPojos.of(a));
    }
}
