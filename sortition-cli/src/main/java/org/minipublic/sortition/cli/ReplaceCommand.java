package org.minipublic.sortition.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.Replacement;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.io.ResultWriter;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.sortition.pool.RespondentId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "replace",
        mixinStandardHelpOptions = true,
        description = "Draw replacements for members who dropped out, from the rest of the pool, so that the targets"
                + " still hold with the confirmed members, by the same fair rule. Writes the same files as select;"
                + " selected.csv holds the replacements.")
final class ReplaceCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(
            names = "--confirmed",
            required = true,
            paramLabel = "FILE",
            description = "CSV with an id column: the members who keep their seats.")
    Path confirmed;

    @Option(
            names = "--dropped",
            required = true,
            paramLabel = "FILE",
            description = "CSV with an id column: the members who dropped out (one replacement each).")
    Path dropped;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed of the replacement lottery.")
    long seed;

    @Mixin
    LotteryOptions lottery;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the output files.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var algorithm = lottery.algorithm();
        var read = inputs.read();
        Set<RespondentId> keep = ids(confirmed);
        Set<RespondentId> gone = ids(dropped);
        var original = lottery.goldilocks(new SelectionProblem(
                read.pool(),
                read.targets(),
                keep.size() + gone.size(),
                algorithm,
                seed,
                lottery.lotterySize,
                null,
                SelectionProblem.DEFAULT_LEGACY_RUNS));
        var problem = Replacement.problem(original, keep, gone, seed);
        var result =
                PanelSelector.select(problem, lottery.options(spec.commandLine().getErr()));
        ResultWriter.write(result, read.settings(), out);
        spec.commandLine()
                .getOut()
                .printf(
                        "Drew %d replacements for %d dropouts from %d eligible respondents.%n" + "Results in %s%n",
                        result.panel().size(), gone.size(), problem.pool().size(), out.toAbsolutePath());
        return StopNotice.print(result, spec.commandLine().getOut());
    }

    private Set<RespondentId> ids(Path file) {
        var table = TextFiles.table(file);
        int column = table.requireColumn(inputs.idColumn == null ? "id" : inputs.idColumn, "the respondents' ids");
        Set<RespondentId> ids = new LinkedHashSet<>();
        table.rows().forEach(row -> ids.add(new RespondentId(row.cell(column))));
        return ids;
    }
}
