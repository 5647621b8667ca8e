package io.github.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code copydesk} command: its subcommands do the work.
 */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Copydesk.Version.class,
        description = {"Checks the schema.org JSON-LD of news pages, and IPTC ninjs wire items, offline; converts them "
                + "to Copydesk's JSON-LD or ninjs; and shows the sample story.", ""},
        subcommands = {LintCommand.class, ConvertCommand.class, ExampleCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'copydesk COMMAND --help' for a command's options."})
final class Copydesk implements Runnable {

    /** Hibernate Validator announces its version at INFO: the output is the report alone. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate.validator");

    static {
        HIBERNATE.setLevel(Level.WARNING);
    }

    @Spec
    private CommandSpec spec;

    private final InputStream stdin;
    private final boolean terminal;

    /**
     * The command.
     *
     * @param stdin what {@code -} reads
     * @param terminal whether standard error is a terminal, for the progress bar
     */
    Copydesk(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /**
     * The command line, ready to execute.
     *
     * @param stdin what {@code -} reads
     * @param out standard output
     * @param err standard error
     * @param terminal whether standard error is a terminal
     * @return the command line
     */
    static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal) {
        return new CommandLine(new Copydesk(stdin, terminal)).setOut(out).setErr(err);
    }

    InputStream stdin() {
        return stdin;
    }

    boolean terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: lint, convert or example");
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Copydesk.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"copydesk " + p.getProperty("version", "(development build)"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
