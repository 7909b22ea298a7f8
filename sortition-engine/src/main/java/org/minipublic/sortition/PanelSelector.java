package org.minipublic.sortition;

import java.util.Arrays;
import java.util.List;
import org.minipublic.sortition.algorithm.SelectionAlgorithm;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.lottery.TransparentLottery;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.report.SelectionReport;

/**
 * The single entry point of the engine: checks the targets, computes the fair lottery with the chosen algorithm,
 * rounds it to equally likely panels and draws one. One seeded generator drives every random step, in a fixed order,
 * so a problem always gives the same result.
 */
public final class PanelSelector {

    private PanelSelector() {}

    public static SelectionResult select(SelectionProblem problem) {
        return select(problem, ProgressListener.SILENT);
    }

    /** @throws InfeasibleTargetsException when no panel meets every target */
    public static SelectionResult select(SelectionProblem problem, ProgressListener progress) {
        var feasibility = FeasibilityCheck.check(problem.pool(), problem.targets(), problem.panelSize());
        if (!feasibility.feasible()) {
            throw new InfeasibleTargetsException(feasibility);
        }
        var instance = Instance.of(problem.pool(), problem.targets(), problem.panelSize());
        var groups = Groups.of(instance);
        var random = Seeds.generator(problem.seed());
        var outcome = SelectionAlgorithm.of(problem.algorithm(), problem.legacyRuns())
                .run(instance, groups, random, progress);
        var statistics = new SelectionResult.Statistics(
                groups.count(), outcome.panelsGenerated(), outcome.solverCalls(), outcome.runs());
        var distribution = outcome.distribution();
        if (distribution == null) {
            var panel = respondents(
                    problem,
                    outcome.panel().stream()
                            .mapToInt(Integer::intValue)
                            .sorted()
                            .toArray());
            var report = SelectionReport.of(problem.pool(), problem.targets(), outcome.chances(), panel);
            return new SelectionResult(problem, outcome.chances(), null, null, 0, panel, report, statistics);
        }
        var lottery = TransparentLottery.build(distribution, outcome.chances(), problem.lotterySize(), random);
        int number = problem.panelNumber() != null ? problem.panelNumber() : random.nextInt(lottery.size()) + 1;
        var panel = respondents(problem, lottery.panels().get(number - 1));
        var report = SelectionReport.of(problem.pool(), problem.targets(), outcome.chances(), panel);
        return new SelectionResult(
                problem, outcome.chances(), distribution, lottery, number, panel, report, statistics);
    }

    private static List<Respondent> respondents(SelectionProblem problem, int[] indexes) {
        return Arrays.stream(indexes).mapToObj(problem.pool()::get).toList();
    }
}
