package io.github.copydesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.github.copydesk.jsonld.JsonLdReader;
import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.ninjs.NinjsVersion;
import io.github.copydesk.ninjs.NinjsWriter;
import io.github.copydesk.read.ReadException;
import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.validation.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk convert}: reads a page, a JSON-LD file or a ninjs item into Copydesk's model and writes
 * it as Copydesk writes JSON-LD or ninjs.
 */
@Command(name = "convert", sortOptions = false,
        description = {"Writes a page or a wire item again, as Copydesk's JSON-LD or ninjs.",
                "",
                "Reads an HTML page, a JSON-LD file or an IPTC ninjs item (told apart by name and content) leniently, "
                + "maps it to Copydesk's model, and writes it to standard output: Copydesk's JSON-LD (one object for one "
                + "article, an array for several) or ninjs. What the reader could not read as written, and what the "
                + "output cannot carry, goes to standard error.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:the input could not be read, holds no article, or an article cannot be written in that format",
                "2:a usage error"},
        footer = {"", "Examples:",
                "  copydesk convert --pretty page.html",
                "  copydesk convert --graph --html story.jsonld > script.html",
                "  copydesk convert --to ninjs --ninjs-version 2.3 page.html",
                "  copydesk convert ap-item.json > story.jsonld"})
final class ConvertCommand implements Callable<Integer> {

    /** The formats convert writes. */
    enum Target {
        /** schema.org JSON-LD. */
        JSONLD,
        /** IPTC ninjs. */
        NINJS
    }

    @ParentCommand
    private Copydesk parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "jsonld", converter = TargetConverter.class,
            description = "What to write: jsonld (schema.org) or ninjs (IPTC). Default: ${DEFAULT-VALUE}.")
    private Target to;

    @Option(names = "--ninjs-version", paramLabel = "VERSION", converter = VersionConverter.class,
            description = "With --to ninjs: the version written, 3.2 or 2.3. Default: 3.2.")
    private NinjsVersion ninjsVersion;

    @Option(names = "--graph", description = "JSON-LD: one @graph of linked nodes: the article, its WebPage, the publisher and people with stable @ids.")
    private boolean graph;

    @Option(names = "--pretty", description = "Indented, one property a line.")
    private boolean pretty;

    @Option(names = "--html", description = "JSON-LD: the <script type=\"application/ld+json\"> element (one per article), ready for the page.")
    private boolean html;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "PATH",
            description = "An HTML page, a JSON-LD file, a ninjs item, or - for standard input.")
    private String path;

    /** {@code jsonld} or {@code ninjs}. */
    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "jsonld", "json-ld" -> Target.JSONLD;
                case "ninjs" -> Target.NINJS;
                default -> throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "': use jsonld or ninjs");
            };
        }
    }

    /** A ninjs version Copydesk writes: {@code 3.2} (or {@code 3}) and {@code 2.3} (or {@code 2}). */
    static final class VersionConverter implements picocli.CommandLine.ITypeConverter<NinjsVersion> {
        @Override
        public NinjsVersion convert(String value) {
            NinjsVersion version;
            try {
                version = NinjsVersion.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a ninjs version: use 3.2 or 2.3");
            }
            if (version == NinjsVersion.V1) {
                throw new picocli.CommandLine.TypeConversionException("Copydesk writes ninjs 3.2 and 2.3, not " + value);
            }
            return version;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (to == Target.NINJS && (graph || html)) {
            throw new ParameterException(spec.commandLine(), "--graph and --html write JSON-LD; with --to ninjs leave them out");
        }
        if (to == Target.JSONLD && ninjsVersion != null) {
            throw new ParameterException(spec.commandLine(), "--ninjs-version goes with --to ninjs");
        }
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
        Page page;
        ReadResult read;
        try {
            page = Page.load(input, parent.stdin(), reader.limits().maxInputBytes());
            if (page.html() != null && page.html().blocks().isEmpty()) {
                err.println("copydesk convert: " + path + ": the page has no <script type=\"application/ld+json\"> element; nothing to convert");
                return 1;
            }
            read = page.read(reader, NinjsReader.lenient());
        } catch (Page.Unreadable | ReadException e) {
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
            err.println("copydesk convert: " + path + ": no article found in " + page.format().description() + "; nothing to convert");
            return 1;
        }
        List<String> written = new ArrayList<>(articles.size());
        if (to == Target.NINJS && articles.size() > 1) {
            err.println("copydesk convert: " + path + ": holds " + articles.size() + " articles, and a ninjs document is one item;"
                    + " nothing written: convert a page or file that holds one");
            return 1;
        }
        if (to == Target.NINJS) {
            NinjsWriter.Builder builder = NinjsWriter.builder().pretty(pretty);
            if (ninjsVersion != null) {
                builder.version(ninjsVersion);
            }
            NinjsWriter writer = builder.build();
            Article a = articles.get(0); // one: a ninjs document is one item, as checked above
            try {
                written.add(writer.write(a));
            } catch (IllegalArgumentException e) {
                err.println("copydesk convert: " + path + ": " + name(a) + " cannot be written as ninjs: " + e.getMessage());
                return 1;
            }
            List<String> lost = writer.leftOut(a);
            if (!lost.isEmpty()) {
                err.println("copydesk convert: " + path + ": ninjs " + writer.version().newest() + " leaves out of " + name(a)
                        + ": " + String.join(", ", lost));
            }
        } else {
            JsonLdWriter writer = JsonLdWriter.builder().graph(graph).pretty(pretty).build();
            for (Article a : articles) {
                written.add(html ? writer.scriptElement(a) : writer.write(a));
            }
        }
        if (html || written.size() == 1) {
            written.forEach(out::println);
        } else {
            out.println((pretty ? "[\n" : "[") + String.join(pretty ? ",\n" : ",", written) + (pretty ? "\n]" : "]"));
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** An article as a message names it: by its headline, else as the article without one. */
    private static String name(Article a) {
        return a.headline() != null ? "\"" + a.headline() + "\"" : "the article without a headline";
    }
}
