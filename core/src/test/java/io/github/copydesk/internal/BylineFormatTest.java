package io.github.copydesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reader asks before it parses a name as a byline; the byline grammar is tested on {@code Byline}. */
class BylineFormatTest {

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
