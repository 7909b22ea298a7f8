package org.minipublic.sortition.cli;

import java.util.concurrent.Callable;
import org.minipublic.sortition.ValidPanels;
import org.minipublic.sortition.counting.PanelCount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "count",
        mixinStandardHelpOptions = true,
        description = "Count the valid panels exactly (every target met, at most one person per household). Exit code 3"
                + " when there are none, 4 when counting is out of reach for this pool.")
final class CountCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--panel-size", required = true, paramLabel = "K", description = "Seats on the panel.")
    int panelSize;

    @Option(
            names = "--max-states",
            defaultValue = "" + PanelCount.DEFAULT_MAX_STATES,
            paramLabel = "S",
            description = "Give up when one step needs more than S partial-panel summaries (default ${DEFAULT-VALUE},"
                    + " which fits a heap of 1 GB).")
    int maxStates;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var read = inputs.read();
        var count = ValidPanels.count(
                read.pool(),
                read.targets(),
                panelSize,
                maxStates,
                new StderrProgress(spec.commandLine().getErr()));
        spec.commandLine()
                .getOut()
                .printf(
                        "There are %s valid panels of %d among %d respondents (%s).%n",
                        count, panelSize, read.pool().size(), ValidPanels.readable(count));
        return 0;
    }
}
