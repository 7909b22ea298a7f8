package org.minipublic.sortition.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.minipublic.sortition.SelectionFailedException;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.solver.RunControl;

/**
 * Leximin's stand-in where it is out of reach: pools whose respondents form tens of thousands of groups (mostly
 * because everyone who shares an address is a group of their own). Exact leximin there needs linear programs with a
 * row per group and a panel search per group, minutes to hours; this builds the m equally likely panels of the lottery
 * directly ({@link BalancedPanels}), in seconds. It is not leximin and does not claim to be: the smallest chance is
 * reported next to the relaxed bound, which no lottery over valid panels can beat.
 */
final class BalancedLottery {

    private BalancedLottery() {}

    /** The lottery of m panels, or empty when even the first could not be built (exact leximin is then the way). */
    static Optional<Outcome> run(Instance instance, Groups groups, int m, RandomGenerator random, RunControl control) {
        refuseWhatMemoryCannotHold(groups, m);
        control.phase("bounding the smallest chance (a linear program over the targets)");
        var builder = BalancedPanels.of(instance, groups, control);
        if (builder.isEmpty()) {
            return Optional.empty();
        }
        control.phase("building " + m + " panels, each from the people furthest behind their aim");
        double bound = builder.get().bound();
        List<int[]> panels = new ArrayList<>(m);
        try {
            for (int p = 0; p < m; p++) {
                var people = builder.get().next(random, control);
                if (people.isEmpty()) {
                    control.progress("The first panel could not be built without a solver");
                    return Optional.empty();
                }
                panels.add(seatsPerGroup(groups, people.get()));
            }
        } catch (RunControl.Stopped stopped) {
            if (stopped.reason() == RunControl.Reason.INTERRUPTED || panels.isEmpty()) {
                throw stopped;
            }
            control.finishing();
            control.progress("Stopped at the time limit; the lottery is the " + panels.size() + " panels built");
            var stop = new Outcome.Stop(stopped.completedSteps(), stopped.phase(), bound);
            return Optional.of(outcome(groups, panels, builder.get().repeats(), bound, stop, control));
        }
        int repeats = builder.get().repeats();
        if (repeats > 0) {
            control.progress(repeats + " of the " + m + " panels repeat the one before: no new one was found");
        }
        return Optional.of(outcome(groups, panels, repeats, bound, null, control));
    }

    /** The panels built, equally likely. */
    private static Outcome outcome(
            Groups groups,
            List<int[]> panels,
            int repeats,
            double bound,
            Outcome.@Nullable Stop stop,
            RunControl control) {
        double[] probabilities = new double[panels.size()];
        Arrays.fill(probabilities, 1.0 / panels.size());
        var distribution = new Distribution(groups, panels, probabilities);
        double[] chances = distribution.chances();
        control.progress(String.format(
                Locale.ROOT,
                "Smallest chance %.5f; no lottery gives everyone more than %.5f",
                Arrays.stream(chances).min().orElse(0),
                bound));
        return new Outcome(distribution, chances, List.of(), panels.size() - repeats, 1, 0, stop, null, bound);
    }

    /**
     * Each panel is held as seats per group until the lottery is drawn from, so m panels over G groups take about
     * 4·m·G bytes (183 MB for 1,000 panels over 45,752 groups). Refused at the start, rather than running out of
     * memory after minutes of work, when that is more than half of what this Java may use: only the amount of memory
     * decides, never the result of a draw that runs.
     */
    private static void refuseWhatMemoryCannotHold(Groups groups, int m) {
        long bytes = (long) m * groups.count() * Integer.BYTES;
        if (bytes > Runtime.getRuntime().maxMemory() / 2) {
            throw new SelectionFailedException(String.format(
                    Locale.ROOT,
                    "A lottery of %,d panels over %,d groups of respondents needs about %,d MB to build, more than half"
                            + " the memory Java may use here. Choose a smaller lottery size or give Java more memory"
                            + " (-Xmx).",
                    m,
                    groups.count(),
                    bytes >> 20));
        }
    }

    private static int[] seatsPerGroup(Groups groups, int[] people) {
        int[] seats = new int[groups.count()];
        for (int i : people) {
            seats[groups.groupOf()[i]]++;
        }
        return seats;
    }
}
