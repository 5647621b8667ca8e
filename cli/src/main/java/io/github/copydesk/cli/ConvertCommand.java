package io.github.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.validation.Severity;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk convert}: reads a page or JSON-LD file into Copydesk's model and writes it back as
 * Copydesk writes JSON-LD.
 */
@Command(name = "convert", sortOptions = false,
        description = {"Writes the JSON-LD of a page or file again, as Copydesk writes it.",
                "",
                "Reads the JSON-LD of a page or file leniently, maps it to Copydesk's model, and writes "
                + "Copydesk's JSON-LD to standard output: one object for one article, an array for several. "
                + "What the reader could not read as written goes to standard error.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:the input could not be read, or holds no article", "2:a usage error"},
        footer = {"", "Examples:",
                "  copydesk convert --pretty page.html",
                "  copydesk convert --graph --html story.jsonld > script.html"})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private Copydesk parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--graph", description = "One @graph of linked nodes: the article, its WebPage, the publisher and people with stable @ids.")
    private boolean graph;

    @Option(names = "--pretty", description = "Indented, one property a line.")
    private boolean pretty;

    @Option(names = "--html", description = "The <script type=\"application/ld+json\"> element (one per article), ready for the page.")
    private boolean html;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "PATH",
            description = "An HTML page, a JSON-LD file, or - for standard input.")
    private String path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Input input;
        if (path.equals(Input.STDIN)) {
            input = Input.stdin();
        } else {
            Path file = Path.of(path);
            if (Files.isDirectory(file)) {
                err.println("copydesk convert: " + path + " is a directory; convert reads one page or file (lint reads directories)");
                return 2;
            }
            input = Files.exists(file) ? Input.file(path, file) : Input.failed(path, "no such file or directory; check the path");
        }
        JsonLdReader reader = JsonLdReader.lenient();
        ReadResult read;
        try {
            Page page = Page.load(input, parent.stdin(), reader.limits().maxInputBytes());
            if (page.html() != null && page.html().blocks().isEmpty()) {
                err.println("copydesk convert: " + path + ": the page has no <script type=\"application/ld+json\"> element; nothing to convert");
                return 1;
            }
            read = page.read(reader);
        } catch (Page.Unreadable e) {
            err.println("copydesk convert: " + path + ": " + e.getMessage());
            return 1;
        } catch (ReadException e) {
            err.println("copydesk convert: " + path + ": " + e.getMessage());
            return 1;
        }
        for (ReadFinding f : read.findings()) {
            if (f.severity() != Severity.INFO) {
                err.println("copydesk convert: " + path + ": " + f);
            }
        }
        List<Article> articles = read.articles();
        if (articles.isEmpty()) {
            err.println("copydesk convert: " + path + ": no article found (no node of an Article type); nothing to convert");
            return 1;
        }
        JsonLdWriter writer = JsonLdWriter.builder().graph(graph).pretty(pretty).build();
        if (html) {
            for (Article a : articles) {
                out.println(writer.scriptElement(a));
            }
        } else if (articles.size() == 1) {
            out.println(writer.write(articles.get(0)));
        } else {
            out.print(pretty ? "[\n" : "[");
            for (int i = 0; i < articles.size(); i++) {
                if (i > 0) {
                    out.print(pretty ? ",\n" : ",");
                }
                out.print(writer.write(articles.get(i)));
            }
            out.println(pretty ? "\n]" : "]");
        }
        out.flush();
        err.flush();
        return 0;
    }
}
