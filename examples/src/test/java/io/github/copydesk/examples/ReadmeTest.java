package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import io.github.copydesk.jsonld.JsonLdWriter;
import io.github.copydesk.model.Article;
import io.github.copydesk.ninjs.NinjsReader;
import io.github.copydesk.read.ReadResult;
import io.github.copydesk.testing.ModelJsonFixtures;
import io.github.copydesk.testing.Reactor;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.validation.ArticleValidator;
import io.github.copydesk.validation.ValidationReport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java block of README.md says what the code does. A block is compiled as shown (its imports, then its
 * statements as a method's body) and run; or, when a comment {@code <!-- quote: PATH -->} stands before it, it is
 * the quoted region of a source file that its own module compiles and tests (the lines between
 * {@code // README begin} and {@code // README end}, or the whole file). Comments before a block name what it
 * is given ({@code <!-- given: Article article -->}: the variables earlier blocks made) and what it makes that the
 * test checks ({@code <!-- returns: report -->}).
 */
class ReadmeTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile("<!-- (given|returns|quote): (.*) -->");

    /** The values a block is given, by name. */
    private static final Map<String, Object> GIVEN = Map.of(
            "article", ModelJsonFixtures.seedArticle(),
            "block1", JsonLdWriter.create().write(ModelJsonFixtures.seedArticle()),
            "block2", "{\"@context\": \"https://schema.org\", \"@type\": \"NewsMediaOrganization\", \"name\": \"AP\"}",
            "wire", wire());

    /** The bytes of the AP story "From the wire" reads: IPTC's ninjs guide example 3.1/007_multimedia.json. */
    private static byte[] wire() {
        try {
            return Files.readAllBytes(SharedData.file("corpus/ninjs/examples/3.1/007_multimedia.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Java block of README.md and the notes before it. */
    record Snippet(int line, String code, String given, String returns, String quote) {
        @Override
        public String toString() {
            return "README.md line " + line + (quote != null ? " (quotes " + quote + ")" : "");
        }
    }

    static List<Snippet> snippets() {
        String readme = read(Reactor.root().resolve("README.md"));
        List<Snippet> snippets = new ArrayList<>();
        Matcher fence = FENCE.matcher(readme);
        while (fence.find()) {
            if (!fence.group(1).equals("java")) {
                continue;
            }
            String before = readme.substring(0, fence.start());
            String[] lines = before.split("\n", -1);
            String given = "";
            String returns = null;
            String quote = null;
            for (int i = lines.length - 2; i >= 0; i--) {
                Matcher note = NOTE.matcher(lines[i].trim());
                if (!note.matches()) {
                    break;
                }
                switch (note.group(1)) {
                    case "given" -> given = note.group(2).trim();
                    case "returns" -> returns = note.group(2).trim();
                    default -> quote = note.group(2).trim();
                }
            }
            snippets.add(new Snippet(lines.length, fence.group(2), given, returns, quote));
        }
        return snippets;
    }

    @Test
    void readme_hasJavaBlocks_ofEachKind() {
        List<Snippet> snippets = snippets();
        assertTrue(snippets.size() >= 8, snippets::toString);
        assertTrue(snippets.stream().anyMatch(s -> s.quote() != null), "a quoted block");
        assertTrue(snippets.stream().anyMatch(s -> "report".equals(s.returns())), "the sample article's validation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void javaBlock_compilesAsShownAndRuns(Snippet snippet, @TempDir Path classes) throws Exception {
        if (snippet.quote() != null) {
            assertEquals(region(Reactor.root().resolve(snippet.quote())), snippet.code(), "the quote is the source as it is");
            return;
        }
        String name = "ReadmeLine" + snippet.line();
        compile(name, wrap(name, snippet), classes);
        List<Object> arguments = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (String parameter : parameters(snippet)) {
                String variable = parameter.substring(parameter.lastIndexOf(' ') + 1);
                Object value = GIVEN.get(variable);
                arguments.add(value);
                types.add(value instanceof Article ? Article.class : value.getClass());
            }
            Method run = loader.loadClass(name).getDeclaredMethod("run", types.toArray(new Class<?>[0]));
            // what a block prints is for the reader of README, not for the build's log
            PrintStream out = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Object made;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                made = run.invoke(null, arguments.toArray());
            } finally {
                System.setOut(out);
            }
            if ("report".equals(snippet.returns())) {
                ValidationReport report = (ValidationReport) made;
                assertFalse(report.hasErrors(), () -> "README's sample article must be publishable:\n" + report);
                assertEquals("", printed.toString(StandardCharsets.UTF_8), "it prints the report only when it has errors");
            } else if ("back".equals(snippet.returns())) {
                assertEquals(GIVEN.get("article"), made, "reads back what it wrote");
            } else if ("jsonLd".equals(snippet.returns())) {
                assertEquals(blockAfter(snippet, "json", 0), made + "\n", "the JSON-LD shown is what the block writes");
            }
        }
    }

    private static List<String> parameters(Snippet snippet) {
        List<String> parameters = new ArrayList<>();
        if (!snippet.given().isEmpty()) {
            for (String parameter : snippet.given().split(",")) {
                parameters.add(parameter.trim());
            }
        }
        return parameters;
    }

    /** The lines between {@code // README begin} and {@code // README end}, without their common indentation. */
    private static String region(Path file) {
        String source = read(file);
        int begin = source.indexOf("// README begin");
        int end = source.indexOf("// README end");
        if (begin < 0) {
            return source;
        }
        String inside = source.substring(source.indexOf('\n', begin) + 1, source.lastIndexOf('\n', end) + 1);
        int indent = Integer.MAX_VALUE;
        for (String line : inside.split("\n")) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : inside.split("\n", -1)) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** The block's imports, then its statements as the body of {@code run(given...)}, returning what it names. */
    private static String wrap(String name, Snippet snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.code().split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String returns = snippet.returns() != null ? "        return " + snippet.returns() + ";\n" : "        return null;\n";
        return imports + "public class " + name + " {\n"
                + "    public static Object run(" + String.join(", ", parameters(snippet)) + ") throws Exception {\n"
                + body + returns + "    }\n}\n";
    }

    private static void compile(String name, String source, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringWriter out = new StringWriter();
        boolean ok = compiler.getTask(out, null, null,
                List.of("-classpath", classPath, "-d", classes.toString(), "-Xlint:all", "-Werror"), null, List.of(file))
                .call();
        assertTrue(ok, () -> "README snippet does not compile:\n" + source + "\n" + out);
    }

    /**
     * "From the wire" shows what reading IPTC's AP example gives: the findings, one a line, then the
     * validation report, as its Java block makes them (the block itself is compiled and run above).
     */
    @Test
    void wireSection_showsTheFindingsAndTheReportOfTheRead() {
        Snippet block = snippets().stream().filter(s -> s.given().equals("byte[] wire")).findFirst().orElseThrow();
        ReadResult result = NinjsReader.lenient().read((byte[]) GIVEN.get("wire"), StandardCharsets.UTF_8);
        ValidationReport report = ArticleValidator.create().validate(result.articles().get(0), Locale.ENGLISH);
        StringBuilder findings = new StringBuilder();
        result.findings().forEach(f -> findings.append(f).append('\n'));
        assertEquals(blockAfter(block, "text", 0), findings.toString());
        assertEquals(blockAfter(block, "text", 1), report.toString().stripTrailing() + "\n");
    }

    /** The {@code n}th block of a language after a Java block, in its section. */
    private static String blockAfter(Snippet snippet, String language, int n) {
        String readme = read(Reactor.root().resolve("README.md"));
        int from = 0;
        for (int line = 1; line < snippet.line(); line++) {
            from = readme.indexOf('\n', from) + 1;
        }
        int end = readme.indexOf("\n## ", from);
        Matcher fence = FENCE.matcher(readme.substring(from, end < 0 ? readme.length() : end));
        int seen = 0;
        while (fence.find()) {
            if (fence.group(1).equals(language) && seen++ == n) {
                return fence.group(2);
            }
        }
        throw new AssertionError("no " + language + " block " + n + " after " + snippet);
    }

    @Test
    void jacksonSection_jsonExample_isTheSeedFixture() {
        String readme = read(Reactor.root().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## The model's own JSON (Jackson)"));
        Matcher fence = FENCE.matcher(section);
        String json = null;
        while (fence.find()) {
            if (fence.group(1).equals("json")) {
                json = fence.group(2);
                break;
            }
        }
        assertEquals(ModelJsonFixtures.of("article-seed.json").json(), json);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
