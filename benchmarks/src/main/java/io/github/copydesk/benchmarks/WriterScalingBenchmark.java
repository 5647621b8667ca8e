package io.github.copydesk.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

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
 * How Copydesk's writing time grows: with the body length (1 KB to 1 MB, the rest of the seed story
 * unchanged), and with the number of quotes, images or contributors (the seed story with a
 * one-paragraph body). Linear growth shows as a constant time per character or per item.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriterScalingBenchmark {

    /** An article with a body of a given length. */
    @State(Scope.Benchmark)
    public static class Body {
        /** The body length in characters. */
        @Param({"1024", "10240", "102400", "1048576"})
        public int bodyLength;

        Article article;
        JsonLdWriter writer;

        /** Builds the article. */
        @Setup
        public void setUp() {
            article = Fixtures.withBody(bodyLength);
            writer = JsonLdWriter.create();
        }
    }

    /** An article with a given number of items of one kind. */
    @State(Scope.Benchmark)
    public static class Items {
        /** The kind of item. */
        @Param({"quotes", "images", "contributors"})
        public String kind;

        /** How many. */
        @Param({"1", "10", "100"})
        public int count;

        Article article;
        JsonLdWriter writer;

        /** Builds the article. */
        @Setup
        public void setUp() {
            article = Fixtures.withItems(kind, count);
            writer = JsonLdWriter.create();
        }
    }

    /**
     * @param s the article
     * @return the JSON-LD
     */
    @Benchmark
    public String body(Body s) {
        return s.writer.write(s.article);
    }

    /**
     * @param s the article
     * @return the JSON-LD
     */
    @Benchmark
    public String items(Items s) {
        return s.writer.write(s.article);
    }
}
