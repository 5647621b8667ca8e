package io.github.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import io.github.copydesk.model.Article;
import io.github.copydesk.testing.ModelJsonFixtures;
import io.github.copydesk.testing.Reactor;
import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's sections say what the code does. "The model's own JSON (Jackson)": its Java snippets compile as
 * shown and run on the seed article, and its JSON is the fixture both Jackson modules are tested with.
 * "From the wire": its Java snippet compiles as shown and, run on IPTC's AP example, gives the findings,
 * the validation report and the JSON-LD the section shows.
 */
class ReadmeTest {

    private static final String SECTION = "## The model's own JSON (Jackson)";
    private static final String WIRE = "## From the wire";
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void jacksonSection_javaSnippets_compileAndRun(@TempDir Path classes) throws Exception {
        List<String> snippets = blocks(SECTION, "java");
        assertEquals(2, snippets.size(), "one snippet per Jackson line");
        for (int i = 0; i < snippets.size(); i++) {
            String name = "Snippet" + i;
            compile(name, wrap(name, snippets.get(i)), classes);
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                Method run = loader.loadClass(name).getDeclaredMethod("run", Article.class);
                Object back = run.invoke(null, ModelJsonFixtures.seedArticle());
                assertEquals(ModelJsonFixtures.seedArticle(), back, name);
            }
        }
    }

    @Test
    void jacksonSection_jsonExample_isTheSeedFixture() {
        List<String> json = blocks(SECTION, "json");
        assertEquals(1, json.size());
        assertEquals(ModelJsonFixtures.of("article-seed.json").json(), json.get(0));
    }

    @Test
    void wireSection_javaSnippet_compilesAndGivesTheOutputShown(@TempDir Path classes) throws Exception {
        List<String> snippets = blocks(WIRE, "java");
        assertEquals(1, snippets.size());
        compile("WireSnippet", wrapWire(snippets.get(0)), classes);
        byte[] wire = Files.readAllBytes(SharedData.file("corpus/ninjs/examples/3.1/007_multimedia.json"));
        String[] shown;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("WireSnippet").getDeclaredMethod("run", byte[].class);
            shown = (String[]) run.invoke(null, (Object) wire);
        }
        List<String> text = blocks(WIRE, "text");
        assertEquals(2, text.size(), "the findings, then the report");
        assertEquals(text.get(0), shown[0] + "\n");
        assertEquals(text.get(1), shown[1].stripTrailing() + "\n");
        assertEquals(blocks(WIRE, "json"), List.of(shown[2] + "\n"));
    }

    /**
     * The snippet's imports, then its statements in a method given the item's bytes ({@code wire}), returning
     * the findings one a line, the report and the JSON-LD.
     */
    private static String wrapWire(String snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return imports + "public class WireSnippet {\n"
                + "    public static String[] run(byte[] wire) throws Exception {\n" + body
                + "        StringBuilder findings = new StringBuilder();\n"
                + "        result.findings().forEach(f -> findings.append(findings.length() == 0 ? \"\" : \"\\n\").append(f));\n"
                + "        return new String[] {findings.toString(), report.toString(), jsonLd};\n    }\n}\n";
    }

    /** The snippet's imports, then its statements in a method given the {@code article}, returning {@code back}. */
    private static String wrap(String name, String snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return imports + "public class " + name + " {\n"
                + "    public static Article run(Article article) throws Exception {\n" + body
                + "        return back;\n    }\n}\n";
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

    private static List<String> blocks(String section, String language) {
        String readme = read(Reactor.root().resolve("README.md"));
        int start = readme.indexOf(section + "\n");
        assertTrue(start >= 0, "README has no section " + section);
        int end = readme.indexOf("\n## ", start + section.length());
        Matcher m = BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
