package org.minipublic.app.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.SeatingMember;

/**
 * What a session's seating breaks of the organiser's settings, in the organiser's terms: uneven tables, someone who
 * needs an accessible table away from one, members who share an interpreter split up, tables whose make-up is outside
 * the band, and members kept apart at one table or kept together at two. The engine never breaks these; a hand-made
 * move may.
 */
final class SeatingWarnings {

    /** Keeps a share that is a whole number from counting as outside the band by a rounding error. */
    private static final double ROUNDING = 1e-9;

    private SeatingWarnings() {}

    /** @param pairs the keep-apart and keep-together pairs; those with a member not seated count for nothing */
    static List<Warning> of(
            Seating seating, TableSettings settings, List<SeatingMember> members, List<SeatingPair> pairs) {
        Map<MemberId, SeatingMember> seated = new HashMap<>();
        members.stream().filter(m -> seating.members().containsKey(m.id())).forEach(m -> seated.put(m.id(), m));
        int tables = Math.max(seating.tables(), 1);
        int[] size = new int[tables + 1];
        seating.members().forEach((id, t) -> {
            if (seated.containsKey(id)) {
                size[t]++;
            }
        });
        List<Warning> warnings = new ArrayList<>();
        sizes(size, warnings);
        accessible(seating, settings, seated, warnings);
        pairs(seating, pairs, seated, warnings);
        if (settings.interpretersTogether()) {
            interpreters(seating, seated, size, warnings);
        }
        for (String category : settings.diversify()) {
            band(seating, settings.band(), category, seated, size, warnings);
        }
        return warnings;
    }

    private static void sizes(int[] size, List<Warning> warnings) {
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        for (int t = 1; t < size.length; t++) {
            most = Math.max(most, size[t]);
            fewest = Math.min(fewest, size[t]);
        }
        if (size.length > 1 && most - fewest > 1) {
            warnings.add(Warning.of("tables.warning.sizes", most, fewest));
        }
    }

    private static void accessible(
            Seating seating, TableSettings settings, Map<MemberId, SeatingMember> seated, List<Warning> warnings) {
        for (var id : settings.needsAccessible()) {
            Integer table = seating.members().get(id);
            var member = seated.get(id);
            if (table != null && member != null && !settings.accessibleTables().contains(table)) {
                warnings.add(
                        Warning.of("tables.warning.accessible", member.summary().name(), table));
            }
        }
    }

    /** Members kept apart share no table; members kept together share one. */
    private static void pairs(
            Seating seating, List<SeatingPair> pairs, Map<MemberId, SeatingMember> seated, List<Warning> warnings) {
        for (var pair : pairs) {
            var one = seated.get(pair.one());
            var other = seated.get(pair.other());
            Integer at = seating.members().get(pair.one());
            Integer otherAt = seating.members().get(pair.other());
            if (one == null || other == null || at == null || otherAt == null) {
                continue;
            }
            String oneName = one.summary().name();
            String otherName = other.summary().name();
            if (pair.kind() == PairKind.APART && at.equals(otherAt)) {
                warnings.add(Warning.of("tables.warning.apart", oneName, otherName, at));
            } else if (pair.kind() == PairKind.TOGETHER && !at.equals(otherAt)) {
                warnings.add(Warning.of("tables.warning.together", oneName, otherName, at, otherAt));
            }
        }
    }

    /** Members of one language who need an interpreter use no more tables than their number needs. */
    private static void interpreters(
            Seating seating, Map<MemberId, SeatingMember> seated, int[] size, List<Warning> warnings) {
        int smallest = Integer.MAX_VALUE;
        for (int t = 1; t < size.length; t++) {
            smallest = Math.max(1, Math.min(smallest, size[t]));
        }
        Map<String, Set<Integer>> tablesOf = new TreeMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (var member : seated.values()) {
            if (member.summary().interpreter()) {
                String language = member.summary().language();
                tablesOf.computeIfAbsent(language, l -> new HashSet<>())
                        .add(seating.members().get(member.id()));
                people.merge(language, 1, Integer::sum);
            }
        }
        for (var entry : tablesOf.entrySet()) {
            int needed = (people.getOrDefault(entry.getKey(), 0) + smallest - 1) / smallest;
            if (entry.getValue().size() > needed) {
                warnings.add(Warning.of(
                        "tables.warning.interpreter",
                        entry.getKey(),
                        entry.getValue().size(),
                        needed));
            }
        }
    }

    private static void band(
            Seating seating,
            double band,
            String category,
            Map<MemberId, SeatingMember> seated,
            int[] size,
            List<Warning> warnings) {
        Map<String, Integer> total = new TreeMap<>();
        Map<String, int[]> atTable = new HashMap<>();
        for (var member : seated.values()) {
            String value = member.values().getOrDefault(category, "");
            total.merge(value, 1, Integer::sum);
            int table = seating.members().getOrDefault(member.id(), 0);
            atTable.computeIfAbsent(value, v -> new int[size.length])[table]++;
        }
        int everyone = seated.size();
        for (var entry : total.entrySet()) {
            int[] count = atTable.getOrDefault(entry.getKey(), new int[size.length]);
            for (int t = 1; t < size.length; t++) {
                double share = (double) size[t] * entry.getValue() / everyone;
                if (Math.abs(count[t] - share) > band + ROUNDING) {
                    warnings.add(Warning.of(
                            "tables.warning.band",
                            t,
                            category,
                            entry.getKey(),
                            count[t],
                            Math.round(share * 10) / 10.0));
                }
            }
        }
    }
}
