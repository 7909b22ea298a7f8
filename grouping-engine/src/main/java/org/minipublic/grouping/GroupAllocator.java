package org.minipublic.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Member;
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
        refuseConflictingRules(problem, layout);
        RandomGenerator random = RandomGeneratorFactory.of(RANDOM_ALGORITHM).create(problem.seed());
        int[] widened = new int[layout.sessions()];
        Plan first = firstPlan(layout, widened, random, deadline);
        Objective floor = LowerBound.of(layout);
        long moves = MOVES_PER_SEAT * layout.members() * openSessions(layout);
        Plan plan = Annealing.improve(layout, first, widened, random, moves, deadline, floor);
        Status status = status(Annealing.objective(layout, plan), floor, deadline);
        double seconds = (System.nanoTime() - started) / 1e9;
        var quality = QualityReport.of(problem, layout, plan, status, seconds, floor, widened);
        return new GroupingResult(problem, layout, plan, quality);
    }

    private static void refuseConflictingRules(GroupingProblem problem, Layout layout) {
        List<MemberId> ids = problem.members().stream().map(Member::id).toList();
        var conflicts = RuleConflicts.find(layout, ids);
        if (!conflicts.isEmpty()) {
            throw new RulesConflictException(conflicts);
        }
    }

    /**
     * Held sessions as they were, and every open session seated by the design where nobody meets twice when the plan's
     * shape allows one, otherwise by CP-SAT.
     *
     * @param widened filled in: per session, how far its make-up bands were widened (-1: not enforced)
     */
    private static Plan firstPlan(Layout layout, int[] widened, RandomGenerator random, long deadline) {
        int sessions = layout.sessions();
        int[][] tableOf = new int[sessions][];
        int[][] facilitatorTable = new int[sessions][];
        List<String> unseatable = new ArrayList<>();
        Optional<int[][]> design = Design.plan(layout, random, deadline);
        for (int s = 0; s < sessions; s++) {
            facilitatorTable[s] = layout.held(s) ? layout.heldFacilitatorTable()[s] : rotation(layout, s);
            tableOf[s] = seating(layout, s, design, widened, random).orElse(null);
            if (tableOf[s] == null) {
                unseatable.add("session " + (s + 1) + ": no seating keeps every keep-apart, keep-together, fixed-seat,"
                        + " accessible-table and cluster rule at once");
            }
        }
        if (!unseatable.isEmpty()) {
            throw new RulesConflictException(unseatable);
        }
        return new Plan(tableOf, facilitatorTable);
    }

    private static Optional<int[]> seating(
            Layout layout, int session, Optional<int[][]> design, int[] widened, RandomGenerator random) {
        if (layout.held(session)) {
            widened[session] = -1; // a held session is as it was; its bands are not enforced
            return Optional.of(layout.heldTable()[session].clone());
        }
        return design.isPresent() ? design.map(plan -> plan[session]) : firstSeating(layout, session, widened, random);
    }

    private static long openSessions(Layout layout) {
        return IntStream.range(0, layout.sessions())
                .filter(s -> !layout.held(s))
                .count();
    }

    private static Status status(Objective reached, Objective floor, long deadline) {
        if (reached.reaches(floor)) {
            return Status.OPTIMAL;
        }
        return System.nanoTime() > deadline ? Status.TIME_LIMIT : Status.BEST_FOUND;
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
