package io.github.copydesk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.internal.BylineFormat;
import io.github.copydesk.internal.Checks;

import jakarta.validation.Valid;

/**
 * The ordered contributors of a story, each with a role. A byline title ("AP Sports Writer") is the
 * person's {@link Person#jobTitle()}, the organization they write for their
 * {@link Person#affiliation()}; an agency byline ("By The Associated Press") is one contributor whose
 * party is an {@link Organization}.
 *
 * <p>{@link #format()} writes the display line ("By Jane Doe and John Roe, Associated Press") and
 * {@link #parse(CharSequence)} reads it, and the common display forms, back.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>contributors</td><td>no; at least one</td><td>no null element; copied, unmodifiable</td><td>each: {@code publishable.contributor.name.required}</td></tr>
 * </table>
 *
 * @param contributors the contributors in byline order
 */
public record Byline(List<@Valid Contributor> contributors) {

    /**
     * Checks every field.
     *
     * @throws NullPointerException if {@code contributors} or one of its elements is null
     * @throws IllegalArgumentException if {@code contributors} is empty
     */
    public Byline {
        contributors = Checks.list(contributors, "contributors");
        if (contributors.isEmpty()) {
            throw new IllegalArgumentException("contributors must not be empty: a byline names at least one contributor");
        }
    }

    /**
     * A byline of the given contributors, in order.
     *
     * @param contributors the contributors in byline order, at least one
     * @return the byline
     * @throws NullPointerException if {@code contributors} or one of its elements is null
     * @throws IllegalArgumentException if there is no contributor
     */
    public static Byline of(Contributor... contributors) {
        Objects.requireNonNull(contributors, "contributors");
        return new Byline(Arrays.asList(contributors));
    }

    /**
     * A byline of the given contributors, in order; the list is copied.
     *
     * @param contributors the contributors in byline order, at least one
     * @return the byline
     * @throws NullPointerException if {@code contributors} or one of its elements is null
     * @throws IllegalArgumentException if the list is empty
     */
    public static Byline of(List<Contributor> contributors) {
        return new Byline(contributors);
    }

    /**
     * A byline whose contributors are all authors, in order.
     *
     * @param parties the authors in byline order, at least one
     * @return the byline
     * @throws NullPointerException if {@code parties} or one of its elements is null
     * @throws IllegalArgumentException if there is no party
     */
    public static Byline authors(Party... parties) {
        List<Party> checked = Checks.list(Arrays.asList(Objects.requireNonNull(parties, "parties")), "parties");
        List<Contributor> contributors = new ArrayList<>(checked.size());
        for (Party party : checked) {
            contributors.add(Contributor.author(party));
        }
        return new Byline(contributors);
    }

    /**
     * The contributors that have the given role, in byline order.
     *
     * @param role the role
     * @return the contributors with that role, possibly empty; unmodifiable
     * @throws NullPointerException if {@code role} is null
     */
    public List<Contributor> withRole(ContributorRole role) {
        Objects.requireNonNull(role, "role");
        return contributors.stream().filter(contributor -> contributor.role() == role).toList();
    }

    /**
     * The parties of the authors, in byline order.
     *
     * @return the authors, possibly empty; unmodifiable
     */
    public List<Party> authors() {
        return withRole(ContributorRole.AUTHOR).stream().map(Contributor::party).toList();
    }

    /**
     * A copy with other contributors; the list is copied.
     *
     * @param contributors the new contributors in byline order, at least one
     * @return a byline with them
     * @throws NullPointerException if {@code contributors} or one of its elements is null
     * @throws IllegalArgumentException if the list is empty
     */
    public Byline withContributors(List<Contributor> contributors) {
        return new Byline(contributors);
    }

    /**
     * Writes the display line, AP style: {@code By Jane Doe and John Roe, Associated Press; edited by
     * Jim Poe}.
     *
     * <p>The authors come first, as {@code By} and a series without a serial comma ("By Jane Doe, John
     * Roe and Jim Poe"); an organization is written by its name ("By The Associated Press").
     * Consecutive people who share a job title and an affiliation form a group, written once after
     * its names: the title, then the affiliation ("By Tim Reynolds, AP Sports Writer", "By Jane Doe,
     * Staff Writer, The Times", "By Jane Doe and John Roe, Associated Press"). A title shared by several
     * people whose last word is a byline-title word is written in the plural ("By Dave Skretta and Tim
     * Reynolds, AP Sports Writers"). Several groups are separated by semicolons, with "and" before the
     * last, as AP does for a series whose items hold commas ("By Jane Doe, Reuters; and John Roe,
     * Associated Press"; "By Jane Doe; and John Roe, Reuters" when only John Roe has one).
     *
     * <p>Every other role follows as a segment after {@code "; "}, in the order of its first
     * contributor, its people grouped the same way: {@code edited by}, {@code with reporting by}
     * (contributor), {@code photographs by}, {@code video by}, {@code illustrations by},
     * {@code translated by}. Without authors the line starts with the first segment, capitalised
     * ("Photographs by Jane Doe").
     *
     * <p>Only names, job titles and affiliation names are written: URLs, {@code sameAs}, honorifics and
     * descriptions are not. A contributor without a name (a draft) is left out; when none has a name
     * the result is empty.
     *
     * <p>{@link #parse(CharSequence)} reads the line back to an equal byline when: the authors come
     * first and each other role's contributors are consecutive; every person has only a name, a job
     * title and an affiliation, the affiliation a {@linkplain Organization#newsMedia(String) news
     * media organization} when its name is a recognised newsroom and a {@linkplain Organization#of(String)
     * plain} one otherwise; every organization author is a news media organization with a recognised
     * name; a job title without an affiliation holds a byline-title word; and no name holds a
     * separator ({@code , ; | / &} or the word "and"). See {@link #parse(CharSequence)}.
     *
     * @return the display line, empty when no contributor has a name
     */
    public String format() {
        return BylineFormat.format(contributors);
    }

