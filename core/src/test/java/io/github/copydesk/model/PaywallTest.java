package io.github.copydesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PaywallTest {

    // ---- FREE and of

    @Test
    void free_isAccessibleWithNoSections() {
        assertTrue(Paywall.FREE.accessibleForFree());
        assertEquals(List.of(), Paywall.FREE.sections());
        assertEquals(new Paywall(true, List.of()), Paywall.FREE);
    }

    @Test
    void of_selectors_isPaywalledWithSectionsInOrder() {
        Paywall paywall = Paywall.of(".paywall", ".premium-body", "div.locked > p");
        assertFalse(paywall.accessibleForFree());
        assertEquals(List.of(".paywall", ".premium-body", "div.locked > p"), paywall.sections());
    }

    @Test
    void of_noSelectors_isPaywalledWithNoSectionNamed() {
        Paywall paywall = Paywall.of();
        assertFalse(paywall.accessibleForFree());
        assertEquals(List.of(), paywall.sections());
    }

    // ---- null parameters

    @Test
    void new_nullSections_throwsNamingSections() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Paywall(false, null));
        assertEquals("sections", e.getMessage());
    }

    @Test
    void new_nullSection_throwsNamingIndex() {
        List<String> sections = Arrays.asList(".paywall", null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Paywall(false, sections));
        assertEquals("sections[1]", e.getMessage());
    }

    @Test
    void of_nullArray_throwsNamingSections() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Paywall.of((String[]) null));
        assertEquals("sections", e.getMessage());
    }

    @Test
    void of_nullSection_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Paywall.of(".paywall", null));
        assertEquals("sections[1]", e.getMessage());
    }

    // ---- checks

    @Test
    void new_freeWithSections_throwsNamingTheSections() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Paywall(true, List.of(".paywall")));
        assertEquals("a free article has no paywalled sections: [.paywall]", e.getMessage());
    }

    static Stream<Arguments> badSelectors() {
        return Stream.of(
                arguments("empty", "", "\"\""),
                arguments("blank", "  ", "\"  \""),
                arguments("tab only", "\t", "\"\\u0009\""),
                arguments("line feed", ".paywall\n.premium", "\".paywall\\u000A.premium\""),
                arguments("carriage return", ".paywall\r.premium", "\".paywall\\u000D.premium\""),
                arguments("trailing line break", ".paywall\r\n", "\".paywall\\u000D\\u000A\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSelectors")
    void of_blankOrMultiLineSelector_throwsNamingIndexAndQuotingValue(String kind, String selector, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Paywall(false, List.of(".ok", selector)));
        assertEquals("sections[1] must be a one-line CSS selector: " + quoted, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Paywall.of(selector));
    }

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                arguments("high surrogate alone", ".paywall\uD83D", "\".paywall\\uD83D\""),
                arguments("low surrogate alone", ".paywall\uDE00", "\".paywall\\uDE00\""),
                arguments("reversed pair", ".paywall\uDE00\uD83D", "\".paywall\\uDE00\\uD83D\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void of_unpairedSurrogateInSelector_throwsNamingIndexAndQuotingValue(String kind, String bad, String quoted) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Paywall.of(bad));
        assertTrue(e.getMessage().startsWith("sections[0] is not valid Unicode"), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in " + quoted), e.getMessage());
    }

    @Test
    void of_supplementaryCharactersInSelector_areKept() {
        // CSS allows any non-ASCII code point in an identifier
        assertEquals(List.of(".locked-\uD83D\uDD12"), Paywall.of(".locked-\uD83D\uDD12").sections());
    }

    // ---- immutability

    @Test
    void new_sectionsChangedAfterwards_paywallUnchanged() {
        List<String> sections = new ArrayList<>(List.of(".paywall"));
        Paywall paywall = new Paywall(false, sections);
        sections.add(".premium");
        sections.set(0, ".free");
        assertEquals(List.of(".paywall"), paywall.sections());
    }

    @Test
    void of_arrayChangedAfterwards_paywallUnchanged() {
        String[] sections = {".paywall", ".premium"};
        Paywall paywall = Paywall.of(sections);
        sections[0] = ".free";
        assertEquals(List.of(".paywall", ".premium"), paywall.sections());
    }

    @Test
    void sections_returned_rejectsAddAndSet() {
        List<String> sections = new Paywall(false, new ArrayList<>(List.of(".paywall"))).sections();
        assertThrows(UnsupportedOperationException.class, () -> sections.add(".premium"));
        assertThrows(UnsupportedOperationException.class, () -> sections.set(0, ".premium"));
    }

    // ---- equals, hashCode, toString

    @Test
    void equals_sameFields_equalWithSameHashCode() {
        Paywall a = Paywall.of(".paywall");
        Paywall b = new Paywall(false, new ArrayList<>(List.of(".paywall")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void equals_differentSectionsOrFreedom_notEqual() {
        assertNotEquals(Paywall.of(".paywall"), Paywall.of(".premium"));
        assertNotEquals(Paywall.of(".a", ".b"), Paywall.of(".b", ".a"));
        assertNotEquals(Paywall.FREE, Paywall.of());
    }

    @Test
    void toString_containsFieldValues() {
        String text = Paywall.of(".paywall", ".premium").toString();
        assertTrue(text.contains("accessibleForFree=false"), text);
        assertTrue(text.contains(".paywall"), text);
        assertTrue(text.contains(".premium"), text);
    }
}
