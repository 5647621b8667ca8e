package io.github.copydesk.jsonld;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.jsonld.internal.ClassedElements;
import io.github.copydesk.read.ReadCode;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadLimits;
import io.github.copydesk.read.internal.Findings;
import io.github.copydesk.read.internal.Inputs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page as Copydesk reads it: the texts of its {@code <script type="application/ld+json">}
 * elements (read together by {@link JsonLdReader#read(HtmlPage)}, so that an {@code @id} in one block
 * finds its node in another), its canonical URL, and the alt texts of its images, which schema.org
 * cannot carry but the page can.
 *
 * <ul>
 * <li><b>Charset:</b> a byte order mark, else the charset the page declares ({@code <meta charset>}
 *   or {@code http-equiv}) in its first 4,096 bytes, else UTF-8, in which a byte that is not valid
 *   UTF-8 is read as the ISO-8859-1 char it stands for (a Latin-1 page, or a Latin-1 block in a UTF-8
 *   page, reads as written), with a warning in {@link #findings()}.</li>
 * <li><b>Canonical URL:</b> the absolute http(s) {@code href} of {@code <link rel="canonical">}, else
 *   the {@code content} of {@code <meta property="og:url">}.</li>
 * <li><b>Alt text:</b> the {@code alt} of the {@code <img>} whose {@code src}, or one of whose
 *   {@code srcset} candidates, is an image's URL; a relative one is resolved against the page's absolute
 *   {@code <base href>}, else its canonical URL (a page with neither shows only the images it names by
 *   absolute URL).</li>
 * </ul>
 *
 * <p>A page larger than {@value #MAX_BYTES} bytes is not parsed. Only what Copydesk reads is kept, not the
 * page's DOM. Immutable and thread-safe.
 */
public final class HtmlPage {

    /** The largest page parsed, in bytes: pages are parsed whole. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private final ClassedElements classed;
    private final List<String> blocks;
    private final URI canonical;
    private final Map<String, String> altTexts;
    private final List<ReadFinding> findings;

    private HtmlPage(Document document, List<ReadFinding> findings) {
        this.classed = ClassedElements.of(document);
        this.findings = List.copyOf(findings);
        List<String> scripts = new ArrayList<>();
        for (Element script : document.select("script[type]")) {
            String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
            if (type.equals("application/ld+json") || type.startsWith("application/ld+json;")) {
                scripts.add(script.data());
            }
        }
        this.blocks = List.copyOf(scripts);
        this.canonical = canonical(document);
        this.altTexts = Map.copyOf(altTexts(document, base(document, canonical)));
    }

    /**
     * Parses a page given as bytes, finding its charset as the class documentation says.
     *
     * @param bytes the page
     * @return the page
     * @throws NullPointerException if {@code bytes} is null
     * @throws ReadException with {@link ReadCode#LIMIT_EXCEEDED} if the page is larger than {@value #MAX_BYTES} bytes
     */
    public static HtmlPage parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            throw ReadException.limit(ReadLimits.Limit.INPUT_BYTES, 0, 0, 0,
                    "an HTML page of more than " + MAX_BYTES + " bytes");
        }
        Findings findings = new Findings(false);
        Charset declared = declaredCharset(bytes);
        String html;
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            html = Inputs.withoutBom(new String(bytes, declared));
        } else {
            html = Inputs.decodeUtf8OrLatin1(bytes, findings);
        }
        return new HtmlPage(Jsoup.parse(html), findings.list());
    }

    /**
     * Parses a page given as text.
     *
     * @param html the page
     * @return the page
     * @throws NullPointerException if {@code html} is null
     */
    public static HtmlPage parse(String html) {
        return new HtmlPage(Jsoup.parse(Objects.requireNonNull(html, "html")), List.of());
    }

    /** The charset of a byte order mark, else the one the page declares, else {@code null}. */
    private static Charset declaredCharset(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(m.group(1));
            // a page that says ISO-8859-1 is read as windows-1252, as browsers do (HTML's encoding rules)
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? Charset.forName("windows-1252") : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static URI canonical(Document document) {
        URI link = absoluteUrl(document.select("link[rel~=(?i)^canonical$]").attr("href"));
        return link != null ? link : absoluteUrl(document.select("meta[property=og:url]").attr("content"));
    }

    private static URI absoluteUrl(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            return Checks.isUrl(uri) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** What the page's relative URLs resolve against: its {@code <base href>} if absolute, else its canonical URL. */
    private static URI base(Document document, URI canonical) {
        URI base = absoluteUrl(document.select("base[href]").attr("href"));
        return base != null ? base : canonical;
    }

    /** The alt text of every image URL the page shows, by URL as the page writes it and resolved. */
    private static Map<String, String> altTexts(Document document, URI base) {
        Map<String, String> alts = new HashMap<>();
        for (Element img : document.select("img")) {
            // an image without alt is shown, with no alt text
            String alt = img.hasAttr("alt") ? img.attr("alt") : null;
            putShown(alts, img.attr("src"), alt, base);
            for (String candidate : img.attr("srcset").split(",")) {
                String url = candidate.strip();
                int space = url.indexOf(' ');
                putShown(alts, space < 0 ? url : url.substring(0, space), alt, base);
            }
        }
        return alts;
    }

    private static void putShown(Map<String, String> alts, String src, String alt, URI base) {
        if (src == null || src.isBlank()) {
            return;
        }
        String url = src.strip();
        if (base != null) {
            try {
                url = base.resolve(new URI(url)).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a URL: kept as written
            }
        }
        String known = alts.get(url);
        if (known == null || known.isBlank()) {
            alts.put(url, alt == null ? "" : alt);
        }
    }

    /** @return the texts of the page's JSON-LD script elements, in page order */
    public List<String> blocks() {
        return blocks;
    }

    /** @return the page's canonical URL ({@code <link rel="canonical">}, else {@code og:url}), or {@code null} */
    public URI canonical() {
        return canonical;
    }

    /**
     * Whether the page shows an image: an {@code <img>} whose {@code src} or a {@code srcset} candidate is its URL.
     *
     * @param url the image's URL
     * @return whether it is shown
     */
    public boolean shows(URI url) {
        return url != null && altTexts.containsKey(url.toString());
    }

    /**
     * The alt text the page gives an image it shows.
     *
     * @param url the image's URL
     * @return the alt text, or {@code null} when the page does not show the image or gives it no alt text
     */
    public String altText(URI url) {
        String alt = url == null ? null : altTexts.get(url.toString());
        return alt == null || alt.isBlank() ? null : alt.strip();
    }

    /** @return what reading the page's bytes found (a charset repair); empty for a page given as text */
    public List<ReadFinding> findings() {
        return findings;
    }

    /**
     * The page's elements that have classes, for the checks of what only the page can show; the page's DOM
     * is not kept.
     *
     * @return the classed elements
     */
    ClassedElements classed() {
        return classed;
    }
}
