package org.minipublic.sortition.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipublic.sortition.ceremony.Commitment;
import org.minipublic.sortition.ceremony.PublicNumber;

/**
 * The published result read back and checked against the commitment, one claim at a time, so that what does not hold
 * is named as such (the digits and the panel number disagree; the panel is not the committed one) and only what
 * differs is printed, never a whole line of pseudonyms.
 */
final class CeremonyResult {

    /** Pseudonyms named in a message about a panel, at most; the rest are counted. */
    private static final int NAMED = 5;

    private CeremonyResult() {}

    /**
     * @return how the recorded digits give the panel, when every claim in the result holds
     * @throws CeremonyFiles.Failed naming the first claim that does not
     */
    static PublicNumber.Draw check(Commitment commitment, Path file) throws CeremonyFiles.Failed {
        String recorded = CeremonyFiles.text(file).replace("\r\n", "\n");
        Map<String, String> fields = fields(recorded);
        String sha256 = field(fields, "commitment_sha256");
        if (!sha256.equalsIgnoreCase(commitment.sha256())) {
            throw new CeremonyFiles.Failed("result.txt is for the commitment with SHA-256 " + sha256
                    + ", not for this one (" + commitment.sha256() + ")");
        }
        String digits = field(fields, "digits");
        PublicNumber.Draw draw;
        try {
            draw = PublicNumber.panel(digits, commitment.lotterySize());
        } catch (IllegalArgumentException e) {
            throw new CeremonyFiles.Failed("the digits in result.txt give no panel: " + e.getMessage());
        }
        numberFollowsFromTheDigits(fields, draw, commitment.lotterySize());
        panelIsTheCommittedOne(field(fields, "panel"), commitment, draw.panelNumber());
        sameTextAsTheRevealWrites(recorded, commitment.result(digits, draw));
        return draw;
    }

    /** The group used, the groups rejected and the panel number are what the digits give. */
    private static void numberFollowsFromTheDigits(Map<String, String> fields, PublicNumber.Draw draw, int lotterySize)
            throws CeremonyFiles.Failed {
        String group = field(fields, "group_used");
        String rejected = field(fields, "rejected_groups");
        String number = field(fields, "panel_number");
        if (!group.equals(draw.groupUsed())
                || !rejected.equals(Integer.toString(draw.rejected()))
                || !number.equals(Integer.toString(draw.panelNumber()))) {
            throw new CeremonyFiles.Failed("the digits in result.txt give panel " + draw.panelNumber() + " of "
                    + lotterySize + " (" + origin(draw.groupUsed(), Integer.toString(draw.rejected()))
                    + "), but result.txt says panel " + number + " (" + origin(group, rejected)
                    + "): the digits or the panel number have been changed since the reveal");
        }
    }

    private static String origin(String group, String rejected) {
        return "from the digits " + group + (rejected.equals("0") ? "" : ", after " + rejected + " rejected group(s)");
    }

    /** The panel's pseudonyms are those the commitment lists for its number; a difference names only who differs. */
    private static void panelIsTheCommittedOne(String panel, Commitment commitment, int number)
            throws CeremonyFiles.Failed {
        List<String> committed = commitment.panels().get(number - 1);
        Set<String> has = new LinkedHashSet<>(
                panel.isBlank() ? List.of() : List.of(panel.strip().split(" +")));
        Set<String> lacks = new LinkedHashSet<>(committed);
        lacks.removeAll(has);
        has.removeAll(committed);
        if (has.isEmpty() && lacks.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!has.isEmpty()) {
            parts.add("has " + named(has) + ", which panel " + number + " does not");
        }
        if (!lacks.isEmpty()) {
            parts.add("lacks " + named(lacks));
        }
        throw new CeremonyFiles.Failed("the panel in result.txt is not panel " + number + " of the commitment: it "
                + String.join(", and ", parts));
    }

    private static String named(Set<String> pseudonyms) {
        List<String> all = List.copyOf(pseudonyms);
        if (all.size() <= NAMED) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, NAMED)) + " and " + (all.size() - NAMED) + " more";
    }

    /** Anything else (order, spacing, a line added) is named by line, showing where the line first differs. */
    private static void sameTextAsTheRevealWrites(String recorded, String expected) throws CeremonyFiles.Failed {
        String[] have = recorded.split("\n", -1);
        String[] want = expected.split("\n", -1);
        for (int i = 0; i < Math.max(have.length, want.length); i++) {
            String h = i < have.length ? have[i] : "";
            String w = i < want.length ? want[i] : "";
            if (!h.equals(w)) {
                int from = commonPrefix(h, w);
                throw new CeremonyFiles.Failed("result.txt line " + (i + 1) + " differs from what the reveal writes"
                        + (from > 0 ? " from character " + (from + 1) : "") + ": it has " + excerpt(h, from)
                        + " where the reveal writes " + excerpt(w, from));
            }
        }
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The line quoted from a little before where it differs, cut short; "nothing" for no line. */
    private static String excerpt(String line, int from) {
        if (line.isEmpty()) {
            return "nothing";
        }
        int start = Math.min(Math.max(0, from - 10), line.length());
        String rest = line.substring(start);
        return "'" + (start > 0 ? "…" : "") + (rest.length() <= 30 ? rest : rest.substring(0, 30) + "…") + "'";
    }

    /** The {@code name: value} lines; a name given twice keeps its first value (the text check then names it). */
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(
                        line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static String field(Map<String, String> fields, String name) throws CeremonyFiles.Failed {
        String value = fields.get(name);
        if (value == null) {
            throw new CeremonyFiles.Failed("result.txt has no '" + name + ":' line");
        }
        return value;
    }
}
