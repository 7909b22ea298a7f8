package org.minipublic.sortition;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.algorithm.Outcome;
import org.minipublic.sortition.algorithm.SelectionAlgorithm;
import org.minipublic.sortition.counting.OutOfReachException;
import org.minipublic.sortition.feasibility.FeasibilityCheck;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.lottery.TransparentLottery;
import org.minipublic.sortition.model.Groups;
import org.minipublic.sortition.model.Instance;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.report.SelectionReport;
import org.minipublic.sortition.solver.RunControl;

/**
 * The single entry point of the engine: checks the targets, computes the fair lottery with the chosen algorithm,
 * rounds it to equally likely panels and draws one. One seeded generator drives every random step, in a fixed order,
 * so a problem always gives the same result.
 */
public final class PanelSelector {

    private PanelSelector() {}

    public static SelectionResult select(SelectionProblem problem) {
        return select(problem, SelectionOptions.DEFAULT);
    }

    public static SelectionResult select(SelectionProblem problem, ProgressListener progress) {
        return select(problem, SelectionOptions.DEFAULT.withProgress(progress));
    }

    /**
     * @throws InfeasibleTargetsException when no panel meets every target
     * @throws SelectionFailedException when the time limit ran out before any lottery was found
     * @throws SelectionInterruptedException when the selecting thread was interrupted
     */
    public static SelectionResult select(SelectionProblem problem, SelectionOptions options) {
        try (var control = control(options)) {
            var feasibility = FeasibilityCheck.check(problem.pool(), problem.targets(), problem.panelSize(), control);
            if (!feasibility.feasible()) {
                throw new InfeasibleTargetsException(feasibility);
            }
            var instance = Instance.of(problem.pool(), problem.targets(), problem.panelSize());
            var groups = Groups.of(instance);
            var random = Seeds.generator(problem.seed());
            var outcome = SelectionAlgorithm.of(
                            problem.algorithm(),
                            problem.lotterySize(),
                            problem.legacyRuns(),
                            problem.gamma(),
                            problem.equalWithin())
                    .run(instance, groups, random, control);
            return result(problem, groups, outcome, completion(outcome, options), random);
        } catch (RunControl.Stopped stopped) {
            throw nothingFound(stopped, options);
        } catch (OutOfReachException tooMany) {
            throw new SelectionFailedException(String.valueOf(tooMany.getMessage()), tooMany);
        }
    }

    /** Time is read here only, to keep the time limit; nothing else in the engine depends on the clock. */
    private static RunControl control(SelectionOptions options) {
        var replay = options.replay();
        return RunControl.start(
                options.progress()::progress,
                options.timeLimit(),
                replay == null ? Long.MAX_VALUE : replay.steps(),
                System::nanoTime);
    }

    private static SelectionResult result(
            SelectionProblem problem, Groups groups, Outcome outcome, Completion completion, RandomGenerator random) {
        var statistics = new SelectionResult.Statistics(
                groups.count(),
                outcome.panelsGenerated(),
                outcome.solverCalls(),
                outcome.runs(),
                outcome.validPanels(),
                outcome.smallestChanceBound());
        var distribution = outcome.distribution();
        if (distribution == null) {
            int[] indexes = outcome.panel().stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            var panel = respondents(problem, indexes);
            var report = SelectionReport.of(
                    problem.pool(), problem.targets(), problem.panelSize(), outcome.chances(), panel);
            return new SelectionResult(
                    problem, outcome.chances(), null, null, 0, panel, report, statistics, completion);
        }
        var lottery = TransparentLottery.build(distribution, outcome.chances(), problem.lotterySize(), random);
        int number = problem.panelNumber() != null ? problem.panelNumber() : random.nextInt(lottery.size()) + 1;
        var panel = respondents(problem, lottery.panels().get(number - 1));
        var report =
                SelectionReport.of(problem.pool(), problem.targets(), problem.panelSize(), outcome.chances(), panel);
        return new SelectionResult(
                problem, outcome.chances(), distribution, lottery, number, panel, report, statistics, completion);
    }

    private static Completion completion(Outcome outcome, SelectionOptions options) {
        var stop = outcome.stop();
        if (stop == null) {
            return Completion.FINISHED;
        }
        var limit = options.replay() != null ? options.replay().timeLimit() : options.timeLimit();
        return new Completion(false, limit, stop.steps(), stop.phase(), stop.smallestChanceBound());
    }

    private static RuntimeException nothingFound(RunControl.Stopped stopped, SelectionOptions options) {
        if (stopped.reason() == RunControl.Reason.INTERRUPTED) {
            return new SelectionInterruptedException("The selection was interrupted while " + stopped.phase() + ".");
        }
        var limit = options.replay() != null ? options.replay().timeLimit() : options.timeLimit();
        return new SelectionFailedException("The time limit" + (limit == null ? "" : " of " + seconds(limit))
                + " ran out while " + stopped.phase() + ", before any lottery was found. Allow more time.");
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0
                ? limit.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
    }

    private static List<Respondent> respondents(SelectionProblem problem, int[] indexes) {
        return Arrays.stream(indexes).mapToObj(problem.pool()::get).toList();
    }
}
