package io.github.copydesk.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Paywall;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * What only the HTML page can show about an article's markup: that each paywalled section's
 * {@code cssSelector} names an element of the page, and that no paywalled section lies inside another
 * (Google's paywall guideline: "don't nest sections"). The selector's form (a class selector) is a
 * rule of the library, {@code google.paywall.class-selector}.
 */
final class PageChecks {

    private PageChecks() {
    }

    /**
     * Checks an article's paywalled sections against its page.
     *
     * @param article the article
     * @param page the page it was read from
     * @return the findings, in section order
     */
    static List<Item> paywall(Article article, Document page) {
        Paywall paywall = article.paywall();
        if (paywall == null || paywall.accessibleForFree() || paywall.sections().isEmpty()) {
            return List.of();
        }
        List<String> selectors = paywall.sections();
        List<Item> findings = new ArrayList<>();
        // each element of a paywalled section, and the first section that names it
        Map<Element, Integer> sectionOf = new IdentityHashMap<>();
        List<Elements> matches = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) {
            String selector = selectors.get(i);
            Elements elements;
            boolean invalid = false;
            try {
                elements = page.select(selector);
            } catch (Selector.SelectorParseException e) {
                findings.add(Item.page(PageRule.PAYWALL_SECTION_MISSING, path(i), "The paywalled section's cssSelector \""
                        + selector + "\" is not a CSS selector (" + e.getMessage() + "), so it names nothing on the page. "
                        + "Use a class selector such as \".paywall\" and put that class on the paywalled element."));
                elements = new Elements();
                invalid = true;
            }
            if (elements.isEmpty() && !invalid) {
                findings.add(Item.page(PageRule.PAYWALL_SECTION_MISSING, path(i), "No element of the page matches the paywalled "
                        + "section's cssSelector \"" + selector + "\". Put the class on the element that holds the paywalled "
                        + "text, or correct the cssSelector in the JSON-LD."));
            }
            matches.add(elements);
            for (Element e : elements) {
                sectionOf.putIfAbsent(e, i);
            }
        }
        for (int i = 0; i < matches.size(); i++) {
            Set<Integer> outer = new LinkedHashSet<>();
            for (Element e : matches.get(i)) {
                for (Element up = e.parent(); up != null; up = up.parent()) {
                    Integer j = sectionOf.get(up);
                    if (j != null) {
                        outer.add(j);
                    }
                }
            }
            for (int j : outer) {
                String inside = j == i ? "another element it matches" : "the paywalled section \"" + selectors.get(j) + "\" (" + path(j) + ")";
                findings.add(Item.page(PageRule.PAYWALL_SECTION_NESTED, path(i), "The paywalled section \"" + selectors.get(i)
                        + "\" lies inside " + inside + ". Paywalled sections must not nest: mark only the outermost "
                        + "element of each paywalled part of the page."));
            }
        }
        return findings;
    }

    private static String path(int i) {
        return "paywall.sections[" + i + "]";
    }
}
