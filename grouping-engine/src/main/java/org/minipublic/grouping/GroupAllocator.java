package org.minipublic.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Plan;
import org.minipublic.grouping.report.QualityReport;
import org.minipublic.grouping.rule.RuleConflicts;
import org.minipublic.grouping.search.Annealing;
import org.minipublic.grouping.search.Design;
import org.minipublic.grouping.search.LowerBound;
import org.minipublic.grouping.search.Objective;
import org.minipublic.grouping.solver.SessionSeating;

/**
 * Makes a seating plan in two steps. First CP-SAT seats each open session so that every hard rule holds and every
 * table's make-up is within one seat of its proportional share (widening that band only when the rules leave no
 * other way), unless the plan's shape allows a {@link Design} in which nobody meets anyone twice and the members can
 * be placed on it within the bands. Then a seeded simulated annealing swaps people between tables to cut repeated
 * meetings, stopping early when the plan reaches the lower bound, which proves it optimal.
 */
public final class GroupAllocator {

    /** The generator behind every random choice, fixed so that a seed gives the same plan on every machine. */
    public static final String RANDOM_ALGORITHM = "L64X128MixRandom";

    /** Annealing moves per member per open session: 150 people over 12 sessions take about 10 s of them. */
    static final long MOVES_PER_SEAT = 100_000;

    /** How far the make-up bands are widened, in turn, when the rules cannot hold within them; -1 drops them. */
    private static final int[] WIDENINGS = {0, 1, 2, -1};

    private GroupAllocator() {}

    public static GroupingResult allocate(GroupingProblem problem) {
        long started = System.nanoTime();
        long deadline = started + problem.timeLimit().toNanos();
        Layout layout = Layout.of(problem);
        List<MemberId> ids = problem.members().stream().map(p -> p.id()).toList();
        var conflicts = RuleConflicts.find(layout, ids);
        if (!conflicts.isEmpty()) {
            throw new RulesConflictException(conflicts);
        }
        RandomGenerator random = RandomGeneratorFactory.of(RANDOM_ALGORITHM).create(problem.seed());
        int sessions = layout.sessions();
        int[][] tableOf = new int[sessions][];
        int[][] facilitatorTable = new int[sessions][];
        int[] widened = new int[sessions];
        List<String> unseatable = new ArrayList<>();
        int open = 0;
        Optional<int[][]> design =
                Design.plan(layout, random, deadline); // nobody meets twice, when the shape allows it
        for (int s = 0; s < sessions; s++) {
            facilitatorTable[s] = layout.held(s) ? layout.heldFacilitatorTable()[s] : rotation(layout, s);
            if (layout.held(s)) {
                tableOf[s] = layout.heldTable()[s].clone();
                widened[s] = -1; // a held session is as it was; its bands are not enforced
                continue;
            }
            open++;
            int session = s;
            Optional<int[]> seating = design.isPresent()
                    ? design.map(plan -> plan[session])
                    : firstSeating(layout, session, widened, random);
            if (seating.isEmpty()) {
                unseatable.add("session " + (s + 1) + ": no seating keeps every keep-apart, keep-together, fixed-seat,"
                        + " accessible-table and cluster rule at once");
            } else {
                tableOf[s] = seating.get();
            }
        }
        if (!unseatable.isEmpty()) {
            throw new RulesConflictException(unseatable);
        }
        Objective floor = LowerBound.of(layout);
        Plan plan = Annealing.improve(
                layout,
                new Plan(tableOf, facilitatorTable),
                widened,
                random,
                MOVES_PER_SEAT * layout.members() * open,
                deadline,
                floor);
        Objective reached = Annealing.objective(layout, plan);
        Status status = reached.reaches(floor)
                ? Status.OPTIMAL
                : System.nanoTime() > deadline ? Status.TIME_LIMIT : Status.BEST_FOUND;
        double seconds = (System.nanoTime() - started) / 1e9;
        var quality = QualityReport.of(problem, layout, plan, status, seconds, floor, widened);
        return new GroupingResult(problem, layout, plan, quality);
    }

    /** A seating of one session that keeps every rule, within the make-up bands or as near them as the rules allow. */
    private static Optional<int[]> firstSeating(Layout layout, int session, int[] widened, RandomGenerator random) {
        for (int widen : WIDENINGS) {
            var seating = SessionSeating.find(layout, session, widen, random);
            if (seating.isPresent()) {
                widened[session] = widen;
                return seating;
            }
        }
        return Optional.empty();
    }

    /** Facilitators dealt round the tables, one table further on each session, so each table gets its share. */
    private static int[] rotation(Layout layout, int session) {
        int tables = layout.tables()[session];
        int[] at = new int[layout.facilitators()];
        for (int f = 0; f < at.length; f++) {
            at[f] = (f + session) % tables;
        }
        return at;
    }
}
