package io.github.copydesk.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.github.copydesk.examples.SeedStory;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.Profile;
import io.github.copydesk.validation.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk example}: the sample story, "Russia Offers Help in Afghanistan", as JSON-LD and
 * with its validation report.
 */
@Command(name = "example", sortOptions = false,
        description = {"Shows the sample story as JSON-LD, with its validation report.",
                "",
                "Writes the sample story \"Russia Offers Help in Afghanistan\" (a wire story modeled with "
                + "Copydesk) as JSON-LD to standard output, and its validation report to standard error; so "
                + "'copydesk example > story.jsonld' saves the JSON-LD alone, for 'copydesk lint story.jsonld'.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "2:a usage error"})
final class ExampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--graph", description = "One @graph of linked nodes.")
    private boolean graph;

    @Option(names = "--html", description = "The <script type=\"application/ld+json\"> element.")
    private boolean html;

    @Option(names = {"-p", "--profile"}, split = ",", paramLabel = "PROFILE", converter = Options.ProfileConverter.class,
            completionCandidates = Options.Profiles.class,
            description = "The rules of the report, comma-separated: ${COMPLETION-CANDIDATES}. Default: all three.")
    private List<Profile> profiles;

    @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", converter = Options.LocaleConverter.class,
            description = "The language of the report: en or de. Default: ${DEFAULT-VALUE}.")
    private Locale locale;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Article article = SeedStory.article();
        JsonLdWriter writer = JsonLdWriter.builder().pretty(true).graph(graph).build();
        out.println(html ? writer.scriptElement(article) : writer.write(article));
        out.flush();
        Set<Profile> checked = profiles == null ? EnumSet.allOf(Profile.class) : EnumSet.copyOf(profiles);
        ValidationReport report = ArticleValidator.create().validate(article, locale, checked);
        err.println("Validation report for \"" + article.headline() + "\":");
        String text = report.toString();
        err.print(text);
        if (!text.endsWith(System.lineSeparator())) {
            err.println();
        }
        err.flush();
        return 0;
    }
}
