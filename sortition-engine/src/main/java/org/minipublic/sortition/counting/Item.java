package org.minipublic.sortition.counting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the count: a group of interchangeable people (take any f of them, in C(size, f) ways) or a household
 * (take nobody or exactly one of its members).
 *
 * @param options what can be taken from this item
 * @param group the group for a group item, or -1 for a household
 */
record Item(List<Option> options, int group) {

    /**
     * @param values the value index per category of who is taken (all alike), or of the one household member
     * @param seats how many are taken
     * @param ways in how many ways (a binomial coefficient for a group, 1 for a household member)
     * @param member for a household: the member's group (of one person); -1 otherwise
     */
    record Option(int[] values, int seats, BigInteger ways, int member) {}

    static Item group(int group, int[] values, int size, int panelSize) {
        List<Option> options = new ArrayList<>();
        BigInteger ways = BigInteger.ONE;
        for (int f = 0; f <= Math.min(size, panelSize); f++) {
            options.add(new Option(values, f, ways, -1));
            ways = ways.multiply(BigInteger.valueOf(size - f)).divide(BigInteger.valueOf(f + 1L));
        }
        return new Item(List.copyOf(options), group);
    }

    static Item household(int[] members, int[][] valuesOfGroup) {
        List<Option> options = new ArrayList<>();
        options.add(new Option(valuesOfGroup[members[0]], 0, BigInteger.ONE, -1));
        for (int member : members) {
            options.add(new Option(valuesOfGroup[member], 1, BigInteger.ONE, member));
        }
        return new Item(List.copyOf(options), -1);
    }

    /** The most seats this item can fill. */
    int mostSeats() {
        return options.get(options.size() - 1).seats();
    }
}
