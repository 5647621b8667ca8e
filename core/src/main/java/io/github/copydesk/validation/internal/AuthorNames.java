package io.github.copydesk.validation.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.internal.NewsVocabulary;

/**
 * Google's rule that an author's name is only the name: which of the author-name rules a name
 * breaks. Built to leave real names alone ("Martin Luther King Jr.", "Ngũgĩ wa Thiong'o",
 * "José Ortega y Gasset", "M. Night Shyamalan", "Steve Forbes") and to catch what CMS fields
 * typically glue onto them ("By Jane Doe", "Jane Doe, Staff Writer", "Jane Doe and John Roe",
 * "Jane Doe | Reuters", "Jane Doe (AP)", "Dr. Jane Doe").
 *
 * <p>The words it looks for (role phrases, titles, honorifics, newsrooms) are Copydesk's news
 * vocabulary, {@link NewsVocabulary}, which the byline parser reads bylines with too.
 *
 * <p>The name itself is never searched for the publisher (a surname may equal it: "Steve Forbes"
 * writing for Forbes); only what follows a comma, a separator, "for" or stands in parentheses is.
 */
final class AuthorNames {

    /** What a name holds besides the name; each is one of Google's author-name rules. */
    enum Problem {
        /** Several people ("Jane Doe and John Roe"): {@code google.author.name.one-person}. */
        SEVERAL_PEOPLE,
        /** "By" or "Posted by" before the name: {@code google.author.name.no-prefix}. */
        PREFIX,
        /** A job title ("Staff Writer"): {@code google.author.name.no-job-title}. */
        JOB_TITLE,
        /** An honorific ("Dr.", "PhD"): {@code google.author.name.no-honorific}. */
        HONORIFIC,
        /**
         * The publisher or another organization ("Reuters"), or a person's name that is the publisher's
         * ("Example News"): {@code google.author.name.no-publisher}.
         */
        ORGANIZATION,
        /**
         * Initials, a handle or other text in parentheses after the name ("Elena Muster (emu)"): not the
         * name, not an organization: {@code google.author.name.no-initials}. Parentheses inside a name (a
         * nickname or middle names: "William (Bill) Smith") are part of it.
         */
        INITIALS
    }

    /** A leading "The", and runs of punctuation and white space: what a name is compared without. */
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PIPE_OR_DASH = Pattern.compile("\\s?\\|\\s?|\\s[\u2022\u00B7\u2013\u2014-]\\s");
    private static final Pattern SLASH = Pattern.compile("\\s?/\\s?");
    private static final Pattern FOR = Pattern.compile("\\s+for\\s+(?=\\p{Lu})");
    /** Words that join two people; Spanish "y" and Portuguese "e" join surnames, so they are not among them. */
    private static final Pattern JOINER = Pattern.compile("(?i)\\s(?:and|&|und|et|with)\\s|;");

    private AuthorNames() {
    }

    /**
     * What a name holds besides the name.
     *
     * @param name the name as given
     * @param person whether the author is a person (organizations are only checked for "By")
     * @param publisher the publisher's name, or {@code null}
     * @return the problems, possibly none
     */
    static Set<Problem> problems(String name, boolean person, String publisher) {
        Set<Problem> broken = EnumSet.noneOf(Problem.class);
        String n = name.strip();
        if (n.isEmpty()) {
            return broken;
        }
        NewsVocabulary.BylinePhrase phrase = NewsVocabulary.bylinePhrase(n);
        if (phrase != null) {
            broken.add(Problem.PREFIX);
            n = n.substring(phrase.end()).strip();
        }
        if (!person) {
            return broken;
        }
        if (publisher != null && !bare(publisher).isEmpty() && bare(n).equals(bare(publisher))) {
            // a person named after the publisher: "Example News" writing for Example News
            broken.add(Problem.ORGANIZATION);
            return broken;
        }
        if (NewsVocabulary.startsWithHonorific(n) || NewsVocabulary.endsWithPostNominal(n)) {
            broken.add(Problem.HONORIFIC);
        }
        Matcher parentheses = PARENTHESES.matcher(n);
        while (parentheses.find()) {
            // "Jane Doe (Staff Writer)", "Jane Doe (AP)", "Elena Muster (emu)"
            // inside a name, a nickname or middle names ("William (Bill) Smith") are part of it
            String inside = parentheses.group(1);
            if (NewsVocabulary.isTitle(inside)) {
                broken.add(Problem.JOB_TITLE);
            } else if (NewsVocabulary.mentionsNewsroom(inside) || (publisher != null && samePublisher(inside, publisher))) {
                broken.add(Problem.ORGANIZATION);
            } else if (n.substring(parentheses.end()).isBlank()) {
                broken.add(Problem.INITIALS);
            }
        }
        n = PARENTHESES.matcher(n).replaceAll(" ").strip();
        n = trailing(n, PIPE_OR_DASH.split(n, 2), Problem.ORGANIZATION, publisher, broken);
        n = trailing(n, SLASH.split(n, 2), Problem.SEVERAL_PEOPLE, publisher, broken);
        n = trailing(n, FOR.split(n, 2), Problem.ORGANIZATION, publisher, broken);
        if (JOINER.matcher(n).find()) {
            broken.add(Problem.SEVERAL_PEOPLE);
        }
        String[] parts = n.split(",");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.isBlank() || NewsVocabulary.isGenerationalSuffix(part) || NewsVocabulary.isPostNominal(part)) {
                continue;
            }
            broken.add(classify(part, Problem.SEVERAL_PEOPLE, publisher));
        }
        return broken;
    }

    /** What follows a separator: a job title, an organization, or (by default) what the separator suggests. */
    private static String trailing(String n, String[] split, Problem otherwise, String publisher, Set<Problem> broken) {
        if (split.length < 2 || split[1].isBlank()) {
            return n;
        }
        broken.add(classify(split[1], otherwise, publisher));
        return split[0];
    }

    private static Problem classify(String part, Problem otherwise, String publisher) {
        if (NewsVocabulary.isTitle(part)) {
            return Problem.JOB_TITLE;
        }
        if (NewsVocabulary.mentionsNewsroom(part) || (publisher != null && samePublisher(part, publisher))) {
            return Problem.ORGANIZATION;
        }
        return otherwise;
    }

    /** Whether a part names the publisher, ignoring case, a leading "The" and surrounding punctuation. */
    private static boolean samePublisher(String part, String publisher) {
        String a = bare(part);
        String b = bare(publisher);
        return !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a) && a.length() > 2);
    }

    private static String bare(String s) {
        return PUNCTUATION.matcher(LEADING_THE.matcher(s.strip()).replaceFirst("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
