package io.github.copydesk.read.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.internal.json.Positions;
import io.github.copydesk.validation.Severity;

/**
 * The input of a read before any format looks at it: its size checked against the limit, text read
 * from a {@code Reader} or decoded from bytes, a byte order mark read as the space it stands in for;
 * and, when a strict read stops at a value, that value's line and column. Every reader of every format
 * takes its input through here. Stateless and thread-safe.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Checks the size of the blocks of one call, counted in UTF-8, against the limit.
     *
     * @param blocks the blocks
     * @param limits the limits
     * @return the blocks, copied, each with a byte order mark read as a space
     * @throws NullPointerException if {@code blocks} or a block is null
     * @throws ReadException with {@link ReadCode#LIMIT_EXCEEDED} when the blocks are too large
     */
    public static List<String> blocks(List<String> blocks, ReadLimits limits) {
        Objects.requireNonNull(blocks, "blocks");
        String[] texts = new String[blocks.size()];
        long most = 0;
        for (int i = 0; i < texts.length; i++) {
            String block = Objects.requireNonNull(blocks.get(i), "blocks[" + i + "]");
            most += 3L * block.length(); // at most 3 UTF-8 bytes a char
            texts[i] = withoutBom(block);
        }
        if (most > limits.maxInputBytes()) {
            long bytes = 0;
            for (String block : texts) {
                bytes += utf8Length(block, limits.maxInputBytes() - bytes);
                if (bytes > limits.maxInputBytes()) {
                    throw tooLarge(limits);
                }
            }
        }
        return List.of(texts);
    }

    /**
     * Reads a reader to its end, within the size limit; the reader is not closed.
     *
     * @param in the reader
     * @param limits the limits
     * @return the text
     * @throws ReadException with {@link ReadCode#LIMIT_EXCEEDED} when the text is too large, with
     *         {@link ReadCode#INPUT_UNREADABLE} when the reader fails
     */
    public static String read(Reader in, ReadLimits limits) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxInputBytes()) {
                    throw tooLarge(limits);
                }
            }
        } catch (IOException e) {
            throw new ReadException(new ReadFinding(Severity.ERROR, ReadCode.INPUT_UNREADABLE, 0, "$", 0, 0,
                    String.valueOf(e.getMessage())), null, e);
        }
        return text.toString();
    }

    /**
     * Decodes the bytes of one block in a charset. Strict: bytes not valid in the charset stop the read.
     * Lenient: bytes that are not valid UTF-8, given as UTF-8, are read as ISO-8859-1 (every byte a
     * char, nothing lost), and bytes not valid in another charset as U+FFFD, each with a warning.
     *
     * @param bytes the bytes
     * @param charset their charset
     * @param limits the limits
     * @param findings where the lenient repair is reported; its mode is the reader's
     * @return the text, a byte order mark read as a space
     * @throws ReadException with {@link ReadCode#LIMIT_EXCEEDED} when the bytes are too many; in strict
     *         mode with {@link ReadCode#ENCODING_REPAIRED} when they are not valid in the charset
     */
    public static String decode(byte[] bytes, Charset charset, ReadLimits limits, Findings findings) {
        if (bytes.length > limits.maxInputBytes()) {
            throw tooLarge(limits);
        }
        String text;
        try {
            text = decode(bytes, charset);
        } catch (CharacterCodingException e) {
            if (findings.strict()) {
                throw new ReadException(new ReadFinding(Severity.ERROR, ReadCode.ENCODING_REPAIRED, 0, "$", 0, 0,
                        "bytes that are not " + charset.name() + " (" + e.getMessage() + ")"), null, e);
            }
            if (charset.equals(StandardCharsets.UTF_8)) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
                findings.syntax(Severity.WARNING, ReadCode.ENCODING_REPAIRED, 0, "$", 0, 0,
                        "the bytes are not valid UTF-8: read as ISO-8859-1, the charset of pages that are not UTF-8");
            } else {
                CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes));
                text = chars.toString();
                findings.syntax(Severity.WARNING, ReadCode.ENCODING_REPAIRED, 0, "$", 0, 0,
                        "bytes that are not valid " + charset.name() + " read as U+FFFD");
            }
        }
        return withoutBom(text);
    }

    /**
     * Decodes a page's bytes as UTF-8, reading each byte that is not part of valid UTF-8 as the
     * ISO-8859-1 char it stands for (a Latin-1 page, or a Latin-1 block in a UTF-8 page, reads as written;
     * nothing is replaced by U+FFFD), with a warning when any byte was. Strict mode stops at such a byte.
     *
     * @param bytes the bytes
     * @param findings where the repair is reported; its mode is the reader's
     * @return the text, a byte order mark read as a space
     * @throws ReadException in strict mode with {@link ReadCode#ENCODING_REPAIRED} for bytes that are not UTF-8
     */
    public static String decodeUtf8OrLatin1(byte[] bytes, Findings findings) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return withoutBom(text);
        }
        StringBuilder out = new StringBuilder(bytes.length);
        int repaired = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            if (length > 1 && validSequence(bytes, i, length)) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
            } else if (length == 1) {
                out.append((char) b);
                i++;
            } else {
                out.append((char) b);
                repaired++;
                i++;
            }
        }
        if (repaired == 0) {
            return withoutBom(out.toString());
        }
        String detail = repaired + " bytes that are not valid UTF-8 read as ISO-8859-1, the charset of pages that are not UTF-8";
        if (findings.strict()) {
            throw new ReadException(new ReadFinding(Severity.ERROR, ReadCode.ENCODING_REPAIRED, 0, "$", 0, 0, detail), null, null);
        }
        findings.syntax(Severity.WARNING, ReadCode.ENCODING_REPAIRED, 0, "$", 0, 0, detail);
        return withoutBom(out.toString());
    }

    /** Whether the bytes from an offset are one valid UTF-8 sequence of a length (no overlong form, no surrogate). */
    private static boolean validSequence(byte[] bytes, int from, int length) {
        if (from + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[from + k] & 0xc0) != 0x80) {
                return false;
            }
        }
        int b0 = bytes[from] & 0xff;
        int b1 = bytes[from + 1] & 0xff;
        return switch (length) {
            case 3 -> !(b0 == 0xe0 && b1 < 0xa0) && !(b0 == 0xed && b1 >= 0xa0);
            case 4 -> !(b0 == 0xf0 && b1 < 0x90) && !(b0 == 0xf4 && b1 >= 0x90);
            default -> true;
        };
    }

    /** Decodes bytes, failing on bytes that are not valid in the charset; quickly for valid UTF-8. */
    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text; // nothing was replaced: the bytes are valid UTF-8
            }
        }
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * A leading byte order mark is no JSON: it is read as the space it stands in for, so that positions stay.
     *
     * @param text the text
     * @return the text, its byte order mark replaced by a space
     */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    }

    /**
     * The exception of a strict read that stopped at a value, with the value's line and column in its
     * block when they can be found.
     *
     * @param e the exception
     * @param blocks the blocks read
     * @return the exception with a position, or {@code e} itself
     */
    public static ReadException located(ReadException e, List<String> blocks) {
        if (e.line() > 0 || e.path().equals("$") || e.block() >= blocks.size()) {
            return e;
        }
        String text = blocks.get(e.block());
        int offset = Positions.locate(text, JsonPath.parse(e.path()));
        return offset < 0 ? e : e.at(Positions.line(text, offset), Positions.column(text, offset));
    }

    private static ReadException tooLarge(ReadLimits limits) {
        return ReadException.limit(ReadLimits.Limit.INPUT_BYTES, 0, 0, 0,
                "more than " + limits.maxInputBytes() + " bytes of input (maxInputBytes)");
    }

    /** The UTF-8 length of a text, counting no further than just past {@code max}. */
    private static long utf8Length(String s, long max) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= max; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
