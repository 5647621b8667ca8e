package io.github.copydesk.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.testing.Mutations;
import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.Test;

/**
 * Mutates the bytes of IPTC's 65 ninjs examples (as the JSON-LD reader's fuzz test mutates its corpus,
 * with ninjs's names among the tokens) and reads each mutant in both modes: lenient mode never throws but
 * for a limit, no finding reports an internal error, no read takes longer than {@link #MAX_MILLIS}, what
 * strict mode reads lenient mode reads as the same number of articles, and every article strict mode
 * reads that the writer can write (it has a {@code uri}) is, written and read again strictly, the
 * writer's projection of it.
 *
 * <p>{@code -Dcopydesk.fuzz.cases=100000} runs the long profile (default {@value #DEFAULT_CASES});
 * {@code -Dcopydesk.fuzz.seed=...} another seed. A failing mutant is saved to {@code target/fuzz-failures/}.
 */
class FuzzTest {

    static final int DEFAULT_CASES = 3000;
    private static final long MAX_MILLIS = 2000;

    /** ninjs's own tokens: names of each generation, types, roles, content types. */
    private static final Mutations MUTATIONS = Mutations.of(List.of("\"uri\":\"urn:x:1\",", "\"type\":\"picture\",",
            "\"type\":\"video\",", "\"type\":\"event\",", "\"headlines\":[", "\"bodies\":[", "\"by\":", "\"byline\":",
            "\"located\":", "\"renditions\":{", "\"associations\":[", "\"role\":\"main\",", "\"contentType\":\"text/html\",",
            "\"contenttype\":\"text/plain\",", "\"value\":\"", "\"href\":\"", "\"firstCreated\":\"", "\"embargoed\":\"",
            "\"pubStatus\":\"withheld\",", "\"standard\":{\"name\":\"ninjs\",\"version\":\"3.1\"},", "<script>", "<p>", "GROSSETO (AP) -- "));

    /** Clocks after every embargo: strict mode's notices are findings, never thrown, so the clock only quiets them. */
    private static final Clock LATE = Clock.fixed(Instant.parse("+10000-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final NinjsReader LENIENT = NinjsReader.builder().clock(LATE).build();
    private static final NinjsReader STRICT = NinjsReader.builder().strict(true).clock(LATE).build();

    private record Sample(String name, byte[] bytes) {
    }

    @Test
    void mutatedExamples_onlyTheDocumentedExceptionEscapes() throws IOException {
        int cases = Integer.getInteger("copydesk.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("copydesk.fuzz.seed", 0x1715C0DEL);
        List<Sample> examples = examples();
        Random random = new Random(seed);
        NinjsWriter writer = NinjsWriter.create();
        int strictReads = 0;
        int lenientArticles = 0;
        int roundTrips = 0;
        for (int i = 0; i < cases; i++) {
            Sample sample = examples.get(random.nextInt(examples.size()));
            byte[] mutant = MUTATIONS.mutate(sample.bytes(), random);
            String label = "case " + i + " (seed " + seed + ", from " + sample.name() + ")";
            ReadResult lenient = read(LENIENT, mutant, label, false);
            ReadResult strict = read(STRICT, mutant, label, true);
            if (lenient != null) {
                lenientArticles += lenient.articles().size();
                for (ReadFinding f : lenient.findings()) {
                    if (f.message().contains("java.")) {
                        Mutations.save(mutant, "case-" + i + ".json");
                        fail(label + ": internal error reported as a finding: " + f);
                    }
                }
            }
            if (strict == null) {
                continue;
            }
            strictReads++;
            if (lenient != null) {
                assertEquals(strict.articles().size(), lenient.articles().size(), label);
            }
            for (Article article : strict.articles()) {
                if (article.identifier() == null && article.url() == null) {
                    continue; // no uri: the writer refuses it, as NinjsWriterTest shows
                }
                String json = writer.write(article);
                List<Article> again;
                try {
                    again = STRICT.read(json).articles();
                } catch (ReadException e) {
                    Mutations.save(mutant, "case-" + i + ".json");
                    throw new AssertionError(label + ": strict mode rejects what the writer wrote from what it accepted: "
                            + e.getMessage() + "\n" + json, e);
                }
                if (!List.of(RoundTripTest.projection(article)).equals(again)) {
                    Mutations.save(mutant, "case-" + i + ".json");
                    fail(label + ": read(write(a)) is not the projection:\n" + RoundTripTest.projection(article) + "\n" + again
                            + "\n" + json);
                }
                roundTrips++;
            }
        }
        // the mutants are not all broken beyond reading: the test exercises the mapping, not only the parser
        assertTrue(strictReads > cases / 20, "strict reads: " + strictReads);
        assertTrue(lenientArticles > cases / 2, "lenient articles: " + lenientArticles);
        assertTrue(roundTrips > cases / 20, "round trips: " + roundTrips);
    }

    private static ReadResult read(NinjsReader reader, byte[] bytes, String label, boolean strict) {
        long start = System.nanoTime();
        try {
            return reader.read(bytes, StandardCharsets.UTF_8);
        } catch (ReadException e) {
            if (!strict && e.code() != ReadCode.LIMIT_EXCEEDED) {
                Mutations.save(bytes, "case-" + Integer.toHexString(label.hashCode()) + ".json");
                fail(label + ": lenient mode threw " + e.code() + ": " + e.getMessage());
            }
            return null;
        } catch (Throwable t) {
            Mutations.save(bytes, "case-" + Integer.toHexString(label.hashCode()) + ".json");
            throw new AssertionError(label + ": " + (strict ? "strict" : "lenient") + " mode threw " + t, t);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > MAX_MILLIS) {
                Mutations.save(bytes, "case-" + Integer.toHexString(label.hashCode()) + ".json");
                fail(label + ": took " + millis + " ms");
            }
        }
    }

    private static List<Sample> examples() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.directory("corpus/ninjs/examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> new Sample(p.toString(), read(p))).toList();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
