package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.github.copydesk.model.Article;
import io.github.copydesk.testing.Mutations;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;

import org.junit.jupiter.api.Test;

/**
 * Mutates the bytes of the 40 corpus files (bit flips, JSON and JSON-LD tokens inserted, ranges
 * deleted, duplicated, swapped, truncated) and reads each mutant in both modes: only
 * {@link ReadException} ever escapes (lenient: only for a limit), no finding reports an internal
 * error, no read takes longer than {@link #MAX_MILLIS}, what strict mode reads lenient mode reads
 * as the same number of articles, and every article strict mode reads, written (compact and graph) and
 * read again strictly, is the writer's projection of it (issue 11: strict mode is the writer's inverse
 * on whatever it accepts, not only on what the writer wrote).
 *
 * <p>{@code -Dcopydesk.fuzz.cases=100000} runs the long profile (default {@value #DEFAULT_CASES});
 * {@code -Dcopydesk.fuzz.seed=...} another seed (default fixed, so that a failure reproduces). A
 * failing mutant is saved to {@code target/fuzz-failures/}.
 */
class FuzzTest {

    static final int DEFAULT_CASES = 4000;
    private static final long MAX_MILLIS = 2000;

    /** JSON-LD's own tokens, beside every JSON format's. */
    private static final Mutations MUTATIONS = Mutations.of(List.of("\"@id\":\"#x\",", "{\"@id\":\"#x\"}",
            "\"@type\":\"NewsArticle\",", "\"@graph\":[", "\"author\":", "\"image\":", "\"datePublished\":\"", "http://schema.org/",
            "schema:"));

    private static final List<JsonLdWriter> WRITERS = List.of(JsonLdWriter.create(), JsonLdWriter.builder().graph(true).build());

    private record Sample(String name, byte[] bytes, Charset charset) {
    }

    @Test
    void mutatedCorpus_onlyTheDocumentedExceptionEscapes() throws IOException {
        int cases = Integer.getInteger("copydesk.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("copydesk.fuzz.seed", 0x5EEDC0DE5L);
        List<Sample> corpus = corpus();
        Random random = new Random(seed);
        int strictReads = 0;
        int lenientArticles = 0;
        for (int i = 0; i < cases; i++) {
            Sample sample = corpus.get(random.nextInt(corpus.size()));
            byte[] mutant = MUTATIONS.mutate(sample.bytes(), random);
            String label = "case " + i + " (seed " + seed + ", from " + sample.name() + ")";
            ReadResult lenient = read(JsonLdReader.lenient(), mutant, sample.charset(), label, false);
            ReadResult strict = read(JsonLdReader.strict(), mutant, sample.charset(), label, true);
            if (lenient != null) {
                lenientArticles += lenient.articles().size();
                for (ReadFinding f : lenient.findings()) {
                    if (f.message().contains("could not be read: java.")) {
                        Mutations.save(mutant, "case-" + Integer.toHexString(i) + ".jsonld");
                        fail(label + ": internal error reported as a finding: " + f);
                    }
                }
            }
            if (strict != null) {
                strictReads++;
                if (lenient != null) {
                    assertEquals(strict.articles().size(), lenient.articles().size(), label);
                }
                for (Article article : strict.articles()) {
                    Article projected = ReaderRoundTripTest.project(article, WRITERS.get(0));
                    if (!projected.equals(article)) {
                        Mutations.save(mutant, "case-" + Integer.toHexString(i) + ".jsonld");
                        fail(label + ": strict mode read what the writer cannot write: " + difference("article", projected, article));
                    }
                    for (JsonLdWriter writer : WRITERS) {
                        String json = writer.write(article);
                        List<Article> again;
                        try {
                            again = JsonLdReader.strict().read(json).articles();
                        } catch (ReadException e) {
                            Mutations.save(mutant, "case-" + Integer.toHexString(i) + ".jsonld");
                            throw new AssertionError(label + ": strict mode rejects what the writer wrote from what it "
                                    + "accepted: " + e.getMessage() + "\n" + json, e);
                        }
                        List<Article> expected = List.of(ReaderRoundTripTest.project(article, writer));
                        if (!expected.equals(again)) {
                            Mutations.save(mutant, "case-" + Integer.toHexString(i) + ".jsonld");
                            fail(label + ": read(write(a)) is not the projection: " + difference("articles", expected, again)
                                    + "\n" + json);
                        }
                    }
                }
            }
        }
        // the mutants are not all broken beyond reading: the test exercises the mapping, not only the parser
        assertTrue(strictReads > cases / 20, "strict reads: " + strictReads);
        assertTrue(lenientArticles > cases / 2, "lenient articles: " + lenientArticles);
    }

    private static ReadResult read(JsonLdReader reader, byte[] bytes, Charset charset, String label, boolean strict) {
        long start = System.nanoTime();
        try {
            return reader.read(bytes, charset);
        } catch (ReadException e) {
            if (!strict && e.code() != ReadCode.LIMIT_EXCEEDED) {
                Mutations.save(bytes, "case-" + Integer.toHexString(label.hashCode()) + ".jsonld");
                fail(label + ": lenient mode threw " + e.code() + ": " + e.getMessage());
            }
            return null;
        } catch (Throwable t) {
            Mutations.save(bytes, "case-" + Integer.toHexString(label.hashCode()) + ".jsonld");
            throw new AssertionError(label + ": " + (strict ? "strict" : "lenient") + " mode threw " + t, t);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > MAX_MILLIS) {
                Mutations.save(bytes, "case-" + Integer.toHexString(label.hashCode()) + ".jsonld");
                fail(label + ": took " + millis + " ms");
            }
        }
    }

    /** The first place two values differ, as a path and the two values there: records and lists are opened. */
    static String difference(String path, Object expected, Object actual) {
        if (expected instanceof Record e && actual instanceof Record a && e.getClass() == a.getClass()) {
            for (java.lang.reflect.RecordComponent c : e.getClass().getRecordComponents()) {
                try {
                    Object x = c.getAccessor().invoke(e);
                    Object y = c.getAccessor().invoke(a);
                    if (!java.util.Objects.equals(x, y)) {
                        return difference(path + "." + c.getName(), x, y);
                    }
                } catch (ReflectiveOperationException ex) {
                    return path + ": " + ex;
                }
            }
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                if (!java.util.Objects.equals(e.get(i), a.get(i))) {
                    return difference(path + "[" + i + "]", e.get(i), a.get(i));
                }
            }
        }
        return path + ": expected " + quoted(expected) + " but was " + quoted(actual);
    }

    private static String quoted(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(FuzzTest::quoted).toList().toString();
        }
        return o instanceof String s ? '"' + s + '"' : String.valueOf(o);
    }

    private static List<Sample> corpus() throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.directory("corpus/jsonld"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList()) {
                String name = p.getFileName().toString();
                samples.add(new Sample(name, Files.readAllBytes(p),
                        name.startsWith("031") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            }
        }
        return samples;
    }
}
