package org.minipublic.grouping.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.grouping.GroupingProblem;
import org.minipublic.grouping.Status;
import org.minipublic.grouping.model.Layout;
import org.minipublic.grouping.model.Plan;
import org.minipublic.grouping.rule.RuleCheck;
import org.minipublic.grouping.search.Objective;

/**
 * How good a plan is, in the terms an organiser uses.
 *
 * @param repeatedPairs Σ over pairs of members of max(0, times met − 1)
 * @param consecutivePairs times a pair shared a table in two consecutive sessions
 * @param mostTimesMet the most sessions any one pair shared a table
 * @param fewestPeopleMet the fewest different members any member sat with
 * @param meanPeopleMet how many different members a member sat with, on average
 * @param worstDeviation per diversified attribute, the largest gap between a table's count of a value and its
 *     proportional share (table size × the value's share of the assembly)
 * @param rulesBroken hard rules the plan breaks; always empty for a plan the engine made
 * @param repeatedPairsBound no plan can have fewer repeated pairs than this
 * @param consecutivePairsBound no plan can have fewer consecutive meetings than this
 * @param widenedSessions sessions (from 1) whose make-up band had to be widened to keep the rules, with the extra
 *     seats allowed (-1: the band was dropped)
 */
public record QualityReport(
        int members,
        int sessions,
        List<Integer> tablesPerSession,
        long seed,
        long repeatedPairs,
        long consecutivePairs,
        int mostTimesMet,
        int fewestPeopleMet,
        double meanPeopleMet,
        Map<String, Double> worstDeviation,
        List<String> rulesBroken,
        long repeatedPairsBound,
        long consecutivePairsBound,
        Map<Integer, Integer> widenedSessions,
        Status status,
        double seconds) {

    public QualityReport {
        tablesPerSession = List.copyOf(tablesPerSession);
        worstDeviation = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(worstDeviation));
        rulesBroken = List.copyOf(rulesBroken);
        widenedSessions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(widenedSessions));
    }

    /** The largest deviation over all diversified attributes (0 when there are none). */
    public double worstDeviationOverall() {
        return worstDeviation.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }

    public static QualityReport of(
            GroupingProblem problem,
            Layout layout,
            Plan plan,
            Status status,
            double seconds,
            Objective bound,
            int[] widened) {
        var meetings = Meetings.count(layout.members(), plan.tableOf());
        return new QualityReport(
                layout.members(),
                layout.sessions(),
                problem.tablesPerSession(),
                problem.seed(),
                meetings.repeatedPairs(),
                meetings.consecutivePairs(),
                meetings.mostTimesMet(),
                meetings.fewestPeopleMet(),
                meetings.meanPeopleMet(),
                worstDeviation(problem, layout, plan),
                RuleCheck.broken(layout, plan),
                bound.repeats(),
                bound.consecutive(),
                widenedSessions(layout, widened),
                status,
                seconds);
    }

    private static Map<String, Double> worstDeviation(GroupingProblem problem, Layout layout, Plan plan) {
        Map<String, Double> worst = new LinkedHashMap<>();
        for (int a = 0; a < problem.diversify().size(); a++) {
            worst.put(problem.diversify().get(a), Deviation.worst(layout.value()[a], plan.tableOf()));
        }
        return worst;
    }

    /** Held sessions are left out: their bands were never enforced, so nothing was widened. */
    private static Map<Integer, Integer> widenedSessions(Layout layout, int[] widened) {
        Map<Integer, Integer> sessions = new LinkedHashMap<>();
        for (int s = 0; s < widened.length; s++) {
            if (widened[s] != 0 && !layout.held(s)) {
                sessions.put(s + 1, widened[s]);
            }
        }
        return sessions;
    }
}
