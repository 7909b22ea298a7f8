package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minipublic.sortition.ceremony.PublicNumber;
import org.minipublic.tableio.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check a ceremony from its published files alone (DIR/public): the commitment matches its"
                + " SHA-256, the digits give the panel number without bias, and the panel is the committed one."
                + " Exit code 0 when all hold, 1 when one does not.")
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
    public Integer call() throws IOException {
        return check(dir, announced, spec.commandLine().getOut());
    }

    static int check(Path dir, String announced, java.io.PrintWriter out) throws IOException {
        var commitment = CeremonyFiles.readCommitment(dir, announced);
        Path resultFile = CeremonyFiles.publicDir(dir).resolve(CeremonyFiles.RESULT);
        if (!Files.isRegularFile(resultFile)) {
            throw InputException.of(resultFile.toString(), "is missing: the ceremony has not been revealed yet");
        }
        String recorded = Files.readString(resultFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String digits = recorded.lines()
                .filter(l -> l.startsWith("digits: "))
                .findFirst()
                .map(l -> l.substring("digits: ".length()))
                .orElseThrow(() -> InputException.of(resultFile.toString(), "has no 'digits:' line"));
        PublicNumber.Draw draw;
        try {
            draw = PublicNumber.panel(digits, commitment.lotterySize());
        } catch (IllegalArgumentException e) {
            out.println("NOT VERIFIED: the recorded digits give no panel: " + e.getMessage());
            return SortitionCli.NOT_VERIFIED;
        }
        String expected = CeremonyRevealCommand.text(commitment, digits, draw);
        if (!expected.equals(recorded)) {
            out.println("NOT VERIFIED: " + firstDifferentLine(expected, recorded));
            return SortitionCli.NOT_VERIFIED;
        }
        out.printf(
                "VERIFIED: the digits %s give panel %d of the %d committed to (SHA-256 %s).%n",
                draw.groupUsed(), draw.panelNumber(), commitment.lotterySize(), commitment.sha256());
        return 0;
    }

    private static String firstDifferentLine(String expected, String recorded) {
        var want = expected.split("\n");
        var have = recorded.split("\n");
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            String w = i < want.length ? want[i] : "(nothing)";
            String h = i < have.length ? have[i] : "(nothing)";
            if (!w.equals(h)) {
                return "result.txt line " + (i + 1) + " says '" + h + "', the commitment and digits give '" + w + "'";
            }
        }
        return "result.txt differs";
    }
}
