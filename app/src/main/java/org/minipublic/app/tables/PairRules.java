package org.minipublic.app.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.MemberSummary;
import org.minipublic.app.shared.InvalidInputException;

/**
 * The rules keep-apart and keep-together pairs must keep. Keep-together pairs that share a member chain into one
 * group (a carer with two members they care for); a group must fit at a table and may hold no one kept apart. Pairs
 * with a withdrawn member are not applied, so they count for none of this.
 */
final class PairRules {

    private PairRules() {}

    /**
     * @param everyone the assembly's members, withdrawn ones too
     * @param seatsPerTable the most a table seats, or 0 for no limit
     * @throws InvalidInputException naming the field and the members concerned
     */
    static void check(NewPair wanted, List<MemberSummary> everyone, List<SeatingPair> existing, int seatsPerTable) {
        if (wanted.one().equals(wanted.other())) {
            throw new InvalidInputException("other", "tables.pairs.same");
        }
        Map<MemberId, MemberSummary> byId =
                everyone.stream().collect(Collectors.toMap(MemberSummary::id, m -> m, (a, b) -> a));
        var one = active(byId, wanted.one(), "one");
        var other = active(byId, wanted.other(), "other");
        if (wanted.reason().strip().length() > SeatingPair.LONGEST_REASON) {
            throw new InvalidInputException("reason", "tables.pairs.reason.long", SeatingPair.LONGEST_REASON);
        }
        for (var pair : existing) {
            if (pair.joins(one.id(), other.id())) {
                String key = pair.kind() == wanted.kind() ? "tables.pairs.already." : "tables.pairs.both.";
                throw new InvalidInputException("other", key + wanted.kind(), one.name(), other.name());
            }
        }
        var names = names(everyone);
        var applied = new ArrayList<>(applied(existing, everyone));
        applied.add(new SeatingPair(PairId.random(), wanted.kind(), one.id(), other.id(), ""));
        noneApartInAGroup(applied, names);
        groupsFit(applied, seatsPerTable, names, "kind");
    }

    /** The pairs whose members both still take part: the ones a plan keeps. */
    static List<SeatingPair> applied(List<SeatingPair> pairs, List<MemberSummary> members) {
        Set<MemberId> active = members.stream()
                .filter(m -> !m.withdrawn())
                .map(MemberSummary::id)
                .collect(Collectors.toSet());
        return pairs.stream().filter(p -> p.within(active)).toList();
    }

    /** No keep-together group may have more members than a table seats (when seats are limited). */
    static void groupsFit(List<SeatingPair> pairs, int seatsPerTable, Map<MemberId, String> names, String field) {
        if (seatsPerTable <= 0) {
            return;
        }
        for (var group : groups(pairs)) {
            if (group.size() > seatsPerTable) {
                throw new InvalidInputException(
                        field, "tables.pairs.group-too-large", named(group, names), group.size(), seatsPerTable);
            }
        }
    }

    /** Two members kept apart cannot be in one keep-together group. */
    static void noneApartInAGroup(List<SeatingPair> pairs, Map<MemberId, String> names) {
        Map<MemberId, Integer> groupOf = new HashMap<>();
        var groups = groups(pairs);
        for (int g = 0; g < groups.size(); g++) {
            for (var member : groups.get(g)) {
                groupOf.put(member, g);
            }
        }
        for (var pair : pairs) {
            Integer group = groupOf.get(pair.one());
            if (pair.kind() == PairKind.APART && group != null && group.equals(groupOf.get(pair.other()))) {
                throw new InvalidInputException(
                        "kind",
                        "tables.pairs.contradiction",
                        names.getOrDefault(pair.one(), ""),
                        names.getOrDefault(pair.other(), ""),
                        named(groups.get(group), names));
            }
        }
    }

    /** The keep-together groups: members joined by a chain of keep-together pairs, each group in order of adding. */
    static List<List<MemberId>> groups(List<SeatingPair> pairs) {
        Map<MemberId, MemberId> parent = new HashMap<>();
        for (var pair : pairs) {
            if (pair.kind() == PairKind.TOGETHER) {
                parent.put(root(parent, pair.other()), root(parent, pair.one()));
            }
        }
        Map<MemberId, List<MemberId>> byRoot = new LinkedHashMap<>();
        for (var pair : pairs) {
            if (pair.kind() == PairKind.TOGETHER) {
                for (var member : List.of(pair.one(), pair.other())) {
                    var group = byRoot.computeIfAbsent(root(parent, member), r -> new ArrayList<>());
                    if (!group.contains(member)) {
                        group.add(member);
                    }
                }
            }
        }
        return List.copyOf(byRoot.values());
    }

    /** Each pair with both members' names, and the name of one who has withdrawn (so it is not applied). */
    static List<PairView> views(List<SeatingPair> pairs, List<MemberSummary> everyone) {
        Map<MemberId, MemberSummary> byId =
                everyone.stream().collect(Collectors.toMap(MemberSummary::id, m -> m, (a, b) -> a));
        List<PairView> views = new ArrayList<>();
        for (var pair : pairs) {
            String one = name(byId.get(pair.one()));
            String other = name(byId.get(pair.other()));
            String withdrawn = gone(byId.get(pair.one())) ? one : gone(byId.get(pair.other())) ? other : "";
            views.add(new PairView(pair, one, other, withdrawn));
        }
        return views;
    }

    static Map<MemberId, String> names(List<MemberSummary> members) {
        return members.stream().collect(Collectors.toMap(MemberSummary::id, MemberSummary::name, (a, b) -> a));
    }

    /** A member no longer on the list (never expected: members are withdrawn, not deleted) shows as a dash. */
    private static String name(@Nullable MemberSummary member) {
        return member == null ? "\u2014" : member.name();
    }

    private static boolean gone(@Nullable MemberSummary member) {
        return member == null || member.withdrawn();
    }

    private static MemberSummary active(Map<MemberId, MemberSummary> byId, MemberId id, String field) {
        var member = byId.get(id);
        if (member == null) {
            throw new InvalidInputException(field, "tables.pairs.unknown");
        }
        if (member.withdrawn()) {
            throw new InvalidInputException(field, "tables.pairs.withdrawn", member.name());
        }
        return member;
    }

    private static String named(List<MemberId> group, Map<MemberId, String> names) {
        return group.stream()
                .map(m -> names.getOrDefault(m, m.toString()))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
    }

    private static MemberId root(Map<MemberId, MemberId> parent, MemberId member) {
        var at = member;
        for (var up = parent.get(at); up != null && !up.equals(at); up = parent.get(at)) {
            at = up;
        }
        return at;
    }
}
