package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.sortition.PanelSelector;
import org.minipublic.sortition.SelectionProblem;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.sortition.ceremony.Pseudonyms;
import org.minipublic.sortition.pool.RespondentId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "commit",
        mixinStandardHelpOptions = true,
        description = "Compute the lottery and write, in DIR/public, the commitment to publish before the draw"
                + " (commitment.txt: settings, input fingerprints and every panel as pseudonyms; commitment.sha256)"
                + " and, in DIR/private, pseudonyms.csv: each respondent's id, pseudonym and the panel numbers that"
                + " include them, for the organisers to tell each respondent their own.")
final class CeremonyCommitCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--panel-size", required = true, paramLabel = "K", description = "Seats on the panel.")
    int panelSize;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed of the lottery.")
    long seed;

    @Mixin
    LotteryOptions lottery;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "A new directory for the ceremony.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        requireNewDirectory();
        var algorithm = lottery.algorithm();
        var read = inputs.read();
        var problem = lottery.goldilocks(new SelectionProblem(
                read.pool(),
                read.targets(),
                panelSize,
                algorithm,
                seed,
                lottery.lotterySize,
                null,
                SelectionProblem.DEFAULT_LEGACY_RUNS));
        var result =
                PanelSelector.select(problem, lottery.options(spec.commandLine().getErr()));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key); // never stored: the pseudonym list is the only link to the ids
        var pseudonyms = Pseudonyms.of(read.pool(), key);
        var commitment = Commitment.of(result, pseudonyms);
        Files.createDirectories(CeremonyFiles.publicDir(dir));
        Files.createDirectories(CeremonyFiles.privateDir(dir));
        Files.writeString(
                CeremonyFiles.publicDir(dir).resolve(CeremonyFiles.COMMITMENT),
                commitment.text(),
                StandardCharsets.UTF_8);
        Files.writeString(
                CeremonyFiles.publicDir(dir).resolve(CeremonyFiles.HASH),
                commitment.sha256() + "\n",
                StandardCharsets.UTF_8);
        writePseudonyms(pseudonyms, commitment);
        spec.commandLine()
                .getOut()
                .printf(
                        "Committed to a lottery of %d panels (%s, seed %d).%nPublish before the draw: SHA-256 %s"
                                + " and %s.%nThe panel number needs %s digits from a public source: ceremony reveal"
                                + " --dir %s --digits ...%n",
                        commitment.lotterySize(),
                        problem.algorithm().id(),
                        seed,
                        commitment.sha256(),
                        CeremonyFiles.publicDir(dir).resolve(CeremonyFiles.COMMITMENT),
                        commitment.settings().get("digits_per_group"),
                        dir);
        return StopNotice.print(result, spec.commandLine().getOut());
    }

    /** A ceremony's files are never overwritten: one that was published must stay as it was. */
    private void requireNewDirectory() {
        if (Files.exists(dir.resolve("public")) || Files.exists(dir.resolve("private"))) {
            throw new IllegalArgumentException(dir
                    + " already holds a ceremony; choose a new directory, so that no published file is overwritten");
        }
    }

    /** The private list: each respondent's id, pseudonym and the panel numbers that include them. */
    private void writePseudonyms(Map<RespondentId, String> pseudonyms, Commitment commitment) throws IOException {
        try (var out = Files.newBufferedWriter(CeremonyFiles.privateDir(dir).resolve(CeremonyFiles.PSEUDONYMS));
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("id", "pseudonym", "panels");
            for (var entry : pseudonyms.entrySet()) {
                csv.printRecord(
                        entry.getKey().value(),
                        entry.getValue(),
                        commitment.panelsWith(entry.getValue()).stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(" ")));
            }
        }
    }
}
