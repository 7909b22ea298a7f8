package org.minipublic.grouping.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Plan;

/** Checks every hard rule on a plan and describes each breach (sessions and tables numbered from 1). */
public final class RuleCheck {

    private final Layout layout;
    private final Plan plan;
    private final List<String> broken = new ArrayList<>();

    private RuleCheck(Layout layout, Plan plan) {
        this.layout = layout;
        this.plan = plan;
    }

    public static List<String> broken(Layout layout, Plan plan) {
        var check = new RuleCheck(layout, plan);
        for (int s = 0; s < layout.sessions(); s++) {
            if (layout.held(s)) {
                check.heldSessionsAreUnchanged(s); // a held session is a fact, whatever the rules say now
                continue;
            }
            check.everyoneHasATable(s);
            check.tableSizesDifferByAtMostOne(s);
            check.keepApartPairsNeverShareATable(s);
            check.keepTogetherGroupsShareATable(s);
            check.fixedSeatsAreKept(s);
            check.accessibleTablesForThoseWhoNeedThem(s);
            check.clustersSitTogether(s);
            check.facilitatorsAreSpread(s);
            check.heldSessionsAreUnchanged(s);
        }
        return List.copyOf(check.broken);
    }

    /** Everyone sits at exactly one existing table in every session. */
    void everyoneHasATable(int s) {
        for (int p = 0; p < layout.members(); p++) {
            int t = plan.tableOf()[s][p];
            if (t < 0 || t >= layout.tables()[s]) {
                broken.add("session " + (s + 1) + ": member " + (p + 1) + " has no table");
            }
        }
    }

    /** Tables of a session hold the planned number of people, so sizes differ by at most one. */
    void tableSizesDifferByAtMostOne(int s) {
        int[] count = new int[layout.tables()[s]];
        for (int t : plan.tableOf()[s]) {
            if (t >= 0 && t < count.length) {
                count[t]++;
            }
        }
        for (int t = 0; t < count.length; t++) {
            if (count[t] != layout.size()[s][t]) {
                broken.add("session " + (s + 1) + ", table " + (t + 1) + ": " + count[t] + " people instead of "
                        + layout.size()[s][t]);
            }
        }
    }

    /** Two members who must be kept apart never share a table. */
    void keepApartPairsNeverShareATable(int s) {
        for (int p = 0; p < layout.members(); p++) {
            for (int q : layout.apart()[p]) {
                if (p < q && plan.tableOf()[s][p] == plan.tableOf()[s][q]) {
                    broken.add("session " + (s + 1) + ": members " + (p + 1) + " and " + (q + 1) + " share a table");
                }
            }
        }
    }

    /** A keep-together group shares one table. */
    void keepTogetherGroupsShareATable(int s) {
        for (int[] group : layout.groups()) {
            Set<Integer> tables = new HashSet<>();
            for (int p : group) {
                tables.add(plan.tableOf()[s][p]);
            }
            if (tables.size() > 1) {
                broken.add("session " + (s + 1) + ": a keep-together group sits at " + tables.size() + " tables");
            }
        }
    }

    /** A member with a fixed seat sits at that table. */
    void fixedSeatsAreKept(int s) {
        for (int p = 0; p < layout.members(); p++) {
            int fixed = layout.fixedTable()[s][p];
            if (fixed >= 0 && plan.tableOf()[s][p] != fixed) {
                broken.add("session " + (s + 1) + ": member " + (p + 1) + " is not at fixed table " + (fixed + 1));
            }
        }
    }

    /** A member who needs an accessible table sits at one. */
    void accessibleTablesForThoseWhoNeedThem(int s) {
        for (int p = 0; p < layout.members(); p++) {
            int t = plan.tableOf()[s][p];
            if (layout.needsAccessible()[p] && t >= 0 && t < layout.tables()[s] && !layout.accessible()[s][t]) {
                broken.add("session " + (s + 1) + ": member " + (p + 1) + " is not at an accessible table");
            }
        }
    }

    /** Members sharing a cluster value use no more tables than their number needs. */
    void clustersSitTogether(int s) {
        int smallest = java.util.Arrays.stream(layout.size()[s]).min().orElse(1);
        for (int[] cluster : layout.clusterOf()) {
            java.util.Map<Integer, Set<Integer>> tables = new java.util.HashMap<>();
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (int p = 0; p < cluster.length; p++) {
                if (cluster[p] >= 0) {
                    tables.computeIfAbsent(cluster[p], v -> new HashSet<>()).add(plan.tableOf()[s][p]);
                    counts.merge(cluster[p], 1, Integer::sum);
                }
            }
            tables.forEach((v, used) -> {
                int people = counts.getOrDefault(v, 0);
                int allowed = (people + smallest - 1) / smallest;
                if (used.size() > allowed) {
                    broken.add("session " + (s + 1) + ": a cluster of " + people + " people is spread over "
                            + used.size() + " tables (" + allowed + " would do)");
                }
            });
        }
    }

    /** Facilitators are spread over the tables, as evenly as their number allows. */
    void facilitatorsAreSpread(int s) {
        if (layout.facilitators() == 0) {
            return;
        }
        int[] count = new int[layout.tables()[s]];
        for (int t : plan.facilitatorTable()[s]) {
            count[t]++;
        }
        int most = (layout.facilitators() + count.length - 1) / count.length;
        int fewest = layout.facilitators() / count.length;
        for (int t = 0; t < count.length; t++) {
            if (count[t] > most || count[t] < fewest) {
                broken.add("session " + (s + 1) + ", table " + (t + 1) + ": " + count[t] + " facilitators");
            }
        }
    }

    /** A session already held keeps its seating. */
    void heldSessionsAreUnchanged(int s) {
        if (layout.held(s) && !java.util.Arrays.equals(layout.heldTable()[s], plan.tableOf()[s])) {
            broken.add("session " + (s + 1) + " was held already but its seating changed");
        }
    }
}
