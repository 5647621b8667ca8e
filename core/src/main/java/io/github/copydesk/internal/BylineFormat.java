package io.github.copydesk.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * <p>Stateless and thread-safe. Not part of the API: the package is not exported.
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

    /** The words before "by" that {@link #parse(CharSequence)} reads, lower case, with their role. */
    private static final Map<String, ContributorRole> ROLE_WORDS = roleWords();

    /** A segment's opening phrase: optional role words, then "by", an optional colon. */
    private static final Pattern PHRASE = Pattern.compile(
            "^(?:(" + String.join("|", ROLE_WORDS.keySet()) + ") )?by(?: ?: ?| |$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "and" or "&amp;" opening a continuation segment ("...; and John Roe, AP"). */
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&)(?: |$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Separators between names and qualifiers: ", and", ",", "and", "&amp;", "|", "/". */
    private static final Pattern DELIMITER = Pattern.compile(
            " ?, ?(?:and(?= |$)|&) ?| ?, ?|(?:^| )and(?= |$) ?| ?& ?| ?[|/] ?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Any run of white space (including no-break spaces and line breaks). */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** A generational suffix written after a comma, which belongs to the name ("John Roe, Jr."). */
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?:jr|sr)\\.?|ii|iii|iv",
            Pattern.CASE_INSENSITIVE);

    /** News agencies and newsrooms recognised by name, lower case, without a leading "the". */
    private static final Set<String> NEWSROOMS = Set.of(
            "associated press", "ap", "reuters", "thomson reuters", "afp", "agence france-presse",
            "agence france presse", "bloomberg", "bloomberg news", "dpa", "deutsche presse-agentur",
            "upi", "united press international", "cnn", "bbc", "bbc news", "npr", "cnbc", "abc news",
            "cbs news", "nbc news", "fox news", "sky news", "al jazeera", "xinhua", "kyodo", "kyodo news",
            "ansa", "efe", "tass", "yonhap", "anadolu agency", "pa media", "press association",
            "canadian press", "aap", "australian associated press", "hollywood reporter");

    /** Last words that make a name a newsroom ("The Denver Post", "Chicago Tribune"). */
    private static final Set<String> NEWSROOM_WORDS = Set.of(
            "press", "news", "times", "post", "journal", "tribune", "herald", "agency", "service",
            "network", "magazine");

    /** Words that make a part a byline title ("AP Sports Writer", "Bureau Chief"), singular. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "writer", "correspondent", "reporter", "editor", "columnist", "critic", "producer",
            "photographer", "photojournalist", "videographer", "journalist", "contributor", "chief",
            "analyst", "commentator", "blogger", "stringer", "intern", "anchor", "illustrator",
            "cartoonist", "researcher", "fellow", "freelancer");

    private BylineFormat() {
    }

    private static Map<String, ContributorRole> roleWords() {
        Map<String, ContributorRole> words = new LinkedHashMap<>();
        // longer phrases first, so that the alternation prefers them
        words.put("with additional reporting", ContributorRole.CONTRIBUTOR);
        words.put("additional reporting", ContributorRole.CONTRIBUTOR);
        words.put("with reporting", ContributorRole.CONTRIBUTOR);
        words.put("reporting", ContributorRole.CONTRIBUTOR);
        words.put("written", ContributorRole.AUTHOR);
        words.put("writing", ContributorRole.AUTHOR);
        words.put("story", ContributorRole.AUTHOR);
        words.put("words", ContributorRole.AUTHOR);
        words.put("text", ContributorRole.AUTHOR);
        words.put("posted", ContributorRole.AUTHOR);
        words.put("edited", ContributorRole.EDITOR);
        words.put("editing", ContributorRole.EDITOR);
        words.put("photographs", ContributorRole.PHOTOGRAPHER);
        words.put("photography", ContributorRole.PHOTOGRAPHER);
        words.put("photos", ContributorRole.PHOTOGRAPHER);
        words.put("photo", ContributorRole.PHOTOGRAPHER);
        words.put("videos", ContributorRole.VIDEOGRAPHER);
        words.put("video", ContributorRole.VIDEOGRAPHER);
        words.put("illustrations", ContributorRole.ILLUSTRATOR);
        words.put("illustration", ContributorRole.ILLUSTRATOR);
        words.put("illustrated", ContributorRole.ILLUSTRATOR);
        words.put("translated", ContributorRole.TRANSLATOR);
        words.put("translation", ContributorRole.TRANSLATOR);
        return words;
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
        Map<ContributorRole, List<Party>> byRole = new LinkedHashMap<>();
        byRole.put(ContributorRole.AUTHOR, new ArrayList<>());
        for (Contributor contributor : Checks.list(contributors, "contributors")) {
            byRole.computeIfAbsent(contributor.role(), role -> new ArrayList<>()).add(contributor.party());
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<ContributorRole, List<Party>> entry : byRole.entrySet()) {
            String parties = formatParties(entry.getValue());
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

    /** One role's parties: groups of consecutive parties that share a title and affiliation. */
    private static String formatParties(List<Party> parties) {
        List<String> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String title = null;
        String affiliation = null;
        for (Party party : parties) {
            String name = present(party.name());
            if (name == null) {
                continue;
            }
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
            out.append(", ").append(names.size() > 1 ? plural(title) : title);
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

    /** "AP Sports Writer" to "AP Sports Writers" when its last word is a title word with a plural. */
    private static String plural(String title) {
        String last = lastWord(title);
        String key = last.toLowerCase(Locale.ROOT);
        if (!TITLE_WORDS.contains(key)) {
            return title;
        }
        boolean upper = last.equals(last.toUpperCase(Locale.ROOT));
        return title + (upper ? "S" : "s");
    }

    /** "AP Sports Writers" to "AP Sports Writer" when its last word is the plural of a title word. */
    private static String singular(String title) {
        String last = lastWord(title);
        String key = last.toLowerCase(Locale.ROOT);
        if (key.endsWith("s") && TITLE_WORDS.contains(key.substring(0, key.length() - 1))) {
            return title.substring(0, title.length() - 1);
        }
        return title;
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
            Matcher phrase = PHRASE.matcher(segment);
            if (phrase.find()) {
                role = phrase.group(1) == null ? ContributorRole.AUTHOR
                        : ROLE_WORDS.get(phrase.group(1).toLowerCase(Locale.ROOT));
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
        if (before == Delimiter.COMMA && NAME_SUFFIX.matcher(item).matches() && !items.isEmpty()) {
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
        if (isTitle(item.text()) || isNewsroom(item.text())) {
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
        long persons = names.stream().filter(name -> !isOrganizationAuthor(name)).count();
        String title = null;
        Organization affiliation = null;
        if (!qualifiers.isEmpty() && persons == 0) {
            // "By Reuters, Jane Doe": no person to carry a title or affiliation, so these are names too
            all.addAll(qualifiers);
        } else if (!qualifiers.isEmpty()) {
            String last = qualifiers.get(qualifiers.size() - 1);
            if (isTitle(last)) {
                title = String.join(", ", qualifiers);
            } else {
                affiliation = isNewsroom(last) ? Organization.newsMedia(last) : Organization.of(last);
                if (qualifiers.size() > 1) {
                    title = String.join(", ", qualifiers.subList(0, qualifiers.size() - 1));
                }
            }
            if (title != null && persons > 1) {
                title = singular(title);
            }
        }
        for (String name : all) {
            Party party;
            if (isOrganizationAuthor(name)) {
                party = Organization.newsMedia(name);
            } else {
                party = new Person(name, null, title, null, null, affiliation, null, List.of());
            }
            out.add(new Contributor(party, role));
        }
    }

    /** A byline title: holds a title word ("AP Sports Writer") or is "Special to ...". */
    static boolean isTitle(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("special to ")) {
            return true;
        }
        if (lower.startsWith("the ") || NEWSROOMS.contains(lower)) {
            return false;
        }
        for (String word : lower.split("[^\\p{L}]+")) {
            if (TITLE_WORDS.contains(word) || word.equals("staff")
                    || (word.endsWith("s") && TITLE_WORDS.contains(word.substring(0, word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A newsroom in the place of an affiliation: a known name, or a name ending in a newsroom word. */
    static boolean isNewsroom(String text) {
        return isKnownNewsroom(text) || NEWSROOM_WORDS.contains(lastWord(text).toLowerCase(Locale.ROOT));
    }

    /**
     * A newsroom in the place of a name: a known name, or "The ..." ending in a newsroom word ("The
     * Denver Post"); "Emily Post" stays a person.
     */
    static boolean isOrganizationAuthor(String text) {
        return isKnownNewsroom(text)
                || (text.toLowerCase(Locale.ROOT).startsWith("the ")
                        && NEWSROOM_WORDS.contains(lastWord(text).toLowerCase(Locale.ROOT)));
    }

    private static boolean isKnownNewsroom(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NEWSROOMS.contains(lower.startsWith("the ") ? lower.substring(4) : lower);
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }
}
