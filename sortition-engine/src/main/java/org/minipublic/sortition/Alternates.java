package org.minipublic.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.minipublic.sortition.lottery.Seeds;
import org.minipublic.sortition.pool.Respondent;
import org.minipublic.sortition.solver.AlternatesProgram;
import org.minipublic.sortition.solver.RunControl;
import org.minipublic.sortition.target.Targets;

/**
 * Dropout-aware alternates (Assos, Baharav, Flanigan and Procaccia, "Alternates, assemble!", EC 2025): given each
 * value's chance of staying and a budget B, the at most B eligible respondents to hold in reserve that keep the panel
 * closest to its targets after dropouts, on average over sampled dropout scenarios. Alternates are assumed to accept
 * when asked. The choice is then scored on fresh scenarios, next to the first B of the ranked reserve list and to no
 * alternates at all, so the gain is measured, not assumed.
 */
public final class Alternates {

    /** Mixed into the seed for the fresh scenarios that score the choice. */
    static final long SCORING_STREAM = 0x5DEECE66DL;

    private Alternates() {}

    /**
     * @param alternates the chosen alternates, in reserve-list order
     * @param expectedDeviation the average weighted deviation from the targets after dropouts with them (fresh
     *     scenarios)
     * @param reserveListDeviation the same with the first B of the ranked reserve list
     * @param withoutAlternates the same with no alternates
     * @param optimal whether the choice is proved optimal on the sampled scenarios (else the best within the time
     *     limit)
     */
    public record Choice(
            List<Respondent> alternates,
            double expectedDeviation,
            double reserveListDeviation,
            double withoutAlternates,
            int scenarios,
            boolean optimal) {}

    /**
     * @param panel the drawn panel
     * @param ranked the ranked reserve list ({@link Reserves#ranked}): the candidates, in order
     * @throws IllegalArgumentException when the budget is negative or larger than the reserve list, or a stay rate
     *     does not fit the targets
     */
    public static Choice choose(
            Targets targets,
            List<Respondent> panel,
            List<Respondent> ranked,
            StayRates rates,
            int budget,
            int scenarios,
            long seed,
            double timeLimitSeconds) {
        return choose(targets, panel, 0, ranked, rates, budget, scenarios, seed, timeLimitSeconds);
    }

    /**
     * As {@link #choose(Targets, List, List, StayRates, int, int, long, double)} for a panel that already has open
     * seats: members who withdrew and were not replaced yet. In every scenario the alternates may fill those seats
     * as well as the dropouts the scenario samples.
     *
     * @param panel the members holding a seat now
     * @param openSeats seats left open by withdrawals, filled by nobody yet
     */
    public static Choice choose(
            Targets targets,
            List<Respondent> panel,
            int openSeats,
            List<Respondent> ranked,
            StayRates rates,
            int budget,
            int scenarios,
            long seed,
            double timeLimitSeconds) {
        if (openSeats < 0) {
            throw new IllegalArgumentException("open seats cannot be negative, got " + openSeats);
        }
        if (budget < 0 || budget > ranked.size()) {
            throw new IllegalArgumentException("the budget must be between 0 and the " + ranked.size()
                    + " people on the reserve list, got " + budget);
        }
        if (scenarios < 1) {
            throw new IllegalArgumentException("at least one dropout scenario is needed, got " + scenarios);
        }
        rates.check(targets);
        var types = Types.of(ranked, targets);
        int[][] min = bounds(targets, true);
        int[][] max = bounds(targets, false);
        var control = RunControl.unlimited();
        var sample = scenarios(targets, panel, openSeats, rates, scenarios, Seeds.generator(seed));
        var chosen = AlternatesProgram.solve(
                types.values(),
                types.sizes(),
                types.households(),
                min,
                max,
                sample,
                budget,
                null,
                timeLimitSeconds,
                control);
        var fresh = scenarios(targets, panel, openSeats, rates, scenarios, Seeds.generator(seed ^ SCORING_STREAM));
        double ours = score(types, min, max, fresh, chosen.alternates(), control);
        double reserveList = score(types, min, max, fresh, types.countFirst(budget), control);
        double none = score(types, min, max, fresh, new int[types.sizes().length], control);
        return new Choice(types.people(chosen.alternates()), ours, reserveList, none, scenarios, chosen.optimal());
    }

