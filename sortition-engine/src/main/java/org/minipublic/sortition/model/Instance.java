package org.minipublic.sortition.model;

import java.util.List;
import org.minipublic.sortition.pool.Pool;
import org.minipublic.sortition.target.Targets;

/**
 * A selection problem as arrays: {@code n} respondents, a panel of {@code k}, and for each category {@code c} the value
 * index of every respondent and the target range of every value.
 *
 * @param valueOf {@code valueOf[c][i]}: index of respondent i's value in category c
 * @param min {@code min[c][v]}: fewest seats for value v of category c
 * @param max {@code max[c][v]}: most seats for value v of category c
 * @param households groups of respondents (indexes) of whom at most one may be selected
 */
public record Instance(int n, int k, int[][] valueOf, int[][] min, int[][] max, List<int[]> households) {

    public static Instance of(Pool pool, Targets targets, int panelSize) {
        var categories = targets.categories();
        int[][] valueOf = new int[categories.size()][pool.size()];
        int[][] min = new int[categories.size()][];
        int[][] max = new int[categories.size()][];
        for (int c = 0; c < categories.size(); c++) {
            var category = categories.get(c);
            min[c] = category.targets().stream().mapToInt(t -> t.min()).toArray();
            max[c] = category.targets().stream().mapToInt(t -> t.max()).toArray();
            for (int i = 0; i < pool.size(); i++) {
                String value = pool.get(i).values().get(c);
                int index = category.indexOf(value)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "'" + value + "' is not a value of category " + category.name()));
                valueOf[c][i] = index;
            }
        }
        return new Instance(pool.size(), panelSize, valueOf, min, max, pool.households());
    }

    public int categoryCount() {
        return valueOf.length;
    }

    public int valueCount(int category) {
        return min[category].length;
    }

    /** How many respondents have each value of the category (a fresh array). */
    public int[] peoplePerValue(int category) {
        int[] people = new int[valueCount(category)];
        for (int v : valueOf[category]) {
            people[v]++;
        }
        return people;
    }

    /** The household of each respondent, as an index into {@link #households()}, or -1 for none (a fresh array). */
    public int[] householdOfEach() {
        int[] householdOf = new int[n];
        java.util.Arrays.fill(householdOf, -1);
        for (int h = 0; h < households.size(); h++) {
            for (int i : households.get(h)) {
                householdOf[i] = h;
            }
        }
        return householdOf;
    }
}
