package io.github.copydesk.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.copydesk.read.ReadCode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cleans text the way a newsroom expects (lenient mode): HTML markup stripped (with jsoup), HTML
 * entities decoded (with jsoup, as in an attribute, so that {@code &notes} stays as written; a
 * second time when the text was escaped twice, as {@code &amp;uuml;}), control characters removed
 * (in one-line text, line breaks and tabs become one space, with the spaces around them), unpaired
 * surrogates replaced by U+FFFD, and white space trimmed. The characters are cleaned after the
 * entities are decoded, so that a control character, a line break or a surrogate written as a
 * character reference ({@code &#10;}, {@code &NewLine;}, {@code &#xD800;}) is cleaned like one
 * written as itself. No-break spaces inside the text are kept (French typography needs them). Every
 * change is reported: one finding per value. Stateless and thread-safe.
 */
public final class TextCleaner {

    /** What kind of text a value is. */
    public enum Kind {
        /** One line: names, headlines, captions. */
        LINE,
        /** Paragraphs: a body, a transcript. */
        PARAGRAPHS
    }

    /** What {@link #scan} found: a {@code <}, a {@code &}, a control character, a surrogate. */
    private static final int LT = 1;
    private static final int AMP = 2;
    private static final int CONTROL = 4;
    private static final int SURROGATE = 8;

    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)");

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "tr", "section", "article", "header", "footer", "ul", "ol", "table", "figure", "figcaption", "pre", "dd", "dt");

    private TextCleaner() {
    }

    /**
     * Cleans a text value.
     *
     * @param text the text as read from JSON
     * @param kind one line or paragraphs
     * @param block the block, for findings
     * @param path where, for findings
     * @param findings where each change is reported
     * @return the cleaned text, or {@code null} when nothing is left
     */
    public static String clean(String text, Kind kind, int block, JsonPath path, Findings findings) {
        if (text.isEmpty()) {
            return null;
        }
        int found = scan(text, kind);
        int n = text.length();
        boolean edges = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1));
        if (found == 0 && !edges) {
            return text;
        }
        List<String> done = new ArrayList<>(3);
        String t = text;
        boolean surrogates = false;
        if ((found & SURROGATE) != 0) {
            String fixed = fixSurrogates(t);
            if (!fixed.equals(t)) {
                t = fixed;
                surrogates = true;
            }
        }
        boolean markup = (found & LT) != 0 && hasTag(t);
        if (markup) {
            t = kind == Kind.LINE ? Jsoup.parseBodyFragment(t).text() : paragraphs(t);
            done.add("HTML markup stripped");
            if (t.indexOf('&') >= 0 && ENTITY.matcher(t).find()) {
                t = Parser.unescapeEntities(t, true);
                done.add("HTML entities decoded (the text was escaped twice)");
            }
        } else if ((found & AMP) != 0) {
            String decoded = Parser.unescapeEntities(t, true);
            if (!decoded.equals(t)) {
                t = decoded;
                if (t.indexOf('&') >= 0 && ENTITY.matcher(t).find()) {
                    t = Parser.unescapeEntities(t, true);
                    done.add("HTML entities decoded twice (the text was escaped twice)");
                } else {
                    done.add("HTML entities decoded");
                }
            }
        }
        if (!done.isEmpty()) {
            // what the markup or the entities held: characters written as references are cleaned too
            found = scan(t, kind);
            if ((found & SURROGATE) != 0) {
                String fixed = fixSurrogates(t);
                if (!fixed.equals(t)) {
                    t = fixed;
                    surrogates = true;
                }
            }
        }
        if (surrogates) {
            findings.warning(ReadCode.TEXT_CLEANED, block, path, "unpaired surrogate replaced by U+FFFD");
        }
        if ((found & CONTROL) != 0) {
            String cleaned = controls(t, kind);
            if (!cleaned.equals(t)) {
                t = cleaned;
                done.add(kind == Kind.LINE ? "line breaks and control characters replaced" : "control characters removed");
            }
        }
        String stripped = t.strip();
        if (stripped.length() != t.length()) {
            t = stripped;
            done.add("white space trimmed");
        }
        if (!done.isEmpty()) {
            findings.info(ReadCode.TEXT_CLEANED, block, path, "text cleaned: " + String.join(", ", done));
        }
        return t.isEmpty() ? null : t;
    }

    /**
     * What a text holds that may need cleaning: {@link #LT}, {@link #AMP}, {@link #CONTROL} (control
     * characters, and line breaks in one-line text), {@link #SURROGATE}. Linear.
     */
    private static int scan(String text, Kind kind) {
        int found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > '<' && c < 0x7f) {
                continue; // the common case: nothing to clean
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
                if (kind == Kind.LINE || !(c == '\n' || c == '\t' || c == '\r')) {
                    found |= CONTROL;
                }
            } else if (c == '<') {
                found |= LT;
            } else if (c == '&') {
                found |= AMP;
            } else if (Character.isSurrogate(c)) {
                found |= SURROGATE;
            }
        }
        return found;
    }

    /** Whether the text holds something that looks like an HTML tag or comment. Linear. */
    static boolean hasTag(String t) {
        int gt = -1;
        for (int i = t.indexOf('<'); i >= 0 && i + 1 < t.length(); i = t.indexOf('<', i + 1)) {
            char next = t.charAt(i + 1);
            boolean opens = Character.isLetter(next) || next == '!'
                    || (next == '/' && i + 2 < t.length() && Character.isLetter(t.charAt(i + 2)));
            if (!opens) {
                continue;
            }
            if (gt < i) {
                gt = t.indexOf('>', i);
                if (gt < 0) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The text of an HTML fragment with its paragraphs: a line break for each br and block end. */
    private static String paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())
                        && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }, body);
        return out.toString();
    }

    /**
     * The text without control characters; in one-line text, each line break or tab, with the spaces
     * around it, becomes one space.
     */
    private static String controls(String t, Kind kind) {
        StringBuilder out = new StringBuilder(t.length());
        // one-line text: a line break was replaced by a space, which absorbs the spaces that follow
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == 0x0c || c == 0x85
                    || c == 0x2028 || c == 0x2029;
            if (kind == Kind.LINE && lineBreak) {
                if (!space) {
                    int end = out.length();
                    while (end > 0 && out.charAt(end - 1) == ' ') {
                        end--;
                    }
                    out.setLength(end);
                    if (end > 0) {
                        out.append(' ');
                    }
                    space = true;
                }
                continue;
            }
            if (space && c == ' ') {
                continue;
            }
            if (kind == Kind.PARAGRAPHS && (c == '\n' || c == '\t' || c == '\r')) {
                out.append(c);
            } else if (kind == Kind.PARAGRAPHS && (c == 0x2028 || c == 0x2029)) {
                out.append('\n');
            } else if (c >= 0x20 && !(c >= 0x7f && c <= 0x9f)) {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static String fixSurrogates(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                out.append(c).append(t.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
