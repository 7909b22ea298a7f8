package org.minipublic.grouping.cli;

import java.io.PrintWriter;
import org.minipublic.grouping.RulesConflictException;
import org.minipublic.tableio.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar minipublic-grouping.jar}. */
@Command(
        name = "minipublic-grouping",
        mixinStandardHelpOptions = true,
        version = "minipublic-grouping",
        description = "Seating plans for an assembly's discussion tables: balanced tables, few repeat meetings.",
        subcommands = {AllocateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class GroupingCli implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without this it complains that no logging backend is installed
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new GroupingCli());
        commandLine.setExecutionExceptionHandler(GroupingCli::handle);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException input) {
            err.println("The input has problems:");
            input.problems().forEach(p -> err.println("  " + p.describe()));
            return BAD_INPUT;
        }
        if (e instanceof RulesConflictException conflict) {
            err.println("The rules cannot all hold:");
            conflict.conflicts().forEach(c -> err.println("  " + c));
            return BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("Error: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("Unexpected error: " + e);
        e.printStackTrace(err);
        return 70;
    }
}
