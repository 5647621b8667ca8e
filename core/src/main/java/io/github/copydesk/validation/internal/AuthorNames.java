package io.github.copydesk.validation.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google's rule that an author's name is only the name: which of the author-name rules a name
 * breaks. Built to leave real names alone ("Martin Luther King Jr.", "Ngũgĩ wa Thiong'o",
 * "José Ortega y Gasset", "M. Night Shyamalan", "Steve Forbes") and to catch what CMS fields
 * typically glue onto them ("By Jane Doe", "Jane Doe, Staff Writer", "Jane Doe and John Roe",
 * "Jane Doe | Reuters", "Jane Doe (AP)", "Dr. Jane Doe").
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
        /** The publisher or another organization ("Reuters"): {@code google.author.name.no-publisher}. */
        ORGANIZATION
    }

    private static final String BY = "(?i)^\\s*(?:(?:written|posted|story|words|reporting|text|photos?|video)\\s+)?by\\b[\\s:]*";
    private static final Pattern PREFIX = Pattern.compile(BY + ".*");
    /** Honorifics before the name; abbreviations need their period except the common Dr/Prof/Mr/Mrs/Ms. */
    private static final Pattern HONORIFIC_PREFIX = Pattern.compile(
            "^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?|(?:Rev|Hon|Sen|Gen|Capt)\\.|Sir|Dame|Herr|Frau|Mme|Mlle)\\s+\\S.*|^(?:Dr|Prof)\\.\\S.*");
    /** Post-nominal letters, in their usual capitals: after a comma, or dotted, or a known order. */
    private static final Pattern HONORIFIC_SUFFIX = Pattern.compile(
            ".*(?:,\\s*(?:PhD|Ph\\.D\\.?|MD|M\\.D\\.?|Esq\\.?|MBE|OBE|CBE|KBE|DBE|MBA|MSc|M\\.Sc\\.?|BA|B\\.A\\.?|DDS|RN)"
                    + "|\\s(?:PhD|Ph\\.D\\.?|MD|M\\.D\\.|Esq\\.|MBE|OBE|CBE|KBE|DBE))\\s*$");
    /** Generational suffixes, part of a name: "Martin Luther King Jr.", "Robert Downey Jr". */
    private static final Pattern GENERATIONAL = Pattern.compile("(?i)\\s*(?:Jr|Sr)\\.?|\\s*(?:II|III|IV|V)\\s*");
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)\\b(?:writer|reporter|correspondent|editor|columnist|contributor|critic|journalist|staff|producer"
                    + "|photographer|videographer|analyst|bureau chief|chief|author|blogger|anchor|host|intern"
                    + "|redakteur(?:in)?|korrespondent(?:in)?)s?\\b");
    /** Words that make a part an organization: agencies, newsrooms. */
    private static final Pattern ORGANIZATION_WORD = Pattern.compile(
            "\\b(?:Press|News|Times|Post|Journal|Tribune|Herald|Agency|Service|Network|Magazine|Media|Gazette|Daily"
                    + "|Reuters|AFP|AP|dpa|UPI|Bloomberg|BBC|CNN|NPR|Politico|Guardian|Telegraph|Zeitung)\\b");
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
        if (PREFIX.matcher(n).matches()) {
            broken.add(Problem.PREFIX);
            n = n.replaceFirst(BY, "");
        }
        if (!person) {
            return broken;
        }
        if (HONORIFIC_PREFIX.matcher(n).matches() || HONORIFIC_SUFFIX.matcher(n).matches()) {
            broken.add(Problem.HONORIFIC);
        }
        Matcher parentheses = PARENTHESES.matcher(n);
        while (parentheses.find()) {
            // "Jane Doe (AP)", "Jane Doe (Staff Writer)"
            broken.add(TITLE_WORD.matcher(parentheses.group(1)).find() ? Problem.JOB_TITLE : Problem.ORGANIZATION);
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
            if (part.isBlank() || GENERATIONAL.matcher(part).matches() || HONORIFIC_SUFFIX.matcher("," + part).matches()) {
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
        if (TITLE_WORD.matcher(part).find()) {
            return Problem.JOB_TITLE;
        }
        if (ORGANIZATION_WORD.matcher(part).find() || (publisher != null && samePublisher(part, publisher))) {
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
        return s.strip().replaceFirst("(?i)^the\\s+", "").replaceAll("[\\p{Punct}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
