package io.github.copydesk.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.model.Contributor;
import io.github.copydesk.model.ContributorRole;
import io.github.copydesk.model.Organization;
import io.github.copydesk.model.Party;
import io.github.copydesk.model.Person;

/**
 * Writes and reads byline display lines ("By Jane Doe and John Roe, Associated Press; edited by
 * Jim Poe"). The grammar and the decisions on ambiguous forms are documented on
 * {@code Byline#format()} and {@code Byline#parse(CharSequence)}; this class holds the work.
 *
 * <p>Stateless and thread-safe. Not part of Copydesk's API (see the package).
 */
public final class BylineFormat {

    /** The longest text {@link #parse(CharSequence)} accepts, in chars. */
    public static final int MAX_LENGTH = 1000;

    /** The phrase that introduces each role, lower case, as {@link #format(List)} writes it. */
    private static final Map<ContributorRole, String> PHRASES = new EnumMap<>(Map.of(
            ContributorRole.AUTHOR, "by",
            ContributorRole.EDITOR, "edited by",
            ContributorRole.CONTRIBUTOR, "with reporting by",
            ContributorRole.PHOTOGRAPHER, "photographs by",
            ContributorRole.VIDEOGRAPHER, "video by",
            ContributorRole.ILLUSTRATOR, "illustrations by",
            ContributorRole.TRANSLATOR, "translated by"));

