package io.github.copydesk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.copydesk.jsonld.HtmlPage;
import io.github.copydesk.jsonld.PageLint;
import io.github.copydesk.jsonld.Verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The three inputs that once took quadratic time (issue 11), at 1x, 10x and 100x, linted as
 * {@code copydesk lint} lints them ({@link PageLint}: read, validate, check the page), beside a baseline
 * that is linear by construction: Jackson's {@code readTree} of the same bytes, or jsoup's parse of the
 * same page. Linear cost shows as a Copydesk/baseline ratio that stays flat from 1x to 100x (and a time
 * that grows 10x per step).
 *
 * <ul>
 * <li>{@code sharedId}: an article whose authors are 300 references per scale step to one person, whom
 *   10 objects per step define (1x: 10 and 300; 100x: 1,000, the default limit, and 30,000).</li>
 * <li>{@code authors}: an article with 450 author names per step (100x: 45,000, the input that ran past
 *   200 s).</li>
 * <li>{@code nested}: an HTML page of 1,000 nested {@code <div class="paywall">} per step under a
 *   paywalled article (100x: 100,000, the page that took 89 s).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WorkScalingBenchmark {

    /** The input's shape. */
    @Param({"sharedId", "authors", "nested"})
    public String shape;

    /** The scale: 1, 10 or 100 times the units above. */
    @Param({"1", "10", "100"})
    public int scale;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PageLint lint = PageLint.create();
    private byte[] bytes;

    /** Builds the input. */
    @Setup
    public void setUp() {
        bytes = input(shape, scale).getBytes(StandardCharsets.UTF_8);
        Verdict verdict = copydesk();
        if (verdict.articles().size() != 1) {
            throw new IllegalStateException(shape + " x" + scale + ": expected one article, got " + verdict);
        }
    }

    /**
     * The input of a shape at a scale.
     *
     * @param shape the shape
     * @param scale the scale
     * @return the JSON-LD block or HTML page
     */
    public static String input(String shape, int scale) {
        StringBuilder s = new StringBuilder();
        switch (shape) {
            case "sharedId" -> {
                s.append("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens\","
                        + "\"url\":\"https://example.com/a\",\"author\":[");
                for (int i = 0; i < 300 * scale; i++) {
                    s.append(i == 0 ? "" : ",").append("{\"@id\":\"#ana\"}");
                }
                s.append("]}");
                for (int i = 0; i < 10 * scale; i++) {
                    s.append(",{\"@id\":\"#ana\",\"@type\":\"Person\",\"name\":\"Ana Ribeiro\"}");
                }
                s.append("]}");
            }
            case "authors" -> {
                s.append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour reopens\","
                        + "\"url\":\"https://example.com/a\",\"author\":[");
                for (int i = 0; i < 450 * scale; i++) {
                    s.append(i == 0 ? "" : ",").append("\"Ana Ribeiro ").append((char) ('A' + i % 26)).append('"');
                }
                s.append("]}");
            }
            case "nested" -> {
                s.append("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Harbour reopens\",\"url\":\"https://example.com/a\",\"isAccessibleForFree\":false,"
                        + "\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".paywall\"}}"
                        + "</script></head><body>");
                s.append("<div class=\"paywall\">".repeat(1000 * scale)).append("<p>Paid.</p>").append("</div>".repeat(1000 * scale));
                s.append("</body></html>");
            }
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        }
        return s.toString();
    }

    /** @return the verdict, as {@code copydesk lint} gives it */
    @Benchmark
    public Verdict copydesk() {
        return shape.equals("nested") ? lint.lint(HtmlPage.parse(bytes), Locale.ENGLISH) : lint.lint(bytes, Locale.ENGLISH);
    }

    /**
     * @return the baseline: Jackson's tree of the block, or jsoup's document of the page
     * @throws java.io.IOException never for these inputs
     */
    @Benchmark
    public Object baseline() throws java.io.IOException {
        if (shape.equals("nested")) {
            Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            return page;
        }
        JsonNode tree = MAPPER.readTree(bytes);
        return tree;
    }
}
