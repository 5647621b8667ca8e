package io.github.copydesk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The checks each benchmark run makes before timing: the contenders write the same thing. */
public final class Verify {

    private Verify() {
    }

    /**
     * The hand-written baseline of a fixture.
     *
     * @param name {@code seed} or {@code typical}
     * @param a the article
     * @return the baseline's output
     */
    public static String baseline(String name, Article a) {
        return "seed".equals(name) ? HandWrittenJackson.writeSeed(a) : HandWrittenJackson.writeTypical(a);
    }

    /**
     * Checks that the baseline writes the same bytes as Copydesk and that databind writes the same
     * JSON value.
     *
     * @param name {@code seed} or {@code typical}
     * @param writer Copydesk's writer
     * @throws IllegalStateException if not
     */
    public static void fixture(String name, JsonLdWriter writer) {
        Article a = Fixtures.named(name);
        String copydesk = writer.write(a);
        byte[] expected = copydesk.getBytes(StandardCharsets.UTF_8);
        String baseline = baseline(name, a);
        byte[] actual = baseline.getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(expected, actual)) {
            int at = Arrays.mismatch(expected, actual);
            throw new IllegalStateException("the hand-written baseline differs from Copydesk for " + name
                    + " at byte " + at + ":\n copydesk: " + around(copydesk, at) + "\n baseline: " + around(baseline, at));
        }
        String databind;
        try {
            databind = DatabindPojos.MAPPER.writeValueAsString(DatabindPojos.of(a));
            JsonNode databindTree = DatabindPojos.MAPPER.readTree(databind);
            JsonNode copydeskTree = DatabindPojos.MAPPER.readTree(copydesk);
            if (!databindTree.equals(copydeskTree)) {
                throw new IllegalStateException("databind writes another JSON value than Copydesk for " + name
                        + ":\n copydesk: " + copydesk + "\n databind: " + databind);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (String html : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            if (copydesk.contains(html) || databind.contains(html)) {
                throw new IllegalStateException("raw " + html + " in the output for " + name);
            }
        }
    }

    private static String around(String s, int at) {
        // the mismatch is a byte offset; the fixtures' text before it is ASCII but for a few characters
        int from = Math.max(0, Math.min(s.length(), at) - 60);
        return s.substring(from, Math.min(s.length(), from + 120));
    }
}
