package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.copydesk.testing.SharedData;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the built executable jar, {@code target/copydesk.jar}, as a separate process: what a user
 * runs. In the integration-test phase, after package.
 */
class CliIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("copydesk.jar", "target/copydesk.jar"));
        assertTrue(Files.isRegularFile(jar), "the executable jar is built by package: " + jar.toAbsolutePath());
    }

    private record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private Run copydesk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();   // nothing on standard input
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "copydesk " + String.join(" ", args) + " ends");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jar_lintCorpusJson_everyFileListedInvalidOnesReported() throws Exception {
        Path corpus = SharedData.directory("corpus/jsonld");
        List<String> names;
        try (Stream<Path> files = Files.list(corpus)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonld")).sorted().toList();
        }

        Run run = copydesk("lint", "--format", "json", corpus.toString());

        assertEquals("", run.err(), run::toString);
        JsonNode files = run.json().get("files");
        List<String> listed = new ArrayList<>();
        files.forEach(f -> listed.add(Path.of(f.get("path").asText()).getFileName().toString()));
        assertEquals(names, listed);
        int invalid = 0;
        for (JsonNode file : files) {
            if (file.get("path").asText().contains("-INVALID")) {
                invalid++;
                assertTrue(file.get("error").isNull(), file::toString);
                assertTrue(file.get("findings").toString().contains("\"line\""), file::toString);
            }
        }
        assertEquals(6, invalid);
        JsonNode summary = run.json().get("summary");
        assertEquals(40, summary.get("files").asInt());
        assertEquals(summary.get("errors").asInt() > 0 ? 1 : 0, run.status());
    }

    @Test
    void jar_lintCorpusText_endsWithSummaryLine() throws Exception {
        Run run = copydesk("lint", SharedData.directory("corpus/jsonld").toString());

        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("40 files, "), run::toString);
        assertEquals(40, lines.stream().filter(l -> l.startsWith("== ")).count());
    }

    @Test
    void jar_lintHtmlPages_blocksResolvedTogetherAndPaywallChecked() throws Exception {
        Path site = dir.resolve("site");
        Pages.write(site.resolve("news/harbour.html"), Pages.twoBlockPage());
        Pages.write(site.resolve("news/budget.html"), Pages.paywallPage(
                "<div class=\"paywall\"><div class=\"more\">Paid.</div></div>", ".paywall", ".more", ".gone"));

        Run run = copydesk("lint", "--format", "json", site.toString());

        JsonNode files = run.json().get("files");
        assertEquals(2, files.size(), run::toString);
        JsonNode budget = files.get(0);
        assertTrue(budget.get("path").asText().endsWith("budget.html"));
        String findings = budget.get("articles").get(0).get("findings").toString();
        assertTrue(findings.contains("page.paywall.section.nested"), findings);
        assertTrue(findings.contains("page.paywall.section.missing"), findings);
        JsonNode harbour = files.get(1);
        assertEquals("Harbour reopens after storm", harbour.get("articles").get(0).get("headline").asText());
        assertTrue(!harbour.toString().contains("names no node"), harbour::toString);
        assertEquals(1, run.status());
    }

    @Test
    void jar_convertTwoBlockPage_publisherFromSecondBlock() throws Exception {
        Path page = Pages.write(dir.resolve("harbour.html"), Pages.twoBlockPage());

        Run run = copydesk("convert", "--pretty", page.toString());

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("\"name\": \"Example Harbour Times\""), run.out());
    }

    @Test
    void jar_example_jsonLdAndReport() throws Exception {
        Run run = copydesk("example");

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("\"headline\": \"Russia Offers Help in Afghanistan\""), run.out());
        assertTrue(run.err().startsWith("Validation report for \"Russia Offers Help in Afghanistan\":"), run.err());
        assertTrue(!run.err().contains("HV000001"), "Hibernate Validator's version line is silenced: " + run.err());
    }

    @Test
    void jar_usageError_status2() throws Exception {
        Run run = copydesk("lint", "--format", "yaml", "x.html");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown format 'yaml'"), run::toString);
    }

    @Test
    void jar_version() throws Exception {
        Run run = copydesk("--version");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("copydesk 0.1.0-SNAPSHOT"), run.out());
    }
}
