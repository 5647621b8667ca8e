package io.github.copydesk.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.copydesk.read.ReadFinding;
import io.github.copydesk.testing.Reactor;
import io.github.copydesk.testing.SharedData;
import io.github.copydesk.validation.Finding;
import io.github.copydesk.validation.Rule;
import io.github.copydesk.validation.Severity;

import org.junit.jupiter.api.Test;

/**
 * The calibration table of {@code docs/CALIBRATION.md}: for every rule its severity, the source sentence
 * that justifies it, and how often it fires over the corpus's articles, computed here. The table's
 * severities and rates must be what Copydesk does today; a rule at WARNING or ERROR that fires on more
 * than half of the corpus's professionally published articles must give its reason. Run with
 * {@code -Dcopydesk.calibration.write=true} to rewrite the computed columns, keeping the written ones.
 */
class RuleCalibrationTest {

    private static final Path TABLE = Reactor.root().resolve("docs/CALIBRATION.md");
    private static final String HEADER = "| Rule | Severity | Fires | Source | Reason |";

    /** A row: the computed columns (severity, rate) and the written ones (source, reason). */
    private record Row(String rule, String severity, String fires, String source, String reason) {
        String line() {
            return "| `" + rule + "` | " + severity + " | " + fires + " | " + source + " | " + reason + " |";
        }
    }

    /** How many of the corpus's articles get each rule's finding, and how many articles there are. */
    private static Map<String, Integer> firings(int[] articles) throws IOException {
        Map<String, Integer> fired = new TreeMap<>();
        PageLint lint = PageLint.create();
        List<Path> files;
        try (Stream<Path> list = Files.list(SharedData.directory("corpus/jsonld"))) {
            files = list.filter(p -> p.toString().endsWith(".jsonld")).sorted().toList();
        }
        for (Path file : files) {
            Verdict verdict = lint.lint(Files.readAllBytes(file), Locale.ENGLISH);
            Set<String> whole = new HashSet<>();
            for (ReadFinding f : verdict.findings()) {
                if (f.rule() != null) {
                    whole.add(f.rule().id());
                }
            }
            for (Verdict.ArticleVerdict a : verdict.articles()) {
                articles[0]++;
                Set<String> ids = new HashSet<>(whole);
                for (Finding f : a.findings()) {
                    ids.add(f.rule());
                }
                ids.forEach(id -> fired.merge(id, 1, Integer::sum));
            }
        }
        return fired;
    }

    /** Every rule and page check, in table order, with its severity. */
    private static Map<String, Severity> rules() {
        Map<String, Severity> all = new LinkedHashMap<>();
        for (Rule r : Rule.values()) {
            all.put(r.id(), r.severity());
        }
        for (PageRule r : PageRule.values()) {
            all.put(r.id(), r.severity());
        }
        return all;
    }

    private static Map<String, Row> written() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        if (!Files.exists(TABLE)) {
            return rows;
        }
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            String rule = cells[0].strip().replace("`", "");
            rows.put(rule, new Row(rule, cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()));
        }
        return rows;
    }

    @Test
    void table_matchesTheRulesAndTheCorpus() throws IOException {
        int[] articles = {0};
        Map<String, Integer> fired = firings(articles);
        Map<String, Row> written = written();
        List<Row> expected = new ArrayList<>();
        for (Map.Entry<String, Severity> rule : rules().entrySet()) {
            Row old = written.get(rule.getKey());
            expected.add(new Row(rule.getKey(), rule.getValue().name(), fired.getOrDefault(rule.getKey(), 0) + "/" + articles[0],
                    old == null ? "" : old.source(), old == null ? "" : old.reason()));
        }
        if (Boolean.getBoolean("copydesk.calibration.write")) {
            rewrite(expected);
        }

        List<String> mismatched = new ArrayList<>();
        for (Row row : expected) {
            if (!row.equals(written.get(row.rule()))) {
                mismatched.add(row.line());
            }
        }
        assertEquals(List.of(), mismatched, "rows of docs/CALIBRATION.md that differ from the rules and the corpus (rewrite "
                + "with -Dcopydesk.calibration.write=true)");
        assertEquals(List.of(), written.keySet().stream().filter(r -> !rules().containsKey(r)).toList(), "rows of no rule");
        for (Row row : expected) {
            assertFalse(row.source().isBlank(), () -> row.rule() + " has no source sentence");
            String[] rate = row.fires().split("/");
            boolean most = 2 * Integer.parseInt(rate[0]) > Integer.parseInt(rate[1]);
            if (most && !row.severity().equals("INFO")) {
                assertFalse(row.reason().isBlank(), () -> row.rule() + " is a " + row.severity() + " on " + row.fires()
                        + " of the corpus's articles: give the reason, or make it INFO");
            }
        }
    }

    private static void rewrite(List<Row> rows) throws IOException {
        List<String> lines = Files.exists(TABLE) ? new ArrayList<>(Files.readAllLines(TABLE, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of("# Rule calibration", "", HEADER, "|---|---|---|---|---|"));
        int first = lines.indexOf(HEADER) + 2;
        int end = first;
        while (end < lines.size() && lines.get(end).startsWith("| `")) {
            end++;
        }
        lines.subList(first, end).clear();
        lines.addAll(first, rows.stream().map(Row::line).toList());
        Files.write(TABLE, lines, StandardCharsets.UTF_8);
    }
}
