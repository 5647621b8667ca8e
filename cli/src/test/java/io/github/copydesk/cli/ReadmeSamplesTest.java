package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.copydesk.testing.Reactor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's samples in README.md are what it prints: each file a sample reads is the block
 * after a {@code <!-- file: NAME -->} comment, and each {@code console} block after a
 * {@code <!-- run -->} comment is run command by command ({@code $ java -jar cli/target/copydesk.jar ARGS},
 * then {@code $ echo $?} for the exit status) and must print exactly its lines: what it writes to standard
 * error, then what it writes to standard output, or only the latter when the command ends in
 * {@code 2>/dev/null}.
 */
class ReadmeSamplesTest {

    private static final Pattern FILE = Pattern.compile("(?s)<!-- file: (\\S+) -->\\n```\\w*\\n(.*?)^```", Pattern.MULTILINE);
    private static final Pattern RUN = Pattern.compile("(?s)<!-- run -->\\n```console\\n(.*?)^```", Pattern.MULTILINE);
    private static final String COMMAND = "$ java -jar cli/target/copydesk.jar ";
    private static final String QUIET = " 2>/dev/null";

    @TempDir
    Path dir;

    @Test
    void consoleSamples_printWhatTheCommandPrints() throws IOException {
        String readme = Files.readString(Reactor.root().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher file = FILE.matcher(readme);
        while (file.find()) {
            Files.writeString(dir.resolve(file.group(1)), file.group(2), StandardCharsets.UTF_8);
        }
        Matcher run = RUN.matcher(readme);
        int samples = 0;
        while (run.find()) {
            samples++;
            check(run.group(1).split("\n"));
        }
        assertFalse(samples == 0, "README has no <!-- run --> sample");
    }

    private void check(String[] lines) {
        Cli.Run last = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<String> expected = new ArrayList<>();
            int j = i + 1;
            while (j < lines.length && !lines[j].startsWith("$ ")) {
                expected.add(lines[j]);
                j++;
            }
            if (line.startsWith(COMMAND)) {
                boolean quiet = line.endsWith(QUIET);
                String command = quiet ? line.substring(0, line.length() - QUIET.length()) : line;
                List<String> args = new ArrayList<>();
                for (String arg : command.substring(COMMAND.length()).split(" ")) {
                    args.add(arg.startsWith("-") || !Files.exists(dir.resolve(arg)) ? arg : dir.resolve(arg).toString());
                }
                last = Cli.run(args);
                String out = ((quiet ? "" : last.err()) + last.out()).replace(dir + "/", "");
                assertEquals(String.join("\n", expected), out.stripTrailing(), line);
            } else if (line.equals("$ echo $?")) {
                assertEquals(List.of(String.valueOf(last.status())), expected, "exit status of the command before");
            } else {
                throw new AssertionError("a README sample runs only copydesk and echo $?: " + line);
            }
            i = j - 1;
        }
    }
}
