package io.github.copydesk.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.testing.TextGenerators;
import io.github.copydesk.testing.theories.Theories;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {

    private static ReadLimits bytes(long max) {
        return ReadLimits.defaults().withMaxInputBytes(max);
    }

    private static void assertInputTooLarge(ReadException e, long max) {
        assertEquals(ReadCode.LIMIT_EXCEEDED, e.code());
        assertEquals(ReadLimits.Limit.INPUT_BYTES, e.limit());
        assertEquals(0, e.block());
        assertEquals("$", e.path());
        assertEquals("more than " + max + " bytes of input (maxInputBytes)", e.finding().message());
    }

    // ---- the size of blocks, in UTF-8

    @ParameterizedTest(name = "{0} in {1} bytes")
    @CsvSource(delimiter = '|', value = {
        "\uD83D\uDE00|4|true", "\uD83D\uDE00|3|false", "\u00e9\u00e9\u00e9|6|true", "\u00e9\u00e9\u00e9|5|false",
        "\u20ac|3|true", "\u20ac|2|false", "\uD800a|4|true", "\uD800a|3|false", "a\uDC00|4|true", "a\uDC00|3|false",
        "\uDE00\uD83D|6|true", "\uDE00\uD83D|5|false", "abc|3|true", "abc|2|false"})
    void blocks_areCountedInUtf8_surrogatePairsAsFourBytes(String text, long max, boolean fits) {
        if (fits) {
            assertEquals(List.of(text), Inputs.blocks(List.of(text), bytes(max)));
        } else {
            assertInputTooLarge(assertThrows(ReadException.class, () -> Inputs.blocks(List.of(text), bytes(max))), max);
        }
    }

    @Test
    void blocks_ofOneCall_countTogether() {
        List<String> blocks = List.of("\uD83D\uDE00", "\u00e9", "{}");
        assertEquals(blocks, Inputs.blocks(blocks, bytes(8)));
        assertInputTooLarge(assertThrows(ReadException.class, () -> Inputs.blocks(blocks, bytes(7))), 7);
    }

    @Test
    void blocks_fitIffTheirUtf8BytesFit() {
        Theories.qt(1_000).forAll(lists().of(TextGenerators.text()).ofSizeBetween(0, 4), integers().between(1, 120))
                .checkAssert((blocks, max) -> {
                    long utf8 = blocks.stream().map(Inputs::withoutBom)
                            .mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
                    if (utf8 <= max) {
                        assertEquals(blocks.size(), Inputs.blocks(blocks, bytes(max)).size());
                    } else {
                        assertThrows(ReadException.class, () -> Inputs.blocks(blocks, bytes(max)));
                    }
                });
    }

    @Test
    void blocks_areCopiedUnmodifiable_withAByteOrderMarkAsASpace() {
        List<String> given = new ArrayList<>(List.of("\uFEFF{}", "{\"a\":\"\uFEFF\"}"));
        List<String> blocks = Inputs.blocks(given, ReadLimits.defaults());
        given.clear();
        assertEquals(List.of(" {}", "{\"a\":\"\uFEFF\"}"), blocks);
        assertThrows(UnsupportedOperationException.class, () -> blocks.add("{}"));
    }

    @Test
    void blocks_null_throwsNamingIt() {
        assertEquals("blocks", assertThrows(NullPointerException.class, () -> Inputs.blocks(null, ReadLimits.defaults())).getMessage());
        assertEquals("blocks[1]", assertThrows(NullPointerException.class,
                () -> Inputs.blocks(Arrays.asList("{}", null), ReadLimits.defaults())).getMessage());
    }

    // ---- a Reader

    /** A reader of n spaces that says whether it was closed and how much it served. */
    private static final class Spaces extends Reader {
        private final long n;
        long served;
        boolean closed;

        Spaces(long n) {
            this.n = n;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (served >= n) {
                return -1;
            }
            int k = (int) Math.min(length, n - served);
            Arrays.fill(buffer, offset, offset + k, ' ');
            served += k;
            return k;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void read_readsToTheEnd_andLeavesTheReaderOpen() {
        Spaces in = new Spaces(20_000);
        assertEquals(" ".repeat(20_000), Inputs.read(in, bytes(20_000)));
        assertFalse(in.closed);
        assertEquals("caf\u00e9", Inputs.read(new StringReader("caf\u00e9"), ReadLimits.defaults()));
    }

    @Test
    void read_stopsSoonAfterTheLimit() {
        Spaces endless = new Spaces(Long.MAX_VALUE);
        assertInputTooLarge(assertThrows(ReadException.class, () -> Inputs.read(endless, bytes(100_000))), 100_000);
        assertTrue(endless.served < 200_000, "served " + endless.served);
        assertThrows(ReadException.class, () -> Inputs.read(new Spaces(20_001), bytes(20_000)));
    }

    @Test
    void read_aFailingReader_isUnreadableInput() {
        IOException failure = new IOException("disk on fire");
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public void close() {
            }
        };
        ReadException e = assertThrows(ReadException.class, () -> Inputs.read(broken, ReadLimits.defaults()));
        assertEquals(new ReadFinding(Severity.ERROR, ReadCode.INPUT_UNREADABLE, 0, "$", 0, 0, "disk on fire"), e.finding());
        assertSame(failure, e.getCause());
        assertEquals("the input could not be read (block 0): disk on fire", e.getMessage());
    }

    // ---- bytes in a charset

    @Test
    void decode_validUtf8_inBothModes() {
        byte[] bytes = "{\"h\":\"caf\u00e9 \uD83D\uDE00 \uFFFD\"}".getBytes(StandardCharsets.UTF_8);
        for (boolean strict : new boolean[] {false, true}) {
            Findings findings = new Findings(strict);
            assertEquals("{\"h\":\"caf\u00e9 \uD83D\uDE00 \uFFFD\"}", Inputs.decode(bytes, StandardCharsets.UTF_8, ReadLimits.defaults(), findings));
            assertEquals(List.of(), findings.list(), "a U+FFFD in the text is no decoding error");
        }
    }

    @Test
    void decode_invalidUtf8_strict_stopsTheRead() {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        ReadException e = assertThrows(ReadException.class,
                () -> Inputs.decode(latin1, StandardCharsets.UTF_8, ReadLimits.defaults(), new Findings(true)));
        assertEquals(ReadCode.ENCODING_REPAIRED, e.code());
        assertEquals(Severity.ERROR, e.finding().severity());
        assertTrue(e.finding().message().startsWith("bytes that are not UTF-8"), e.getMessage());
        assertInstanceOf(CharacterCodingException.class, e.getCause());
    }

    @Test
    void decode_invalidUtf8_lenient_isReadAsLatin1WithAWarning() {
        byte[] mixed = {'{', '"', 'h', '"', ':', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xE9, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        Findings findings = new Findings(false);
        String text = Inputs.decode(mixed, StandardCharsets.UTF_8, ReadLimits.defaults(), findings);
        assertEquals(new String(mixed, StandardCharsets.ISO_8859_1), text, "every byte a char, nothing lost");
        assertEquals(1, findings.list().size());
        ReadFinding f = findings.list().get(0);
        assertEquals(List.of(Severity.WARNING, ReadCode.ENCODING_REPAIRED, 0, "$"), List.of(f.severity(), f.code(), f.block(), f.path()));
    }

    @Test
    void decode_latin1_everyByteIsItsChar_inBothModes() {
        byte[] all = new byte[256];
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
            expected.append((char) i);
        }
        for (boolean strict : new boolean[] {false, true}) {
            Findings findings = new Findings(strict);
            assertEquals(expected.toString(), Inputs.decode(all, StandardCharsets.ISO_8859_1, ReadLimits.defaults(), findings));
            assertEquals(List.of(), findings.list());
        }
    }

    @Test
    void decode_bytesNotInAnotherCharset_lenientReadsThemAsReplacementCharacters() {
        byte[] bytes = {'a', (byte) 0xE9, 'b'};
        Findings findings = new Findings(false);
        assertEquals("a\uFFFDb", Inputs.decode(bytes, StandardCharsets.US_ASCII, ReadLimits.defaults(), findings));
        assertEquals(List.of(Severity.WARNING), findings.list().stream().map(ReadFinding::severity).toList());
        assertTrue(findings.list().get(0).message().contains("US-ASCII"), findings.list().get(0).message());
        assertThrows(ReadException.class, () -> Inputs.decode(bytes, StandardCharsets.US_ASCII, ReadLimits.defaults(), new Findings(true)));
    }

    @Test
    void decode_tooManyBytes_isTheLimitBeforeAnyDecoding() {
        byte[] invalid = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        for (boolean strict : new boolean[] {false, true}) {
            Findings findings = new Findings(strict);
            assertInputTooLarge(assertThrows(ReadException.class, () -> Inputs.decode(invalid, StandardCharsets.UTF_8, bytes(4), findings)), 4);
            assertEquals(List.of(), findings.list());
        }
        assertEquals("\u00ff".repeat(4), Inputs.decode(Arrays.copyOf(invalid, 4), StandardCharsets.UTF_8, bytes(4), new Findings(false)));
    }

    @Test
    void decode_byteOrderMark_isASpace() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertEquals(" {}", Inputs.decode(bytes, StandardCharsets.UTF_8, ReadLimits.defaults(), new Findings(true)));
    }

    @Test
    void withoutBom_replacesOnlyALeadingMark() {
        assertEquals(" {}", Inputs.withoutBom("\uFEFF{}"));
        String inside = "{\"a\":\"\uFEFF\"}";
        assertSame(inside, Inputs.withoutBom(inside));
        assertEquals("", Inputs.withoutBom(""));
        assertEquals(" \uFEFF", Inputs.withoutBom("\uFEFF\uFEFF"));
    }

    // ---- where a strict read stopped

    private static ReadException at(int block, String path) {
        return new ReadException(new ReadFinding(Severity.ERROR, ReadCode.DATE_UNREADABLE, block, path, 0, 0, "yesterday"), null, null);
    }

    @Test
    void located_givesTheLineAndColumnOfTheValueInItsBlock() {
        List<String> blocks = List.of("{}", "{\r\n  \"a\": {\"b\": [1, \"yesterday\"]},\r\n  \"@graph\": [{\"c\": 2}]\r\n}");
        ReadException e = Inputs.located(at(1, "$.a.b[1]"), blocks);
        assertEquals(new ReadFinding(Severity.ERROR, ReadCode.DATE_UNREADABLE, 1, "$.a.b[1]", 2, 18, "yesterday"), e.finding());
        assertEquals(3, Inputs.located(at(1, "$['@graph'][0].c"), blocks).line());
        assertEquals(20, Inputs.located(at(1, "$['@graph'][0].c"), blocks).column());
    }

    @Test
    void located_keepsTheCauseAndTheLimit() {
        IllegalStateException cause = new IllegalStateException("x");
        ReadException e = new ReadException(new ReadFinding(Severity.ERROR, ReadCode.VALUE_UNREADABLE, 0, "$.a", 0, 0, "m"), null, cause);
        ReadException located = Inputs.located(e, List.of("{\"a\": 1}"));
        assertEquals(1, located.line());
        assertEquals(7, located.column());
        assertSame(cause, located.getCause());
    }

    @Test
    void located_withoutAPlaceToFind_isTheSameException() {
        List<String> blocks = List.of("{\"a\": 1}");
        ReadException positioned = at(0, "$.a").at(1, 7);
        assertSame(positioned, Inputs.located(positioned, blocks));
        ReadException whole = at(0, "$");
        assertSame(whole, Inputs.located(whole, blocks));
        ReadException otherBlock = at(3, "$.a");
        assertSame(otherBlock, Inputs.located(otherBlock, blocks));
        ReadException missing = at(0, "$.z");
        assertSame(missing, Inputs.located(missing, blocks));
        ReadException limit = ReadException.limit(ReadLimits.Limit.INPUT_BYTES, 0, 0, 0, "d");
        assertSame(limit, Inputs.located(limit, blocks));
    }
}