    /**
     * Reads a byline display line: what {@link #format()} writes, and the common display forms.
     *
     * <p>White space is normalised; names, titles and affiliations are kept as written, in their
     * letter case ("By TIM REYNOLDS, AP Sports Writer" gives the name {@code TIM REYNOLDS}). The line is
     * split into segments at {@code ;}. A segment may open with a role phrase, in any letter case and
     * optionally followed by a colon: {@code By}, {@code Written by}, {@code Writing by},
     * {@code Story by}, {@code Words by}, {@code Text by}, {@code Posted by} (author);
     * {@code Edited by}, {@code Editing by} (editor); {@code With reporting by}, {@code Reporting by},
     * {@code Additional reporting by}, {@code With additional reporting by} (contributor);
     * {@code Photographs by}, {@code Photos by}, {@code Photo by}, {@code Photography by}
     * (photographer); {@code Video by}, {@code Videos by} (videographer); {@code Illustrations by},
     * {@code Illustration by}, {@code Illustrated by} (illustrator); {@code Translated by},
     * {@code Translation by} (translator). The wire agencies' "By" in German, Norwegian, Swedish, Danish
     * and French, {@code Von}, {@code Av} and {@code Par}, opens an author segment before a name of at
     * least two words that starts with a capital ("Von Christian Hollmann, dpa"; "Von Miller" stays a
     * name). A first segment without a phrase names authors ("Jane Doe |
     * Reuters"); a later one continues the previous role, after an optional leading "and".
     *
     * <p>Within a segment, names are separated by {@code ,}, {@code and}, {@code &} or {@code , and};
     * each name is one contributor ("By Jane Doe and John Roe" is two). A part after a comma is a
     * qualifier rather than a name when it is not directly followed by "and" and either is a byline
     * title or a newsroom, or no "and" follows it at all (a series of names ends in "and": "By Jane
     * Doe, Politico" names one person). A part after {@code |} or {@code /} is always a qualifier. The
     * qualifiers after a run of names apply to every person in that run: when the last is a byline
     * title, all are the job title; otherwise the last is the affiliation and any before it the job
     * title ("By Jane Doe, Staff Writer, The Times"). A plural title shared by several people is read
     * in the singular ("AP Sports Writers" gives each "AP Sports Writer"). A generational suffix after
     * a comma ({@code Jr.}, {@code Sr.}, {@code II}, {@code III}, {@code IV}, {@code V}) stays in the name.
     *
     * <p>The words are Copydesk's news vocabulary, the same that the author-name rules of
     * {@link io.github.copydesk.validation.Profile#GOOGLE_SEARCH} use. A byline title holds a word
     * such as Writer, Correspondent, Reporter, Editor, Columnist, Critic, Producer, Photographer,
     * Journalist, Contributor, Author, Staff, Chief or Fellow (or their plural), Redakteur(in) or
     * Korrespondent(in), or starts with "Special to"; a part starting with "The" is never a title. Host
     * and Stringer, which are also surnames, make a title only where they cannot end a name ("Host",
     * "Co-Host", "AP Stringer", but not "Ana Host"). A newsroom is a known agency or news organization
     * (Associated Press, AP, Reuters, AFP, Agence France-Presse, Bloomberg, dpa, UPI, CNN, BBC News,
     * Politico, the wire agencies NTB, TT, ANP, Belga, Ritzau, STT, Keystone-SDA and others, with or without
     * "The") or, as an affiliation, a name ending in Press, News,
     * Times, Post, Journal, Tribune, Herald, Agency, Service, Network, Magazine, Media, Gazette, Daily,
     * Guardian, Telegraph or Zeitung. As a name, an organization is recognised only by the known list or
     * as "The" plus such an ending ("By The Denver Post"); otherwise it is a person ("By Emily Post").
     * So a surname that is such a word is read as a title or a newsroom only where a qualifier may
     * stand: after a comma and followed by ", and" ("By Jane Doe, Bill Staff, and John Roe" reads "Bill
     * Staff" as Jane Doe's title, as "Globe Staff" must be read); AP style, with no comma before "and",
     * is never ambiguous. Recognised newsrooms become
     * {@linkplain Organization#newsMedia(String) news media organizations}, other affiliations
     * {@linkplain Organization#of(String) plain organizations}. A run of names with qualifiers but no
     * person ("By Reuters, Jane Doe") reads the qualifiers as further names.
     *
     * @param text the display line, at most 1000 chars
     * @return the byline, with at least one contributor
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is longer than 1000 chars, names no one ("", "By"),
     *         or has an empty name ("By ,", "By Jane Doe and") or an empty segment (the message quotes
     *         the text); or if a name is not valid Unicode (the message quotes the name)
     */
    public static Byline parse(CharSequence text) {
        return new Byline(BylineFormat.parse(text));
    }
}
