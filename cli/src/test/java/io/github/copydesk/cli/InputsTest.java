package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private static List<String> walk(String... args) {
        List<String> seen = new ArrayList<>();
        for (Input input : new Inputs(List.of(args))) {
            seen.add(input.display() + (input.error() != null ? " !" : "") + " " + input.kind());
        }
        return seen;
    }

    @Test
    void iterator_argumentsInOrderDirectoriesSortedDepthFirst() {
        Pages.write(dir.resolve("b/2.json"), "{}");
        Pages.write(dir.resolve("b/1.jsonld"), "{}");
        Pages.write(dir.resolve("a.html"), "");
        Pages.write(dir.resolve("c.xhtml"), "");
        Pages.write(dir.resolve("b/.hidden.json"), "{}");
        Pages.write(dir.resolve("b/notes.txt"), "");
        Pages.write(dir.resolve("page"), "<html>");

        assertEquals(List.of(
                dir.resolve("page") + " UNKNOWN",
                "- UNKNOWN",
                dir.resolve("a.html") + " HTML",
                dir.resolve("b/1.jsonld") + " JSON",
                dir.resolve("b/2.json") + " JSON",
                dir.resolve("c.xhtml") + " HTML",
                dir.resolve("missing.html") + " ! UNKNOWN"),
                walk(dir.resolve("page").toString(), "-", dir.toString(), dir.resolve("missing.html").toString()));
    }

    @Test
    void count_countsWithoutReading() {
        Pages.write(dir.resolve("x/1.json"), "{}");
        Pages.write(dir.resolve("x/y/2.html"), "");

        assertEquals(3, new Inputs(List.of(dir.toString(), "-")).count());
    }

    @Test
    void kindOf_extensionsAnyCase() {
        assertEquals(Input.Kind.HTML, Input.kindOf(Path.of("A.HTM")));
        assertEquals(Input.Kind.JSON, Input.kindOf(Path.of("a.JsonLd")));
        assertEquals(Input.Kind.UNKNOWN, Input.kindOf(Path.of("a.txt")));
    }
}
