package org.minipublic.grouping.search;

import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Plan;

/**
 * Simulated annealing over seating plans. A move swaps the tables of two members in one open session; moves that would
 * break a hard rule or leave a make-up band ({@link MakeUp}) are never made. Each move's effect on the objective is
 * computed from the two tables involved only, so millions of moves fit in a few seconds. The schedule
 * depends on the move count, not on time, so the same seed gives the same plan unless the time limit cuts it short.
 */
public final class Annealing {

    private static final double START_TEMPERATURE = 2.0;
    private static final double END_TEMPERATURE = 0.02;
    private static final int CLOCK_CHECK = 4096;

    private final Layout layout;
    private final Seats seats;
    private final MakeUp makeUp;
    private final int[][] movable;
    private final int[] openSessions;
    private final int[][] facilitatorTables;
    private long repeats;
    private long consecutive;
    private double deviation;
    private int dRepeats;
    private int dConsecutive;
    private double cost;
    private double bestCost;
    private Plan best;

    private Annealing(Layout layout, Plan start, int[] bandWiden) {
        this.layout = layout;
        this.facilitatorTables = start.facilitatorTable();
        this.seats = new Seats(layout, start);
        this.makeUp = new MakeUp(layout, seats.tableOf, bandWiden);
        this.movable = movableMembers(layout);
        this.openSessions = IntStream.range(0, layout.sessions())
                .filter(s -> !layout.held(s))
                .toArray();
        this.repeats = seats.repeats();
        this.consecutive = seats.consecutive();
        this.deviation = makeUp.deviation();
        this.best = start;
    }

    /**
     * Improves the plan for {@code moves} moves (or until {@code deadline}, from {@link System#nanoTime()}) and
     * returns the best plan met.
     *
     * @param bandWiden per session, how far its make-up bands were widened to find a first seating (-1: dropped)
     */
    public static Plan improve(
            Layout layout,
            Plan start,
            int[] bandWiden,
            RandomGenerator random,
            long moves,
            long deadline,
            Objective floor) {
        var annealing = new Annealing(layout, start, bandWiden);
        return annealing.run(random, moves, deadline, floor);
    }

    /** The objective of a plan, term by term. */
    public static Objective objective(Layout layout, Plan plan) {
        var annealing = new Annealing(layout, plan, new int[layout.sessions()]);
        return annealing.current();
    }

    private Plan run(RandomGenerator random, long moves, long deadline, Objective floor) {
        best = snapshot();
        bestCost = current().cost();
        cost = bestCost;
        if (openSessions.length == 0 || current().reaches(floor)) {
            return best;
        }
        double cooling = Math.pow(END_TEMPERATURE / START_TEMPERATURE, 1.0 / Math.max(1, moves));
        double temperature = START_TEMPERATURE;
        for (long move = 0; move < moves; move++, temperature *= cooling) {
            if (move % CLOCK_CHECK == 0 && System.nanoTime() > deadline) {
                break;
            }
            if (step(random, temperature) && current().reaches(floor)) {
                break; // nothing better exists
            }
        }
        return best;
    }

    /**
     * Tries one swap: always made when it lowers the cost, sometimes when it raises it (less often as the temperature
     * falls), never when it would break a rule or band.
     *
     * @return whether the swap gave the best plan so far
     */
    private boolean step(RandomGenerator random, double temperature) {
        int s = openSessions[random.nextInt(openSessions.length)];
        int a = pick(s, random);
        int b = pick(s, random);
        if (a < 0 || b < 0 || seats.tableOf[s][a] == seats.tableOf[s][b] || !allowed(s, a, b)) {
            return false;
        }
        double delta = delta(s, a, b);
        if (delta > 0 && random.nextDouble() >= Math.exp(-delta / temperature)) {
            return false;
        }
        swap(s, a, b);
        cost += delta;
        if (cost >= bestCost - 1e-9) {
            return false;
        }
        bestCost = cost;
        best = snapshot();
        return true;
    }

    private int pick(int session, RandomGenerator random) {
        int[] candidates = movable[session];
        return candidates.length == 0 ? -1 : candidates[random.nextInt(candidates.length)];
    }

    /** Whether swapping the tables of a and b in session s keeps every hard rule and make-up band. */
    private boolean allowed(int s, int a, int b) {
        int tableA = seats.tableOf[s][a];
        int tableB = seats.tableOf[s][b];
        return staysApart(s, a, b, tableB)
                && staysApart(s, b, a, tableA)
                && (!layout.needsAccessible()[a] || layout.accessible()[s][tableB])
                && (!layout.needsAccessible()[b] || layout.accessible()[s][tableA])
                && makeUp.keepsBands(s, a, tableA, b, tableB);
    }

    /** Whether member p, moving to table t in exchange for {@code other}, would sit with nobody kept apart from them. */
    private boolean staysApart(int s, int p, int other, int t) {
        for (int q : layout.apart()[p]) {
            if (q != other && seats.tableOf[s][q] == t) {
                return false;
            }
        }
        return true;
    }

    /** The change of cost if a and b traded tables in session s. */
    private double delta(int s, int a, int b) {
        int tableA = seats.tableOf[s][a];
        int tableB = seats.tableOf[s][b];
        dRepeats = 0;
        dConsecutive = 0;
        tableChange(s, tableA, a, b);
        tableChange(s, tableB, b, a);
        return Objective.REPEAT * dRepeats
                + Objective.CONSECUTIVE * dConsecutive
                + Objective.DEVIATION * makeUp.deviationChange(s, a, tableA, b, tableB);
    }

    /** {@code leaving} stops meeting the others at table t of session s, and {@code coming} starts. */
    private void tableChange(int s, int t, int leaving, int coming) {
        for (int i = 0; i < seats.atCount[s][t]; i++) {
            int z = seats.at[s][t][i];
            if (z != leaving) {
                pairChange(s, leaving, z, -1);
                pairChange(s, coming, z, +1);
            }
        }
    }

    private void pairChange(int s, int i, int j, int change) {
        int times = seats.timesMet(i, j);
        if (change > 0 ? times >= 1 : times >= 2) {
            dRepeats += change;
        }
        if (s > 0 && seats.together(s - 1, i, j)) {
            dConsecutive += change;
        }
        if (s + 1 < seats.tableOf.length && seats.together(s + 1, i, j)) {
            dConsecutive += change;
        }
    }

    /** Makes the swap {@link #delta} was last asked about. */
    private void swap(int s, int a, int b) {
        int tableA = seats.tableOf[s][a];
        int tableB = seats.tableOf[s][b];
        repeats += dRepeats;
        consecutive += dConsecutive;
        deviation += makeUp.deviationChange(s, a, tableA, b, tableB);
        makeUp.swap(s, a, tableA, b, tableB);
        seats.swap(s, a, b);
    }

    private Objective current() {
        return new Objective(repeats, consecutive, deviation);
    }

    private Plan snapshot() {
        return new Plan(seats.copyOfTables(), facilitatorTables);
    }

    /** Members free to move in each session: those whose seat no rule settles. */
    private static int[][] movableMembers(Layout layout) {
        int[][] movable = new int[layout.sessions()][];
        for (int s = 0; s < movable.length; s++) {
            int session = s;
            movable[s] = IntStream.range(0, layout.members())
                    .filter(p -> !layout.settled(session, p))
                    .toArray();
        }
        return movable;
    }
}
