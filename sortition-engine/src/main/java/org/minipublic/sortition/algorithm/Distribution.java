package org.minipublic.sortition.algorithm;

import java.util.List;
import org.minipublic.sortition.model.Groups;

/**
 * A lottery over panels: each panel (seats per group) with its probability. Within a group, seats go to a uniformly
 * random subset of its people, so every person of a group has the same chance.
 */
public record Distribution(Groups groups, List<int[]> panels, double[] probabilities) {

    public Distribution {
        panels = List.copyOf(panels);
        if (panels.size() != probabilities.length) {
            throw new IllegalArgumentException("one probability per panel");
        }
    }

    /** Expected seats of each group. */
    public double[] expectedSeats() {
        double[] seats = new double[groups.count()];
        for (int p = 0; p < panels.size(); p++) {
            int[] panel = panels.get(p);
            for (int t = 0; t < panel.length; t++) {
                seats[t] += probabilities[p] * panel[t];
            }
        }
        return seats;
    }

    /** Each respondent's chance of selection, in pool order. */
    public double[] chances() {
        return groups.perRespondent(expectedSeats());
    }

    /** The same lottery without panels of probability below {@code threshold}, renormalised. */
    public Distribution withoutNegligible(double threshold) {
        var kept = new java.util.ArrayList<int[]>();
        var weights = new java.util.ArrayList<Double>();
        double sum = 0;
        for (int p = 0; p < panels.size(); p++) {
            if (probabilities[p] >= threshold) {
                kept.add(panels.get(p));
                weights.add(probabilities[p]);
                sum += probabilities[p];
            }
        }
        double total = sum;
        return new Distribution(
                groups, kept, weights.stream().mapToDouble(w -> w / total).toArray());
    }
}
