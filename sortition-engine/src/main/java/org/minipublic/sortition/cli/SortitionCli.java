package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import org.minipublic.sortition.EngineVersion;
import org.minipublic.sortition.InfeasibleTargetsException;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.tableio.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar minipublic-sortition.jar}. */
@Command(
        name = "minipublic-sortition",
        mixinStandardHelpOptions = true,
        versionProvider = SortitionCli.Version.class,
        description = "Fair, reproducible selection of a citizens' assembly panel from a pool of respondents.",
        subcommands = {
            SelectCommand.class,
            CheckCommand.class,
            ReplaceCommand.class,
            VerifyCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SortitionCli implements Runnable {

    public static final int BAD_INPUT = 2;
    public static final int INFEASIBLE = 3;
    public static final int NOT_VERIFIED = 1;
    public static final int SELECTION_FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without this it complains that no logging backend is installed
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new SortitionCli());
        commandLine.setExecutionExceptionHandler(SortitionCli::handle);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InfeasibleTargetsException ? INFEASIBLE : BAD_INPUT);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InfeasibleTargetsException infeasible) {
            err.println("The targets cannot be met:");
            infeasible.feasibility().problems().forEach(p -> err.println("  " + p));
            return INFEASIBLE;
        }
        if (e instanceof InputException input) {
            err.println("The input has problems:");
            input.problems().forEach(p -> err.println("  " + p.describe()));
            return BAD_INPUT;
        }
        if (e instanceof SelectionFailedException failed) {
            err.println(failed.getMessage());
            return SELECTION_FAILED;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("Error: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("Unexpected error: " + e);
        e.printStackTrace(err);
        return 70;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"minipublic-sortition " + EngineVersion.current(), EngineVersion.SOLVER};
        }
    }
}
