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
