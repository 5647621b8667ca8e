package io.github.copydesk.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.model.ContributorRole;

/**
 * The words of news bylines and datelines, written once for every part of Copydesk that reads them:
 * the byline parser ({@link BylineFormat}), the dateline parser ({@link DatelineFormat}), the
 * author-name rules of the Google Search profile, and the readers of wire formats. Place names are
 * the other half of the vocabulary, in {@link Places}.
 *
 * <ul>
 * <li>Role phrases: the words before "by" that say a contributor's role ("Photographs by").</li>
 * <li>Byline titles: the words that make a part of a byline a job title ("AP Sports Writer"), in
 *     English and German.</li>
 * <li>Honorifics: prefixes ("Dr."), post-nominal letters ("PhD"), generational suffixes ("Jr.").</li>
 * <li>Newsrooms: news agencies and organizations known by name, and the words that end a newsroom's
 *     name ("Post", "Tribune").</li>
 * <li>Calendar words: weekdays and months as datelines write them ("Sept.", "June").</li>
 * </ul>
 *
 * <p>Words that are also common surnames are handled so that real names stay names: "Host" and
 * "Stringer" make a title only where they cannot be a surname (see {@link #isTitle(String)}); a name
 * ending in a newsroom word is a newsroom only where a name cannot stand ("By Emily Post" is a
 * person, "By The Denver Post" a newsroom: {@link #isNewsroomAuthor(String)}).
 *
 * <p>Not part of Copydesk's API (see the package). The tables are immutable; thread-safe.
 */
public final class NewsVocabulary {

    /** The words before "by" that say a role, lower case, with their role; longer phrases first. */
    private static final Map<String, ContributorRole> ROLE_WORDS = roleWords();

