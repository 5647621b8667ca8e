package io.github.copydesk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsWriter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing one article as ninjs 3.2 to a {@code String}, side by side: Copydesk's {@link NinjsWriter}
 * and the hand-written {@link HandWrittenNinjs} baseline, whose output is byte-identical (checked before
 * timing), for the seed story and the typical rich article of {@link Fixtures}.
 */
public class NinjsWriterBenchmark extends WriterSettings {

    /** Which article: the seed story, or the typical rich article. */
    @Param({"seed", "typical"})
    public String article;

    private final NinjsWriter writer = NinjsWriter.create();
    private Article a;

    /** Builds the article and checks that both contenders write the same bytes. */
    @Setup
    public void setUp() {
        a = Fixtures.named(article);
        verify(a, writer);
    }

    /**
     * Checks that the baseline writes the same bytes as Copydesk.
     *
     * @param a the article
     * @param writer Copydesk's writer
     * @throws IllegalStateException if not
     */
    public static void verify(Article a, NinjsWriter writer) {
        byte[] copydesk = writer.write(a).getBytes(StandardCharsets.UTF_8);
        byte[] baseline = HandWrittenNinjs.write(a).getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(copydesk, baseline)) {
            int at = Arrays.mismatch(copydesk, baseline);
            String c = new String(copydesk, StandardCharsets.UTF_8);
            String b = new String(baseline, StandardCharsets.UTF_8);
            throw new IllegalStateException("the hand-written ninjs baseline differs from Copydesk at byte " + at
                    + ":\n copydesk: " + c.substring(Math.max(0, at - 60), Math.min(c.length(), at + 60))
                    + "\n baseline: " + b.substring(Math.max(0, at - 60), Math.min(b.length(), at + 60)));
        }
    }

    /** @return Copydesk's ninjs */
    @Benchmark
    public String copydesk() {
        return writer.write(a);
    }

    /** @return the hand-written generator's ninjs */
    @Benchmark
    public String baseline() {
        return HandWrittenNinjs.write(a);
    }
}
