package org.minipublic.grouping.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.Status;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.report.QualityReport;

/** What {@code allocate} prints once the plan is written. */
final class Summary {

    private static final Map<Status, String> STATUS = Map.of(
            Status.OPTIMAL, "Optimal (nothing better exists)",
            Status.BEST_FOUND, "Best found",
            Status.TIME_LIMIT, "Best found before the time limit");

    private Summary() {}

    /** Names the members with no seat in a held session, so that a mistyped id in the held file shows up. */
    static void notAtHeldSessions(GroupingProblem problem, PrintWriter print) {
        problem.held().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(held -> {
            var missing = problem.members().stream()
                    .map(Member::id)
                    .filter(id -> !held.getValue().members().containsKey(id))
                    .map(MemberId::value)
                    .toList();
            if (!missing.isEmpty()) {
                print.printf(
                        "Held session %d had no seat for %s; taken as not there (absent, or not yet a member).%n",
                        held.getKey(), String.join(", ", missing));
            }
        });
    }

    static void figures(QualityReport quality, PrintWriter print) {
        print.printf(
                Locale.ROOT,
                "%d members, %d sessions. Repeated meetings: %d (at least %d); in consecutive sessions: %d (at least"
                        + " %d); most meetings of one pair: %d; worst table deviation: %.2f seats. %s in %.1f s.%n",
                quality.members(),
                quality.sessions(),
                quality.repeatedPairs(),
                quality.repeatedPairsBound(),
                quality.consecutivePairs(),
                quality.consecutivePairsBound(),
                quality.mostTimesMet(),
                quality.worstDeviationOverall(),
                STATUS.get(quality.status()),
                quality.seconds());
    }
}
