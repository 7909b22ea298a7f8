package org.minipublic.app.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts a ballot's votes: pure arithmetic over the stored answers, so that anyone holding the export can count
 * again and get the same figures. Shares are compared in whole numbers, never in floating point, so that 80 % of 45
 * is met by exactly 36 votes.
 */
public final class Tally {

    private Tally() {}

    /** Each item's result, in item order. */
    public static List<ItemResult> count(BallotMethod method, int items, List<Answers> votes) {
        var counts = new int[items][method.highestAnswer() + 1];
        for (var vote : votes) {
            for (int item = 0; item < items; item++) {
                counts[item][vote.get(item)]++;
            }
        }
        var results = new ArrayList<ItemResult>(items);
        for (int item = 0; item < items; item++) {
            results.add(method.result(item, counts[item]));
        }
        return method instanceof BallotMethod.Prioritise ? placed(results) : List.copyOf(results);
    }

    /** Gives each result its place by score, highest first; equal scores share a place. */
    private static List<ItemResult> placed(List<ItemResult> results) {
        return results.stream()
                .map(r -> new ItemResult(
                        r.position(),
                        r.counts(),
                        r.meeting(),
                        r.base(),
                        r.adopted(),
                        1
                                + (int) results.stream()
                                        .filter(o -> o.meeting() > r.meeting())
                                        .count()))
                .toList();
    }

    static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    static int sum(int[] counts, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += counts[i];
        }
        return total;
    }
}
