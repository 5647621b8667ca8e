package io.github.copydesk.cli;

import io.github.copydesk.validation.Severity;

/**
 * The running totals of a lint run.
 */
final class Summary {
    private long files;
    private long unreadable;
    private long articles;
    private long errors;
    private long warnings;
    private long info;

    void add(FileResult result) {
        files++;
        if (result.error() != null) {
            unreadable++;
        }
        articles += result.articles().size();
        errors += result.count(Severity.ERROR);
        warnings += result.count(Severity.WARNING);
        info += result.count(Severity.INFO);
    }

    long files() {
        return files;
    }

    long unreadable() {
        return unreadable;
    }

    long articles() {
        return articles;
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }

    long info() {
        return info;
    }

    /** @return the exit status: 0 no error, 1 an error, 2 no input read at all */
    int exitStatus() {
        if (files == 0 || unreadable == files) {
            return 2;
        }
        return errors > 0 ? 1 : 0;
    }

    /** @return the summary line */
    String line() {
        return String.format(java.util.Locale.ROOT, "%s, %s: %s, %s, %d info%s.",
                plural(files, "file"), plural(articles, "article"), plural(errors, "error"), plural(warnings, "warning"), info,
                unreadable == 0 ? "" : "; " + unreadable + (unreadable == 1 ? " file" : " files") + " could not be read");
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
