package org.minipublic.grouping.cli;

import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.minipublic.grouping.GroupAllocator;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.report.Deviation;
import org.minipublic.grouping.report.Meetings;

/** A seating method's figures, averaged over several seatings drawn from one seed. */
record Sample(double repeatedPairs, double consecutivePairs, double mostTimesMet, double worstDeviation) {

    static Sample of(Layout layout, BiFunction<Layout, RandomGenerator, int[][]> seating, long seed, int runs) {
        RandomGenerator random =
                RandomGeneratorFactory.of(GroupAllocator.RANDOM_ALGORITHM).create(seed);
        var sum = new Sample(0, 0, 0, 0);
        for (int run = 0; run < runs; run++) {
            int[][] tableOf = seating.apply(layout, random);
            var meetings = Meetings.count(layout.members(), tableOf);
            sum = sum.plus(new Sample(
                    meetings.repeatedPairs(),
                    meetings.consecutivePairs(),
                    meetings.mostTimesMet(),
                    deviation(layout, tableOf)));
        }
        return sum.over(runs);
    }

    /** The largest gap between a table's count of a value and its proportional share, over every attribute. */
    static double deviation(Layout layout, int[][] tableOf) {
        double worst = 0;
        for (int[] values : layout.value()) {
            worst = Math.max(worst, Deviation.worst(values, tableOf));
        }
        return worst;
    }

    private Sample plus(Sample other) {
        return new Sample(
                repeatedPairs + other.repeatedPairs,
                consecutivePairs + other.consecutivePairs,
                mostTimesMet + other.mostTimesMet,
                worstDeviation + other.worstDeviation);
    }

    private Sample over(int runs) {
        return new Sample(repeatedPairs / runs, consecutivePairs / runs, mostTimesMet / runs, worstDeviation / runs);
    }
}
