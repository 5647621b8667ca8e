package io.github.copydesk.ninjs.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.copydesk.ninjs.internal.TextMapping.Entry;
import io.github.copydesk.ninjs.internal.TextMapping.Format;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.internal.TextCleaner;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The body both ways. Reading: of the bodies an item gives, plain text comes first, then text with no
 * known content type and no markup, then HTML and XHTML, then NITF, then text with no known content type
 * that starts with markup (read as HTML); among equals, role "main" first, then document order. Markup
 * is read as paragraphs: HTML (XHTML too, read as HTML, since wire XHTML is not always well-formed) by
 * its {@code <body>}, NITF by its {@code body.content}; scripts, styles, figures and their captions are
 * no part of the story; white space is read as a browser shows it, and each block (a paragraph, a
 * heading, a list item) and each {@code <br>} ends a line, through {@link TextCleaner}. The plain text
 * never carries markup. Which body was read is an INFO {@code read.body.chosen} whenever there was a
 * choice or markup was read. Writing: the body as one plain-text body. Stateless and thread-safe.
 */
final class BodyMapping {

    /** Elements that hold no story text. */
    private static final Set<String> NOT_STORY = Set.of("script", "style", "noscript", "template", "figure", "figcaption",
            "iframe", "object", "embed", "svg", "head", "title");

    private BodyMapping() {
    }

    /** The body read, and the entry it was read from. */
    record Body(String text, Entry from) {
    }

    /**
     * Reads the body of a text item.
     *
     * @param r the read
     * @param item the item
     * @return the body (its text {@code null} when nothing readable), or {@code null} when there is none
     */
    static Body read(Reading r, Item item) {
        List<Entry> bodies = TextMapping.entries(r, item, TextMapping.Kind.BODY);
        if (bodies.isEmpty()) {
            return null;
        }
        Entry chosen = null;
        for (Entry e : bodies) {
            if (chosen == null || rank(e) < rank(chosen) || (rank(e) == rank(chosen) && e.is("main") && !chosen.is("main"))) {
                chosen = e;
            }
        }
        Format format = chosen.format();
        if (bodies.size() > 1 || format.markup()) {
            List<String> left = new ArrayList<>();
            for (Entry e : bodies) {
                if (e != chosen) {
                    left.add(e.describe());
                }
            }
            r.info(ReadCode.BODY_CHOSEN, chosen.at(), "the body read is " + chosen.describe()
                    + (format.markup() ? ", read as text from its markup" : "")
                    + (left.isEmpty() ? "" : "; not read: " + String.join(", ", left)));
        }
        return new Body(text(r, chosen), chosen);
    }

    private static int rank(Entry e) {
        return e.format().ordinal();
    }

    private static String text(Reading r, Entry e) {
        if (!e.value().isTextual()) {
            return r.text(e.value(), e.valueAt(), TextCleaner.Kind.PARAGRAPHS);
        }
        String value = e.value().textValue();
        Format format = e.format();
        if (!format.markup()) {
            if (r.strict()) {
                return value.isEmpty() ? null : value;
            }
            if (value.indexOf('\r') >= 0) {
                value = value.replace("\r\n", "\n").replace('\r', '\n');
                r.info(ReadCode.TEXT_CLEANED, e.valueAt(), "line ends CR LF and CR read as LF");
            }
            return TextCleaner.clean(value, TextCleaner.Kind.PARAGRAPHS, 0, e.valueAt(), r.findings());
        }
        String story = story(value, format == Format.NITF);
        String text = TextCleaner.clean(story, TextCleaner.Kind.PARAGRAPHS, 0, e.valueAt(), r.findings());
        return text == null ? null : lines(text);
    }

    /**
     * The story part of a markup document as an HTML fragment, its text's white space collapsed as a
     * browser shows it: HTML's {@code <body>}, NITF's {@code body.content} (else the whole document),
     * without the elements that hold no story text.
     */
    static String story(String markup, boolean nitf) {
        Element root;
        if (nitf) {
            Document xml = Jsoup.parse(markup, "", Parser.xmlParser());
            Element content = xml.getElementsByTag("body.content").first();
            root = content != null ? content : xml;
        } else {
            root = Jsoup.parse(markup).body();
        }
        for (Element e : root.getAllElements()) {
            if (e != root && NOT_STORY.contains(e.normalName())) {
                e.remove();
            }
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !preformatted(t)) {
                    t.text(collapse(t.getWholeText()));
                }
            }
        }, root);
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        root.ownerDocument().outputSettings(settings);
        return root.html();
    }

    private static boolean preformatted(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Runs of white space as one space, as HTML shows them. */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Each line stripped, and no empty lines: what markup's blocks leave between paragraphs. */
    private static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * Writes the article's body as one plain-text body with role main.
     *
     * @param w the write
     * @param body the body, or {@code null}
     * @throws IOException if the target fails
     */
    static void write(Writing w, String body) throws IOException {
        TextMapping.write(w, TextMapping.Kind.BODY, new TextMapping.Out("main", body));
    }
}
