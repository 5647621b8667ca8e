package io.github.copydesk.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pages written to test lint's verdicts (issue 10): one well-formed article, and pages that each change
 * one thing in it, with the verdict each must get. A verdict is the set of findings at WARNING or ERROR,
 * each written {@code "SEVERITY id path"} (the rule's id, or the reader's code for a finding that names
 * no rule), plus INFO findings that must be among the rest. The same table is judged through the library
 * ({@code PageLint}) and through {@code copydesk lint}, which must agree.
 */
public final class CraftedPages {

    private CraftedPages() {
    }

    /**
     * A crafted page.
     *
     * @param name what it shows
     * @param file a file name, whose extension says HTML page or JSON-LD block
     * @param bytes the page
     * @param verdict the exact findings at WARNING or ERROR
     * @param infos INFO findings it must also get
     */
    public record Page(String name, String file, byte[] bytes, Set<String> verdict, Set<String> infos) {

        /** @return whether it is an HTML page */
        public boolean html() {
            return file.endsWith(".html");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The article every page starts from: it gets no WARNING or ERROR in any profile. */
    private static Map<String, String> base() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("@context", "\"https://schema.org\"");
        a.put("@type", "\"NewsArticle\"");
        a.put("url", "\"https://example.com/news/harbour-reopens\"");
        a.put("headline", "\"Harbour reopens after storm\"");
        a.put("datePublished", "\"2026-03-02T08:00:00+01:00\"");
        a.put("dateModified", "\"2026-03-02T09:30:00+01:00\"");
        a.put("dateline", "\"LISBON\"");
        a.put("author", author("Ana Ribeiro"));
        a.put("publisher", "{\"@type\": \"NewsMediaOrganization\", \"name\": \"Example News\", \"url\": \"https://example.com/\"}");
        a.put("image", "{\"@type\": \"ImageObject\", \"url\": \"https://example.com/img/harbour-1200.jpg\", \"width\": 1200, "
                + "\"height\": 800, \"caption\": \"The harbour on Monday\", \"creditText\": \"Ana Ribeiro/Example News\"}");
        a.put("articleBody", "\"LISBON — The harbour reopened on Monday.\"");
        return a;
    }

    private static String author(String name) {
        return "{\"@type\": \"Person\", \"name\": \"" + name + "\", \"url\": \"https://example.com/staff/ana-ribeiro\"}";
    }

    private static String json(Map<String, String> article) {
        StringBuilder s = new StringBuilder("{");
        article.forEach((k, v) -> s.append(s.length() == 1 ? "" : ",\n ").append('"').append(k).append("\": ").append(v));
        return s.append('}').toString();
    }

    private static String html(String head, Map<String, String> article, String body) {
        return "<!DOCTYPE html>\n<html><head>" + head + "<script type=\"application/ld+json\">" + json(article)
                + "</script></head><body>" + body + "</body></html>";
    }

    private static Map<String, String> with(Consumer<Map<String, String>> change) {
        Map<String, String> a = base();
        change.accept(a);
        return a;
    }

    private static Page block(String name, Consumer<Map<String, String>> change, Set<String> verdict, Set<String> infos) {
        return new Page(name, slug(name) + ".jsonld", json(with(change)).getBytes(StandardCharsets.UTF_8), verdict, infos);
    }

    private static Page page(String name, String html, Set<String> verdict, Set<String> infos) {
        return new Page(name, slug(name) + ".html", html.getBytes(StandardCharsets.UTF_8), verdict, infos);
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Real names no author rule may flag: the rules issue's list and two more (core's RealNames holds the long list). */
    public static final List<String> REAL_NAMES = List.of("Martin Luther King Jr.", "Smith-Jones", "Ngũgĩ wa Thiong'o",
            "Robert Downey Jr", "de la Cruz", "O'Brien", "Ursula von der Leyen", "Ana Ribeiro-Sousa", "Mary-Kate O'Neill");

