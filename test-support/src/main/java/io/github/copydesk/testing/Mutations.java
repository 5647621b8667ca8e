package io.github.copydesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates documents for fuzz tests of the readers: bit flips, a format's tokens inserted, ranges deleted,
 * duplicated, swapped and truncated, structural bytes overwritten. Deterministic for a {@link Random}'s
 * seed, so a failure reproduces. Immutable and thread-safe.
 */
public final class Mutations {

    /** Tokens every JSON format meets: structure, escapes, numbers, white space, text that tricks parsers. */
    public static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", "\"", "\\", ",", ":", " ", "\n", "null",
            "true", "NaN", "-0", "1e999999", "0.5", "99999999999999999999", "<![CDATA[", "]]>", "//", "/*", "*/", "\\u0000",
            "\\ud800", "\\udc00", "\\u2028", "&amp;", "&#8217;", "<a href=\"x\">", "</a>", "By A, B and C", "'", "\u00e9",
            "\uD83D\uDE00", "\u2028", "+0000", "T", "Z", "https://", "[[[[", "]]]]", "{\"a\":", "\"\"", "\t", "\r");

    private final byte[][] tokens;

    private Mutations(List<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /**
     * Mutations that insert the JSON tokens and a format's own.
     *
     * @param formatTokens the format's tokens (its names, keywords and typical values)
     * @return the mutations
     */
    public static Mutations of(List<String> formatTokens) {
        return new Mutations(concat(JSON_TOKENS, formatTokens));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * One to three mutations (now and then up to twelve) of a document.
     *
     * @param original the document
     * @param random where the choices come from
     * @return the mutant; {@code original} is not changed
     */
    public byte[] mutate(byte[] original, Random random) {
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
                case 1, 2 -> b = insert(b, at, tokens[random.nextInt(tokens.length)]);
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

    /**
     * Saves a failing mutant to {@code target/fuzz-failures/}, best effort: the assertion says which case failed.
     *
     * @param bytes the mutant
     * @param name its file name
     */
    public static void save(byte[] bytes, String name) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(slice(b, 0, at), what, slice(b, at, b.length));
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return Arrays.copyOfRange(b, from, Math.max(from, to));
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
}
