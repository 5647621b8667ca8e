package io.github.copydesk.model;

import static io.github.copydesk.model.ContributorRole.AUTHOR;
import static io.github.copydesk.model.ContributorRole.CONTRIBUTOR;
import static io.github.copydesk.model.ContributorRole.EDITOR;
import static io.github.copydesk.model.ContributorRole.ILLUSTRATOR;
import static io.github.copydesk.model.ContributorRole.PHOTOGRAPHER;
import static io.github.copydesk.model.ContributorRole.TRANSLATOR;
import static io.github.copydesk.model.ContributorRole.VIDEOGRAPHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BylineTest {

    // --- fixtures ------------------------------------------------------------------------------

    private static Person person(String name) {
        return Person.of(name);
    }

    private static Person titled(String name, String jobTitle) {
        return Person.of(name).withJobTitle(jobTitle);
    }

    private static Person at(String name, Organization affiliation) {
        return Person.of(name).withAffiliation(affiliation);
    }

    private static Person titledAt(String name, String jobTitle, Organization affiliation) {
        return Person.of(name).withJobTitle(jobTitle).withAffiliation(affiliation);
    }

    private static Organization newsroom(String name) {
        return Organization.newsMedia(name);
    }

    private static Contributor author(Party party) {
        return Contributor.author(party);
    }

    private static Contributor as(ContributorRole role, Party party) {
        return Contributor.of(role, party);
    }

    private static final Organization AP = newsroom("Associated Press");
    private static final Organization REUTERS = newsroom("Reuters");

    /** One line per contributor: role, kind, name, job title and affiliation, as a reader checks them. */
    private static List<String> describe(Byline byline) {
        return byline.contributors().stream().map(BylineTest::describe).collect(Collectors.toList());
    }

    private static String describe(Contributor contributor) {
        StringBuilder out = new StringBuilder(contributor.role().name()).append(' ');
        if (contributor.party() instanceof Organization org) {
            out.append("org ").append(org.name()).append(org.newsMedia() ? " (news media)" : "");
        } else {
            Person person = (Person) contributor.party();
            out.append(person.name());
            if (person.jobTitle() != null) {
                out.append(" | title ").append(person.jobTitle());
            }
            if (person.affiliation() != null) {
                out.append(" | at ").append(person.affiliation().name())
                        .append(person.affiliation().newsMedia() ? " (news media)" : "");
            }
        }
        return out.toString();
    }

    // --- format: every display form ----------------------------------------------------------------

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("By Jane Doe", Byline.authors(person("Jane Doe"))),
                Arguments.of("By Jane Doe and John Roe", Byline.authors(person("Jane Doe"), person("John Roe"))),
                Arguments.of("By Jane Doe, John Roe and Jim Poe",
                        Byline.authors(person("Jane Doe"), person("John Roe"), person("Jim Poe"))),
                Arguments.of("By Jane Doe, John Roe, Jim Poe and Ann Lee",
                        Byline.authors(person("Jane Doe"), person("John Roe"), person("Jim Poe"), person("Ann Lee"))),
                Arguments.of("By The Associated Press", Byline.authors(newsroom("The Associated Press"))),
                Arguments.of("By Reuters", Byline.authors(REUTERS)),
                Arguments.of("By Jane Doe, Associated Press", Byline.authors(at("Jane Doe", AP))),
                Arguments.of("By Jane Doe and John Roe, Associated Press",
                        Byline.authors(at("Jane Doe", AP), at("John Roe", AP))),
                Arguments.of("By Tim Reynolds, AP Sports Writer", Byline.authors(titled("Tim Reynolds", "AP Sports Writer"))),
                Arguments.of("By TIM REYNOLDS, AP Sports Writer", Byline.authors(titled("TIM REYNOLDS", "AP Sports Writer"))),
                Arguments.of("By Jane Doe, Staff Writer, The Times",
                        Byline.authors(titledAt("Jane Doe", "Staff Writer", newsroom("The Times")))),
                Arguments.of("By Dave Skretta and Tim Reynolds, AP Sports Writers",
                        Byline.authors(titled("Dave Skretta", "AP Sports Writer"), titled("Tim Reynolds", "AP Sports Writer"))),
                Arguments.of("By DAVE SKRETTA and TIM REYNOLDS, AP SPORTS WRITERS",
                        Byline.authors(titled("DAVE SKRETTA", "AP SPORTS WRITER"), titled("TIM REYNOLDS", "AP SPORTS WRITER"))),
                Arguments.of("By Jane Doe and John Roe, Times Staff",
                        Byline.authors(titled("Jane Doe", "Times Staff"), titled("John Roe", "Times Staff"))),
                Arguments.of("By Jane Doe, Reuters; and John Roe, Associated Press",
                        Byline.authors(at("Jane Doe", REUTERS), at("John Roe", AP))),
                Arguments.of("By Jane Doe, Reuters; John Roe, AFP; and Jim Poe, Associated Press",
                        Byline.authors(at("Jane Doe", REUTERS), at("John Roe", newsroom("AFP")), at("Jim Poe", AP))),
                Arguments.of("By Jane Doe; and John Roe, Reuters", Byline.authors(person("Jane Doe"), at("John Roe", REUTERS))),
                Arguments.of("By Jane Doe, Reuters; and John Roe", Byline.authors(at("Jane Doe", REUTERS), person("John Roe"))),
                Arguments.of("By Jane Doe, Pew Research Center",
                        Byline.authors(at("Jane Doe", Organization.of("Pew Research Center")))),
                Arguments.of("By Jane Doe, Senior Fellow, Brookings",
                        Byline.authors(titledAt("Jane Doe", "Senior Fellow", Organization.of("Brookings")))),
                Arguments.of("By Jane Doe and The Associated Press",
                        Byline.authors(person("Jane Doe"), newsroom("The Associated Press"))),
                Arguments.of("By The Associated Press; and Jane Doe, Reuters",
                        Byline.authors(newsroom("The Associated Press"), at("Jane Doe", REUTERS))),
                Arguments.of("By John Roe, Jr.", Byline.authors(person("John Roe, Jr."))),
                Arguments.of("By Jane Doe; edited by John Roe", Byline.of(author(person("Jane Doe")), as(EDITOR, person("John Roe")))),
                Arguments.of("By Jane Doe; with reporting by John Roe and Jim Poe",
                        Byline.of(author(person("Jane Doe")), as(CONTRIBUTOR, person("John Roe")), as(CONTRIBUTOR, person("Jim Poe")))),
                Arguments.of("By Jane Doe; photographs by John Roe, Associated Press",
                        Byline.of(author(person("Jane Doe")), as(PHOTOGRAPHER, at("John Roe", AP)))),
                Arguments.of("By Jane Doe; video by John Roe", Byline.of(author(person("Jane Doe")), as(VIDEOGRAPHER, person("John Roe")))),
                Arguments.of("By Jane Doe; illustrations by John Roe",
                        Byline.of(author(person("Jane Doe")), as(ILLUSTRATOR, person("John Roe")))),
                Arguments.of("By Jane Doe; translated by John Roe", Byline.of(author(person("Jane Doe")), as(TRANSLATOR, person("John Roe")))),
                Arguments.of("By Jane Doe, Reuters; and John Roe, Associated Press; edited by Jim Poe",
                        Byline.of(author(at("Jane Doe", REUTERS)), author(at("John Roe", AP)), as(EDITOR, person("Jim Poe")))),
                Arguments.of("Photographs by Jane Doe", Byline.of(as(PHOTOGRAPHER, person("Jane Doe")))),
                Arguments.of("Edited by Jane Doe; translated by John Roe",
                        Byline.of(as(EDITOR, person("Jane Doe")), as(TRANSLATOR, person("John Roe")))),
                Arguments.of("With reporting by Jane Doe", Byline.of(as(CONTRIBUTOR, person("Jane Doe")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void format_displayForm_isWritten(String display, Byline byline) {
        assertEquals(display, byline.format());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void parse_displayForm_readsBylineBack(String display, Byline byline) {
        assertEquals(describe(byline), describe(Byline.parse(display)));
        assertEquals(byline, Byline.parse(display));
    }

    @Test
    void format_authorsListedAfterOtherRoles_stillComeFirst() {
        Byline byline = Byline.of(as(EDITOR, person("John Roe")), author(person("Jane Doe")));
        assertEquals("By Jane Doe; edited by John Roe", byline.format());
    }

    @Test
    void format_otherRoles_followInOrderOfFirstContributor() {
        Byline byline = Byline.of(author(person("Jane Doe")), as(PHOTOGRAPHER, person("Ann Lee")),
                as(EDITOR, person("John Roe")), as(PHOTOGRAPHER, person("Jim Poe")));
        assertEquals("By Jane Doe; photographs by Ann Lee and Jim Poe; edited by John Roe", byline.format());
    }

    @Test
    void format_contributorWithoutName_isLeftOut() {
        Byline byline = Byline.authors(person("Jane Doe"), Person.unnamed("a staff member"), Organization.of(" "));
        assertEquals("By Jane Doe", byline.format());
    }

    @Test
    void format_noContributorHasName_isEmpty() {
        assertEquals("", Byline.of(as(EDITOR, Person.unnamed("a desk editor"))).format());
    }

    @Test
    void format_blankJobTitleAndNamelessAffiliation_areLeftOut() {
        Byline byline = Byline.authors(titledAt("Jane Doe", " ", Organization.newsMedia("")));
        assertEquals("By Jane Doe", byline.format());
    }

    @Test
    void format_organizationAuthor_neverTakesQualifiers() {
        Byline byline = Byline.authors(newsroom("Reuters"), at("Jane Doe", AP));
        assertEquals("By Reuters; and Jane Doe, Associated Press", byline.format());
    }

    @Test
    void format_urlsAndHonorifics_areNotWritten() {
        Person jane = person("Jane Doe").withHonorificPrefix("Dr.").withUrl(URI.create("https://example.com/jane"));
        assertEquals("By Jane Doe", Byline.authors(jane).format());
    }

    // --- parse: every display form, with each contributor's name, role, title and affiliation ----

    static Stream<Arguments> parses() {
        return Stream.of(
                Arguments.of("Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("by Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("BY JANE DOE", List.of("AUTHOR JANE DOE")),
                Arguments.of("By: Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("By:Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("Written by Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("Story by Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("Posted by Jane Doe", List.of("AUTHOR Jane Doe")),
                Arguments.of("Byron Smith", List.of("AUTHOR Byron Smith")),
                // the wire agencies' forms (IPTC's ninjs samples): "By" in German, Norwegian, French
                Arguments.of("Von Christian Hollmann, dpa", List.of("AUTHOR Christian Hollmann | at dpa (news media)")),
                Arguments.of("Av Kari Nordmann, NTB", List.of("AUTHOR Kari Nordmann | at NTB (news media)")),
                Arguments.of("Par Jean Dupont, AFP", List.of("AUTHOR Jean Dupont | at AFP (news media)")),
                Arguments.of("VON: CHRISTIAN HOLLMANN", List.of("AUTHOR CHRISTIAN HOLLMANN")),
                Arguments.of("NTB", List.of("AUTHOR org NTB (news media)")),
                Arguments.of("Karl Melander/TT", List.of("AUTHOR Karl Melander | at TT (news media)")),
                Arguments.of("Samantha Zucchi/Sipa USA", List.of("AUTHOR Samantha Zucchi | at Sipa USA (news media)")),
                // "Von", "Av" and "Par" are name particles too: a phrase only before a name of two capitalized words
                Arguments.of("Von Miller", List.of("AUTHOR Von Miller")),
                Arguments.of("Von Miller and Jane Doe", List.of("AUTHOR Von Miller", "AUTHOR Jane Doe")),
                Arguments.of("von der Leyen", List.of("AUTHOR von der Leyen")),
                Arguments.of("Par Lagerkvist", List.of("AUTHOR Par Lagerkvist")),
                Arguments.of("  By\u00A0Jane   Doe\n and\tJohn Roe ", List.of("AUTHOR Jane Doe", "AUTHOR John Roe")),
                Arguments.of("By Jane Doe & John Roe", List.of("AUTHOR Jane Doe", "AUTHOR John Roe")),
                Arguments.of("By Jane Doe AND John Roe", List.of("AUTHOR Jane Doe", "AUTHOR John Roe")),
                Arguments.of("By Jane Doe, John Roe, and Jim Poe",
                        List.of("AUTHOR Jane Doe", "AUTHOR John Roe", "AUTHOR Jim Poe")),
                Arguments.of("By Andrew Anderson and Sandy Brandt", List.of("AUTHOR Andrew Anderson", "AUTHOR Sandy Brandt")),
                Arguments.of("By Jane Doe, John Writer and Jim Poe",
                        List.of("AUTHOR Jane Doe", "AUTHOR John Writer", "AUTHOR Jim Poe")),
                Arguments.of("By The Associated Press", List.of("AUTHOR org The Associated Press (news media)")),
                Arguments.of("By AP", List.of("AUTHOR org AP (news media)")),
                Arguments.of("BY THE ASSOCIATED PRESS", List.of("AUTHOR org THE ASSOCIATED PRESS (news media)")),
                Arguments.of("By The Denver Post", List.of("AUTHOR org The Denver Post (news media)")),
                Arguments.of("By Emily Post", List.of("AUTHOR Emily Post")),
                Arguments.of("By Reuters, Jane Doe", List.of("AUTHOR org Reuters (news media)", "AUTHOR Jane Doe")),
                Arguments.of("By Jane Doe and John Roe, Associated Press",
                        List.of("AUTHOR Jane Doe | at Associated Press (news media)",
                                "AUTHOR John Roe | at Associated Press (news media)")),
                Arguments.of("BY JANE DOE AND JOHN ROE, ASSOCIATED PRESS",
                        List.of("AUTHOR JANE DOE | at ASSOCIATED PRESS (news media)",
                                "AUTHOR JOHN ROE | at ASSOCIATED PRESS (news media)")),
                Arguments.of("By Jane Doe, John Roe, and Jim Poe, The Associated Press",
                        List.of("AUTHOR Jane Doe | at The Associated Press (news media)",
                                "AUTHOR John Roe | at The Associated Press (news media)",
                                "AUTHOR Jim Poe | at The Associated Press (news media)")),
                Arguments.of("By TIM REYNOLDS, AP Sports Writer", List.of("AUTHOR TIM REYNOLDS | title AP Sports Writer")),
                Arguments.of("By Jane Doe, Associated Press Writer", List.of("AUTHOR Jane Doe | title Associated Press Writer")),
                Arguments.of("By Jane Doe, Washington Bureau Chief", List.of("AUTHOR Jane Doe | title Washington Bureau Chief")),
                Arguments.of("By Jane Doe, Special to The Times", List.of("AUTHOR Jane Doe | title Special to The Times")),
                Arguments.of("By Dave Skretta and Tim Reynolds, AP Sports Writers",
                        List.of("AUTHOR Dave Skretta | title AP Sports Writer", "AUTHOR Tim Reynolds | title AP Sports Writer")),
                Arguments.of("By Jane Doe, AP Sports Writers", List.of("AUTHOR Jane Doe | title AP Sports Writers")),
                Arguments.of("By Jane Doe, Staff Writer, The Times",
                        List.of("AUTHOR Jane Doe | title Staff Writer | at The Times (news media)")),
                Arguments.of("By Jane Doe, Chicago Tribune", List.of("AUTHOR Jane Doe | at Chicago Tribune (news media)")),
                Arguments.of("By Jane Doe, The Hollywood Reporter",
                        List.of("AUTHOR Jane Doe | at The Hollywood Reporter (news media)")),
                Arguments.of("By Jane Doe, Pew Research Center", List.of("AUTHOR Jane Doe | at Pew Research Center")),
                Arguments.of("By Jane Doe, Senior Fellow, Brookings",
                        List.of("AUTHOR Jane Doe | title Senior Fellow | at Brookings")),
                Arguments.of("Jane Doe | Reuters", List.of("AUTHOR Jane Doe | at Reuters (news media)")),
                Arguments.of("Jane Doe / Reuters", List.of("AUTHOR Jane Doe | at Reuters (news media)")),
                Arguments.of("Jane Doe|Pew Research Center", List.of("AUTHOR Jane Doe | at Pew Research Center")),
                Arguments.of("By Jane Doe | Staff Writer", List.of("AUTHOR Jane Doe | title Staff Writer")),
                Arguments.of("By Jane Doe and John Roe | Reuters",
                        List.of("AUTHOR Jane Doe | at Reuters (news media)", "AUTHOR John Roe | at Reuters (news media)")),
                Arguments.of("By Jane Doe, Reuters, and John Roe, AP",
                        List.of("AUTHOR Jane Doe | at Reuters (news media)", "AUTHOR John Roe | at AP (news media)")),
                Arguments.of("By Jane Doe, Reuters; John Roe, Pew Research Center",
                        List.of("AUTHOR Jane Doe | at Reuters (news media)", "AUTHOR John Roe | at Pew Research Center")),
                Arguments.of("By Jane Doe and The Associated Press",
                        List.of("AUTHOR Jane Doe", "AUTHOR org The Associated Press (news media)")),
                Arguments.of("By John Roe, Jr., and Jim Poe", List.of("AUTHOR John Roe, Jr.", "AUTHOR Jim Poe")),
                Arguments.of("By Jane Doe; Edited by John Roe", List.of("AUTHOR Jane Doe", "EDITOR John Roe")),
                Arguments.of("By Jane Doe; edited by John Roe, Reuters; and Jim Poe, AP",
                        List.of("AUTHOR Jane Doe", "EDITOR John Roe | at Reuters (news media)", "EDITOR Jim Poe | at AP (news media)")),
                Arguments.of("Reporting by Jane Doe; Writing by John Roe; Editing by Jim Poe",
                        List.of("CONTRIBUTOR Jane Doe", "AUTHOR John Roe", "EDITOR Jim Poe")),
                Arguments.of("By Jane Doe; additional reporting by John Roe", List.of("AUTHOR Jane Doe", "CONTRIBUTOR John Roe")),
                Arguments.of("By Jane Doe; with additional reporting by John Roe", List.of("AUTHOR Jane Doe", "CONTRIBUTOR John Roe")),
                Arguments.of("Photos by Jane Doe, AP", List.of("PHOTOGRAPHER Jane Doe | at AP (news media)")),
                Arguments.of("Photo by Jane Doe", List.of("PHOTOGRAPHER Jane Doe")),
                Arguments.of("Photography by Jane Doe", List.of("PHOTOGRAPHER Jane Doe")),
                Arguments.of("Videos by Jane Doe", List.of("VIDEOGRAPHER Jane Doe")),
                Arguments.of("Illustration by Jane Doe", List.of("ILLUSTRATOR Jane Doe")),
                Arguments.of("Illustrated by Jane Doe", List.of("ILLUSTRATOR Jane Doe")),
                Arguments.of("Translation by Jane Doe", List.of("TRANSLATOR Jane Doe")),
                Arguments.of("EDITED BY JANE DOE", List.of("EDITOR JANE DOE")),
                // words the author-name rules knew and the parser did not, now one vocabulary
                Arguments.of("By Jane Doe, Host", List.of("AUTHOR Jane Doe | title Host")),
                Arguments.of("By Jane Doe, Co-Host, and John Roe", List.of("AUTHOR Jane Doe | title Co-Host", "AUTHOR John Roe")),
                Arguments.of("By Jane Doe, Author", List.of("AUTHOR Jane Doe | title Author")),
                Arguments.of("By Jane Doe, Redakteurin", List.of("AUTHOR Jane Doe | title Redakteurin")),
                Arguments.of("By Jane Doe, Korrespondentin, dpa",
                        List.of("AUTHOR Jane Doe | title Korrespondentin | at dpa (news media)")),
                Arguments.of("By Jane Doe, Politico", List.of("AUTHOR Jane Doe | at Politico (news media)")),
                Arguments.of("By Jane Doe, Vox Media", List.of("AUTHOR Jane Doe | at Vox Media (news media)")),
                Arguments.of("By Jane Doe, Montreal Gazette", List.of("AUTHOR Jane Doe | at Montreal Gazette (news media)")),
                Arguments.of("By Jane Doe, China Daily", List.of("AUTHOR Jane Doe | at China Daily (news media)")),
                Arguments.of("By Jane Doe, The Guardian", List.of("AUTHOR Jane Doe | at The Guardian (news media)")),
                Arguments.of("By Jane Doe, Süddeutsche Zeitung", List.of("AUTHOR Jane Doe | at Süddeutsche Zeitung (news media)")),
                Arguments.of("By John Roe, V", List.of("AUTHOR John Roe, V")),
                // "Host" and "Stringer" are surnames too: a title only where they cannot end a name
                Arguments.of("By Jane Doe, Ana Host, and John Roe", List.of("AUTHOR Jane Doe", "AUTHOR Ana Host", "AUTHOR John Roe")),
                Arguments.of("By Jane Doe, Howard Stringer, and John Roe",
                        List.of("AUTHOR Jane Doe", "AUTHOR Howard Stringer", "AUTHOR John Roe")),
                Arguments.of("By Jane Doe, AP Stringer, and John Roe", List.of("AUTHOR Jane Doe | title AP Stringer", "AUTHOR John Roe")),
                // "Staff" stays a title word, as in the Boston Globe's "Globe Staff"
                Arguments.of("By Jane Doe, Globe Staff", List.of("AUTHOR Jane Doe | title Globe Staff")));
    }

    /** Real names stay one person, alone and in a list of names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.copydesk.internal.RealNames#names")
    void parse_realName_isOnePersonOfThatName(String name) {
        assertEquals(List.of("AUTHOR " + name), describe(Byline.parse("By " + name)));
        assertEquals(List.of("AUTHOR " + name, "AUTHOR Jane Doe"), describe(Byline.parse("By " + name + " and Jane Doe")));
        assertEquals(List.of("AUTHOR Jane Doe", "AUTHOR " + name, "AUTHOR John Roe"),
                describe(Byline.parse("By Jane Doe, " + name + " and John Roe")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parses")
    void parse_displayForm_readsEachContributor(String text, List<String> expected) {
        assertEquals(expected, describe(Byline.parse(text)));
    }

    @Test
    void parse_agencyAlone_isOrganizationAuthor() {
        assertEquals(Byline.authors(Organization.newsMedia("The Associated Press")), Byline.parse("By The Associated Press"));
    }

    @Test
    void parse_twoNames_isTwoContributors() {
        assertEquals(2, Byline.parse("By Jane Doe and John Roe").contributors().size());
    }

    @Test
    void parse_sharedAffiliation_isOneEqualOrganizationForEach() {
        Byline byline = Byline.parse("By Jane Doe and John Roe, Associated Press");
        assertEquals(List.of(AP, AP), byline.authors().stream().map(p -> ((Person) p).affiliation()).collect(Collectors.toList()));
    }

    @Test
    void parse_textOfExactlyMaximumLength_isAccepted() {
        String text = "By " + "J".repeat(997);
        assertEquals(1000, text.length());
        assertEquals("J".repeat(997), Byline.parse(text).authors().get(0).name());
    }

    @Test
    void parse_stringBuilder_isRead() {
        assertEquals(Byline.authors(person("Jane Doe")), Byline.parse(new StringBuilder("By Jane Doe")));
    }

    // --- laws ------------------------------------------------------------------------------------

    /** A party of each form format writes, by label. */
    private static final List<Function<String, Party>> KINDS = List.of(
            Person::of,
            name -> titled(name, "AP Sports Writer"),
            name -> at(name, AP),
            name -> at(name, newsroom("The Times")),
            name -> titledAt(name, "Staff Writer", newsroom("The Times")),
            name -> titledAt(name, "Senior Fellow", Organization.of("Brookings")),
            name -> at(name, Organization.of("Pew Research Center")),
            name -> newsroom("The Associated Press"));

    private static final List<String> NAMES = List.of("Jane Doe", "JOHN ROE", "Jim Poe");

    /** Every list of one to three parties of the forms above. */
    private static List<List<Party>> partyLists() {
        List<List<Party>> lists = new ArrayList<>();
        for (int size = 1; size <= 3; size++) {
            int count = (int) Math.pow(KINDS.size(), size);
            for (int n = 0; n < count; n++) {
                List<Party> parties = new ArrayList<>();
                for (int i = 0, rest = n; i < size; i++, rest /= KINDS.size()) {
                    parties.add(KINDS.get(rest % KINDS.size()).apply(NAMES.get(i)));
                }
                lists.add(parties);
            }
        }
        return lists;
    }

    /** Bylines of every form format writes: author lists, and each other role after an author or alone. */
    static Stream<Arguments> canonicalBylines() {
        List<Byline> bylines = new ArrayList<>();
        for (List<Party> parties : partyLists()) {
            bylines.add(Byline.authors(parties.toArray(new Party[0])));
        }
        for (ContributorRole role : ContributorRole.values()) {
            if (role == AUTHOR) {
                continue;
            }
            for (List<Party> parties : partyLists()) {
                if (parties.size() > 2) {
                    continue;
                }
                List<Contributor> others = parties.stream().map(p -> as(role, p)).collect(Collectors.toList());
                bylines.add(Byline.of(others));
                List<Contributor> withAuthor = new ArrayList<>(List.of(author(titled("Ann Lee", "AP Sports Writer"))));
                withAuthor.addAll(others);
                withAuthor.add(as(role == EDITOR ? TRANSLATOR : EDITOR, person("Bob Lu")));
                bylines.add(Byline.of(withAuthor));
            }
        }
        return bylines.stream().map(b -> Arguments.of(b.format(), b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalBylines")
    void law_parseOfFormat_isSameByline(String display, Byline byline) {
        assertEquals(byline, Byline.parse(display));
    }

    static Stream<String> canonicalLines() {
        return Stream.of(
                "By Jane Doe",
                "By Jane Doe and John Roe",
                "By Jane Doe, John Roe and Jim Poe",
                "By The Associated Press",
                "By Reuters",
                "By Jane Doe and John Roe, Associated Press",
                "By Tim Reynolds, AP Sports Writer",
                "By TIM REYNOLDS, AP Sports Writer",
                "By Dave Skretta and Tim Reynolds, AP Sports Writers",
                "By Jane Doe, Staff Writer, The Times",
                "By Jane Doe, Pew Research Center",
                "By Jane Doe, Politico",
                "By Jane Doe, Reuters; and John Roe, The Associated Press",
                "By Jane Doe; and John Roe, Reuters",
                "By Jane Doe and The Associated Press",
                "By John Roe, Jr.",
                "By Jane Doe; with reporting by John Roe; photographs by Jim Poe, AP; edited by Ann Lee",
                "Photographs by Jane Doe; video by John Roe; illustrations by Jim Poe; translated by Ann Lee");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalLines")
    void law_formatOfParse_isSameText(String line) {
        assertEquals(line, Byline.parse(line).format());
    }

    // --- rejection ---------------------------------------------------------------------------------

    /** Texts with no name where one belongs, each with the quotation the message must hold. */
    static Stream<Arguments> namesNoOne() {
        return Stream.of("", "   ", "\n\t", "By", "BY", "by:", "By ,", "By and", "By &", "By Jane Doe,", "By Jane Doe and",
                "By Jane Doe,, John Roe", "By Jane Doe |", "By Jane Doe;", "; edited by John Roe", "By Jane Doe; edited by",
                "Edited by", "By Jane Doe; ; edited by John Roe")
                .map(text -> Arguments.of("\"" + text.replace("\n", "\\u000A").replace("\t", "\\u0009") + "\"", text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesNoOne")
    void parse_noNameWhereOneBelongs_isRejectedQuotingInput(String quoted, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Byline.parse(text));
        assertTrue(e.getMessage().contains(quoted), e.getMessage());
    }

    @Test
    void parse_overlyLongInput_isRejected() {
        String text = "By " + "J".repeat(998);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Byline.parse(text));
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
        assertTrue(e.getMessage().contains("\"By JJJ"), e.getMessage());
    }

    @Test
    void parse_unpairedSurrogateInName_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Byline.parse("By Jane\uD800 Doe"));
        assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    }

    // --- null checks, one per required parameter -------------------------------------------------

    @Test
    void parse_null_throwsNamingText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Byline.parse(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void constructor_nullList_throwsNamingContributors() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Byline(null));
        assertEquals("contributors", e.getMessage());
    }

    @Test
    void constructor_nullElement_throwsNamingIndex() {
        List<Contributor> contributors = Arrays.asList(author(person("Jane Doe")), null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Byline(contributors));
        assertEquals("contributors[1]", e.getMessage());
    }

    @Test
    void ofList_nullList_throwsNamingContributors() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Byline.of((List<Contributor>) null));
        assertEquals("contributors", e.getMessage());
    }

    @Test
    void ofList_nullElement_throwsNamingIndex() {
        List<Contributor> contributors = Arrays.asList(null, author(person("Jane Doe")));
        NullPointerException e = assertThrows(NullPointerException.class, () -> Byline.of(contributors));
        assertEquals("contributors[0]", e.getMessage());
    }

    @Test
    void ofArray_nullArray_throwsNamingContributors() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Byline.of((Contributor[]) null));
        assertEquals("contributors", e.getMessage());
    }

    @Test
    void ofArray_nullElement_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Byline.of(author(person("Jane Doe")), null));
        assertEquals("contributors[1]", e.getMessage());
    }

    @Test
    void authors_nullArray_throwsNamingParties() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Byline.authors((Party[]) null));
        assertEquals("parties", e.getMessage());
    }

    @Test
    void authors_nullElement_throwsNamingIndex() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Byline.authors(person("Jane Doe"), null));
        assertEquals("parties[1]", e.getMessage());
    }

    @Test
    void withRole_null_throwsNamingRole() {
        Byline byline = Byline.authors(person("Jane Doe"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> byline.withRole(null));
        assertEquals("role", e.getMessage());
    }

    @Test
    void withContributors_nullList_throwsNamingContributors() {
        Byline byline = Byline.authors(person("Jane Doe"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> byline.withContributors(null));
        assertEquals("contributors", e.getMessage());
    }

    @Test
    void withContributors_nullElement_throwsNamingIndex() {
        Byline byline = Byline.authors(person("Jane Doe"));
        List<Contributor> contributors = Arrays.asList(author(person("John Roe")), null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> byline.withContributors(contributors));
        assertEquals("contributors[1]", e.getMessage());
    }

    // --- construction --------------------------------------------------------------------------

    @Test
    void constructor_emptyList_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Byline(List.of()));
        assertTrue(e.getMessage().startsWith("contributors "), e.getMessage());
    }

    @Test
    void ofArray_noContributor_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Byline.of(new Contributor[0]));
    }

    @Test
    void authors_noParty_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Byline.authors(new Party[0]));
    }

    @Test
    void authors_parties_areAuthorsInOrder() {
        Byline byline = Byline.authors(person("Jane Doe"), REUTERS);
        assertEquals(List.of(author(person("Jane Doe")), author(REUTERS)), byline.contributors());
    }

    @Test
    void withRole_role_givesThoseContributorsInOrder() {
        Byline byline = Byline.of(author(person("Jane Doe")), as(EDITOR, person("John Roe")),
                author(person("Jim Poe")), as(EDITOR, person("Ann Lee")));
        assertEquals(List.of(as(EDITOR, person("John Roe")), as(EDITOR, person("Ann Lee"))), byline.withRole(EDITOR));
        assertEquals(List.of(), byline.withRole(TRANSLATOR));
    }

    @Test
    void authors_givesAuthorPartiesInOrder() {
        Byline byline = Byline.of(as(EDITOR, person("John Roe")), author(person("Jane Doe")), author(AP));
        assertEquals(List.of(person("Jane Doe"), AP), byline.authors());
    }

    @Test
    void withContributors_list_givesCopyAndLeavesOriginal() {
        Byline original = Byline.authors(person("Jane Doe"));
        Byline changed = original.withContributors(List.of(as(EDITOR, person("John Roe"))));
        assertEquals(List.of(as(EDITOR, person("John Roe"))), changed.contributors());
        assertEquals(List.of(author(person("Jane Doe"))), original.contributors());
    }

    @Test
    void withContributors_emptyList_isRejected() {
        Byline byline = Byline.authors(person("Jane Doe"));
        assertThrows(IllegalArgumentException.class, () -> byline.withContributors(List.of()));
    }

    // --- immutability ------------------------------------------------------------------------------

    @Test
    void ofList_changingListPassedIn_changesNothing() {
        List<Contributor> contributors = new ArrayList<>(List.of(author(person("Jane Doe"))));
        Byline byline = Byline.of(contributors);
        contributors.add(author(person("John Roe")));
        contributors.set(0, as(EDITOR, person("Jim Poe")));
        assertEquals(List.of(author(person("Jane Doe"))), byline.contributors());
    }

    @Test
    void ofArray_changingArrayPassedIn_changesNothing() {
        Contributor[] contributors = {author(person("Jane Doe"))};
        Byline byline = Byline.of(contributors);
        contributors[0] = as(EDITOR, person("Jim Poe"));
        assertEquals(List.of(author(person("Jane Doe"))), byline.contributors());
    }

    @Test
    void withContributors_changingListPassedIn_changesNothing() {
        List<Contributor> contributors = new ArrayList<>(List.of(author(person("John Roe"))));
        Byline byline = Byline.authors(person("Jane Doe")).withContributors(contributors);
        contributors.clear();
        assertEquals(List.of(author(person("John Roe"))), byline.contributors());
    }

    @Test
    void contributors_returnedList_rejectsAdd() {
        Byline byline = Byline.authors(person("Jane Doe"));
        assertThrows(UnsupportedOperationException.class, () -> byline.contributors().add(author(person("John Roe"))));
    }

    @Test
    void withRole_returnedList_rejectsAdd() {
        Byline byline = Byline.authors(person("Jane Doe"));
        assertThrows(UnsupportedOperationException.class, () -> byline.withRole(AUTHOR).add(author(person("John Roe"))));
    }

    @Test
    void authors_returnedList_rejectsAdd() {
        Byline byline = Byline.authors(person("Jane Doe"));
        assertThrows(UnsupportedOperationException.class, () -> byline.authors().add(person("John Roe")));
    }

    // --- equality ----------------------------------------------------------------------------------

    @Test
    void equals_sameContributors_isEqualWithSameHashCode() {
        Byline a = Byline.authors(at("Jane Doe", AP), person("John Roe"));
        Byline b = Byline.of(List.of(author(at("Jane Doe", newsroom("Associated Press"))), author(person("John Roe"))));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void equals_otherOrder_isNotEqual() {
        assertNotEquals(Byline.authors(person("Jane Doe"), person("John Roe")), Byline.authors(person("John Roe"), person("Jane Doe")));
    }

    @Test
    void equals_otherRole_isNotEqual() {
        assertNotEquals(Byline.authors(person("Jane Doe")), Byline.of(as(EDITOR, person("Jane Doe"))));
    }

    @Test
    void equals_otherAffiliation_isNotEqual() {
        assertNotEquals(Byline.authors(at("Jane Doe", AP)), Byline.authors(at("Jane Doe", REUTERS)));
    }
}
