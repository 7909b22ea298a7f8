package org.minipublic.sortition.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Respondents grouped into types: respondents with the same value in every category, who share no household with
 * anyone, are interchangeable for the targets, so every fair (leximin, maximin, Nash) lottery gives them the same
 * chance. Working with a count per type instead of a yes/no per person makes the optimisation far smaller. A
 * respondent in a household is a type of their own, tied to the others by the household rule.
 *
 * @param typeOf the type of each respondent
 * @param members the respondents of each type, in input order
 * @param values {@code values[t][c]}: the value index of type t in category c
 * @param households groups of types (each of one person) of which at most one may be selected
 */
public record TypeTable(int[] typeOf, int[][] members, int[][] values, List<int[]> households) {

    public static TypeTable of(Instance instance) {
        boolean[] inHousehold = new boolean[instance.n()];
        instance.households().forEach(h -> Arrays.stream(h).forEach(i -> inHousehold[i] = true));
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < instance.n(); i++) {
            String key = inHousehold[i] ? "household:" + i : Arrays.toString(vector(instance, i));
            groups.computeIfAbsent(key, unused -> new ArrayList<>()).add(i);
        }
        int[] typeOf = new int[instance.n()];
        int[][] members = new int[groups.size()][];
        int[][] values = new int[groups.size()][];
        int t = 0;
        for (var group : groups.values()) {
            members[t] = group.stream().mapToInt(Integer::intValue).toArray();
            values[t] = vector(instance, members[t][0]);
            for (int i : members[t]) {
                typeOf[i] = t;
            }
            t++;
        }
        List<int[]> households = instance.households().stream()
                .map(h -> Arrays.stream(h).map(i -> typeOf[i]).toArray())
                .toList();
        return new TypeTable(typeOf, members, values, households);
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

    public int size(int type) {
        return members[type].length;
    }

    /** Per-respondent chances from per-type expected seats: everyone of a type shares its seats equally. */
    public double[] perRespondent(double[] expectedSeatsPerType) {
        double[] chances = new double[typeOf.length];
        for (int i = 0; i < typeOf.length; i++) {
            chances[i] = expectedSeatsPerType[typeOf[i]] / size(typeOf[i]);
        }
        return chances;
    }
}
