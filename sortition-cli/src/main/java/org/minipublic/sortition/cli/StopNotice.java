package org.minipublic.sortition.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.minipublic.sortition.Completion;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.report.Approximation;

/**
 * Says plainly what a draw that its time limit stopped (or that only approached leximin) is worth, and gives the exit
 * code that tells scripts.
 */
final class StopNotice {

    private StopNotice() {}

    /** @return 0 when the algorithm finished, else {@link SortitionCli#STOPPED_AT_TIME_LIMIT} */
    static int print(SelectionResult result, PrintWriter out) {
        Approximation.describe(result).ifPresent(out::println);
        var completion = result.completion();
        if (completion.finished()) {
            return 0;
        }
        out.println("Stopped by the time limit" + limit(completion) + " while " + completion.stoppedWhile() + ".");
        out.println(worth(result, completion));
        out.println("The draw record says where it stopped, so verify re-runs the draw to the same point.");
        return SortitionCli.STOPPED_AT_TIME_LIMIT;
    }

    private static String worth(SelectionResult result, Completion completion) {
        double smallest = result.report().smallestChance();
        Double bound = completion.smallestChanceBound();
        if (bound == null) {
            return "The chances are estimated from the runs done before it stopped.";
        }
        return String.format(
                Locale.ROOT,
                "The lottery is the fairest over the %d panels found, not the %s lottery: its smallest chance is"
                        + " %.4f, and no lottery can give everyone more than %.4f, so it is at most %.4f below the"
                        + " best possible. Allow more time for the %s lottery.",
                result.statistics().panelsGenerated(),
                result.problem().algorithm().id(),
                smallest,
                bound,
                completion.smallestChanceGap(smallest),
                result.problem().algorithm().id());
    }

    private static String limit(Completion completion) {
        var limit = completion.timeLimit();
        return limit == null ? "" : String.format(Locale.ROOT, " of %.1f s", limit.toMillis() / 1000.0);
    }
}
