package io.github.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import io.github.copydesk.jsonld.HtmlPage;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.read.ReadResult;

/**
 * An input as read: an HTML page, or the bytes of one JSON-LD block. Every input is read through a
 * stream that stops at its limit, whatever the file claims its size is; a named path that is not a
 * regular file (a device such as {@code /dev/zero}, a FIFO, a socket, or a link to one) is not opened.
 */
final class Page {

    private final HtmlPage html;
    private final byte[] json;

    private Page(HtmlPage html, byte[] json) {
        this.html = html;
        this.json = json;
    }

    /** Why an input cannot be read; the message says what to do. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads an input.
     *
     * @param input the input
     * @param stdin standard input
     * @param maxJson the most bytes of a JSON-LD block (the reader's input limit)
     * @return the page
     * @throws Unreadable if the input cannot be read
     */
    static Page load(Input input, InputStream stdin, long maxJson) throws Unreadable {
        if (input.error() != null) {
            throw new Unreadable(input.error());
        }
        try {
            if (input.file() == null) {
                return of(readAtMost(stdin, HtmlPage.MAX_BYTES, "on standard input"), Input.Kind.UNKNOWN, maxJson);
            }
            if (!Files.isRegularFile(input.file())) {
                throw new Unreadable("not a regular file (a device, a FIFO, a socket, or a link to one): Copydesk reads "
                        + "pages and JSON-LD files, never a stream that may not end");
            }
            try (InputStream in = Files.newInputStream(input.file())) {
                return of(readAtMost(in, Math.max(HtmlPage.MAX_BYTES, maxJson), "in the file"), input.kind(), maxJson);
            }
        } catch (IOException e) {
            throw new Unreadable(Inputs.describe(e));
        }
    }

    private static Page of(byte[] bytes, Input.Kind named, long maxJson) throws Unreadable {
        Input.Kind kind = named != Input.Kind.UNKNOWN ? named : looksLikeHtml(bytes) ? Input.Kind.HTML : Input.Kind.JSON;
        if (kind == Input.Kind.HTML) {
            return new Page(HtmlPage.parse(bytes), null);
        }
        if (bytes.length > maxJson) {
            throw tooLarge(bytes.length, maxJson, "JSON-LD block");
        }
        return new Page(null, bytes);
    }

    private static Unreadable tooLarge(long size, long max, String what) {
        return new Unreadable(String.format(Locale.ROOT,
                "more than the %,d bytes Copydesk reads as one %s (%,d bytes read before it stopped); check that this is "
                        + "the page you meant", max, what, size));
    }

    /** Reads at most {@code max} bytes; more is an error, however large the input says it is. */
    private static byte[] readAtMost(InputStream in, long max, String where) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new Unreadable(String.format(Locale.ROOT,
                    "more than %,d bytes %s; Copydesk reads one page at a time", max, where));
        }
        return bytes;
    }

    /**
     * Whether the first bytes are an HTML page rather than a JSON-LD block: they start with {@code <}
     * after white space and a byte order mark, but not with a CDATA or comment wrapper around JSON.
     */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        i = skipSpace(head, i);
        if (i >= head.length() || head.charAt(i) != '<') {
            return false;
        }
        for (String wrapper : new String[] {"<![CDATA[", "<!--"}) {
            if (head.startsWith(wrapper, i)) {
                int j = skipSpace(head, i + wrapper.length());
                return j < head.length() && head.charAt(j) != '{' && head.charAt(j) != '[';
            }
        }
        return true;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the HTML page, or {@code null} for a JSON-LD block */
    HtmlPage html() {
        return html;
    }

    /** @return the JSON-LD block's bytes, or {@code null} for an HTML page */
    byte[] json() {
        return json;
    }

    /**
     * Reads the page's blocks together, or the block.
     *
     * @param reader the reader
     * @return what it read
     * @throws io.github.copydesk.read.ReadException if a limit is exceeded
     */
    ReadResult read(JsonLdReader reader) {
        // bytes that are not UTF-8 are read as ISO-8859-1, with a warning
        return html != null ? reader.read(html) : reader.read(json, StandardCharsets.UTF_8);
    }
}