    /** @return every crafted page */
    public static List<Page> all() {
        List<Page> pages = new ArrayList<>();
        pages.add(block("the article as written", a -> { }, Set.of(), Set.of()));
        // Datelines
        pages.add(block("dateline with its country and no locationCreated", a -> a.put("dateline", "\"LISBON, Portugal\""),
                Set.of(), Set.of()));
        pages.add(block("dateline of a country only", a -> a.put("dateline", "\"Portugal\""),
                Set.of("WARNING editorial.dateline.locality.expected dateline.place.locality"), Set.of()));
        pages.add(block("no dateline", a -> a.remove("dateline"),
                Set.of(), Set.of("INFO editorial.dateline.expected dateline")));
        // Scheduled publishing
        pages.add(block("edited at 07:12, published as scheduled at 08:00", a -> a.put("dateModified", "\"2026-03-02T07:12:00+01:00\""),
                Set.of("WARNING publishable.date-modified.not-before-published dateModified"), Set.of()));
        pages.add(block("created after it was published", a -> a.put("dateCreated", "\"2026-03-02T09:00:00+01:00\""),
                Set.of("WARNING publishable.date-created.not-after-published datePublished"), Set.of()));
        // Repairs hide what the page got wrong: the rule of the markup as written, at the page's JSON path
        pages.add(block("author named with By", a -> a.put("author", author("By Ana Ribeiro")),
                Set.of("ERROR google.author.name.no-prefix $.author.name"), Set.of()));
        pages.add(block("author in an array named with By", a -> a.put("author", "[" + author("By Ana Ribeiro") + "]"),
                Set.of("ERROR google.author.name.no-prefix $.author[0].name"), Set.of()));
        pages.add(block("author named with a job title", a -> a.put("author", author("Ana Ribeiro, Senior Correspondent")),
                Set.of("ERROR google.author.name.no-job-title $.author.name"), Set.of()));
        // the page's url belongs to neither of the two people the entry names, so each is without one
        pages.add(block("two people in one author", a -> a.put("author", author("Ana Ribeiro and Paulo Sousa")),
                Set.of("ERROR google.author.name.one-person $.author.name",
                        "WARNING google.author.url.expected byline.contributors[0].party",
                        "WARNING google.author.url.expected byline.contributors[1].party"), Set.of()));
        pages.add(block("author and agency", a -> a.put("author", author("Jane Doe | Reuters")),
                Set.of("ERROR google.author.name.no-publisher $.author.name"), Set.of()));
        pages.add(block("author with an honorific", a -> a.put("author", author("Dr. Jane Doe")),
                Set.of("ERROR google.author.name.no-honorific byline.contributors[0].party.name"), Set.of()));
        // Wrong reason, wrong severity
        pages.add(block("author with initials after the name", a -> a.put("author", author("Elena Muster (emu)")),
                Set.of("WARNING google.author.name.no-initials byline.contributors[0].party.name"), Set.of()));
        pages.add(block("author person named as the publisher", a -> a.put("author", author("Example News")),
                Set.of("ERROR google.author.name.no-publisher byline.contributors[0].party.name"), Set.of()));
        for (String name : REAL_NAMES) {
            pages.add(block("author " + name, a -> a.put("author", author(name)), Set.of(), Set.of()));
        }
        // Image licence: an ERROR only for an image that opts in
        pages.add(block("image with url and copyrightHolder only", a -> a.put("image", "{\"@type\": \"ImageObject\", "
                + "\"url\": \"https://example.com/img/h.jpg\", \"width\": 1200, \"height\": 800, "
                + "\"copyrightHolder\": {\"@type\": \"Organization\", \"name\": \"Example News\"}}"),
                Set.of("WARNING editorial.image.credit.expected media[0].credit"),
                Set.of("INFO google.image-license.recommended media[0].rights")));
        pages.add(block("image with a license page and nothing that credits it", a -> a.put("image", "{\"@type\": \"ImageObject\", "
                + "\"url\": \"https://example.com/img/h.jpg\", \"width\": 1200, \"height\": 800, "
                + "\"acquireLicensePage\": \"https://example.com/licensing\"}"),
                Set.of("ERROR google.image-license.required media[0].rights", "WARNING editorial.image.credit.expected media[0].credit"),
                Set.of()));
        // What markup cannot say: alt text; a page can say it
        Map<String, String> noUrl = with(a -> a.remove("url"));
        pages.add(page("page with an image shown without alt text",
                html("<link rel=\"canonical\" href=\"https://example.com/news/harbour-reopens\">", base(),
                        "<img src=\"/img/harbour-1200.jpg\" alt=\"\">"),
                Set.of("WARNING editorial.image.alt-text.expected media[0].altText"), Set.of()));
        pages.add(page("page with an image shown with alt text",
                html("<link rel=\"canonical\" href=\"https://example.com/news/harbour-reopens\">", base(),
                        "<img srcset=\"https://example.com/img/harbour-600.jpg 600w, /img/harbour-1200.jpg 1200w\" "
                                + "alt=\"Cranes unload a ship in the reopened harbour\">"),
                Set.of(), Set.of()));
        pages.add(page("page with the caption as the alt text",
                html("<link rel=\"canonical\" href=\"https://example.com/news/harbour-reopens\">", base(),
                        "<img src=\"https://example.com/img/harbour-1200.jpg\" alt=\"The harbour on Monday\">"),
                Set.of(), Set.of("INFO editorial.image.alt-text.not-caption media[0].altText")));
        pages.add(page("page that does not show the image", html("", base(), "<p>The harbour reopened.</p>"), Set.of(), Set.of()));
        // The page's own URL
        pages.add(page("page with a canonical link and no url in its markup",
                html("<link rel=\"canonical\" href=\"https://example.com/news/harbour-reopens\">", noUrl, ""),
                Set.of(), Set.of("INFO read.url.from-page $")));
        pages.add(page("page with og:url and no url in its markup",
                html("<meta property=\"og:url\" content=\"https://example.com/news/harbour-reopens\">", noUrl, ""),
                Set.of(), Set.of("INFO read.url.from-page $")));
        pages.add(block("block with no url", a -> a.remove("url"), Set.of("ERROR publishable.url.required url"), Set.of()));
        // Pages get the same encoding care as files (issue 11)
        pages.add(new Page("page in ISO-8859-1 without a charset", "latin-1-page.html",
                html("", with(a -> a.put("headline", "\"Porto reabre após a tempestade\"")), "")
                        .getBytes(StandardCharsets.ISO_8859_1),
                Set.of("WARNING read.encoding.repaired $"), Set.of()));
        pages.add(page("page without JSON-LD", "<html><body><p>No markup.</p></body></html>",
                Set.of("WARNING page.jsonld.missing $"), Set.of()));
        return pages;
    }
}
