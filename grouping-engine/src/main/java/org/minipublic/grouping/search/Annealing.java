package org.minipublic.grouping.search;

import java.util.random.RandomGenerator;
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
    private final int people;
    private final int[][] tableOf;
    private final int[][][] at;
    private final int[][] atCount;
    private final int[][] position;
    private final int[] met;
    private final MakeUp makeUp;
    private final int[][] movable;
    private final int[] openSessions;
    private final int[][] facilitatorTables;
    private long repeats;
    private long consecutive;
    private double deviation;
    private int dRepeats;
    private int dConsecutive;

    private Annealing(Layout layout, Plan start, int[] bandWiden) {
        this.layout = layout;
        this.facilitatorTables = start.facilitatorTable();
        this.people = layout.members();
        int sessions = layout.sessions();
        this.tableOf = new int[sessions][people];
        this.at = new int[sessions][][];
        this.atCount = new int[sessions][];
        this.position = new int[sessions][people];
        this.met = new int[people * people];
        for (int s = 0; s < sessions; s++) {
            int tables = layout.tables()[s];
            at[s] = new int[tables][people];
            atCount[s] = new int[tables];
            for (int p = 0; p < people; p++) {
                int t = start.tableOf()[s][p];
                tableOf[s][p] = t;
                if (t != Plan.ABSENT) {
                    position[s][p] = atCount[s][t];
                    at[s][t][atCount[s][t]++] = p;
                }
            }
        }
        this.makeUp = new MakeUp(layout, tableOf, bandWiden);
        this.movable = movableMembers(layout);
        this.openSessions = java.util.stream.IntStream.range(0, sessions)
                .filter(s -> !layout.held(s))
                .toArray();
        recount();
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
        Plan best = snapshot();
        double bestCost = current().cost();
        if (openSessions.length == 0 || current().reaches(floor)) {
            return best;
        }
        double cost = bestCost;
        double cooling = Math.pow(END_TEMPERATURE / START_TEMPERATURE, 1.0 / Math.max(1, moves));
        double temperature = START_TEMPERATURE;
        for (long move = 0; move < moves; move++, temperature *= cooling) {
            if (move % CLOCK_CHECK == 0 && System.nanoTime() > deadline) {
                break;
            }
            int s = openSessions[random.nextInt(openSessions.length)];
            int a = pick(s, random);
            int b = pick(s, random);
            if (a < 0 || b < 0 || tableOf[s][a] == tableOf[s][b] || !allowed(s, a, b)) {
                continue;
            }
            double delta = delta(s, a, b);
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                swap(s, a, b);
                cost += delta;
                if (cost < bestCost - 1e-9) {
                    bestCost = cost;
                    best = snapshot();
                    if (current().reaches(floor)) {
                        break; // nothing better exists
                    }
                }
            }
        }
        return best;
    }

    private int pick(int session, RandomGenerator random) {
        int[] candidates = movable[session];
        return candidates.length == 0 ? -1 : candidates[random.nextInt(candidates.length)];
    }

    /** Whether swapping the tables of a and b in session s keeps every hard rule and make-up band. */
    private boolean allowed(int s, int a, int b) {
        int tableA = tableOf[s][a];
        int tableB = tableOf[s][b];
        for (int q : layout.apart()[a]) {
            if (q != b && tableOf[s][q] == tableB) {
                return false;
            }
        }
        for (int q : layout.apart()[b]) {
            if (q != a && tableOf[s][q] == tableA) {
                return false;
            }
        }
        if ((layout.needsAccessible()[a] && !layout.accessible()[s][tableB])
                || (layout.needsAccessible()[b] && !layout.accessible()[s][tableA])) {
            return false;
        }
        return makeUp.keepsBands(s, a, tableA, b, tableB);
    }

    /** The change of cost if a and b traded tables in session s. */
    private double delta(int s, int a, int b) {
        int tableA = tableOf[s][a];
        int tableB = tableOf[s][b];
        dRepeats = 0;
        dConsecutive = 0;
        for (int i = 0; i < atCount[s][tableA]; i++) {
            int z = at[s][tableA][i];
            if (z != a) {
                pairChange(s, a, z, -1);
                pairChange(s, b, z, +1);
            }
        }
        for (int i = 0; i < atCount[s][tableB]; i++) {
            int z = at[s][tableB][i];
            if (z != b) {
                pairChange(s, a, z, +1);
                pairChange(s, b, z, -1);
            }
        }
        return Objective.REPEAT * dRepeats
                + Objective.CONSECUTIVE * dConsecutive
                + Objective.DEVIATION * makeUp.deviationChange(s, a, tableA, b, tableB);
    }

    private void pairChange(int s, int i, int j, int change) {
        int times = met[i * people + j];
        if (change > 0 ? times >= 1 : times >= 2) {
            dRepeats += change;
        }
        if (s > 0 && together(s - 1, i, j)) {
            dConsecutive += change;
        }
        if (s + 1 < tableOf.length && together(s + 1, i, j)) {
            dConsecutive += change;
        }
    }

    /** Whether i and j sat at one table in session s (members absent from a held session sat nowhere). */
    private boolean together(int s, int i, int j) {
        return tableOf[s][i] == tableOf[s][j] && tableOf[s][i] != Plan.ABSENT;
    }

    private void swap(int s, int a, int b) {
        int tableA = tableOf[s][a];
        int tableB = tableOf[s][b];
        for (int i = 0; i < atCount[s][tableA]; i++) {
            int z = at[s][tableA][i];
            if (z != a) {
                meet(a, z, -1);
                meet(b, z, +1);
            }
        }
        for (int i = 0; i < atCount[s][tableB]; i++) {
            int z = at[s][tableB][i];
            if (z != b) {
                meet(a, z, +1);
                meet(b, z, -1);
            }
        }
        repeats += dRepeats;
        consecutive += dConsecutive;
        deviation += makeUp.deviationChange(s, a, tableA, b, tableB);
        makeUp.swap(s, a, tableA, b, tableB);
        at[s][tableA][position[s][a]] = b;
        at[s][tableB][position[s][b]] = a;
        int positionA = position[s][a];
        position[s][a] = position[s][b];
        position[s][b] = positionA;
        tableOf[s][a] = tableB;
        tableOf[s][b] = tableA;
    }

    private void meet(int i, int j, int change) {
        met[i * people + j] += change;
        met[j * people + i] += change;
    }

    /** Counts meetings and the objective from scratch. */
    private void recount() {
        java.util.Arrays.fill(met, 0);
        for (int s = 0; s < tableOf.length; s++) {
            for (int t = 0; t < at[s].length; t++) {
                for (int i = 0; i < atCount[s][t]; i++) {
                    for (int j = i + 1; j < atCount[s][t]; j++) {
                        meet(at[s][t][i], at[s][t][j], 1);
                    }
                }
            }
        }
        repeats = 0;
        for (int i = 0; i < people; i++) {
            for (int j = i + 1; j < people; j++) {
                repeats += Math.max(0, met[i * people + j] - 1);
            }
        }
        consecutive = 0;
        for (int s = 0; s + 1 < tableOf.length; s++) {
            for (int i = 0; i < people; i++) {
                for (int j = i + 1; j < people; j++) {
                    if (together(s, i, j) && together(s + 1, i, j)) {
                        consecutive++;
                    }
                }
            }
        }
        deviation = makeUp.deviation();
    }

    private Objective current() {
        return new Objective(repeats, consecutive, deviation);
    }

    private Plan snapshot() {
        int[][] members = new int[tableOf.length][];
        for (int s = 0; s < tableOf.length; s++) {
            members[s] = tableOf[s].clone();
        }
        return new Plan(members, facilitatorTables);
    }

    /** Members free to move in each session: those whose seat no rule settles. */
    private static int[][] movableMembers(Layout layout) {
        int[][] movable = new int[layout.sessions()][];
        for (int s = 0; s < movable.length; s++) {
            int session = s;
            movable[s] = java.util.stream.IntStream.range(0, layout.members())
                    .filter(p -> !layout.settled(session, p))
                    .toArray();
        }
        return movable;
    }
}
