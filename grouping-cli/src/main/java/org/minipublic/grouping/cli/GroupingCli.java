package org.minipublic.grouping.cli;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.cli.ErrorHandler;
import org.minipublic.cli.ExitCodes;
import org.minipublic.cli.Launcher;
import org.minipublic.grouping.RulesConflictException;
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

    public static final int BAD_INPUT = ExitCodes.BAD_INPUT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Launcher.run(GroupingCli::commandLine, args);
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new GroupingCli());
        commandLine.setExecutionExceptionHandler(
                ErrorHandler.standard().on(RulesConflictException.class, BAD_INPUT, GroupingCli::conflict));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static List<String> conflict(RulesConflictException e) {
        List<String> lines = new ArrayList<>();
        lines.add("The rules cannot all hold:");
        e.conflicts().forEach(c -> lines.add("  " + c));
        return lines;
    }
}
