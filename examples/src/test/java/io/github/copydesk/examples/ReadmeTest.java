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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's section "The model's own JSON (Jackson)" says what the code does: its Java snippets compile as
 * shown and run on the seed article, and its JSON is the fixture both Jackson modules are tested with.
 */
class ReadmeTest {

    private static final String SECTION = "## The model's own JSON (Jackson)";
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void jacksonSection_javaSnippets_compileAndRun(@TempDir Path classes) throws Exception {
        List<String> snippets = blocks("java");
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
        List<String> json = blocks("json");
        assertEquals(1, json.size());
        assertEquals(ModelJsonFixtures.of("article-seed.json").json(), json.get(0));
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

    private static List<String> blocks(String language) {
        String readme = read(Reactor.root().resolve("README.md"));
        int start = readme.indexOf(SECTION + "\n");
        assertTrue(start >= 0, "README has no section " + SECTION);
        int end = readme.indexOf("\n## ", start + SECTION.length());
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
