package io.github.copydesk.benchmarks.earlier;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.github.copydesk.benchmarks.Fixtures;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadResult;

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
 * The current reader and writer against an earlier build's, side by side in one run: lenient reading
 * of each input, and writing the article each input holds. The earlier build is loaded from its jars
 * ({@link EarlierBuild}); {@code benchmarks/earlier.sh COMMIT} builds them and runs this benchmark.
 *
 * <p>Inputs: {@code typical} (the typical benchmark article: 2 authors, 3 images, 4 quotes, as Copydesk
 * writes it), {@code seed} (the seed story), and corpus files. For writing, each build writes the
 * article its own strict reader reads back from the current writer's output, and the setup checks
 * that both builds write the same bytes, so both do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EarlierBuildBenchmark {

    /** {@code typical}, {@code seed}, or a corpus file name. */
    @Param({"typical", "seed", "001-bbc.jsonld", "003-theguardian.jsonld", "007-washingtonpost.jsonld",
        "011-elpais.jsonld", "022-express-liveblog.jsonld", "025-nikkei.jsonld", "034-wsj-INVALID.jsonld"})
    public String input;

    private EarlierBuild earlier;
    private byte[] bytes;
    private final Charset charset = StandardCharsets.UTF_8;
    private Article article;
    private Object earlierArticle;

    /**
     * Loads the earlier build and the input; checks that both builds read the same number of articles
     * and write the same bytes.
     */
    @Setup
    public void setUp() {
        earlier = EarlierBuild.load();
        if (input.equals("typical") || input.equals("seed")) {
            Article a = input.equals("typical") ? Fixtures.typical() : Fixtures.seed();
            bytes = JsonLdWriter.create().write(a).getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = EarlierBuild.corpus(input);
        }
        ReadResult current = JsonLdReader.lenient().read(bytes, charset);
        int earlierCount = earlier.articleCount(earlier.read(bytes, charset));
        if (current.articles().size() != earlierCount) {
            throw new IllegalStateException(input + ": the builds read " + current.articles().size() + " and "
                    + earlierCount + " articles");
        }
        String written = JsonLdWriter.create().write(current.articles().get(0));
        byte[] canonical = written.getBytes(StandardCharsets.UTF_8);
        article = JsonLdReader.strict().read(canonical, charset).articles().get(0);
        earlierArticle = earlier.strictArticle(canonical, charset);
        if (!JsonLdWriter.create().write(article).equals(earlier.write(earlierArticle))) {
            throw new IllegalStateException(input + ": the builds write different bytes");
        }
    }

    /** @return the current build's lenient read */
    @Benchmark
    public Object readCurrent() {
        return JsonLdReader.lenient().read(bytes, charset);
    }

    /** @return the earlier build's lenient read */
    @Benchmark
    public Object readEarlier() {
        return earlier.read(bytes, charset);
    }

    /** @return the current build's JSON-LD of the article */
    @Benchmark
    public String writeCurrent() {
        return JsonLdWriter.create().write(article);
    }

    /** @return the earlier build's JSON-LD of the article */
    @Benchmark
    public String writeEarlier() {
        return earlier.write(earlierArticle);
    }
}
