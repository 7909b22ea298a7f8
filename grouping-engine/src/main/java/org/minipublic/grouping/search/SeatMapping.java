package org.minipublic.grouping.search;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minipublic.grouping.model.Layout;

/**
 * Who takes which seat of a {@link Design}: the design fixes who meets whom, so only the make-up is left to settle.
 * Simulated annealing swaps the seats of two members (their tables in every session at once) until every table of
 * every session is within its band, or gives up after its budget.
 */
final class SeatMapping {

    private static final double START_TEMPERATURE = 1.5;
    private static final double END_TEMPERATURE = 0.05;
    private static final int CLOCK_CHECK = 4096;

    private final int[][] tableOf;
    private final MakeUp makeUp;
    private long excess;

    private SeatMapping(Layout layout, int[][] seatTable) {
        this.tableOf = new int[seatTable.length][];
        for (int s = 0; s < tableOf.length; s++) {
            tableOf[s] = seatTable[s].clone(); // member p starts on seat p
        }
        this.makeUp = new MakeUp(layout, tableOf, new int[tableOf.length]);
        this.excess = makeUp.excess();
    }

    /** Each member's table in every session, with every table within its band; empty if none was found in time. */
    static Optional<int[][]> seat(Layout layout, int[][] seatTable, RandomGenerator random, long moves, long deadline) {
        var mapping = new SeatMapping(layout, seatTable);
        return mapping.search(layout.members(), random, moves, deadline)
                ? Optional.of(mapping.tableOf)
                : Optional.empty();
    }

    private boolean search(int members, RandomGenerator random, long moves, long deadline) {
        double cooling = Math.pow(END_TEMPERATURE / START_TEMPERATURE, 1.0 / Math.max(1, moves));
        double temperature = START_TEMPERATURE;
        for (long move = 0; move < moves && excess > 0; move++, temperature *= cooling) {
            if (move % CLOCK_CHECK == 0 && System.nanoTime() > deadline) {
                break;
            }
            int p = random.nextInt(members);
            int q = random.nextInt(members);
            if (p == q) {
                continue;
            }
            long change = change(p, q);
            if (change <= 0 || random.nextDouble() < Math.exp(-change / temperature)) {
                trade(p, q);
                excess += change;
            }
        }
        return excess == 0;
    }

    /** How much the band excess changes if p and q traded seats. */
    private long change(int p, int q) {
        long change = 0;
        for (int s = 0; s < tableOf.length; s++) {
            if (tableOf[s][p] != tableOf[s][q]) {
                change += makeUp.excessChange(s, p, tableOf[s][p], q, tableOf[s][q]);
            }
        }
        return change;
    }

    private void trade(int p, int q) {
        for (int s = 0; s < tableOf.length; s++) {
            int tableP = tableOf[s][p];
            int tableQ = tableOf[s][q];
            if (tableP != tableQ) {
                makeUp.swap(s, p, tableP, q, tableQ);
                tableOf[s][p] = tableQ;
                tableOf[s][q] = tableP;
            }
        }
    }
}
