package io.github.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {

    @ParameterizedTest(name = "copydesk {0} --help")
    @ValueSource(strings = {"", "lint", "convert", "example"})
    void help_everyCommand_usageOnStandardOutput(String command) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        args.add("--help");

        Cli.Run run = Cli.run(args);

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().startsWith("Usage: copydesk" + (command.isEmpty() ? "" : " " + command)), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lint", "convert", "example"})
    void help_helpCommand_sameUsage(String command) {
        assertEquals(Cli.run(command, "--help").out(), Cli.run("help", command).out());
    }

    @Test
    void help_lint_namesProfilesFormatsAndExitStatus() {
        String usage = Cli.run("lint", "--help").out();
        String words = usage.replaceAll("\\s+", " ");

        assertTrue(words.contains("comma-separated: default, google, editorial"), usage);
        assertTrue(words.contains("text or json"), usage);
        assertTrue(usage.contains("Exit status:"), usage);
        assertTrue(usage.contains("2   a usage error, or no input could be read at all"), usage);
    }

    @Test
    void noCommand_usageError() {
        Cli.Run run = Cli.run();

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Missing a command: lint, convert or example"), run::toString);
        assertTrue(run.err().contains("Usage: copydesk"), run::toString);
    }

    @Test
    void unknownCommand_usageError() {
        Cli.Run run = Cli.run("check", "x.html");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unmatched argument"), run::toString);
    }

    @Test
    void help_commandList_oneLineEach() {
        String usage = Cli.run("--help").out();

        assertTrue(usage.contains("\n  lint     Checks pages, JSON-LD files and ninjs items against Copydesk's rules.\n"), usage);
        assertTrue(usage.contains("\n  example  Shows the sample story as JSON-LD, with its validation report.\n"), usage);
    }

    @Test
    void version_printsVersion() {
        Cli.Run run = Cli.run("--version");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("copydesk "), run.out());
    }
}