    /** A byline's opening phrase: optional role words, then "by", then a colon, a space or the end. */
    private static final Pattern BYLINE_PHRASE = Pattern.compile(
            "^(?:(" + String.join("|", ROLE_WORDS.keySet()).replace(" ", "\\s+") + ")\\s+)?by(?:\\s*:\\s*|\\s+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The wire agencies' "By" in German ("Von"), Norwegian and Swedish ("Av") and French ("Par"), lower
     * case; written capitalized or in capitals before a name.
     */
    public static final List<String> FOREIGN_BY = List.of("von", "av", "par");

    /**
     * "By" in the languages of the wire agencies that write it before a name: German "Von" (dpa), Norwegian,
     * Swedish and Danish "Av" (NTB, TT), French "Par" (AFP), in their usual letter cases, optionally followed
     * by a colon. Each is also a name particle ("Von Miller", "von der Leyen"), so it opens a byline only
     * before a name of at least two words that starts with a capital ("Von Christian Hollmann, dpa").
     */
    private static final Pattern FOREIGN_BYLINE_PHRASE = Pattern.compile("^(?:" + FOREIGN_BY.stream()
            .map(w -> "[" + Character.toUpperCase(w.charAt(0)) + w.charAt(0) + "]" + w.substring(1) + "|" + w.toUpperCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.joining("|"))
            + ")(?:\\s*:\\s*|\\s+)(?=\\p{Lu}[^\\s,;|/&]*\\s+(?![Aa][Nn][Dd](?:\\s|$))[^\\s,;|/&])");

    /** English words that make a part a byline title, singular, lower case; the plural adds "s". */
    private static final Set<String> TITLE_WORDS = Set.of(
            "writer", "correspondent", "reporter", "editor", "columnist", "critic", "producer",
            "photographer", "photojournalist", "videographer", "journalist", "contributor", "chief",
            "analyst", "commentator", "blogger", "intern", "anchor", "illustrator", "cartoonist",
            "researcher", "fellow", "freelancer", "author", "host", "stringer");

    /**
     * Title words with no plural in "s": "staff" ("Times Staff" for several people), and the German
     * ones, each form written out.
     */
    private static final Set<String> OTHER_TITLE_WORDS = Set.of("staff",
            "redakteur", "redakteurin", "redakteure", "redakteurinnen",
            "korrespondent", "korrespondentin", "korrespondenten", "korrespondentinnen");

    /** Title words that are also common surnames ("Ana Host", "Howard Stringer"). */
    private static final Set<String> SURNAME_TITLE_WORDS = Set.of("host", "stringer");

    /** News agencies and newsrooms known by name, lower case, without a leading "the". */
    private static final Set<String> NEWSROOMS = Set.of(
            "associated press", "ap", "reuters", "thomson reuters", "afp", "agence france-presse",
            "agence france presse", "bloomberg", "bloomberg news", "dpa", "deutsche presse-agentur",
            "upi", "united press international", "cnn", "bbc", "bbc news", "npr", "cnbc", "abc news",
            "cbs news", "nbc news", "fox news", "sky news", "al jazeera", "xinhua", "kyodo", "kyodo news",
            "ansa", "efe", "tass", "yonhap", "anadolu agency", "pa media", "press association",
            "canadian press", "aap", "australian associated press", "hollywood reporter", "politico",
            // the wire agencies of IPTC's ninjs samples and their European peers (APA and Lusa, also given names, are not here)
            "ntb", "norsk telegrambyrå", "tt", "tt nyhetsbyrån", "sipa", "sipa usa", "anp", "belga", "ritzau", "stt",
            "keystone-sda");

    /** Words that end a newsroom's name ("The Denver Post", "Süddeutsche Zeitung"), lower case. */
    private static final Set<String> NEWSROOM_WORDS = Set.of(
            "press", "news", "times", "post", "journal", "tribune", "herald", "agency", "service",
            "network", "magazine", "media", "gazette", "daily", "guardian", "telegraph", "zeitung");

    /** A known newsroom's name, as whole words, in any letter case. */
    private static final Pattern NEWSROOM_NAME = wholeWords(NEWSROOMS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A newsroom word with its capital ("Press", not "press"), as a whole word. */
    private static final Pattern NEWSROOM_WORD = wholeWords(capitalized(NEWSROOM_WORDS), 0);

    /** Honorifics before a name; abbreviations need their full stop, but for Dr, Prof, Mr, Mrs, Ms, Mx. */
    private static final Pattern HONORIFIC_PREFIX = Pattern.compile(
            "^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?|(?:Rev|Hon|Sen|Gen|Capt)\\.|Sir|Dame|Herr|Frau|Mme|Mlle)\\s+\\S.*"
                    + "|^(?:Dr|Prof)\\.\\S.*");

    /** Post-nominal letters in their usual capitals, as they follow a comma. */
    private static final String POST_NOMINALS =
            "PhD|Ph\\.D\\.?|MD|M\\.D\\.?|Esq\\.?|MBE|OBE|CBE|KBE|DBE|MBA|MSc|M\\.Sc\\.?|BA|B\\.A\\.?|DDS|RN";

    /** Those that also count after a mere space: not surnames such as Ba, Mba or Obe, and dotted where ambiguous. */
    private static final String POST_NOMINALS_AFTER_SPACE = "PhD|Ph\\.D\\.?|MD|M\\.D\\.|Esq\\.|MBE|OBE|CBE|KBE|DBE";

    private static final Pattern POST_NOMINAL = Pattern.compile("\\s*(?:" + POST_NOMINALS + ")\\s*");
    private static final Pattern ENDS_WITH_POST_NOMINAL = Pattern.compile(
            ".*(?:,\\s*(?:" + POST_NOMINALS + ")|\\s(?:" + POST_NOMINALS_AFTER_SPACE + "))\\s*");

    /** Generational suffixes, part of a name: "Jr.", "Sr", "III". */
    private static final Pattern GENERATIONAL = Pattern.compile("\\s*(?:(?:jr|sr)\\.?|ii|iii|iv|v)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();
    /** AP's month abbreviations without the full stop, as Reuters writes them; the short months in full. */
    private static final String[] SHORT_MONTHS = {
        "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day.name().toLowerCase(Locale.ROOT), day);
        }
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private NewsVocabulary() {
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

    /** A pattern that finds any of the phrases as whole words, longer phrases first. */
    private static Pattern wholeWords(Set<String> phrases, int flags) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = new ArrayList<>();
        for (String phrase : sorted) {
            quoted.add(Pattern.quote(phrase));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])", flags);
    }

    private static Set<String> capitalized(Set<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            out.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return Set.copyOf(out);
    }

    // ---------------------------------------------------------------------------------------------
    // role phrases

    /**
     * A byline's opening phrase and the role it gives.
     *
     * @param role the role: {@link ContributorRole#AUTHOR} for a plain "By"
     * @param end where the phrase ends in the text, after its colon or space
     */
    public record BylinePhrase(ContributorRole role, int end) {
    }

    /**
     * The byline phrase a text opens with, in any letter case: "By", then optional role words before
     * it ("Written by", "Photographs by", "With additional reporting by"), and an optional colon.
     * "Byron York" opens with none. The wire agencies' "By" in German, Norwegian, Swedish, Danish and
     * French ("Von", "Av", "Par") opens an author's byline only before a name of two words or more that
     * starts with a capital: "Von Christian Hollmann, dpa" opens with one, "Von Miller" and "von der
     * Leyen" with none.
     *
     * @param text the text, such as a byline segment or an author's name
     * @return the phrase, or {@code null} when the text does not open with one
     */
    public static BylinePhrase bylinePhrase(CharSequence text) {
        Matcher m = BYLINE_PHRASE.matcher(text);
        if (!m.find()) {
            Matcher foreign = FOREIGN_BYLINE_PHRASE.matcher(text);
            return foreign.find() ? new BylinePhrase(ContributorRole.AUTHOR, foreign.end()) : null;
        }
        ContributorRole role = m.group(1) == null ? ContributorRole.AUTHOR
                : ROLE_WORDS.get(SPACES.matcher(m.group(1)).replaceAll(" ").toLowerCase(Locale.ROOT));
        return new BylinePhrase(role, m.end());
    }

    // ---------------------------------------------------------------------------------------------
    // byline titles

    /**
     * Whether a part of a byline is a job title: it starts with "Special to", or holds a title word
     * ("Writer", "Correspondent", "Staff", "Redakteurin", or an English plural such as "Writers"). A
     * part that starts with "The" or is a known newsroom ("Hollywood Reporter") is not a title. "Host"
     * and "Stringer", which are also surnames, make a title only where they cannot end a name: alone
     * ("Host", "Co-Host"), before another word ("Host of Today"), or beside a newsroom or another
     * title word ("AP Stringer"); "Ana Host" and "Howard Stringer" are not titles.
     *
     * @param text the part, such as "AP Sports Writer"
     * @return whether it is a title
     */
    public static boolean isTitle(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("special to ")) {
            return true;
        }
        if (lower.startsWith("the ") || NEWSROOMS.contains(lower)) {
            return false;
        }
        String[] tokens = SPACES.split(lower);
        int surnameLike = -1;
        boolean vocabulary = false;
        for (int i = 0; i < tokens.length; i++) {
            boolean surname = false;
            for (String word : NOT_LETTERS.split(tokens[i])) {
                String title = titleWord(word);
                if (title != null && !SURNAME_TITLE_WORDS.contains(title)) {
                    return true;
                }
                surname |= title != null;
                vocabulary |= NEWSROOM_WORDS.contains(word) || NEWSROOMS.contains(word);
            }
            if (surname && surnameLike < 0) {
                surnameLike = i;
            } else if (surname) {
                vocabulary = true;
            }
        }
        return surnameLike >= 0 && (tokens.length == 1 || surnameLike < tokens.length - 1 || vocabulary);
    }

    /** The title word a lower-case word is, or the singular of, or {@code null}. */
    private static String titleWord(String word) {
        if (TITLE_WORDS.contains(word) || OTHER_TITLE_WORDS.contains(word)) {
            return word;
        }
        if (word.endsWith("s") && TITLE_WORDS.contains(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    /**
     * A title in the plural, as several people share it: "AP Sports Writer" gives "AP Sports
     * Writers" ("WRITERS" in capitals); a title whose last word is not an English title word is
     * returned as it is.
     *
     * @param title the title
     * @return the plural
     */
    public static String pluralTitle(String title) {
        String last = lastWord(title);
        if (!TITLE_WORDS.contains(last.toLowerCase(Locale.ROOT))) {
            return title;
        }
        return title + (last.equals(last.toUpperCase(Locale.ROOT)) ? "S" : "s");
    }

    /**
     * A title in the singular: "AP Sports Writers" gives "AP Sports Writer"; a title whose last word
     * is not the plural of an English title word is returned as it is.
     *
     * @param title the title
     * @return the singular
     */
    public static String singularTitle(String title) {
        String key = lastWord(title).toLowerCase(Locale.ROOT);
        if (key.endsWith("s") && TITLE_WORDS.contains(key.substring(0, key.length() - 1))) {
            return title.substring(0, title.length() - 1);
        }
        return title;
    }

    // ---------------------------------------------------------------------------------------------
    // honorifics

    /**
     * Whether a name opens with an honorific: "Dr", "Prof", "Mr", "Mrs", "Ms", "Mx" (with or without
     * a full stop), "Rev.", "Hon.", "Sen.", "Gen.", "Capt." (with it: "Hon Sui Sen" is a name), "Sir",
     * "Dame", "Herr", "Frau", "Mme", "Mlle".
     *
     * @param name the name as written
     * @return whether it opens with an honorific followed by more
     */
    public static boolean startsWithHonorific(String name) {
        return HONORIFIC_PREFIX.matcher(name).matches();
    }

    /**
     * Whether a name ends with post-nominal letters: after a comma ("Jane Doe, PhD", ", MBA", ", BA"),
     * or after a space for those that are not also surnames ("Jane Doe MD", but "Mamadou Ba").
     *
     * @param name the name as written
     * @return whether it ends with post-nominal letters
     */
    public static boolean endsWithPostNominal(String name) {
        return ENDS_WITH_POST_NOMINAL.matcher(name).matches();
    }

    /**
     * Whether a part after a comma is post-nominal letters ("PhD", "M.D.", "MBE").
     *
     * @param part the part
     * @return whether it is post-nominal letters
     */
    public static boolean isPostNominal(String part) {
        return POST_NOMINAL.matcher(part).matches();
    }

    /**
     * Whether a part after a comma is a generational suffix, which belongs to the name: "Jr.", "Sr",
     * "II", "III", "IV", "V", in any letter case.
     *
     * @param part the part
     * @return whether it is a generational suffix
     */
    public static boolean isGenerationalSuffix(String part) {
        return GENERATIONAL.matcher(part).matches();
    }

    // ---------------------------------------------------------------------------------------------
    // newsrooms

    /**
     * Whether a text is the name of a known news agency or newsroom, with or without "The", in any
     * letter case: "Associated Press", "AP", "Reuters", "AFP", "dpa", "BBC News", "The Hollywood Reporter".
     *
     * @param text the text
     * @return whether it names a known newsroom
     */
    public static boolean isKnownNewsroom(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return NEWSROOMS.contains(lower.startsWith("the ") ? lower.substring(4) : lower);
    }

    /**
     * Whether a text names a newsroom where an affiliation stands: a known newsroom, or a name whose
     * last word is a newsroom word ("Denver Post", "Chicago Tribune", "Süddeutsche Zeitung").
     *
     * @param text the text
     * @return whether it names a newsroom
     */
    public static boolean isNewsroom(String text) {
        return isKnownNewsroom(text) || NEWSROOM_WORDS.contains(lastWord(text.strip()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a text names a newsroom where a person's name could stand, as a byline's author: a
     * known newsroom, or "The" and a name ending in a newsroom word ("The Denver Post"); "Emily
     * Post" is a person.
     *
     * @param text the text
     * @return whether it names a newsroom
     */
    public static boolean isNewsroomAuthor(String text) {
        String stripped = text.strip();
        return isKnownNewsroom(stripped) || (stripped.toLowerCase(Locale.ROOT).startsWith("the ")
                && NEWSROOM_WORDS.contains(lastWord(stripped).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a text mentions a newsroom anywhere: a known newsroom's name as whole words in any
     * letter case ("Reuters Washington bureau"), or a newsroom word with its capital ("Example
     * Press"; "press officer" does not).
     *
     * @param text the text
     * @return whether it mentions a newsroom
     */
    public static boolean mentionsNewsroom(String text) {
        return NEWSROOM_NAME.matcher(text).find() || NEWSROOM_WORD.matcher(text).find();
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    // ---------------------------------------------------------------------------------------------
    // calendar words

    /**
     * The weekday a word names: its English name in any letter case ("Monday", "MONDAY").
     *
     * @param word the word
     * @return the weekday, or {@code null} when the word names none
     */
    public static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word is the English name of a weekday, in any letter case.
     *
     * @param word the word
     * @return whether it names a weekday
     */
    public static boolean isWeekday(String word) {
        return weekday(word) != null;
    }

    /**
     * Whether a text names a weekday as a whole word ("MADRID, Monday").
     *
     * @param text the text
     * @return whether some word of it names a weekday
     */
    public static boolean mentionsWeekday(CharSequence text) {
        Matcher word = LETTERS.matcher(text);
        while (word.find()) {
            if (isWeekday(word.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The month a word names, as datelines write it: the English name or its first three letters,
     * or "Sept", in any letter case, with or without a closing full stop ("June", "Sept.", "jan").
     *
     * @param word the word
     * @return the month, or {@code null} when the word names none
     */
    public static Month month(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return MONTHS.get(w.toLowerCase(Locale.ROOT));
    }

    /**
     * A month as Reuters writes it in a dateline: AP's abbreviation without its full stop ("Jan",
     * "Sept"), the months AP does not abbreviate in full ("March", "June").
     *
     * @param month the month
     * @return its short form
     */
    public static String shortMonth(Month month) {
        return SHORT_MONTHS[month.ordinal()];
    }
}
