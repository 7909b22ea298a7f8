package org.minipublic.sortition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.sortition.ceremony.PublicNumber;
import org.minipublic.sortition.io.TextFiles;
import org.minipublic.tableio.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "reveal",
        mixinStandardHelpOptions = true,
        description = "Take the panel number from digits given out in public after the commitment (dice, a named"
                + " lottery's result), without bias, and write DIR/public/result.txt (and, with the private list,"
                + " DIR/private/selected.csv). Checks the commitment against its SHA-256 first.")
final class CeremonyRevealCommand implements Callable<Integer> {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The ceremony's directory.")
    Path dir;

    @Option(
            names = "--digits",
            required = true,
            paramLabel = "DIGITS",
            description = "The public digits in the order announced (spaces and commas between them are fine).")
    String digits;

    @Option(
            names = "--announced-sha256",
            defaultValue = "",
            paramLabel = "HEX",
            description = "The commitment's SHA-256 as announced before the draw, to check the files against.")
    String announced;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CeremonyFiles.requireCeremony(dir);
        var commitment = commitment();
        Path result = CeremonyFiles.publicDir(dir).resolve(CeremonyFiles.RESULT);
        if (Files.exists(result)) {
            throw new IllegalArgumentException(result + " already exists, so this ceremony has been revealed already."
                    + " Check it with 'verify --ceremony " + dir
                    + "'; if the digits were entered wrongly, remove it and"
                    + " reveal again with the digits as announced.");
        }
        PublicNumber.Draw draw;
        try {
            draw = PublicNumber.panel(digits, commitment.lotterySize());
        } catch (IllegalArgumentException e) {
            throw InputException.of("--digits", String.valueOf(e.getMessage()));
        }
        var panel = commitment.panels().get(draw.panelNumber() - 1);
        Path pseudonyms = CeremonyFiles.privateDir(dir).resolve(CeremonyFiles.PSEUDONYMS);
        Map<String, String> ids = Files.isRegularFile(pseudonyms) ? ids(pseudonyms) : Map.of();
        Files.writeString(result, commitment.result(digits, draw), StandardCharsets.UTF_8);
        if (!ids.isEmpty()) {
            writeSelected(panel, ids);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Panel %d of %d (digits %s%s%s).%nMembers: %s%nResult in %s%s%n",
                        draw.panelNumber(),
                        commitment.lotterySize(),
                        draw.groupUsed(),
                        draw.rejected() == 0 ? "" : ", after " + draw.rejected() + " rejected group(s)",
                        unused(draw),
                        String.join(" ", panel),
                        result,
                        ids.isEmpty()
                                ? ""
                                : " and " + CeremonyFiles.privateDir(dir).resolve(CeremonyFiles.SELECTED));
        return 0;
    }

    /** The commitment, checked; one that does not check out stops the reveal before anything is written. */
    private Commitment commitment() {
        try {
            return CeremonyFiles.readCommitment(dir, announced);
        } catch (CeremonyFiles.Failed e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void writeSelected(List<String> panel, Map<String, String> ids) throws IOException {
        try (var out = Files.newBufferedWriter(CeremonyFiles.privateDir(dir).resolve(CeremonyFiles.SELECTED));
                var csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("id", "pseudonym");
            for (String pseudonym : panel) {
                csv.printRecord(ids.get(pseudonym), pseudonym);
            }
        }
    }

    /**
     * The digits given after the group used, said to have been left over: people should see that they did not count
     * (they are given in case a group is rejected).
     */
    static String unused(PublicNumber.Draw draw) {
        int count = draw.unused().length();
        if (count == 0) {
            return "";
        }
        return count == 1
                ? "; the digit after them, " + draw.unused() + ", was not needed"
                : "; the " + count + " digits after them, " + draw.unused() + ", were not needed";
    }

    private static Map<String, String> ids(Path file) {
        var table = TextFiles.table(file);
        int id = table.requireColumn("id", "the respondents' ids");
        int pseudonym = table.requireColumn("pseudonym", "the pseudonyms");
        Map<String, String> ids = new HashMap<>();
        table.rows().forEach(row -> ids.put(row.cell(pseudonym), row.cell(id)));
        return ids;
    }
}
