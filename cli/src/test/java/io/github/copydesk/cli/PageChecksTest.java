package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Paywall;
import io.github.copydesk.validation.Severity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageChecksTest {

    private static Article paywalled(String... selectors) {
        return Article.builder().headline("Budget").paywall(Paywall.of(selectors)).build();
    }

    private static Document page(String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>");
    }

    private static List<String> rules(List<Item> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.path()).toList();
    }

    @Test
    void paywall_sectionsPresentAndApart_noFinding() {
        List<Item> findings = PageChecks.paywall(paywalled(".a", ".b"), page("<div class=a></div><div class=b></div>"));

        assertEquals(List.of(), findings);
    }

    @Test
    void paywall_free_notChecked() {
        Article free = Article.builder().headline("Budget").paywall(Paywall.FREE).build();

        assertEquals(List.of(), PageChecks.paywall(free, page("")));
        assertEquals(List.of(), PageChecks.paywall(Article.builder().build(), page("")));
    }

    @Test
    void paywall_selectorMatchesNothing_missing() {
        List<Item> findings = PageChecks.paywall(paywalled(".a", ".gone"), page("<div class=a></div>"));

        assertEquals(List.of("page.paywall.section.missing paywall.sections[1]"), rules(findings));
        Item missing = findings.get(0);
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals(Item.Source.PAGE, missing.source());
        assertTrue(missing.message().contains("\".gone\""), missing.message());
        assertEquals("https://developers.google.com/search/docs/appearance/structured-data/paywalled-content",
                missing.guideline().toString());
    }

    @Test
    void paywall_selectorNotCss_missingWithReason() {
        List<Item> findings = PageChecks.paywall(paywalled("..a["), page("<div class=a></div>"));

        assertEquals(List.of("page.paywall.section.missing paywall.sections[0]"), rules(findings));
        assertTrue(findings.get(0).message().contains("is not a CSS selector"), findings.get(0).message());
    }

    @Test
    void paywall_sectionInsideOther_nested() {
        List<Item> findings = PageChecks.paywall(paywalled(".outer", ".inner"),
                page("<div class=outer><section><p class=inner>x</p></section></div>"));

        assertEquals(List.of("page.paywall.section.nested paywall.sections[1]"), rules(findings));
        assertTrue(findings.get(0).message().contains("inside the paywalled section \".outer\" (paywall.sections[0])"),
                findings.get(0).message());
    }

    @Test
    void paywall_sameSelectorNested_nestedOnce() {
        List<Item> findings = PageChecks.paywall(paywalled(".p"),
                page("<div class=p><div class=p><div class=p>x</div></div></div>"));

        assertEquals(List.of("page.paywall.section.nested paywall.sections[0]"), rules(findings));
        assertTrue(findings.get(0).message().contains("inside another element it matches"), findings.get(0).message());
    }

    @Test
    void paywall_oneElementTwoSelectors_notNested() {
        List<Item> findings = PageChecks.paywall(paywalled(".a", ".b"), page("<div class=\"a b\"></div>"));

        assertEquals(List.of(), findings);
    }
}
