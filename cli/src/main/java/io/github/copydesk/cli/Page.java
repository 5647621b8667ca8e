package io.github.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import io.github.copydesk.jsonld.HtmlPage;
import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.read.ReadResult;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * An input as read: an HTML page, the bytes of one JSON-LD block, or the bytes of an IPTC ninjs item.
 * Every input is read through a stream that stops at its limit, whatever the file claims its size is; a
 * named path that is not a regular file (a device such as {@code /dev/zero}, a FIFO, a socket, or a link
 * to one) is not opened.
 */
final class Page {

    /** What an input holds, decided from its name and its first bytes. */
    enum Format {
        /** An HTML page. */
        HTML("an HTML page"),
        /** A JSON-LD block. */
        JSONLD("JSON-LD"),
        /** An IPTC ninjs item. */
        NINJS("ninjs");

        private final String description;

        Format(String description) {
            this.description = description;
        }

        /** @return the format, as a sentence names it */
        String description() {
            return description;
        }
    }

    /** How many names of the first object are looked at: enough for any item, bounded work for any input. */
    private static final int NAMES_LOOKED_AT = 64;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final HtmlPage html;
    private final byte[] json;
    private final Format format;

    private Page(HtmlPage html, byte[] json, Format format) {
        this.html = html;
        this.json = json;
        this.format = format;
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
            return new Page(HtmlPage.parse(bytes), null, Format.HTML);
        }
        Format format = jsonFormat(bytes);
        if (bytes.length > maxJson) {
            throw tooLarge(bytes.length, maxJson, format == Format.NINJS ? "ninjs item" : "JSON-LD block");
        }
        return new Page(null, bytes, format);
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
     * Whether JSON is a ninjs item or JSON-LD, from the names of its first object (of the array when it is
     * one): a name starting with {@code @} makes it JSON-LD; else a name of a ninjs item
     * ({@link NinjsReader#isItemName}) makes it ninjs. At most {@value #NAMES_LOOKED_AT} names are read,
     * their values skipped by the streaming parser. What is not JSON, or says neither, is JSON-LD, whose
     * lenient reader recovers what it can.
     */
    static Format jsonFormat(byte[] bytes) {
        boolean ninjs = false;
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return Format.JSONLD;
            }
            for (int n = 0; n < NAMES_LOOKED_AT && p.nextToken() == JsonToken.FIELD_NAME; n++) {
                String name = p.currentName();
                if (name.startsWith("@")) {
                    return Format.JSONLD;
                }
                ninjs |= NinjsReader.isItemName(name);
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // not JSON as written from here on: what the names read so far say; either lenient reader
            // recovers what it can
        }
        return ninjs ? Format.NINJS : Format.JSONLD;
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

    /** @return the HTML page, or {@code null} for JSON */
    HtmlPage html() {
        return html;
    }

    /** @return the JSON bytes (a JSON-LD block or a ninjs item), or {@code null} for an HTML page */
    byte[] json() {
        return json;
    }

    /** @return what the input holds */
    Format format() {
        return format;
    }

    /**
     * Reads the input leniently: the page's blocks together, the block, or the item.
     *
     * @param jsonld the JSON-LD reader
     * @param ninjs the ninjs reader
     * @return what it read
     * @throws io.github.copydesk.read.ReadException if a limit is exceeded
     */
    ReadResult read(JsonLdReader jsonld, NinjsReader ninjs) {
        // bytes that are not UTF-8 are read as ISO-8859-1, with a warning
        return switch (format) {
            case HTML -> jsonld.read(html);
            case JSONLD -> jsonld.read(json, StandardCharsets.UTF_8);
            case NINJS -> ninjs.read(json, StandardCharsets.UTF_8);
        };
    }
}
