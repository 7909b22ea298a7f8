package org.minipublic.grouping.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.grouping.model.Layout;

/**
 * A seating for one session that keeps every hard rule, found with CP-SAT (seeded from the plan's generator, so
 * sessions differ). The table make-up must stay within the band around each table's proportional share, widened by
 * {@code widen} seats when the bands and the rules cannot all hold. Any such seating will do: the annealing that
 * follows decides who meets whom. (A shuffled seating given as a hint made no better plans and took twice as long.)
 */
public final class SessionSeating {

    private static volatile boolean loaded;

    private final Layout layout;
    private final int session;
    private final int widen;
    private final CpModel model = new CpModel();
    private final BoolVar[][] seat;

    private SessionSeating(Layout layout, int session, int widen) {
        load();
        this.layout = layout;
        this.session = session;
        this.widen = widen;
        this.seat = new BoolVar[layout.members()][layout.tables()[session]];
        for (int p = 0; p < seat.length; p++) {
            for (int t = 0; t < seat[p].length; t++) {
                seat[p][t] = model.newBoolVar("seat_" + p + "_" + t);
            }
        }
    }

    /**
     * @param widen seats by which the make-up bands are widened; negative to drop them altogether
     * @return each member's table, or empty when the rules cannot all hold
     */
    public static Optional<int[]> find(Layout layout, int session, int widen, RandomGenerator random) {
        var seating = new SessionSeating(layout, session, widen);
        seating.everyoneHasOneTable();
        seating.tablesHaveTheirSize();
        if (widen >= 0) {
            seating.tablesMirrorTheAssembly();
        }
        seating.keepApartPairsSitApart();
        seating.keepTogetherGroupsSitTogether();
        seating.fixedSeatsAreKept();
        seating.accessibleTablesForThoseWhoNeedThem();
        seating.clustersSitTogether();
        return seating.solve(random.nextInt(Integer.MAX_VALUE));
    }

    /** Everyone sits at exactly one table. */
    private void everyoneHasOneTable() {
        for (BoolVar[] tables : seat) {
            model.addExactlyOne(tables);
        }
    }

    /** Each table holds its planned number of people, so sizes differ by at most one. */
    private void tablesHaveTheirSize() {
        for (int t = 0; t < layout.tables()[session]; t++) {
            model.addEquality(LinearExpr.sum(column(t, p -> true)), layout.size()[session][t]);
        }
    }

    /** Each table's count of each value is within the band around its proportional share. */
    private void tablesMirrorTheAssembly() {
        for (int t = 0; t < layout.tables()[session]; t++) {
            for (int a = 0; a < layout.value().length; a++) {
                int attribute = a;
                for (int v = 0; v < layout.values().get(a).size(); v++) {
                    int value = v;
                    var members = column(t, p -> layout.value()[attribute][p] == value);
                    model.addLinearConstraint(
                            LinearExpr.sum(members),
                            Math.max(0, layout.low()[session][t][a][v] - widen),
                            layout.high()[session][t][a][v] + widen);
                }
            }
        }
    }

    /** Two members who must be kept apart never share a table. */
    private void keepApartPairsSitApart() {
        for (int p = 0; p < layout.members(); p++) {
            for (int q : layout.apart()[p]) {
                if (p < q) {
                    for (int t = 0; t < layout.tables()[session]; t++) {
                        model.addBoolOr(new com.google.ortools.sat.Literal[] {seat[p][t].not(), seat[q][t].not()});
                    }
                }
            }
        }
    }

    /** A keep-together group shares one table. */
    private void keepTogetherGroupsSitTogether() {
        for (int[] group : layout.groups()) {
            for (int i = 1; i < group.length; i++) {
                for (int t = 0; t < layout.tables()[session]; t++) {
                    model.addEquality(seat[group[i]][t], seat[group[0]][t]);
                }
            }
        }
    }

    /** A member with a fixed seat sits at that table. */
    private void fixedSeatsAreKept() {
        for (int p = 0; p < layout.members(); p++) {
            int fixed = layout.fixedTable()[session][p];
            if (fixed >= 0) {
                model.addEquality(seat[p][fixed], 1);
            }
        }
    }

    /** A member who needs an accessible table sits at one. */
    private void accessibleTablesForThoseWhoNeedThem() {
        for (int p = 0; p < layout.members(); p++) {
            if (layout.needsAccessible()[p]) {
                for (int t = 0; t < layout.tables()[session]; t++) {
                    if (!layout.accessible()[session][t]) {
                        model.addEquality(seat[p][t], 0);
                    }
                }
            }
        }
    }

    /** Members sharing a cluster value use no more tables than their number needs (one, when they fit at one). */
    private void clustersSitTogether() {
        int smallest = java.util.Arrays.stream(layout.size()[session]).min().orElse(1);
        for (int[] cluster : layout.clusterOf()) {
            Map<Integer, List<Integer>> byValue = new HashMap<>();
            for (int p = 0; p < cluster.length; p++) {
                if (cluster[p] >= 0) {
                    byValue.computeIfAbsent(cluster[p], v -> new ArrayList<>()).add(p);
                }
            }
            for (var members : byValue.values()) {
                BoolVar[] used = new BoolVar[layout.tables()[session]];
                for (int t = 0; t < used.length; t++) {
                    used[t] = model.newBoolVar("cluster_table_" + t);
                    for (int p : members) {
                        model.addImplication(seat[p][t], used[t]);
                    }
                }
                model.addLessOrEqual(LinearExpr.sum(used), (members.size() + smallest - 1) / smallest);
            }
        }
    }

    private Optional<int[]> solve(int seed) {
        var solver = cpSolver(seed);
        var status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return Optional.empty();
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no seating for session " + (session + 1) + ": " + status);
        }
        int[] tableOf = new int[layout.members()];
        for (int p = 0; p < tableOf.length; p++) {
            for (int t = 0; t < seat[p].length; t++) {
                if (solver.booleanValue(seat[p][t])) {
                    tableOf[p] = t;
                }
            }
        }
        return Optional.of(tableOf);
    }

    private BoolVar[] column(int table, java.util.function.IntPredicate who) {
        List<BoolVar> column = new ArrayList<>();
        for (int p = 0; p < layout.members(); p++) {
            if (who.test(p)) {
                column.add(seat[p][table]);
            }
        }
        return column.toArray(BoolVar[]::new);
    }

    private static void load() {
        if (!loaded) {
            synchronized (SessionSeating.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /**
     * CP-SAT on one thread with the given seed, stopped after a minute. It must not catch Ctrl-C: CP-SAT installs its
     * own handler by default, so a Ctrl-C during a solve was swallowed and a later one aborted the Java runtime.
     */
    static CpSolver cpSolver(int seed) {
        var solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(1)
                .setRandomSeed(seed)
                .setMaxTimeInSeconds(60)
                .setCatchSigintSignal(false);
        return solver;
    }
}
