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

    private static final String[] TOKENS = {"{", "}", "[", "]", "\"", "\\", ",", ":", " ", "\n", "null", "true", "NaN",
        "-0", "1e999999", "0.5", "99999999999999999999", "\"@id\":\"#x\",", "{\"@id\":\"#x\"}", "\"@type\":\"NewsArticle\",",
        "\"@graph\":[", "\"author\":", "\"image\":", "\"datePublished\":\"", "<![CDATA[", "]]>", "//", "/*", "*/", "\\u0000",
        "\\ud800", "\\udc00", "\\u2028", "&amp;", "&#8217;", "<a href=\"x\">", "</a>", "By A, B and C", "'", "\u00e9",
        "\uD83D\uDE00", "\u2028", "+0000", "T", "Z", "https://", "http://schema.org/", "schema:", "[[[[", "]]]]", "{\"a\":",
        "\"\"", "\t", "\r"};

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
            byte[] mutant = mutate(sample.bytes(), random);
            String label = "case " + i + " (seed " + seed + ", from " + sample.name() + ")";
            ReadResult lenient = read(JsonLdReader.lenient(), mutant, sample.charset(), label, false);
            ReadResult strict = read(JsonLdReader.strict(), mutant, sample.charset(), label, true);
            if (lenient != null) {
                lenientArticles += lenient.articles().size();
                for (ReadFinding f : lenient.findings()) {
                    if (f.message().contains("could not be read: java.")) {
                        save(mutant, i);
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
                        save(mutant, i);
                        fail(label + ": strict mode read what the writer cannot write: " + difference("article", projected, article));
                    }
                    for (JsonLdWriter writer : WRITERS) {
                        String json = writer.write(article);
                        List<Article> again;
                        try {
                            again = JsonLdReader.strict().read(json).articles();
                        } catch (ReadException e) {
                            save(mutant, i);
                            throw new AssertionError(label + ": strict mode rejects what the writer wrote from what it "
                                    + "accepted: " + e.getMessage() + "\n" + json, e);
                        }
                        List<Article> expected = List.of(ReaderRoundTripTest.project(article, writer));
                        if (!expected.equals(again)) {
                            save(mutant, i);
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
                save(bytes, label.hashCode());
                fail(label + ": lenient mode threw " + e.code() + ": " + e.getMessage());
            }
            return null;
        } catch (Throwable t) {
            save(bytes, label.hashCode());
            throw new AssertionError(label + ": " + (strict ? "strict" : "lenient") + " mode threw " + t, t);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > MAX_MILLIS) {
                save(bytes, label.hashCode());
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

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original;
        int mutations = 1 + random.nextInt(random.nextInt(10) < 8 ? 3 : 12);
        for (int m = 0; m < mutations; m++) {
            int n = b.length;
            int at = n == 0 ? 0 : random.nextInt(n);
            switch (random.nextInt(8)) {
                case 0 -> {
                    if (n > 0) {
                        b = b.clone();
                        b[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1, 2 -> b = insert(b, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> {
                    int length = Math.min(n - at, 1 + random.nextInt(64));
                    b = concat(slice(b, 0, at), slice(b, at + length, n));
                }
                case 4 -> {
                    int length = Math.min(n - at, 1 + random.nextInt(256));
                    b = insert(b, random.nextInt(n + 1), slice(b, at, at + length));
                }
                case 5 -> {
                    if (n > 2) {
                        b = slice(b, 0, random.nextInt(n));
                    }
                }
                case 6 -> {
                    if (n > 0) {
                        b = b.clone();
                        String bytes = "{}[]\",:\\ '0a\u0000";
                        b[at] = (byte) bytes.charAt(random.nextInt(bytes.length()));
                    }
                }
                default -> {
                    if (n > 4) {
                        int x = random.nextInt(n / 2);
                        int y = n / 2 + random.nextInt(n / 2);
                        int length = Math.min(Math.min(y - x, n - y), 1 + random.nextInt(128));
                        b = concat(slice(b, 0, x), slice(b, y, y + length), slice(b, x + length, y), slice(b, x, x + length),
                                slice(b, y + length, n));
                    }
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(slice(b, 0, at), what, slice(b, at, b.length));
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
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

    private static void save(byte[] bytes, int id) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve("case-" + Integer.toHexString(id) + ".jsonld"), bytes);
        } catch (IOException ignored) {
            // best effort: the assertion message says which case failed
        }
    }
}
