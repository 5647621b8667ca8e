package io.github.copydesk.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import io.github.copydesk.validation.internal.AuthorNames.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Google's rule that an author's name is only the name: real names, from many languages, must not
 * be flagged by any author-name rule, and what CMS fields glue onto names must break exactly the
 * rule it breaks.
 */
class AuthorNamesTest {

    private static final String PUBLISHER = "Reuters";

    /** Real people's names: none of them breaks an author-name rule. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.copydesk.internal.RealNames#names")
    void realName_breaksNoRule(String name) {
        assertEquals(Set.of(), AuthorNames.problems(name, true, PUBLISHER), name);
        assertEquals(Set.of(), AuthorNames.problems(name, true, null), name);
    }

    /** Each row: what a CMS field holds, the publisher's name (or null), the rules it breaks. */
    static Stream<Arguments> notNames() {
        return Stream.of(
                // the table
                row("By Jane Doe", null, Problem.PREFIX),
                row("Jane Doe, Staff Writer", null, Problem.JOB_TITLE),
                row("Jane Doe and John Roe", null, Problem.SEVERAL_PEOPLE),
                row("Jane Doe | Reuters", null, Problem.ORGANIZATION),
                row("Dr. Jane Doe", null, Problem.HONORIFIC),
                // more
                row("Jane Doe, PhD", null, Problem.HONORIFIC),
                row("Jane Doe & John Roe", null, Problem.SEVERAL_PEOPLE),
                row("Jane Doe, John Roe", null, Problem.SEVERAL_PEOPLE),
                row("Posted by Jane Doe", null, Problem.PREFIX),
                row("BY JANE DOE", null, Problem.PREFIX),
                row("Jane Doe, Reuters", PUBLISHER, Problem.ORGANIZATION),
                row("Jane Doe - Reuters", null, Problem.ORGANIZATION),
                row("Jane Doe - Reuters", PUBLISHER, Problem.ORGANIZATION),
                row("Jane Doe | Reuters", PUBLISHER, Problem.ORGANIZATION),
                row("Jane Doe, Associated Press Writer", null, Problem.JOB_TITLE),
                row("Jane Doe - Staff Writer", null, Problem.JOB_TITLE),
                row("Prof. Jane Doe", null, Problem.HONORIFIC),
                row("Jane Doe MD", null, Problem.HONORIFIC),
                row("Written by: Jane Doe", null, Problem.PREFIX),
                row("Jane Doe; John Roe", null, Problem.SEVERAL_PEOPLE),
                row("Jane Doe, John Roe and Max Mustermann", null, Problem.SEVERAL_PEOPLE),
                row("By Dr. Jane Doe", null, Problem.PREFIX, Problem.HONORIFIC),
                row("By Jane Doe, Staff Writer", null, Problem.PREFIX, Problem.JOB_TITLE),
                row("Reporting by Jane Doe; Editing by John Roe", null, Problem.PREFIX, Problem.SEVERAL_PEOPLE),
                row("Jane Doe \u2014 Reuters", null, Problem.ORGANIZATION),
                row("Jane Doe \u2022 Reuters", null, Problem.ORGANIZATION),
                row("Jane Doe, Ph.D.", null, Problem.HONORIFIC),
                row("Sir Harold Evans", null, Problem.HONORIFIC),
                row("Jane Doe, Editor-at-Large", null, Problem.JOB_TITLE),
                // the AP's own byline style: the agency in parentheses
                row("Jane Doe (AP)", null, Problem.ORGANIZATION),
                // the publisher's name without its article, as bylines write it
                row("Jane Doe, Associated Press", "The Associated Press", Problem.ORGANIZATION),
                // words the byline parser knew and these rules did not, now one vocabulary
                row("Jane Doe, Stringer", null, Problem.JOB_TITLE),
                row("Jane Doe, Cartoonist", null, Problem.JOB_TITLE),
                row("Jane Doe, Photojournalist", null, Problem.JOB_TITLE),
                row("Jane Doe (Freelancer)", null, Problem.JOB_TITLE),
                row("Jane Doe - Senior Fellow", null, Problem.JOB_TITLE),
                row("Edited by Jane Doe", null, Problem.PREFIX),
                row("Photographs by Jane Doe", null, Problem.PREFIX),
                row("With additional reporting by Jane Doe", null, Problem.PREFIX),
                row("Jane Doe, Xinhua", null, Problem.ORGANIZATION),
                row("Jane Doe, Al Jazeera", null, Problem.ORGANIZATION),
                row("Jane Doe, Agence France-Presse", null, Problem.ORGANIZATION),
                // and the words both knew
                row("Jane Doe, Host", null, Problem.JOB_TITLE),
                row("Jane Doe, Redakteurin", null, Problem.JOB_TITLE),
                row("Jane Doe, Martin Luther King Jr., PhD", null, Problem.HONORIFIC, Problem.SEVERAL_PEOPLE),
                // a surname that is a title word is a second person, not a title
                row("Jane Doe, Ana Host", null, Problem.SEVERAL_PEOPLE));
    }

    private static Arguments row(String name, String publisher, Problem... rules) {
        return Arguments.of(name + (publisher == null ? "" : " (publisher " + publisher + ")"), name, publisher,
                EnumSet.of(rules[0], rules));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notNames")
    void notAName_breaksItsRule(String display, String name, String publisher, Set<Problem> rules) {
        assertEquals(rules, AuthorNames.problems(name, true, publisher), display);
    }

    @Test
    void withoutThePublisher_aKnownAgencyAfterACommaIsAnAffiliation_anUnknownNameASecondPerson() {
        assertEquals(Set.of(Problem.ORGANIZATION), AuthorNames.problems("Jane Doe, Reuters", true, null));
        assertEquals(Set.of(Problem.SEVERAL_PEOPLE), AuthorNames.problems("Jane Doe, John Roe", true, null));
    }

    @Test
    void publisherNamedInTheName_isFoundAsWholeWordsOnly() {
        assertEquals(Set.of(), AuthorNames.problems("Jane Apfelbaum", true, "AP"));
        assertEquals(Set.of(Problem.ORGANIZATION), AuthorNames.problems("Jane Doe, AP", true, "AP"));
    }

    /** A surname that is also a publisher's name: Steve Forbes writes for Forbes. */
    @Test
    void regression_surnameEqualToPublisher_isNotThePublisher() {
        assertEquals(Set.of(), AuthorNames.problems("Steve Forbes", true, "Forbes"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Reuters", "Simon & Schuster", "Procter & Gamble", "Associated Press, Inc.",
        "Dr. Oetker", "Jones | Partners"})
    void organization_isCheckedForThePrefixOnly(String name) {
        assertEquals(Set.of(), AuthorNames.problems(name, false, PUBLISHER), name);
        assertEquals(Set.of(Problem.PREFIX), AuthorNames.problems("By " + name, false, PUBLISHER), name);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u00a0"})
    void blankName_breaksNoAuthorNameRule(String name) {
        // a blank name is publishable.contributor.name.required's concern
        assertEquals(Set.of(), AuthorNames.problems(name, true, PUBLISHER));
    }
}
