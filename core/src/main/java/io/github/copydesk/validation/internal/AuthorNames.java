package io.github.copydesk.validation.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.copydesk.validation.Rule;

/**
 * Google's rule that an author's name is only the name: which of the author-name rules a name
 * breaks. Built to leave real names alone ("Martin Luther King Jr.", "Ngũgĩ wa Thiong'o",
 * "Ursula von der Leyen", "O'Brien") and to catch what CMS fields typically glue onto them
 * ("By Jane Doe", "Jane Doe, Staff Writer", "Jane Doe and John Roe", "Jane Doe | Reuters",
 * "Dr. Jane Doe").
 */
final class AuthorNames {

    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^\\s*(?:(?:written|posted|story|words|reporting|text|photos?|video)\\s+)?by\\b[\\s:]*.*");
    private static final Pattern HONORIFIC_PREFIX = Pattern.compile(
            "^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Hon|Sir|Dame|Herr|Frau|Mme|Mlle|M)\\.?\\s+\\S.*|^(?:Dr|Prof)\\.\\S.*");
    private static final Pattern HONORIFIC_SUFFIX = Pattern.compile(
            "(?i).*(?:,\\s*|\\s+)(?:Ph\\.?\\s?D\\.?|M\\.?D\\.?|Esq\\.?|MBE|OBE|CBE|KBE|DBE|MBA|M\\.?Sc\\.?|B\\.?A\\.?)\\s*$");
    /** Generational suffixes, part of a name: "Martin Luther King Jr.", "Robert Downey Jr". */
    private static final Pattern GENERATIONAL = Pattern.compile("(?i)\\s*(?:Jr|Sr)\\.?|\\s*(?:II|III|IV|V)\\s*");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)\\b(?:writer|reporter|correspondent|editor|columnist|contributor|critic|journalist|staff|producer"
                    + "|photographer|videographer|analyst|bureau chief|chief|author|blogger|anchor|host|intern"
                    + "|redakteur(?:in)?|korrespondent(?:in)?)s?\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|/\u2022\u00B7\u2013\u2014-]\\s|\\s?\\|\\s?");
    private static final Pattern JOINER = Pattern.compile("(?i)\\s(?:and|&|und|et|y|e)\\s|;");

    private AuthorNames() {
    }

    /**
     * The author-name rules a name breaks.
     *
     * @param name the name as given
     * @param person whether the author is a person (organizations are only checked for "By")
     * @param publisher the publisher's name, or {@code null}
     * @return the broken rules, possibly none
     */
    static Set<Rule> problems(String name, boolean person, String publisher) {
        Set<Rule> broken = EnumSet.noneOf(Rule.class);
        String n = name.strip();
        if (n.isEmpty()) {
            return broken;
        }
        if (PREFIX.matcher(n).matches()) {
            broken.add(Rule.GOOGLE_AUTHOR_NO_PREFIX);
            n = n.replaceFirst("(?i)^\\s*(?:(?:written|posted|story|words|reporting|text|photos?|video)\\s+)?by\\b[\\s:]*", "");
        }
        if (!person) {
            return broken;
        }
        if (HONORIFIC_PREFIX.matcher(n).matches() || HONORIFIC_SUFFIX.matcher(n).matches()) {
            broken.add(Rule.GOOGLE_AUTHOR_NO_HONORIFIC);
        }
        if (publisher != null && !publisher.isBlank() && containsWords(n, publisher.strip())) {
            broken.add(Rule.GOOGLE_AUTHOR_NO_PUBLISHER);
        }
        String[] bySeparator = SEPARATOR.split(n, 2);
        if (bySeparator.length > 1) {
            // "Jane Doe | Reuters", "Jane Doe - Staff Writer"
            broken.add(TITLE_WORD.matcher(bySeparator[1]).find() ? Rule.GOOGLE_AUTHOR_NO_JOB_TITLE : Rule.GOOGLE_AUTHOR_NO_PUBLISHER);
            n = bySeparator[0];
        }
        if (JOINER.matcher(n).find()) {
            broken.add(Rule.GOOGLE_AUTHOR_ONE_PERSON);
        }
        String[] parts = n.split(",");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.isBlank() || GENERATIONAL.matcher(part).matches() || HONORIFIC_SUFFIX.matcher("," + part).matches()) {
                continue;
            }
            if (TITLE_WORD.matcher(part).find()) {
                broken.add(Rule.GOOGLE_AUTHOR_NO_JOB_TITLE);
            } else if (publisher != null && containsWords(part, publisher.strip())) {
                broken.add(Rule.GOOGLE_AUTHOR_NO_PUBLISHER);
            } else {
                broken.add(Rule.GOOGLE_AUTHOR_ONE_PERSON);
            }
        }
        return broken;
    }

    private static boolean containsWords(String text, String words) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(words.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
