package org.minipublic.sortition.cli;

import java.util.ArrayList;
import java.util.List;
import org.minipublic.cli.ErrorHandler;
import org.minipublic.cli.ExitCodes;
import org.minipublic.cli.Launcher;
import org.minipublic.sortition.EngineVersion;
import org.minipublic.sortition.InfeasibleTargetsException;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.sortition.SelectionInterruptedException;
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
            CeremonyCommand.class,
            CountCommand.class,
            AlternatesCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SortitionCli implements Runnable {

    public static final int BAD_INPUT = ExitCodes.BAD_INPUT;
    public static final int INFEASIBLE = 3;
    public static final int NOT_VERIFIED = 1;
    public static final int SELECTION_FAILED = 4;
    /** The time limit stopped the algorithm; the draw was made from the best lottery it had found. */
    public static final int STOPPED_AT_TIME_LIMIT = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Launcher.run(SortitionCli::commandLine, args);
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new SortitionCli());
        commandLine.setExecutionExceptionHandler(ErrorHandler.standard()
                .on(InfeasibleTargetsException.class, INFEASIBLE, SortitionCli::infeasible)
                .on(SelectionFailedException.class, SELECTION_FAILED, e -> List.of(e.getMessage()))
                .on(
                        SelectionInterruptedException.class,
                        ExitCodes.INTERRUPTED,
                        e -> List.of("Stopped: " + e.getMessage())));
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InfeasibleTargetsException ? INFEASIBLE : BAD_INPUT);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static List<String> infeasible(InfeasibleTargetsException e) {
        List<String> lines = new ArrayList<>();
        lines.add("The targets cannot be met:");
        e.feasibility().problems().forEach(p -> lines.add("  " + p));
        return lines;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"minipublic-sortition " + EngineVersion.current(), EngineVersion.solver()};
        }
    }
}
