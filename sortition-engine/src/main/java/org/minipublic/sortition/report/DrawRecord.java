package org.minipublic.sortition.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minipublic.sortition.Completion;
import org.minipublic.sortition.EngineVersion;
import org.minipublic.sortition.Reserves;
import org.minipublic.sortition.SelectionResult;
import org.minipublic.sortition.algorithm.AlgorithmName;
import org.minipublic.sortition.algorithm.Distribution;
import org.minipublic.sortition.lottery.Lottery;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.pool.Respondent;

/**
 * The draw record: everything needed to re-run a draw and confirm its result, as JSON. It holds no clock time and
 * lists everything in a fixed order, so the same inputs and seed give a byte-identical record in every process.
 */
public final class DrawRecord {

    /**
     * The record's layout. Version 2 added {@code fairness} (smallest and largest chance, also in units of k/n) and,
     * for Goldilocks, its settings; a version 1 record is the same without them.
     */
    public static final String FORMAT = "minipublic-draw/2";

    /** The layout before {@code fairness}: still verified, by leaving out what version 2 added. */
    public static final String FORMAT_1 = "minipublic-draw/1";

    /** What version 2 added to the record's top level. */
    public static final List<String> ADDED_IN_2 = List.of("fairness", "goldilocks");

    private DrawRecord() {}

    public static String of(SelectionResult result, InputSettings settings) {
        var problem = result.problem();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", FORMAT);
        record.put("engine", engine());
        record.put("solver", EngineVersion.solver());
        record.put("algorithm", problem.algorithm().id());
        if (problem.algorithm() == AlgorithmName.GOLDILOCKS) {
            Map<String, Object> goldilocks = new LinkedHashMap<>();
            goldilocks.put("gamma", problem.gamma());
            goldilocks.put("equal_within", problem.equalWithin());
            record.put("goldilocks", goldilocks);
        }
        record.put("seed", problem.seed());
        record.put("random_generator", Seeds.ALGORITHM);
        record.put("inputs", inputs(result, settings));
        if (!result.completion().finished()) {
            record.put("computation", computation(result.completion()));
        }
        Approximation.of(result).ifPresent(approximation -> record.put("approximation", approximation(approximation)));
        record.put("fairness", fairness(result.report()));
        record.put("chances", chances(result));
        var distribution = result.distribution();
        if (distribution != null) {
            record.put("groups", groups(result, distribution));
            record.put("distribution", distribution(distribution));
        }
        var lottery = result.lottery();
        if (lottery != null) {
            record.put("lottery", lottery(result, lottery));
        } else if (result.statistics().validPanels() != null) {
            record.put("valid_panels", result.statistics().validPanels().toString());
        } else {
            record.put("legacy_runs", problem.legacyRuns());
        }
        record.put("draw", draw(result));
        record.put(
                "reserves",
                Reserves.ranked(result).stream().map(c -> c.id().value()).toList());
        return JsonText.of(record);
    }

    /** Only in the record of a draw its time limit stopped: where it stopped, so a re-run stops there too. */
    private static Map<String, Object> computation(Completion completion) {
        Map<String, Object> computation = new LinkedHashMap<>();
        computation.put("finished", false);
        var limit = completion.timeLimit();
        computation.put("time_limit_seconds", limit == null ? null : limit.toMillis() / 1000.0);
        computation.put("steps", completion.steps());
        computation.put("stopped_while", completion.stoppedWhile());
        computation.put("smallest_chance_bound", completion.smallestChanceBound());
        return computation;
    }

    /** Only in the record of a lottery that stood in for leximin on a very large pool: how far it may be from it. */
    private static Map<String, Object> approximation(Approximation figures) {
        Map<String, Object> approximation = new LinkedHashMap<>();
        approximation.put("method", "balanced panels");
        approximation.put("groups", figures.groups());
        approximation.put("smallest_chance_bound", figures.bound());
        approximation.put("smallest_chance_in_lottery", figures.smallestInLottery());
        approximation.put("smallest_chance_bound_for_lottery_size", figures.boundForLotterySize());
        approximation.put("panels_built", figures.panelsBuilt());
        approximation.put("repeated_panels", figures.repeatedPanels());
        return approximation;
    }

