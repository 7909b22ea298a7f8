package org.minipublic.grouping.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.MemberId;

/**
 * Rules that contradict each other on their face, found before any search so the message can name the people
 * involved. Subtler conflicts are found by the solver and reported per session.
 */
public final class RuleConflicts {

    private final Layout layout;
    private final List<MemberId> ids;
    private final List<String> conflicts = new ArrayList<>();

    private RuleConflicts(Layout layout, List<MemberId> ids) {
        this.layout = layout;
        this.ids = ids;
    }

    /** @param ids the members' ids, in the layout's order */
    public static List<String> find(Layout layout, List<MemberId> ids) {
        var check = new RuleConflicts(layout, ids);
        check.keptApartButTogether();
        for (int s = 0; s < layout.sessions(); s++) {
            if (!layout.held(s)) {
                check.groupFitsAtATable(s);
                check.groupHasOneFixedTable(s);
                check.accessibleTableExists(s);
                check.fixedSeatIsAccessible(s);
                check.fixedSeatsFitTheTable(s);
                check.keptApartButFixedTogether(s);
            }
        }
        return List.copyOf(check.conflicts);
    }

    /** Two people cannot be kept apart and kept together. */
    void keptApartButTogether() {
        for (int p = 0; p < layout.members(); p++) {
            for (int q : layout.apart()[p]) {
                if (p < q && layout.groupOf()[p] >= 0 && layout.groupOf()[p] == layout.groupOf()[q]) {
                    conflicts.add(ids.get(p) + " and " + ids.get(q) + " must be kept apart but are in the same"
                            + " keep-together group");
                }
            }
        }
    }

    /** A keep-together group must fit at the largest table. */
    void groupFitsAtATable(int s) {
        int largest = java.util.Arrays.stream(layout.size()[s]).max().orElse(0);
        for (int[] group : layout.groups()) {
            if (group.length > largest) {
                conflicts.add("session " + (s + 1) + ": the keep-together group of " + names(group) + " has "
                        + group.length + " people but the largest table seats " + largest);
            }
        }
    }

    /** Members of a keep-together group cannot have different fixed tables. */
    void groupHasOneFixedTable(int s) {
        for (int[] group : layout.groups()) {
            Set<Integer> fixed = new HashSet<>();
            for (int p : group) {
                if (layout.fixedTable()[s][p] >= 0) {
                    fixed.add(layout.fixedTable()[s][p]);
                }
            }
            if (fixed.size() > 1) {
                conflicts.add("session " + (s + 1) + ": the keep-together group of " + names(group)
                        + " has fixed seats at different tables");
            }
        }
    }

    /** Someone needs an accessible table, so the session must have one. */
    void accessibleTableExists(int s) {
        boolean anyNeed = false;
        for (boolean need : layout.needsAccessible()) {
            anyNeed |= need;
        }
        boolean any = false;
        for (boolean accessible : layout.accessible()[s]) {
            any |= accessible;
        }
        if (anyNeed && !any) {
            conflicts.add("session " + (s + 1) + ": some people need an accessible table but no table is marked"
                    + " accessible");
        }
    }

    /** A fixed seat for someone who needs an accessible table must be at an accessible table. */
    void fixedSeatIsAccessible(int s) {
        for (int p = 0; p < layout.members(); p++) {
            int fixed = layout.fixedTable()[s][p];
            if (fixed >= 0 && layout.needsAccessible()[p] && !layout.accessible()[s][fixed]) {
                conflicts.add("session " + (s + 1) + ": " + ids.get(p) + " needs an accessible table but has a fixed"
                        + " seat at table " + (fixed + 1) + ", which is not accessible");
            }
        }
    }

    /** No more people can be fixed to a table than it seats. */
    void fixedSeatsFitTheTable(int s) {
        int[] fixedAt = new int[layout.tables()[s]];
        for (int p = 0; p < layout.members(); p++) {
            if (layout.fixedTable()[s][p] >= 0) {
                fixedAt[layout.fixedTable()[s][p]]++;
            }
        }
        for (int t = 0; t < fixedAt.length; t++) {
            if (fixedAt[t] > layout.size()[s][t]) {
                conflicts.add("session " + (s + 1) + ": " + fixedAt[t] + " people have a fixed seat at table " + (t + 1)
                        + ", which seats " + layout.size()[s][t]);
            }
        }
    }

    /** Two people kept apart cannot both have a fixed seat at the same table. */
    void keptApartButFixedTogether(int s) {
        for (int p = 0; p < layout.members(); p++) {
            for (int q : layout.apart()[p]) {
                int fixed = layout.fixedTable()[s][p];
                if (p < q && fixed >= 0 && fixed == layout.fixedTable()[s][q]) {
                    conflicts.add("session " + (s + 1) + ": " + ids.get(p) + " and " + ids.get(q) + " must be kept"
                            + " apart but both have a fixed seat at table " + (fixed + 1));
                }
            }
        }
    }

    private String names(int[] group) {
        List<String> names = new ArrayList<>();
        for (int p : group) {
            names.add(ids.get(p).value());
        }
        return String.join(", ", names);
    }
}
