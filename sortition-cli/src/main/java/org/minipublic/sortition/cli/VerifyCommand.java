package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.InfeasibleTargetsException;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.sortition.SelectionOptions;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.io.PeopleReader;
import org.minipublic.sortition.io.RecordedDraw;
import org.minipublic.sortition.io.TargetsReader;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.report.DrawRecord;
import org.minipublic.sortition.report.InputDigest;
import org.minipublic.sortition.report.InputSettings;
import org.minipublic.sortition.target.Targets;
import org.minipublic.tableio.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Re-run a recorded draw from its input files and confirm that it gives the same record (the same"
                + " content; line endings and spacing do not count). Exit code 0 when it does, 1 when it does not.")
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--record", paramLabel = "FILE", description = "The draw.json to check.")
    @Nullable
    Path record;

    @Option(names = "--categories", paramLabel = "FILE", description = "The targets file of the draw.")
    @Nullable
    Path categories;

    @Option(names = "--people", paramLabel = "FILE", description = "The people file of the draw.")
    @Nullable
    Path people;

    @Option(
            names = "--ceremony",
            paramLabel = "DIR",
            description = "Instead of a draw record: check a draw ceremony from its published files alone (as"
                    + " 'ceremony verify'), so not with --record, --categories or --people.")
    @Nullable
    Path ceremony;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (ceremony != null) {
            if (record != null || categories != null || people != null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--ceremony checks a ceremony from its published files alone; leave out --record,"
                                + " --categories and --people (they check a draw record instead).");
            }
            return CeremonyVerifyCommand.check(ceremony, "", spec.commandLine().getOut());
        }
        if (record == null || categories == null || people == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Give --record, --categories and --people (or --ceremony DIR).");
        }
        return verifyRecord(record, categories, people);
    }

    private int verifyRecord(Path record, Path categories, Path people) throws Exception {
        var recorded = readRecord(record);
        var targets = TargetsReader.read(TextFiles.table(categories));
        var pool = PeopleReader.read(TextFiles.table(people), targets, recorded.idColumn(), recorded.addressColumns());
        var out = spec.commandLine().getOut();
        if (!InputDigest.of(targets).equals(recorded.targetsSha256())) {
            return notVerified(
                    out, "the targets file differs from the one the draw used (SHA-256 of its normal form).");
        }
        if (!InputDigest.of(pool).equals(recorded.peopleSha256())) {
            return notVerified(out, "the people file differs from the one the draw used (SHA-256 of its normal form).");
        }
        String rerun;
        try {
            rerun = rerun(recorded, targets, pool);
        } catch (IllegalArgumentException | InfeasibleTargetsException | SelectionFailedException e) {
            return notVerified(out, "the recorded settings cannot be re-run: " + e.getMessage());
        }
        var difference = recorded.firstDifference(rerun);
        if (difference.isPresent()) {
            return notVerified(out, "the re-run gives a different record, first at " + difference.get());
        }
        out.printf(
                "VERIFIED: re-running the draw gives the same record (%s, seed %d, panel of %d).%n",
                recorded.algorithm(), recorded.seed(), recorded.panelSize());
        return 0;
    }

    private static RecordedDraw readRecord(Path record) {
        String text = TextFiles.read(record);
        try {
            return RecordedDraw.read(text);
        } catch (IllegalArgumentException e) {
            throw InputException.of(record.getFileName().toString(), "is not a draw record: " + e.getMessage());
        }
    }

    /** The record the recorded settings give now; a setting no draw can have throws IllegalArgumentException. */
    private String rerun(RecordedDraw recorded, Targets targets, Pool pool) {
        var problem = new SelectionProblem(
                pool,
                targets,
                recorded.panelSize(),
                AlgorithmName.parse(recorded.algorithm()),
                recorded.seed(),
                recorded.lotterySize(),
                recorded.publicPanelNumber(),
                recorded.legacyRuns() > 0 ? recorded.legacyRuns() : SelectionProblem.DEFAULT_LEGACY_RUNS,
                recorded.gamma(),
                recorded.equalWithin());
        var options = SelectionOptions.DEFAULT.withProgress(
                new StderrProgress(spec.commandLine().getErr()));
        var result = PanelSelector.select(
                problem, recorded.completion().finished() ? options : options.replaying(recorded.completion()));
        return DrawRecord.of(result, new InputSettings(recorded.idColumn(), recorded.addressColumns()));
    }

    private static int notVerified(PrintWriter out, String reason) {
        out.println("NOT VERIFIED: " + reason);
        return SortitionCli.NOT_VERIFIED;
    }
}
