package io.github.copydesk.benchmarks;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of writing one article to a {@code String} goes (the diagnosis in BENCHMARKS.md):
 * <ul>
 * <li>{@code wordCount}: {@code Article.wordCount()}, which every write of an article with a body
 *   computes.</li>
 * <li>{@code baseline}: the hand-written generator with the word count known, into each sink;
 *   {@code copydesk}: Copydesk's public {@code write(Article, Writer)} into the same sink, then
 *   {@code toString}. The sinks: a {@code StringWriter} sized like Copydesk's (what
 *   {@code JsonLdWriter.write(Article)} does), a {@code CharArrayWriter} of the same size, and Jackson's
 *   {@code SegmentedStringWriter} on a recycled buffer (what databind's {@code writeValueAsString} does).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WriterCostBenchmark {

    /** One of the two benchmark articles. */
    @State(Scope.Benchmark)
    public static class Fixture {
        /** Which article: the seed story, or the typical rich article. */
        @Param({"seed", "typical"})
        public String article;

        Article a;
        boolean seed;
        int wordCount;
        JsonLdWriter writer;

        /** Builds the article and checks the baseline. */
        @Setup
        public void setUp() {
            writer = JsonLdWriter.create();
            Verify.fixture(article, writer);
            a = Fixtures.named(article);
            seed = "seed".equals(article);
            wordCount = a.wordCount();
        }
    }

    /** Where the JSON goes before it becomes a {@code String}. */
    @State(Scope.Benchmark)
    public static class Sink {
        /** The sink. */
        @Param({"StringWriter", "CharArrayWriter", "SegmentedStringWriter"})
        public String sink;

        /**
         * Checks that every sink gives Copydesk's text.
         *
         * @param f the article
         */
        @Setup
        public void setUp(Fixture f) {
            String expected = f.writer.write(f.a);
            if (!expected.equals(write(f, this, true)) || !expected.equals(write(f, this, false))) {
                throw new IllegalStateException("the " + sink + " variants write other text");
            }
        }
    }

    /**
     * @param f the article
     * @return its word count
     */
    @Benchmark
    public int wordCount(Fixture f) {
        return f.a.wordCount();
    }

    /**
     * @param f the article
     * @param s the sink
     * @return the hand-written generator's JSON-LD, the word count known
     */
    @Benchmark
    public String baseline(Fixture f, Sink s) {
        return write(f, s, false);
    }

    /**
     * @param f the article
     * @param s the sink
     * @return Copydesk's JSON-LD through {@code write(Article, Writer)}
     */
    @Benchmark
    public String copydesk(Fixture f, Sink s) {
        return write(f, s, true);
    }

    private static String write(Fixture f, Sink s, boolean copydesk) {
        int size = f.a.body().length() + 2048;
        try {
            switch (s.sink) {
                case "StringWriter" -> {
                    StringWriter out = new StringWriter(size);
                    write(f, out, copydesk);
                    return out.toString();
                }
                case "CharArrayWriter" -> {
                    CharArrayWriter out = new CharArrayWriter(size);
                    write(f, out, copydesk);
                    return out.toString();
                }
                default -> {
                    BufferRecycler recycler = DatabindPojos.MAPPER.getFactory()._getBufferRecycler();
                    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
                        write(f, out, copydesk);
                        return out.getAndClear();
                    } finally {
                        recycler.releaseToPool();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Fixture f, Writer out, boolean copydesk) throws IOException {
        if (copydesk) {
            f.writer.write(f.a, out);
        } else if (f.seed) {
            HandWrittenJackson.writeSeed(f.a, f.wordCount, out);
        } else {
            HandWrittenJackson.writeTypical(f.a, f.wordCount, out);
        }
    }
}
