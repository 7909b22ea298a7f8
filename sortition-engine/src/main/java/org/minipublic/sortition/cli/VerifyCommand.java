package org.minipublic.sortition.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.report.DrawRecord;
import org.minipublic.sortition.report.InputDigest;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.tableio.InputException;
import org.minipublic.tableio.TableReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Re-run a recorded draw from its input files and confirm that it gives exactly the same record."
                + " Exit code 0 when it does, 1 when it does not.")
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The draw.json to check.")
    Path record;

    @Option(names = "--categories", required = true, paramLabel = "FILE", description = "The targets file of the draw.")
    Path categories;

    @Option(names = "--people", required = true, paramLabel = "FILE", description = "The people file of the draw.")
    Path people;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String original = Files.readString(record, StandardCharsets.UTF_8);
        DrawRecord.Recorded recorded;
        try {
            recorded = DrawRecord.read(original);
        } catch (RuntimeException e) {
            throw InputException.of(record.getFileName().toString(), "is not a draw record: " + e.getMessage());
        }
        var targets = TargetsReader.read(TableReader.read(categories));
        var pool = PeopleReader.read(TableReader.read(people), targets, recorded.idColumn(), recorded.addressColumns());
        var out = spec.commandLine().getOut();
        if (!InputDigest.of(targets).equals(recorded.targetsSha256())) {
            out.println(
                    "NOT VERIFIED: the targets file differs from the one the draw used (SHA-256 of its normal form).");
            return SortitionCli.NOT_VERIFIED;
        }
        if (!InputDigest.of(pool).equals(recorded.peopleSha256())) {
            out.println(
                    "NOT VERIFIED: the people file differs from the one the draw used (SHA-256 of its normal form).");
            return SortitionCli.NOT_VERIFIED;
        }
        var problem = new SelectionProblem(
                pool,
                targets,
                recorded.panelSize(),
                AlgorithmName.parse(recorded.algorithm()),
                recorded.seed(),
                recorded.lotterySize(),
                recorded.publicPanelNumber(),
                recorded.legacyRuns() > 0 ? recorded.legacyRuns() : SelectionProblem.DEFAULT_LEGACY_RUNS);
        var result = PanelSelector.select(
                problem, new StderrProgress(spec.commandLine().getErr()));
        String rerun = DrawRecord.of(result, new InputSettings(recorded.idColumn(), recorded.addressColumns()));
        if (rerun.equals(original)) {
            out.printf(
                    "VERIFIED: re-running the draw gives the identical record (%s, seed %d, panel of %d).%n",
                    recorded.algorithm(), recorded.seed(), recorded.panelSize());
            return 0;
        }
        out.println("NOT VERIFIED: the re-run gives a different record" + firstDifference(original, rerun));
        return SortitionCli.NOT_VERIFIED;
    }

    private static String firstDifference(String a, String b) {
        String[] left = a.split("\n");
        String[] right = b.split("\n");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            if (!left[i].equals(right[i])) {
                return " from line " + (i + 1) + ":\n  recorded: " + left[i].trim() + "\n  re-run:   "
                        + right[i].trim();
            }
        }
        return " (one is longer than the other).";
    }
}
