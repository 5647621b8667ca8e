package io.github.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.PageLint;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk lint}: reads pages and JSON-LD files, validates each article, checks the pages, and
 * reports file by file.
 */
@Command(name = "lint", sortOptions = false,
        description = {"Checks pages, JSON-LD files and ninjs items against Copydesk's rules.",
                "",
                "Reads the schema.org JSON-LD of news pages and files, and IPTC ninjs items as wire agencies deliver "
                + "them (a .json file is read as ninjs when its names are ninjs's), validates every article found, and "
                + "reports per file each article (type, headline, URL) with what the reader could not read as "
                + "written and what validation found. For an HTML page it also checks what only the page shows: "
                + "that the paywalled sections named by cssSelector exist and do not nest.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding is an ERROR",
                "1:a finding is an ERROR, or a file could not be read",
                "2:a usage error, or no input could be read at all"},
        footer = {"", "Examples:",
                "  copydesk lint page.html",
                "  copydesk lint --profile google --format json site/ > report.json",
                "  curl -s https://example.com/news/story | copydesk lint -"})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    private Copydesk parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-p", "--profile"}, split = ",", paramLabel = "PROFILE", converter = Options.ProfileConverter.class,
            completionCandidates = Options.Profiles.class,
            description = "The rules to check, comma-separated: ${COMPLETION-CANDIDATES} "
                    + "(publishable, Google Search, newsroom quality). Default: all three.")
    private List<Profile> profiles;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = Options.FormatConverter.class,
            completionCandidates = Options.Formats.class,
            description = "The output, text or json: text for people, json for programs (one JSON document, described in the README). Default: ${DEFAULT-VALUE}.")
    private Options.Format format;

    @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", converter = Options.LocaleConverter.class,
            description = "The language of the messages: en or de. Default: ${DEFAULT-VALUE}.")
    private Locale locale;

    @Option(names = "--no-progress", description = "No progress bar, even when standard error is a terminal.")
    private boolean noProgress;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "An HTML page (.html, .htm, .xhtml: all its application/ld+json scripts are read together), "
                    + "a JSON-LD file (.jsonld, .json) or an IPTC ninjs item (.json), a directory (its pages and JSON-LD files, recursively, "
                    + "in name order), or - for standard input.")
    private List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs inputs = new Inputs(paths);
        Progress progress = Progress.NONE;
        if (parent.terminal() && !noProgress) {
            long total = inputs.count();
            if (total > 1) {
                progress = new Progress(err, total, System::nanoTime);
            }
        }
        Set<Profile> checked = profiles == null ? EnumSet.allOf(Profile.class) : EnumSet.copyOf(profiles);
        JsonLdReader reader = JsonLdReader.lenient();
        PageLint lint = PageLint.builder().reader(reader).profiles(checked).build();
        Linter linter = new Linter(lint, NinjsReader.lenient(), reader.limits().maxInputBytes(), locale, parent.stdin());
        Report report = format == Options.Format.JSON ? new JsonReport(out) : new TextReport(out, progress);
        Summary summary = new Summary();
        report.start();
        for (Input input : inputs) {
            FileResult result;
            try {
                result = linter.lint(input);
            } catch (RuntimeException e) {
                // a defect of Copydesk, not of the input: reported for this file, and the run goes on
                result = FileResult.unreadable(input.display(), "Copydesk failed on this file (" + e
                        + "); please report it with the file at https://github.com/copydesk/copydesk/issues");
            }
            summary.add(result);
            report.file(result);
            progress.step(result.count(Severity.ERROR));
            if (out.checkError()) {
                break;   // standard output was closed (| head): nobody reads the rest
            }
        }
        progress.clear();
        report.end(summary);
        if (format == Options.Format.JSON && progress != Progress.NONE) {
            err.println(summary.line());
        }
        if (summary.files() == 0) {
            err.println("copydesk lint: no input found in " + String.join(", ", paths)
                    + ": give HTML pages (.html, .htm, .xhtml), JSON-LD files (.jsonld, .json), ninjs items (.json) or directories holding them");
        } else if (summary.exitStatus() == 2) {
            err.println("copydesk lint: no input could be read; check the paths above");
        }
        err.flush();
        return summary.exitStatus();
    }
}
