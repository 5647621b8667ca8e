package io.github.copydesk.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadResult;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An input as read: the JSON-LD blocks of an HTML page with the page itself, or one JSON-LD block.
 */
final class Page {

    /** The largest HTML page read: pages are parsed whole. */
    static final long MAX_HTML_BYTES = 16L * 1024 * 1024;

    private final Document document;
    private final List<String> blocks;
    private final byte[] json;

    private Page(Document document, List<String> blocks, byte[] json) {
        this.document = document;
        this.blocks = blocks;
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
     * @param reader the reader whose input limit applies to a JSON-LD file
     * @return the page
     * @throws Unreadable if the input cannot be read
     */
    static Page load(Input input, InputStream stdin, JsonLdReader reader) throws Unreadable {
        if (input.error() != null) {
            throw new Unreadable(input.error());
        }
        long maxJson = reader.limits().maxInputBytes();
        try {
            if (input.file() == null) {
                byte[] bytes = readAtMost(stdin, MAX_HTML_BYTES);
                boolean html = looksLikeHtml(bytes);
                if (!html && bytes.length > maxJson) {
                    throw tooLarge(bytes.length, maxJson, "JSON-LD block");
                }
                return html ? html(new ByteArrayInputStream(bytes)) : new Page(null, null, bytes);
            }
            long size = Files.size(input.file());
            Input.Kind kind = input.kind();
            if (kind == Input.Kind.UNKNOWN) {
                byte[] head;
                try (InputStream in = Files.newInputStream(input.file())) {
                    head = in.readNBytes(256);
                }
                kind = looksLikeHtml(head) ? Input.Kind.HTML : Input.Kind.JSON;
            }
            if (kind == Input.Kind.HTML) {
                if (size > MAX_HTML_BYTES) {
                    throw tooLarge(size, MAX_HTML_BYTES, "HTML page");
                }
                try (InputStream in = Files.newInputStream(input.file())) {
                    return html(in);
                }
            }
            if (size > maxJson) {
                throw tooLarge(size, maxJson, "JSON-LD block");
            }
            return new Page(null, null, Files.readAllBytes(input.file()));
        } catch (IOException e) {
            throw new Unreadable(Inputs.describe(e));
        }
    }

    private static Unreadable tooLarge(long size, long max, String what) {
        return new Unreadable(String.format(Locale.ROOT,
                "%,d bytes, more than the %,d bytes Copydesk reads as one %s; check that this is the page you meant",
                size, max, what));
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new Unreadable(String.format(Locale.ROOT,
                    "more than %,d bytes on standard input; Copydesk reads one page at a time", max));
        }
        return bytes;
    }

    private static Page html(InputStream in) throws IOException {
        // jsoup finds the charset in a byte order mark or the page's meta element, else reads UTF-8
        Document document = Jsoup.parse(in, null, "");
        List<String> blocks = new ArrayList<>();
        for (Element script : document.select("script[type]")) {
            String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
            if (type.equals("application/ld+json") || type.startsWith("application/ld+json;")) {
                blocks.add(script.data());
            }
        }
        return new Page(document, List.copyOf(blocks), null);
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

    /** @return whether this is an HTML page */
    boolean isHtml() {
        return document != null;
    }

    /** @return the HTML page, or {@code null} for a JSON-LD block */
    Document document() {
        return document;
    }

    /** @return how many JSON-LD blocks there are */
    int blockCount() {
        return document != null ? blocks.size() : 1;
    }

    /**
     * Reads the blocks, together (so that {@code @id} references resolve across them).
     *
     * @param reader the reader
     * @return what it read
     * @throws io.github.copydesk.read.ReadException if a limit is exceeded
     */
    ReadResult read(JsonLdReader reader) {
        if (document != null) {
            return reader.read(blocks);
        }
        // bytes that are not UTF-8 are read as ISO-8859-1, with a warning
        return reader.read(json, StandardCharsets.UTF_8);
    }
}
