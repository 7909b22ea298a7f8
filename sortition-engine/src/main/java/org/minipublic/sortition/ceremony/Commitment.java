package org.minipublic.sortition.ceremony;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.pool.RespondentId;
import org.minipublic.sortition.report.InputDigest;

/**
 * What is published before the panel number is drawn: the rounded lottery with each panel as its members' pseudonyms
 * (sorted), the settings and the input fingerprints, and the SHA-256 of all of it in a fixed text form. Nothing in it
 * names a person or gives a person's values; after the draw anyone can check that the lottery used is the one
 * committed to, and that the panel drawn is the one the public number points at.
 *
 * @param settings the settings in a fixed order: format, algorithm, gamma (Goldilocks only), seed, input
 *     fingerprints, panel size, lottery size and digits per group
 * @param panels each panel's pseudonyms, sorted; panel j is {@code panels.get(j - 1)}
 */
public record Commitment(Map<String, String> settings, List<List<String>> panels) {

    public static final String FORMAT = "minipublic-ceremony/1";

    public Commitment {
        settings = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        panels = panels.stream().map(List::copyOf).toList();
    }

    /** The commitment to a selection's rounded lottery. */
    public static Commitment of(SelectionResult result, Map<RespondentId, String> pseudonyms) {
        var lottery = result.lottery();
        if (lottery == null) {
            throw new IllegalArgumentException(result.problem().algorithm().id()
                    + " has no lottery of panels to commit to; choose leximin, goldilocks, maximin or nash");
        }
        var problem = result.problem();
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("format", FORMAT);
        settings.put("algorithm", problem.algorithm().id());
        if (problem.algorithm() == org.minipublic.sortition.algorithm.AlgorithmName.GOLDILOCKS) {
            settings.put("gamma", Double.toString(problem.gamma()));
        }
        settings.put("seed", Long.toString(problem.seed()));
        settings.put("targets_sha256", InputDigest.of(problem.targets()));
        settings.put("people_sha256", InputDigest.of(problem.pool()));
        settings.put("panel_size", Integer.toString(problem.panelSize()));
        settings.put("lottery_size", Integer.toString(lottery.size()));
        settings.put("digits_per_group", Integer.toString(PublicNumber.digitsPerGroup(lottery.size())));
        List<List<String>> panels = new ArrayList<>();
        for (int[] panel : lottery.panels()) {
            List<String> members = new ArrayList<>();
            for (int i : panel) {
                members.add(pseudonyms.get(problem.pool().get(i).id()));
            }
            Collections.sort(members);
            panels.add(members);
        }
        return new Commitment(settings, panels);
    }

    /** The text the hash is taken of: one {@code name: value} line per setting, then one line per panel. */
    public String text() {
        var text = new StringBuilder();
        settings.forEach(
                (name, value) -> text.append(name).append(": ").append(value).append('\n'));
        for (int j = 0; j < panels.size(); j++) {
            text.append("panel ").append(j + 1).append(':');
            panels.get(j).forEach(p -> text.append(' ').append(p));
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The result of the reveal as published next to the commitment: its SHA-256, the digits, which group of them gave
     * the panel number, how many were passed over, the number and the panel's pseudonyms. {@code verify --ceremony}
     * reads it.
     */
    public String result(String digits, PublicNumber.Draw draw) {
        return "commitment_sha256: " + sha256() + "\n"
                + "digits: " + PublicNumber.digitsOnly(digits) + "\n"
                + "group_used: " + draw.groupUsed() + "\n"
                + "rejected_groups: " + draw.rejected() + "\n"
                + "panel_number: " + draw.panelNumber() + "\n"
                + "panel: " + String.join(" ", panels.get(draw.panelNumber() - 1)) + "\n";
    }

    /** SHA-256 of {@link #text()}, in lower-case hexadecimal. */
    public String sha256() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Reads a commitment back from its text.
     *
     * @throws IllegalArgumentException naming the line when the text is not a commitment
     */
    public static Commitment parse(String text) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        List<List<String>> panels = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty() && n == lines.length - 1) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("line " + (n + 1) + " is not 'name: value'");
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            if (name.equals("panel " + (panels.size() + 1))) {
                panels.add(value.isEmpty() ? List.of() : List.of(value.split(" ")));
            } else if (panels.isEmpty() && !name.startsWith("panel ")) {
                settings.put(name, value);
            } else {
                throw new IllegalArgumentException(
                        "line " + (n + 1) + " should be panel " + (panels.size() + 1) + ", found '" + name + "'");
            }
        }
        if (!FORMAT.equals(settings.get("format"))) {
            throw new IllegalArgumentException("line 1 should be 'format: " + FORMAT + "'");
        }
        String size = setting(settings, "lottery_size");
        if (!size.equals(Integer.toString(panels.size()))) {
            throw new IllegalArgumentException(
                    "lottery_size says " + size + " panels but the text lists " + panels.size());
        }
        String digits = setting(settings, "digits_per_group");
        if (!digits.equals(Integer.toString(PublicNumber.digitsPerGroup(panels.size())))) {
            throw new IllegalArgumentException("digits_per_group should be "
                    + PublicNumber.digitsPerGroup(panels.size()) + " for " + panels.size() + " panels");
        }
        return new Commitment(settings, panels);
    }

    private static String setting(Map<String, String> settings, String name) {
        String value = settings.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the '" + name + ":' line is missing");
        }
        return value;
    }

    public int lotterySize() {
        return panels.size();
    }

    /** The panel numbers that include this pseudonym, ascending. */
    public List<Integer> panelsWith(String pseudonym) {
        List<Integer> numbers = new ArrayList<>();
        for (int j = 0; j < panels.size(); j++) {
            if (Collections.binarySearch(panels.get(j), pseudonym) >= 0) {
                numbers.add(j + 1);
            }
        }
        return numbers;
    }
}