    private static Map<String, Object> engine() {
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("name", "minipublic-sortition");
        engine.put("version", EngineVersion.current());
        return engine;
    }

    private static Map<String, Object> inputs(SelectionResult result, InputSettings settings) {
        var problem = result.problem();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("targets_sha256", InputDigest.of(problem.targets()));
        inputs.put("people_sha256", InputDigest.of(problem.pool()));
        inputs.put("respondents", problem.pool().size());
        inputs.put("panel_size", problem.panelSize());
        inputs.put("id_column", settings.idColumn());
        inputs.put("address_columns", settings.addressColumns());
        inputs.put("lottery_size", problem.lotterySize());
        return inputs;
    }

    /** The smallest and largest chance, also in units of the fair share k/n. */
    private static Map<String, Object> fairness(SelectionReport report) {
        Map<String, Object> fairness = new LinkedHashMap<>();
        fairness.put("fair_share", report.fairShare());
        fairness.put("smallest_chance", report.smallestChance());
        fairness.put("largest_chance", report.largestChance());
        fairness.put("smallest_in_fair_shares", report.smallestInFairShares());
        fairness.put("largest_in_fair_shares", report.largestInFairShares());
        return fairness;
    }

    private static List<List<Object>> chances(SelectionResult result) {
        List<List<Object>> chances = new ArrayList<>();
        for (int i = 0; i < result.chances().length; i++) {
            chances.add(List.of(result.problem().pool().get(i).id().value(), result.chances()[i]));
        }
        return chances;
    }

    private static List<Map<String, Object>> groups(SelectionResult result, Distribution distribution) {
        var pool = result.problem().pool();
        var groups = distribution.groups();
        List<Map<String, Object>> written = new ArrayList<>();
        for (int g = 0; g < groups.count(); g++) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("values", pool.get(groups.members()[g][0]).values());
            List<String> members = new ArrayList<>();
            for (int i : groups.members()[g]) {
                members.add(pool.get(i).id().value());
            }
            group.put("members", members);
            written.add(group);
        }
        return written;
    }

    private static List<Map<String, Object>> distribution(Distribution distribution) {
        List<Map<String, Object>> panels = new ArrayList<>();
        for (int p = 0; p < distribution.panels().size(); p++) {
            Map<String, Object> panel = new LinkedHashMap<>();
            panel.put("probability", distribution.probabilities()[p]);
            List<List<Integer>> seats = new ArrayList<>();
            int[] counts = distribution.panels().get(p);
            for (int t = 0; t < counts.length; t++) {
                if (counts[t] > 0) {
                    seats.add(List.of(t, counts[t]));
                }
            }
            panel.put("seats_per_group", seats);
            panels.add(panel);
        }
        return panels;
    }

    private static Map<String, Object> lottery(SelectionResult result, Lottery lottery) {
        var pool = result.problem().pool();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("panels", lottery.size());
        map.put("largest_change_of_a_chance", lottery.largestChange());
        List<List<String>> panels = new ArrayList<>();
        for (int[] panel : lottery.panels()) {
            List<String> ids = new ArrayList<>();
            for (int i : panel) {
                ids.add(pool.get(i).id().value());
            }
            panels.add(ids);
        }
        map.put("panel_list", panels);
        return map;
    }

    /** How a panel drawn without a lottery of panels was chosen; the texts of records already published stay as they are. */
    private static String chosenBy(SelectionResult result) {
        if (result.problem().algorithm() == org.minipublic.sortition.algorithm.AlgorithmName.MAXENTROPY) {
            return "seed (from the most random lottery with leximin's chances)";
        }
        return result.statistics().validPanels() != null
                ? "seed (uniformly among the valid panels)"
                : "seed (first legacy run)";
    }

    private static Map<String, Object> draw(SelectionResult result) {
        Map<String, Object> draw = new LinkedHashMap<>();
        if (result.lottery() != null) {
            draw.put("panel_number", result.panelNumber());
            draw.put("chosen_by", result.problem().panelNumber() != null ? "public number" : "seed");
        } else {
            draw.put("chosen_by", chosenBy(result));
        }
        draw.put(
                "panel",
                result.panel().stream()
                        .map(Respondent::id)
                        .map(id -> id.value())
                        .toList());
        return draw;
    }
}
