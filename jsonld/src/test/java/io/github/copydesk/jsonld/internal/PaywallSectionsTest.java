package io.github.copydesk.jsonld.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.copydesk.model.Paywall;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Severity;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PaywallSectionsTest {

    private static final int MAX = 100;

    private static Paywall paywalled(String... selectors) {
        return Paywall.of(selectors);
    }

    private static ClassedElements page(String body) {
        return ClassedElements.of(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.path()).toList();
    }

    @Test
    void check_sectionsPresentAndApart_noFinding() {
        assertEquals(List.of(), PaywallSections.check(paywalled(".a", ".b"), page("<div class=a></div><div class=b></div>"), MAX));
    }

    @Test
    void check_freeOrNoPaywall_notChecked() {
        assertEquals(List.of(), PaywallSections.check(Paywall.FREE, page(""), MAX));
        assertEquals(List.of(), PaywallSections.check(null, page(""), MAX));
    }

    @Test
    void check_selectorMatchesNothing_missing() {
        List<Finding> findings = PaywallSections.check(paywalled(".a", ".gone"), page("<div class=a></div>"), MAX);

        assertEquals(List.of("page.paywall.section.missing paywall.sections[1]"), rules(findings));
        Finding missing = findings.get(0);
        assertEquals(Severity.ERROR, missing.severity());
        assertTrue(missing.message().contains("\".gone\""), missing.message());
        assertEquals("https://developers.google.com/search/docs/appearance/structured-data/paywalled-content",
                missing.guideline().toString());
    }

    @Test
    void check_severalClassesTogether_elementMustHaveAll() {
        assertEquals(List.of("page.paywall.section.missing paywall.sections[0]"),
                rules(PaywallSections.check(paywalled(".a.b"), page("<div class=a></div><div class=b></div>"), MAX)));
        assertEquals(List.of(), PaywallSections.check(paywalled(".a.b"), page("<div class=\"b x a\"></div>"), MAX));
    }

    @Test
    void check_selectorNotAClassSelector_notLookedFor() {
        // validation reports google.paywall.class-selector for it; the page is not searched with another grammar
        assertEquals(List.of(), PaywallSections.check(paywalled("div > p", "*:matches((.*a){12}b)"), page("<div><p>x</p></div>"), MAX));
    }

    @Test
    void check_sectionInsideOther_nested() {
        List<Finding> findings = PaywallSections.check(paywalled(".outer", ".inner"),
                page("<div class=outer><section><p class=inner>x</p></section></div>"), MAX);

        assertEquals(List.of("page.paywall.section.nested paywall.sections[1]"), rules(findings));
        assertTrue(findings.get(0).message().contains("inside the paywalled section \".outer\" (paywall.sections[0])"),
                findings.get(0).message());
    }

    @Test
    void check_sameSelectorNested_nestedOnce() {
        List<Finding> findings = PaywallSections.check(paywalled(".p"),
                page("<div class=p><div class=p><div class=p>x</div></div></div>"), MAX);

        assertEquals(List.of("page.paywall.section.nested paywall.sections[0]"), rules(findings));
        assertTrue(findings.get(0).message().contains("inside another element it matches"), findings.get(0).message());
    }

    @Test
    void check_sectionAfterAnotherClosed_notNested() {
        assertEquals(List.of(), PaywallSections.check(paywalled(".a", ".b"),
                page("<div class=a><p>x</p></div><section><div><p class=b>y</p></div></section>"), MAX));
        assertEquals(List.of(), PaywallSections.check(paywalled(".a", ".b"),
                page("<div><div><div class=a></div></div></div><p class=b>y</p>"), MAX));
    }

    @Test
    void check_sectionDeepInsideOther_nestedThroughUnclassedElements() {
        assertEquals(List.of("page.paywall.section.nested paywall.sections[1]"), rules(PaywallSections.check(paywalled(".a", ".b"),
                page("<div class=a><section><div><p>x</p></div><div><p class=b>y</p></div></section></div>"), MAX)));
    }

    @Test
    void check_oneElementTwoSelectors_notNested() {
        assertEquals(List.of(), PaywallSections.check(paywalled(".a", ".b"), page("<div class=\"a b\"></div>"), MAX));
    }

    @Test
    void check_moreSectionsThanTheLimit_firstCheckedAndSaid() {
        List<Finding> findings = PaywallSections.check(paywalled(".a", ".b", ".c"), page("<div class=a></div>"), 2);

        assertEquals(List.of("page.paywall.section.missing paywall.sections[1]", "page.paywall.sections.unchecked paywall.sections"),
                rules(findings));
        assertTrue(findings.get(1).message().contains("names 3 paywalled sections; the page was checked for the first 2"),
                findings.get(1).message());
    }

    @Test
    void check_100000NestedMatches_linearAndOneFinding() {
        // issue 11: each match's ancestors were walked (89 s); one walk with a stack takes milliseconds
        String page = "<div class=p>".repeat(100_000) + "</div>".repeat(100_000);
        ClassedElements document = ClassedElements.of(Jsoup.parse(page));

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> PaywallSections.check(paywalled(".p", ".q"), document, MAX));

        assertEquals(List.of("page.paywall.section.nested paywall.sections[0]", "page.paywall.section.missing paywall.sections[1]"),
                rules(findings));
    }

    @Test
    void check_manySectionsOnAManyElementPage_boundedByTheLimit() {
        List<String> selectors = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            selectors.add(".s" + i);
        }
        ClassedElements document = ClassedElements.of(Jsoup.parse("<p class=s1>x</p>".repeat(20_000)));

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> PaywallSections.check(Paywall.of(selectors.toArray(String[]::new)), document, MAX));

        assertEquals(MAX, findings.size(), "99 sections missing (s1 is on the page) and the limit: " + rules(findings));
        assertEquals("page.paywall.sections.unchecked paywall.sections", rules(findings).get(MAX - 1));
    }
}
