package org.minipublic.sortition.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of respondents (glossary: group): respondents with the same value in every category, who share no
 * household with anyone, are interchangeable for the targets, so every fair (leximin, maximin, Nash) lottery gives them the same
 * chance. Working with a count per group instead of a yes/no per person makes the optimisation far smaller. A
 * respondent in a household is a group of their own, tied to the others by the household rule.
 *
 * @param groupOf the group of each respondent
 * @param members the respondents of each group, in input order
 * @param values {@code values[t][c]}: the value index of group t in category c
 * @param households for each household, its members' groups (each of one person), of which at most one may be
 *     selected
 */
public record Groups(int[] groupOf, int[][] members, int[][] values, List<int[]> households) {

    public static Groups of(Instance instance) {
        boolean[] inHousehold = new boolean[instance.n()];
        instance.households().forEach(h -> Arrays.stream(h).forEach(i -> inHousehold[i] = true));
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < instance.n(); i++) {
            String key = inHousehold[i] ? "household:" + i : Arrays.toString(vector(instance, i));
            groups.computeIfAbsent(key, unused -> new ArrayList<>()).add(i);
        }
        int[] groupOf = new int[instance.n()];
        int[][] members = new int[groups.size()][];
        int[][] values = new int[groups.size()][];
        int t = 0;
        for (var group : groups.values()) {
            members[t] = group.stream().mapToInt(Integer::intValue).toArray();
            values[t] = vector(instance, members[t][0]);
            for (int i : members[t]) {
                groupOf[i] = t;
            }
            t++;
        }
        List<int[]> households = instance.households().stream()
                .map(h -> Arrays.stream(h).map(i -> groupOf[i]).toArray())
                .toList();
        return new Groups(groupOf, members, values, households);
    }

    private static int[] vector(Instance instance, int respondent) {
        int[] vector = new int[instance.categoryCount()];
        for (int c = 0; c < vector.length; c++) {
            vector[c] = instance.valueOf()[c][respondent];
        }
        return vector;
    }

    public int count() {
        return members.length;
    }

    public int size(int group) {
        return members[group].length;
    }

    /** Per-respondent chances from per-group expected seats: everyone of a group shares its seats equally. */
    public double[] perRespondent(double[] expectedSeatsPerGroup) {
        double[] chances = new double[groupOf.length];
        for (int i = 0; i < groupOf.length; i++) {
            chances[i] = expectedSeatsPerGroup[groupOf[i]] / size(groupOf[i]);
        }
        return chances;
    }
}
