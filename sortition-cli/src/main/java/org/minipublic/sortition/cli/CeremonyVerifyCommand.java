package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check a ceremony from its published files alone (DIR/public): the commitment matches its"
                + " SHA-256, the digits give the panel number without bias, and the panel is the committed one."
                + " Exit code 0 when all hold; 1 (NOT VERIFIED, naming what failed) when one does not or a published"
                + " file is missing, altered or not UTF-8 text; 2 when DIR is not a ceremony directory.")
final class CeremonyVerifyCommand implements Callable<Integer> {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The ceremony's directory.")
    Path dir;

    @Option(
            names = "--announced-sha256",
            defaultValue = "",
            paramLabel = "HEX",
            description = "The commitment's SHA-256 as announced before the draw.")
    String announced;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return check(dir, announced, spec.commandLine().getOut());
    }

    /**
     * @return 0 when the published files prove the draw, {@link SortitionCli#NOT_VERIFIED} (printing what failed) when
     *     one of them is missing, not UTF-8, malformed or does not match
     * @throws org.minipublic.tableio.InputException when there is nothing to check: no such directory, or no public/
     */
    static int check(Path dir, String announced, PrintWriter out) {
        CeremonyFiles.requireCeremony(dir);
        Path resultFile = CeremonyFiles.publicDir(dir).resolve(CeremonyFiles.RESULT);
        try {
            var commitment = CeremonyFiles.readCommitment(dir, announced);
            if (!Files.isRegularFile(resultFile)) {
                throw new CeremonyFiles.Failed("result.txt is missing: the ceremony has not been revealed yet, or its"
                        + " result was not published with the commitment");
            }
            var draw = CeremonyResult.check(commitment, resultFile);
            out.printf(
                    "VERIFIED: the digits %s give panel %d of the %d committed to (SHA-256 %s)%s.%n",
                    draw.groupUsed(),
                    draw.panelNumber(),
                    commitment.lotterySize(),
                    commitment.sha256(),
                    CeremonyRevealCommand.unused(draw));
            return 0;
        } catch (CeremonyFiles.Failed e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            return SortitionCli.NOT_VERIFIED;
        }
    }
}
