package io.github.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Person;
import io.github.copydesk.testing.theories.Theories;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** What a reader asks before it parses a name as a byline; the byline grammar is tested on {@code Byline}. */
class BylineFormatTest {

    /** Words and marks that make up names and bylines, and those the parser looks for, in several letter cases. */
    private static final List<String> TOKENS = List.of("Jane", "Doe", "and", "AND", "And", "aNd", "by", "By", "BY", "Byron",
            "Von", "von", "VON", "Av", "par", "PAR", "Miller", "Sandra", "Andrea", ",", ";", "&", "|", "/", ":", " ", "  ",
            "\u00a0", "\t", "\n", "\u2003", "Written", "Photos", "with", "reporting", "Reuters", "Jr.", "\u00ff", "\u0130");

    /** The one-pass test never says no where the parser's patterns say yes. */
    @org.junit.jupiter.api.Test
    void mayHoldSeparatorOrPhrase_isTrueWheneverThePatternsAre() {
        Gen<String> names = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 8).map(tokens -> String.join("", tokens));
        Theories.qt(20_000).forAll(names).checkAssert(name -> {
            if (BylineFormat.holdsSeparatorOrPhrase(name)) {
                assertTrue(BylineFormat.mayHoldSeparatorOrPhrase(name), name);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Jane Doe", "Written by: Jane Doe", "Photos by Jane Doe", "Jane Doe and John Roe",
        "Jane Doe & John Roe", "Jane Doe, Reuters", "Jane Doe | Reuters", "Jane Doe/Reuters", "Jane Doe; John Roe",
        "Jane Doe\u00a0and\u00a0John Roe", "JANE DOE AND JOHN ROE"})
    void mayHoldByline_phraseOrSeparator(String name) {
        assertTrue(BylineFormat.mayHoldByline(name), name);
    }

    /** A name for which the answer is no parses as that one person. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.copydesk.internal.RealNames#names")
    void mayHoldByline_realName_isNo_andParsesAsItself(String name) {
        assertFalse(BylineFormat.mayHoldByline(name), name);
        assertEquals(List.of(new Contributor(Person.of(name), ContributorRole.AUTHOR)), BylineFormat.parse(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Byron York", "Andrea Mitchell", "Sandra Day O'Connor", "Alexander Anderson"})
    void mayHoldByline_wordsThatOnlyLookLikeSeparators_isNo(String name) {
        assertFalse(BylineFormat.mayHoldByline(name), name);
    }

    @org.junit.jupiter.api.Test
    void mayHoldByline_null_throws() {
        assertThrows(NullPointerException.class, () -> BylineFormat.mayHoldByline(null));
    }
}