    /** "and" or "&amp;" opening a continuation segment ("...; and John Roe, AP"). */
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&)(?: |$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Separators between names and qualifiers: ", and", ",", "and", "&amp;", "|", "/". */
    private static final Pattern DELIMITER = Pattern.compile(
            " ?, ?(?:and(?= |$)|&) ?| ?, ?|(?:^| )and(?= |$) ?| ?& ?| ?[|/] ?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Any run of white space (including no-break spaces and line breaks). */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private BylineFormat() {
    }

    /**
     * Whether {@link #parse(CharSequence)} may read a name as more than one name or strip something
     * from it: the name opens with a byline phrase ("By Jane Doe", "Written by: Jane Doe") or holds
     * what separates names ({@code , ; & | /} or the word "and"). A name for which this is false is one
     * name; a reader can keep it as it is without parsing it.
     *
     * @param name the name as written
     * @return whether it may hold a byline
     * @throws NullPointerException if {@code name} is null
     */
    public static boolean mayHoldByline(CharSequence name) {
        return mayHoldSeparatorOrPhrase(Objects.requireNonNull(name, "name")) && holdsSeparatorOrPhrase(name);
    }

    /** The test of {@link #mayHoldByline(CharSequence)}, by the parser's own patterns. */
    static boolean holdsSeparatorOrPhrase(CharSequence name) {
        String normalized = WHITESPACE.matcher(name).replaceAll(" ").strip();
        return NewsVocabulary.bylinePhrase(normalized) != null || normalized.indexOf(';') >= 0
                || DELIMITER.matcher(normalized).find();
    }

    /**
     * A test in one pass over the chars, no regular expression, that is true whenever
     * {@link #holdsSeparatorOrPhrase(CharSequence)} is (names are read in every byline, every author name
     * of a page, every wire item written): a separator char, the letters "and" or "by" in any case (the
     * delimiter word and every byline phrase hold one), or a first word that is the wire agencies' "By"
     * (Von, Av, Par) before a space or a colon.
     */
    static boolean mayHoldSeparatorOrPhrase(CharSequence name) {
        String s = name.toString();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '&' || c == '|' || c == '/') {
                return true;
            }
            char next = i + 1 < n ? Character.toLowerCase(s.charAt(i + 1)) : 0;
            if (((c == 'a' || c == 'A') && next == 'n' && i + 2 < n && Character.toLowerCase(s.charAt(i + 2)) == 'd')
                    || ((c == 'b' || c == 'B') && next == 'y')) {
                return true;
            }
        }
        int start = 0;
        while (start < n && (Character.isWhitespace(s.charAt(start)) || Character.isSpaceChar(s.charAt(start)))) {
            start++;
        }
        for (String word : NewsVocabulary.FOREIGN_BY) {
            int end = start + word.length();
            if (end < n && s.regionMatches(true, start, word, 0, word.length())
                    && (s.charAt(end) == ':' || Character.isWhitespace(s.charAt(end)) || Character.isSpaceChar(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // format

    /**
     * Writes the display line of a byline's contributors.
     *
     * @param contributors the contributors, in byline order
     * @return the display line; empty when no contributor has a name
     * @throws NullPointerException if {@code contributors} or one of its elements is null
     */
    public static String format(List<Contributor> contributors) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<ContributorRole, List<Integer>> entry : byRole(Checks.list(contributors, "contributors")).entrySet()) {
            List<Party> named = new ArrayList<>(entry.getValue().size());
            for (int i : entry.getValue()) {
                named.add(contributors.get(i).party());
            }
            String parties = formatParties(named);
            if (parties.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(PHRASES.get(entry.getKey())).append(' ').append(parties);
        }
        if (out.length() > 0) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    /**
     * The contributors a display line names, in the order {@link #format(List)} names them: the authors,
     * then each other role in the order of its first contributor; a contributor without a name is not named.
     *
     * @param contributors the contributors, in byline order
     * @return their indices, in display order
     * @throws NullPointerException if {@code contributors} or one of its elements is null
     */
    public static List<Integer> displayOrder(List<Contributor> contributors) {
        List<Integer> order = new ArrayList<>();
        for (List<Integer> indices : byRole(Checks.list(contributors, "contributors")).values()) {
            order.addAll(indices);
        }
        return order;
    }

    /** The indices of the named contributors by role: authors first, then the roles in order of first appearance. */
    private static Map<ContributorRole, List<Integer>> byRole(List<Contributor> contributors) {
        Map<ContributorRole, List<Integer>> byRole = new LinkedHashMap<>();
        byRole.put(ContributorRole.AUTHOR, new ArrayList<>());
        for (int i = 0; i < contributors.size(); i++) {
            Contributor contributor = contributors.get(i);
            List<Integer> indices = byRole.computeIfAbsent(contributor.role(), role -> new ArrayList<>());
            if (present(contributor.party().name()) != null) {
                indices.add(i);
            }
        }
        return byRole;
    }

    /** One role's parties: groups of consecutive parties that share a title and affiliation. */
    private static String formatParties(List<Party> parties) {
        List<String> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String title = null;
        String affiliation = null;
        for (Party party : parties) {
            String name = party.name(); // byRole names only contributors with a name
            String partyTitle = null;
            String partyAffiliation = null;
            if (party instanceof Person person) {
                partyTitle = present(person.jobTitle());
                partyAffiliation = person.affiliation() == null ? null : present(person.affiliation().name());
            }
            if (!names.isEmpty() && !(Objects.equals(title, partyTitle) && Objects.equals(affiliation, partyAffiliation))) {
                groups.add(formatGroup(names, title, affiliation));
                names.clear();
            }
            names.add(name);
            title = partyTitle;
            affiliation = partyAffiliation;
        }
        if (!names.isEmpty()) {
            groups.add(formatGroup(names, title, affiliation));
        }
        return joinSeries(groups, "; ", "; and ");
    }

    private static String formatGroup(List<String> names, String title, String affiliation) {
        StringBuilder out = new StringBuilder(joinSeries(names, ", ", " and "));
        if (title != null) {
            out.append(", ").append(names.size() > 1 ? NewsVocabulary.pluralTitle(title) : title);
        }
        if (affiliation != null) {
            out.append(", ").append(affiliation);
        }
        return out.toString();
    }

    private static String joinSeries(List<String> items, String separator, String lastSeparator) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + lastSeparator + items.get(items.size() - 1);
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // ---------------------------------------------------------------------------------------------
    // parse

    private enum Delimiter { NONE, COMMA, AND, COMMA_AND, BAR }

    private record Item(String text, Delimiter before) {
    }

    /**
     * Reads a byline display line into its contributors.
     *
     * @param text the display line
     * @return the contributors in the order written, at least one
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is longer than {@value #MAX_LENGTH} chars, names
     *         no one, or has an empty name or an empty segment
     */
    public static List<Contributor> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("byline is longer than " + MAX_LENGTH + " characters: "
                    + Checks.quote(text.toString()));
        }
        String input = text.toString();
        String normalized = WHITESPACE.matcher(input).replaceAll(" ").strip();
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("byline names no one: " + Checks.quote(input));
        }
        List<Contributor> out = new ArrayList<>();
        ContributorRole role = ContributorRole.AUTHOR;
        String[] segments = normalized.split(";", -1);
        for (int s = 0; s < segments.length; s++) {
            String segment = segments[s].strip();
            NewsVocabulary.BylinePhrase phrase = NewsVocabulary.bylinePhrase(segment);
            if (phrase != null) {
                role = phrase.role();
                segment = segment.substring(phrase.end()).strip();
            } else if (s > 0) {
                Matcher and = LEADING_AND.matcher(segment);
                if (and.find()) {
                    segment = segment.substring(and.end()).strip();
                }
            }
            if (segment.isEmpty()) {
                throw new IllegalArgumentException((s == 0 && segments.length == 1 ? "byline names no one: "
                        : "byline has a segment that names no one: ") + Checks.quote(input));
            }
            parseParties(segment, role, input, out);
        }
        return List.copyOf(out);
    }

    /** Reads one segment's names and qualifiers, all with one role. */
    private static void parseParties(String segment, ContributorRole role, String input, List<Contributor> out) {
        List<Item> items = tokenize(segment, input);
        List<String> names = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (isQualifier(items, i)) {
                qualifiers.add(items.get(i).text());
            } else {
                if (!qualifiers.isEmpty()) {
                    addGroup(names, qualifiers, role, out);
                    names.clear();
                    qualifiers.clear();
                }
                names.add(items.get(i).text());
            }
        }
        addGroup(names, qualifiers, role, out);
    }

    private static List<Item> tokenize(String segment, String input) {
        List<Item> items = new ArrayList<>();
        Matcher m = DELIMITER.matcher(segment);
        int start = 0;
        Delimiter before = Delimiter.NONE;
        while (m.find()) {
            addItem(items, segment.substring(start, m.start()), before, input);
            before = delimiter(m.group());
            start = m.end();
        }
        addItem(items, segment.substring(start), before, input);
        return items;
    }

    private static void addItem(List<Item> items, String text, Delimiter before, String input) {
        String item = text.strip();
        if (item.isEmpty()) {
            throw new IllegalArgumentException("byline has an empty name: " + Checks.quote(input));
        }
        if (before == Delimiter.COMMA && NewsVocabulary.isGenerationalSuffix(item) && !items.isEmpty()) {
            Item previous = items.remove(items.size() - 1);
            items.add(new Item(previous.text() + ", " + item, previous.before()));
            return;
        }
        items.add(new Item(item, before));
    }

    private static Delimiter delimiter(String text) {
        boolean comma = text.indexOf(',') >= 0;
        if (text.indexOf('|') >= 0 || text.indexOf('/') >= 0) {
            return Delimiter.BAR;
        }
        if (comma) {
            return text.strip().length() > 1 ? Delimiter.COMMA_AND : Delimiter.COMMA;
        }
        return Delimiter.AND;
    }

    /**
     * Whether an item is a title or an affiliation rather than a name. After "|" or "/" it is; first,
     * or after "and", it is not; after a comma it is not when the list of names goes on to an "and"
     * (a series "A, B and C"), unless it is a known title or newsroom not directly followed by "and".
     */
    private static boolean isQualifier(List<Item> items, int i) {
        Item item = items.get(i);
        switch (item.before()) {
            case BAR:
                return true;
            case COMMA:
                break;
            default:
                return false;
        }
        Delimiter next = i + 1 < items.size() ? items.get(i + 1).before() : Delimiter.NONE;
        if (next == Delimiter.AND) {
            return false;
        }
        if (NewsVocabulary.isTitle(item.text()) || NewsVocabulary.isNewsroom(item.text())) {
            return true;
        }
        for (int j = i + 1; j < items.size(); j++) {
            Delimiter d = items.get(j).before();
            if (d == Delimiter.AND || d == Delimiter.COMMA_AND) {
                return false;
            }
        }
        return true;
    }

    /** Adds the contributors of one group: names, then the title and affiliation they share. */
    private static void addGroup(List<String> names, List<String> qualifiers, ContributorRole role, List<Contributor> out) {
        List<String> all = new ArrayList<>(names);
        long persons = names.stream().filter(name -> !NewsVocabulary.isNewsroomAuthor(name)).count();
        String title = null;
        Organization affiliation = null;
        if (!qualifiers.isEmpty() && persons == 0) {
            // "By Reuters, Jane Doe": no person to carry a title or affiliation, so these are names too
            all.addAll(qualifiers);
        } else if (!qualifiers.isEmpty()) {
            String last = qualifiers.get(qualifiers.size() - 1);
            if (NewsVocabulary.isTitle(last)) {
                title = String.join(", ", qualifiers);
            } else {
                affiliation = NewsVocabulary.isNewsroom(last) ? Organization.newsMedia(last) : Organization.of(last);
                if (qualifiers.size() > 1) {
                    title = String.join(", ", qualifiers.subList(0, qualifiers.size() - 1));
                }
            }
            if (title != null && persons > 1) {
                title = NewsVocabulary.singularTitle(title);
            }
        }
        for (String name : all) {
            Party party;
            if (NewsVocabulary.isNewsroomAuthor(name)) {
                party = Organization.newsMedia(name);
            } else {
                party = new Person(name, null, title, null, null, affiliation, null, List.of());
            }
            out.add(new Contributor(party, role));
        }
    }
}