    private static double score(
            Types types,
            int[][] min,
            int[][] max,
            AlternatesProgram.Scenarios scenarios,
            int[] fixed,
            RunControl control) {
        int budget = Arrays.stream(fixed).sum();
        return AlternatesProgram.solve(
                        types.values(),
                        types.sizes(),
                        types.households(),
                        min,
                        max,
                        scenarios,
                        budget,
                        fixed,
                        600,
                        control)
                .deviation();
    }

    /** Each scenario: every member stays with their chance, independently; the open seats are open in all. */
    static AlternatesProgram.Scenarios scenarios(
            Targets targets,
            List<Respondent> panel,
            int openSeats,
            StayRates rates,
            int count,
            RandomGenerator random) {
        var categories = targets.categories();
        double[] stay = panel.stream().mapToDouble(m -> rates.of(m, targets)).toArray();
        int[][][] stayCounts = new int[count][categories.size()][];
        int[] dropouts = new int[count];
        java.util.Arrays.fill(dropouts, openSeats);
        for (int j = 0; j < count; j++) {
            for (int c = 0; c < categories.size(); c++) {
                stayCounts[j][c] = new int[categories.get(c).targets().size()];
            }
            for (int m = 0; m < panel.size(); m++) {
                if (random.nextDouble() < stay[m]) {
                    for (int c = 0; c < categories.size(); c++) {
                        stayCounts[j][c][
                                categories
                                        .get(c)
                                        .indexOf(panel.get(m).values().get(c))
                                        .orElseThrow()]++;
                    }
                } else {
                    dropouts[j]++;
                }
            }
        }
        return new AlternatesProgram.Scenarios(stayCounts, dropouts);
    }

    private static int[][] bounds(Targets targets, boolean lower) {
        return targets.categories().stream()
                .map(c -> c.targets().stream()
                        .mapToInt(t -> lower ? t.min() : t.max())
                        .toArray())
                .toArray(int[][]::new);
    }

    /**
     * The candidates as types: people with the same values outside households, and each person in a household.
     *
     * @param ranked the candidates in reserve-list order
     * @param members each type's people, in reserve-list order
     * @param typeOf each candidate's type
     * @param households types (of one person) that share a household
     * @param values the value index per category of each type's people
     */
    private record Types(
            List<Respondent> ranked,
            List<List<Respondent>> members,
            Map<Respondent, Integer> typeOf,
            List<int[]> households,
            int[][] values) {

        static Types of(List<Respondent> ranked, Targets targets) {
            Map<String, Integer> byKey = new LinkedHashMap<>();
            List<List<Respondent>> members = new ArrayList<>();
            Map<Respondent, Integer> typeOf = new java.util.HashMap<>();
            Map<String, List<Integer>> households = new LinkedHashMap<>();
            for (var r : ranked) {
                String key = r.household() == null ? "values:" + r.values() : "person:" + r.id().value();
                int t = byKey.computeIfAbsent(key, unused -> {
                    members.add(new ArrayList<>());
                    if (r.household() != null) {
                        households
                                .computeIfAbsent(r.household(), h -> new ArrayList<>())
                                .add(members.size() - 1);
                    }
                    return members.size() - 1;
                });
                members.get(t).add(r);
                typeOf.put(r, t);
            }
            return new Types(
                    ranked,
                    members,
                    typeOf,
                    households.values().stream()
                            .filter(h -> h.size() > 1)
                            .map(h -> h.stream().mapToInt(Integer::intValue).toArray())
                            .toList(),
                    values(members, targets));
        }

        int[] sizes() {
            return members.stream().mapToInt(List::size).toArray();
        }

        private static int[][] values(List<List<Respondent>> members, Targets targets) {
            int[][] values = new int[members.size()][targets.categories().size()];
            for (int t = 0; t < members.size(); t++) {
                var r = members.get(t).get(0);
                for (int c = 0; c < values[t].length; c++) {
                    values[t][c] = targets.categories()
                            .get(c)
                            .indexOf(r.values().get(c))
                            .orElseThrow();
                }
            }
            return values;
        }

        /** How many of each type the first {@code budget} of the reserve list hold. */
        int[] countFirst(int budget) {
            int[] counts = new int[members.size()];
            ranked.subList(0, budget).forEach(r -> counts[typeOf.getOrDefault(r, 0)]++);
            return counts;
        }

        /** The first {@code counts[t]} of each type, in reserve-list order. */
        List<Respondent> people(int[] counts) {
            int[] left = counts.clone();
            List<Respondent> people = new ArrayList<>();
            for (var r : ranked) {
                if (left[typeOf.getOrDefault(r, 0)]-- > 0) {
                    people.add(r);
                }
            }
            return people;
        }
    }
}
